/**
 * Astro's loader for the YAML collections: the checker's reader and schemas, so Astro and the checker
 * see the same entries with the same ids (src/content.config.ts uses one per YAML collection).
 */
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { resolve } from 'node:path';
import { formatProblem } from '../checker/format.ts';
import { validateEntry } from '../checker/validate-entry.ts';
import type { CollectionDefinition } from './collections.ts';
import { readCollection } from './read-collection.ts';

/**
 * Loads YAML entries with the checker's reader; reloads when a file of the collection changes.
 *
 * A build only starts after the checker passed, but `npm run dev` reloads on every save: an entry that
 * breaks its schema is then reported the checker's way (Russian, file:line:column, field) and left
 * out, instead of Astro's English error that also empties the whole collection on the page.
 */
export function yamlLoader(name: string, definition: CollectionDefinition, contentDir: string): Loader {
  return {
    name: `school-yaml-${name}`,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const schema = definition.schema() as z.ZodType;
      const sync = async () => {
        const { entries, problems } = readCollection(contentDir, name, definition);
        store.clear();
        for (const entry of entries) {
          const checked = validateEntry(entry, schema);
          if (!checked.ok) {
            problems.push(...checked.problems);
            continue;
          }
          const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown> });
          store.set({ id: entry.id, data, digest: generateDigest(data) });
        }
        for (const problem of problems) logger.error(formatProblem(problem, contentDir));
      };
      await sync();
      watcher?.add(contentDir);
      watcher?.on('change', async (changed) => {
        if (resolve(changed).startsWith(contentDir)) await sync();
      });
    },
  };
}
