/** The rules that read inside Markdown bodies, run on one parse of each body. */
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { checkHtml } from './html.ts';
import { checkImages } from './images.ts';
import { isParsed, parseBody } from './markdown-tree.ts';
import { checkMdxCode } from './mdx-syntax.ts';

/**
 * Problems the checker found in a body, by the parsed file (the same object when the build's loaders
 * read the same text again, see read-collection.ts), for the content loader to take instead of parsing
 * the body once more. On globalThis: Vite loads this module again in its own module graph.
 */
const CHECKED = Symbol.for('shkolnaya-stranitsa.checked-bodies');
type Checked = WeakMap<object, { body: Problem[]; html: Problem[] }>;
const checked = ((globalThis as Record<symbol, unknown>)[CHECKED] ??= new WeakMap()) as Checked;

/**
 * `editorHtml: false` leaves out what the editor's HTML would lose: the build's sanitizer removes it
 * anyway, so the content loader (which refuses a file with errors) need not refuse the page for it.
 * `takeChecked` (the content loader) uses, once, what the checker found in the same text of the file
 * just before, in the same process; the checker itself always checks again (a picture may have appeared).
 */
export function checkMarkdownBodies(
  contentDir: string,
  entries: readonly Pick<RawEntry, 'file' | 'source'>[],
  { editorHtml = true, takeChecked = false } = {},
): Problem[] {
  return entries.flatMap((entry) => {
    let found = takeChecked ? checked.get(entry.source) : undefined;
    if (found) checked.delete(entry.source);
    else {
      const body = parseBody(entry);
      if (!isParsed(body)) return body ? [body] : [];
      found = { body: [...checkMdxCode(body), ...checkImages(contentDir, body)], html: checkHtml(body) };
      if (!takeChecked) checked.set(entry.source, found);
    }
    return editorHtml ? [...found.body, ...found.html] : found.body;
  });
}
