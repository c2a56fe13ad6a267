/**
 * `npm run size`: the weight of every built page — its HTML, the CSS, JavaScript and images it loads
 * (raw and gzip) — as a table. Tests use the same figures as budgets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { publicPagesOf } from './lib/files.ts';
import { gzipSize } from '../src/checker/limits.ts';

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  /** Page path relative to the site, e.g. `timetable/5a/index.html`. */
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  images: Weight;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const zero = (): Weight => ({ raw: 0, gzip: 0 });
function weigh(bytes: Buffer): Weight {
  return { raw: bytes.length, gzip: gzipSize(bytes) };
}
function add(total: Weight, part: Weight): void {
  total.raw += part.raw;
  total.gzip += part.gzip;
}

/** Weighs one page: HTML plus what it references on the same site (each file once). */
export function weighPage(siteDir: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(file);
  const result: PageWeight = {
    page: relative(siteDir, file).split(sep).join('/'),
    html: weigh(html),
    css: zero(),
    js: zero(),
    images: zero(),
  };
  const seen = new Set<string>();
  const visit = (node: Node) => {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    let kind: 'css' | 'js' | 'images' | undefined;
    let url: string | undefined;
    if (node.nodeName === 'link' && attr('rel') === 'stylesheet') [kind, url] = ['css', attr('href')];
    if (node.nodeName === 'script' && attr('src')) [kind, url] = ['js', attr('src')];
    if (node.nodeName === 'img') [kind, url] = ['images', attr('src')];
    if (kind && url && url.startsWith(base) && !seen.has(url)) {
      seen.add(url);
      const path = join(siteDir, url.slice(base.length));
      if (existsSync(path)) add(result[kind], weigh(readFileSync(path)));
    }
    node.childNodes?.forEach(visit);
  };
  visit(parse(html.toString('utf8')) as unknown as Node);
  return result;
}

/** Total gzip bytes a page needs to be read: HTML, CSS and JS (images excluded). */
export function readingWeight(page: PageWeight): number {
  return page.html.gzip + page.css.gzip + page.js.gzip;
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function formatReport(pages: PageWeight[]): string {
  const rows = pages.map((p) => [
    p.page,
    kb(p.html.raw),
    kb(p.html.gzip),
    kb(p.css.gzip),
    kb(p.js.gzip),
    kb(p.images.gzip),
    kb(readingWeight(p)),
  ]);
  const head = ['страница', 'HTML КБ', 'HTML gz', 'CSS gz', 'JS gz', 'изобр. gz', 'итого gz'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

if (import.meta.main) {
  const siteDir = process.argv[2] ?? 'dist';
  const base = process.argv[3] ?? '/';
  console.log(formatReport(publicPagesOf(siteDir).map((file) => weighPage(siteDir, file, base))));
}
