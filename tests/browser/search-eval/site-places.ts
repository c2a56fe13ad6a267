/**
 * Whether the places an evaluation expects exist in a built site: the page, and the anchor's id on it.
 * A typo in an expected path would otherwise count as a miss of the search, never as the set's mistake.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { linksOf } from '../../helpers/built-site.ts';
import type { EvalCase } from './queries.ts';

/** One line for each expected place that the site lacks. */
export function missingPlaces(siteDir: string, cases: readonly EvalCase[]): string[] {
  const idsByFile = new Map<string, Set<string> | undefined>();
  const missing: string[] = [];
  for (const { query, expected } of cases) {
    for (const place of expected) {
      const [page = '', anchor] = place.split('#');
      const file = join(siteDir, page, 'index.html');
      if (!idsByFile.has(file)) idsByFile.set(file, existsSync(file) ? linksOf(siteDir, file).ids : undefined);
      const ids = idsByFile.get(file);
      if (!ids) missing.push(`«${query}»: нет страницы ${place}`);
      else if (anchor !== undefined && !ids.has(anchor)) missing.push(`«${query}»: на странице нет места ${place}`);
    }
  }
  return missing;
}
