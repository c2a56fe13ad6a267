/**
 * Astro's loader for the YAML collections: the checker's reader and schemas, so Astro and the checker
 * see the same entries with the same ids (src/content.config.ts uses one per YAML collection).
 */
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { resolve } from 'node:path';
import { formatProblem } from '../checker/format.ts';
import { validateEntry } from '../checker/validate-entry.ts';
import { plural } from '../i18n/plural.ts';
import type { CollectionDefinition } from './collections.ts';
import { readCollection } from './read-collection.ts';

/** An entry as the page shows it, and the file it came from. */
interface Shown {
  file: string;
  data: Record<string, unknown>;
  digest: string | number;
}

/** The Russian note that the page still shows entries of a broken file (or a broken entry's old version). */
export function keptNote(file: string, count: number): string {
  return `${file}: на странице пока ${plural(count, 'прежняя запись', 'прежние записи', 'прежние записи')} из этого файла (${count}) — исправьте ошибки выше и сохраните файл, страница обновится сама`;
}

/**
 * Loads YAML entries with the checker's reader; reloads when a file of the collection changes.
 *
 * A build only starts after the checker passed, but `npm run dev` reloads on every save. A problem is
 * then reported the checker's way (Russian, file:line:column, field), and the page keeps what it
 * showed before: every entry of a file that cannot be read at all (one YAML typo in contacts.yaml must
 * not empty the hotline and the psychologist from the page), and the previous version of an entry
 * that breaks its schema. An entry that never was valid stays out.
 */
export function yamlLoader(name: string, definition: CollectionDefinition, contentDir: string): Loader {
  return {
    name: `school-yaml-${name}`,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const schema = definition.schema() as z.ZodType;
      let shown = new Map<string, Shown>();
      const sync = async () => {
        const { entries, problems } = readCollection(contentDir, name, definition);
        // A problem from reading is about a whole file: none of its entries could be read.
        const unreadable = new Set(problems.map((problem) => problem.file));
        const broken = new Set<string>();
        const next = new Map<string, Shown>();
        for (const entry of entries) {
          const checked = validateEntry(entry, schema);
          if (!checked.ok) {
            problems.push(...checked.problems);
            broken.add(entry.id);
            continue;
          }
          const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown> });
          next.set(entry.id, { file: entry.file, data, digest: generateDigest(data) });
        }
        const kept = new Map<string, number>();
        for (const [id, old] of shown) {
          if (next.has(id) || !(unreadable.has(old.file) || broken.has(id))) continue;
          next.set(id, old);
          kept.set(old.file, (kept.get(old.file) ?? 0) + 1);
        }
        store.clear();
        for (const [id, { data, digest }] of next) store.set({ id, data, digest });
        shown = next;
        for (const problem of problems) logger.error(formatProblem(problem, contentDir));
        for (const [file, count] of kept) logger.warn(keptNote(`${contentDir.replace(/\/+$/, '')}/${file}`, count));
      };
      await sync();
      watcher?.add(contentDir);
      watcher?.on('change', async (changed) => {
        if (resolve(changed).startsWith(contentDir)) await sync();
      });
    },
  };
}
