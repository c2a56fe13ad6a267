/** The rules that read inside Markdown bodies, run on one parse of each body. */
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { checkHtml } from './html.ts';
import { checkImages } from './images.ts';
import { isParsed, parseBody } from './markdown-tree.ts';
import { checkMdxCode } from './mdx-syntax.ts';

/**
 * `editorHtml: false` leaves out what the editor's HTML would lose: the build's sanitizer removes it
 * anyway, so the content loader (which refuses a file with errors) need not refuse the page for it.
 */
export function checkMarkdownBodies(contentDir: string, entries: readonly Pick<RawEntry, 'file' | 'source'>[], { editorHtml = true } = {}): Problem[] {
  return entries.flatMap((entry) => {
    const body = parseBody(entry);
    if (!isParsed(body)) return body ? [body] : [];
    return [...checkMdxCode(body), ...checkImages(contentDir, body), ...(editorHtml ? checkHtml(body) : [])];
  });
}
