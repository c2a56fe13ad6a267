/**
 * The checks that need only one Markdown file: reading it, its frontmatter against the schema, and
 * its body (MDX code and components, pictures, editors' HTML — one parse, rules/markdown-bodies.ts). The checker runs them on every file of the folder; `npm run dev`
 * runs them on each file as it is saved (src/content-model/markdown-loader.ts), so both say the same.
 */
import type { z } from 'astro/zod';
import type { Problem } from '../content-model/problem.ts';
import { readFileEntry, type RawEntry } from '../content-model/read-collection.ts';
import { checkMarkdownBodies } from './rules/markdown-bodies.ts';
import { splitParsable } from './rules/markdown-parsable.ts';
import { validateEntry } from './validate-entry.ts';

/** Problems of the bodies of Markdown entries that parsed (see checkMarkdownBodies for `editorHtml`). */
export function markdownBodyProblems(
  contentDir: string,
  entries: readonly RawEntry[],
  options: { editorHtml?: boolean; takeChecked?: boolean } = {},
): Problem[] {
  // A body the parsers below would take minutes or hours over gets its own error instead.
  const { problems, safe } = splitParsable(entries);
  return [...problems, ...checkMarkdownBodies(contentDir, safe, options)];
}

/** One Markdown file, read and checked on its own; `entry` is there when it could be read. */
export function checkMarkdownFile(contentDir: string, file: string, schema: z.ZodType): { entry?: RawEntry; problems: Problem[] } {
  const { entry, problems } = readFileEntry(contentDir, file, true);
  if (!entry) return { problems };
  const checked = validateEntry(entry, schema);
  // Editors' HTML is the checker's to report: the build removes what it would refuse, and the page stays.
  const body = markdownBodyProblems(contentDir, [entry], { editorHtml: false, takeChecked: true });
  return { entry, problems: [...problems, ...(checked.ok ? [] : checked.problems), ...body] };
}
