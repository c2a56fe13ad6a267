/** Reading a built site: its HTML files, and every link, source and anchor in them. */
import { relative, sep } from 'node:path';
import { parseHtmlFile, walk } from './html-tree.ts';

export { filesOf, publicPagesOf } from '../../scripts/lib/files.ts';

export interface PageLinks {
  /** File path relative to the site folder, with `/`. */
  file: string;
  /** Every `href` and `src` value. */
  references: string[];
  /** Every `id` in the page (targets of `#anchors`). */
  ids: Set<string>;
}

export function linksOf(siteDir: string, file: string): PageLinks {
  const document = parseHtmlFile(file);
  const references: string[] = [];
  const ids = new Set<string>();
  walk(document, (node) => {
    for (const attr of node.attrs ?? []) {
      if (attr.name === 'href' || attr.name === 'src') references.push(attr.value);
      if (attr.name === 'id') ids.add(attr.value);
    }
  });
  return { file: relative(siteDir, file).split(sep).join('/'), references, ids };
}

/** Whether a reference leaves the site (another scheme or origin). */
export function isExternal(reference: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//');
}
