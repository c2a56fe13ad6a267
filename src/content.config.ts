/**
 * Astro's content collections, made from the one table in src/content-model/collections.ts: the same
 * schemas and the same file reader as the checker. YAML is read by our reader (so ids and positions
 * match the checker's); Markdown goes through Astro's glob loader so it can be rendered.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { posix, resolve } from 'node:path';
import { collections as contentModel, contentDirFromEnv, type CollectionDefinition } from './content-model/collections.ts';
import { readCollection } from './content-model/read-collection.ts';

const contentDir = resolve(contentDirFromEnv());

/** Loads YAML entries with the checker's reader; reloads when a file of the collection changes. */
function yamlLoader(name: string, definition: CollectionDefinition): Loader {
  return {
    name: `school-yaml-${name}`,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const { entries, problems } = readCollection(contentDir, name, definition);
        for (const problem of problems) logger.error(`${problem.file}:${problem.line}:${problem.column} ${problem.message}`);
        store.clear();
        for (const entry of entries) {
          const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown> });
          store.set({ id: entry.id, data, digest: generateDigest(data) });
        }
      };
      await sync();
      watcher?.add(contentDir);
      watcher?.on('change', async (changed) => {
        if (resolve(changed).startsWith(contentDir)) await sync();
      });
    },
  };
}

function loaderFor(name: string, definition: CollectionDefinition): Loader {
  const { storage } = definition;
  if (storage.kind !== 'markdown') return yamlLoader(name, definition);
  return glob({
    pattern: storage.mdx ? ['*.md', '*.mdx', '!_*'] : ['*.md', '!_*'],
    base: resolve(contentDir, storage.dir),
    generateId: ({ entry }) => posix.basename(entry).replace(/\.mdx?$/, ''),
  });
}

function collection<K extends keyof typeof contentModel>(name: K) {
  const definition = contentModel[name];
  return defineCollection({
    loader: loaderFor(name, definition),
    schema: definition.schema() as ReturnType<(typeof contentModel)[K]['schema']>,
  });
}

export const collections = {
  school: collection('school'),
  announcements: collection('announcements'),
  contacts: collection('contacts'),
  staff: collection('staff'),
  platforms: collection('platforms'),
  requirements: collection('requirements'),
  bells: collection('bells'),
  classes: collection('classes'),
  meetings: collection('meetings'),
  communication: collection('communication'),
  guides: collection('guides'),
  faq: collection('faq'),
  documents: collection('documents'),
  roadmap: collection('roadmap'),
  coordinators: collection('coordinators'),
  pages: collection('pages'),
};
