/** The rules that read inside Markdown bodies, run on one parse of each body. */
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { checkHtml } from './html.ts';
import { checkImages } from './images.ts';
import { isParsed, parseBody } from './markdown-tree.ts';
import { checkMdxCode } from './mdx-syntax.ts';

export function checkMarkdownBodies(contentDir: string, entries: readonly Pick<RawEntry, 'file' | 'source'>[]): Problem[] {
  return entries.flatMap((entry) => {
    const body = parseBody(entry);
    if (!isParsed(body)) return body ? [body] : [];
    return [...checkMdxCode(body), ...checkImages(contentDir, body), ...checkHtml(body)];
  });
}
