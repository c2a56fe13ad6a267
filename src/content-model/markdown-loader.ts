/**
 * Astro's glob loader for the Markdown collections (guides, answers, pages, notices), with the
 * checker's validation in front of Astro's. A build starts only after the checker passed, but
 * `npm run dev` reloads a file on every save: a frontmatter that breaks its schema is then reported
 * the checker's way (Russian, file:line:column, field) and the page keeps the previous version,
 * instead of Astro's English error.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { posix, relative, resolve, sep } from 'node:path';
import { formatProblem } from '../checker/format.ts';
import { validateEntry } from '../checker/validate-entry.ts';
import type { CollectionDefinition } from './collections.ts';
import { readFileEntry } from './read-collection.ts';

type ParseData = LoaderContext['parseData'];

/**
 * Astro's parseData, run only for a file the checker accepts; otherwise the checker's messages are
 * logged and the reload fails (Astro keeps the entry as it was and says it could not reload it).
 */
export function checkedParseData(contentDir: string, schema: z.ZodType, log: (line: string) => void, parseData: ParseData): ParseData {
  return async (props) => {
    if (props.filePath) {
      const file = relative(contentDir, resolve(props.filePath)).split(sep).join(posix.sep);
      const { entry, problems } = readFileEntry(contentDir, file, true);
      const checked = entry ? validateEntry(entry, schema) : undefined;
      const found = [...problems, ...(checked && !checked.ok ? checked.problems : [])];
      if (found.length > 0) {
        for (const problem of found) log(formatProblem(problem, contentDir));
        throw new Error(`${file}: ошибки в шапке файла — исправьте их по сообщениям выше; на сайте пока прежняя версия`);
      }
    }
    return parseData(props);
  };
}

export function markdownLoader(definition: CollectionDefinition, contentDir: string): Loader {
  const { storage } = definition;
  if (storage.kind !== 'markdown') throw new Error('markdownLoader: not a Markdown collection');
  const inner = glob({
    pattern: storage.mdx ? ['*.md', '*.mdx', '!_*'] : ['*.md', '!_*'],
    base: resolve(contentDir, storage.dir),
    generateId: ({ entry }) => posix.basename(entry).replace(/\.mdx?$/, ''),
  });
  const schema = definition.schema() as z.ZodType;
  return {
    name: inner.name,
    load: (context) =>
      inner.load({ ...context, parseData: checkedParseData(contentDir, schema, (line) => context.logger.error(line), context.parseData) }),
  };
}
