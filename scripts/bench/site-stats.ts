/** Figures of a built site: how many pages, how big on disk, and what a reader downloads (gzip). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { publicPagesOf } from '../lib/files.ts';
import { readingWeight, weighPage } from '../page-weight.ts';

export interface SiteStats {
  /** HTML pages. */
  pages: number;
  /** All files of the site (search index included), bytes. */
  distBytes: number;
  /** Median over pages of HTML + CSS + JS a page needs, gzip bytes. */
  medianPageGzip: number;
  largestPage: { page: string; gzip: number };
  homeGzip: number;
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function siteStats(siteDir: string, base = '/'): SiteStats {
  const weights = publicPagesOf(siteDir).map((file) => {
    const weight = weighPage(siteDir, file, base);
    return { page: weight.page, gzip: readingWeight(weight) };
  });
  const largest = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a), { page: '', gzip: 0 });
  return {
    pages: weights.length,
    distBytes: bytesUnder(siteDir),
    medianPageGzip: median(weights.map((w) => w.gzip)),
    largestPage: largest,
    homeGzip: weights.find((w) => w.page === 'index.html')?.gzip ?? Number.NaN,
  };
}
