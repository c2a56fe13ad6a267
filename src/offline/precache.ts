/**
 * What the installed app keeps for use without a connection: the pages a family needs when the
 * internet is down — the home page, every class timetable and the bells, the contacts, the guides,
 * the memo, the device requirements — and the scripts and pictures those pages load. Plain logic
 * over a built site's files, so a unit test reaches it without a build.
 */
import { createHash } from 'node:crypto';

/** Site paths (no base, directory style) of the pages kept offline. */
export function isOfflinePage(path: string): boolean {
  return path === '' || /^(timetable|contacts|guides)(\/|$)/.test(path) || /^(memo|requirements|devices|platforms)\/$/.test(path);
}

/** `timetable/5a/index.html` → `timetable/5a/`; other files keep their name. */
export function pathOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Same-site references (`src`, `href` of scripts, pictures, icons) a page needs to show, as site paths. */
export function assetsOf(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:script|img|link)\b[^>]*?\b(?:src|href)="([^"#?]+)"[^>]*>/g)) {
    const tag = match[0];
    const url = match[1]!;
    if (tag.startsWith('<link') && !/rel="(?:icon|manifest|modulepreload|stylesheet)"/.test(tag)) continue;
    if (!url.startsWith(base) || url.endsWith('/')) continue;
    found.add(url.slice(base.length));
  }
  return [...found].sort();
}

/** Modules a built script imports statically (`import "./chunk.js"`, `from"./chunk.js"`), as paths beside it. */
export function importsOf(js: string, path: string): string[] {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const found = new Set<string>();
  for (const match of js.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) found.add(`${dir}${match[1]}`);
  return [...found].sort();
}

/** A version that changes whenever any kept file changes: a new build never serves an old copy. */
export function cacheVersion(files: readonly { path: string; bytes: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path)))
    hash.update(file.path).update('\0').update(file.bytes).update('\0');
  return hash.digest('hex').slice(0, 12);
}
