/** Reading a built site: its HTML files, and every link, source and anchor in them. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHtmlFile, walk } from './html-tree.ts';

export function filesOf(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The folder of the browser editor inside a built site (src/integrations/editor.ts). */
const EDITOR_DIR = 'admin';

/**
 * The HTML pages visitors see: every page but the browser editor's, which only editors open and which
 * is Sveltia CMS's own interface, not a page of this site's design.
 */
export function publicPagesOf(dir: string): string[] {
  return filesOf(dir, '.html').filter((file) => relative(dir, file).split(sep)[0] !== EDITOR_DIR);
}



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
