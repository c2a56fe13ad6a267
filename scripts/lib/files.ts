/** Listing a built site's files, shared by the build scripts, the benchmarks and the tests. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (recursively) whose name ends with `extension`, sorted. */
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
