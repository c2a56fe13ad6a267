/**
 * Astro's glob loader for the Markdown collections (guides, answers, pages, notices), reading each
 * file the checker's way first. A build starts only after the checker passed, but `npm run dev`
 * reloads a file on every save: a broken file (YAML typo in the frontmatter, a field that breaks its
 * schema, a missing picture, MDX that does not parse) is then reported the checker's way — Russian,
 * file:line:column, field — and the page keeps the file's previous version, instead of Astro's English
 * error or its 500 page.
 *
 * The frontmatter Astro stores is the checker's reading of it, not Astro's own: the two YAML readers
 * disagree on some input (`title: 2026-11-13` is a date to Astro's, text to ours), so the checker could
 * pass what the build then refuses.
 */
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../checker/format.ts';
import { checkMarkdownFile } from '../checker/markdown-file.ts';
import type { CollectionDefinition } from './collections.ts';

type GetEntryInfo = ContentEntryType['getEntryInfo'];
type EntryInfo = Awaited<ReturnType<GetEntryInfo>>;
/** Astro hands loaders the Markdown and MDX entry types, though its public type does not say so. */
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/** Thrown for a broken file; Astro prints «Failed to reload <file>: <this message>» and keeps the old version. */
export class BrokenContentFile extends Error {
  constructor(file: string) {
    super(`${file}: в файле ошибки — исправьте их по сообщениям выше; на сайте пока прежняя версия файла`);
    this.name = 'BrokenContentFile';
  }
}

/**
 * Astro's `getEntryInfo` for one entry type, behind the checker: a file the checker rejects is
 * reported (each problem through `log`) and refused; an accepted one gets the checker's data.
 */
export function checkedEntryInfo(
  contentDir: string,
  schema: z.ZodType,
  log: (line: string) => void,
  getEntryInfo: GetEntryInfo,
): GetEntryInfo {
  return async (params: Parameters<GetEntryInfo>[0]): Promise<EntryInfo> => {
    const file = relative(contentDir, fileURLToPath(params.fileUrl)).split(sep).join(posix.sep);
    const { entry, problems } = checkMarkdownFile(contentDir, file, schema);
    // Warnings alone are the checker's to print (the build would repeat every one of them as an error).
    if (!entry || problems.some((problem) => problem.severity === 'error')) {
      for (const problem of problems) log(formatProblem(problem, contentDir));
      throw new BrokenContentFile(file);
    }
    const info = await getEntryInfo(params);
    return { ...info, data: entry.data as Record<string, unknown> };
  };
}

export function markdownLoader(definition: CollectionDefinition, contentDir: string): Loader {
  const { storage } = definition;
  if (storage.kind !== 'markdown') throw new Error('markdownLoader: not a Markdown collection');
  const root = resolve(contentDir);
  const inner = glob({
    pattern: storage.mdx ? ['*.md', '*.mdx', '!_*'] : ['*.md', '!_*'],
    base: resolve(root, storage.dir),
    generateId: ({ entry }) => posix.basename(entry).replace(/\.mdx?$/, ''),
  });
  const schema = definition.schema() as z.ZodType;
  return {
    name: inner.name,
    load: (astroContext) => {
      const context = astroContext as ContextWithEntryTypes;
      const log = (line: string) => context.logger.error(line);
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [
          extension,
          { ...type, getEntryInfo: checkedEntryInfo(root, schema, log, type.getEntryInfo.bind(type)) },
        ]),
      );
      return inner.load({ ...context, entryTypes } as ContextWithEntryTypes);
    },
  };
}
