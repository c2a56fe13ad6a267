/**
 * The sitemap (@astrojs/sitemap) lists every page a search engine should show — all but the 404 and
 * the embed made for iframes — at its absolute address under the site's address and sub-path.
 */
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { pageUrlOf } from '../../src/search/build-index.ts';
import { siteSettingsFromEnv } from '../../src/site/settings.ts';
import { publicPagesOf } from '../helpers/built-site.ts';

const site = inject('sampleSite');

function locations(file: string): string[] {
  const xml = new DOMParser().parseFromString(readFileSync(join(site, file), 'utf8'), 'text/xml');
  return Array.from(xml.getElementsByTagName('loc')).map((loc) => loc.textContent ?? '');
}

test('the sitemap lists exactly the pages to be found, as absolute addresses', () => {
  const { site: origin, base } = siteSettingsFromEnv();
  const root = `${origin}${base}`;
  const parts = locations('sitemap-index.xml');
  expect(parts.length).toBeGreaterThan(0);
  const listed = parts.flatMap((part) => locations(part.slice(root.length))).sort();
  const expected = publicPagesOf(site)
    .map((file) => pageUrlOf(site, file))
    .filter((path) => path !== '/404/' && !path.startsWith('/embed/'))
    .map((path) => `${root}${path.slice(1)}`)
    .sort();
  expect(listed).toEqual(expected);
  const home = readFileSync(join(site, 'index.html'), 'utf8');
  expect(home).toContain(`<link rel="sitemap" href="${base}sitemap-index.xml">`);
});
