/** Page weight budgets, measured from the built site: phones on slow connections come first. */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { formatReport, readingWeight, weighPage } from '../../scripts/page-weight.ts';
import { publicPagesOf } from '../helpers/built-site.ts';

const HOME_BUDGET = 14 * 1024;
const PAGE_BUDGET = 50 * 1024;

describe('page weight', () => {
  const site = inject('sampleSite');
  const pages = publicPagesOf(site).map((file) => weighPage(site, file));

  test('the home page: HTML + CSS at most 14 KB gzipped', () => {
    const home = weighPage(site, join(site, 'index.html'));
    expect(home.html.gzip + home.css.gzip).toBeLessThanOrEqual(HOME_BUDGET);
  });

  test('every page: at most 50 KB gzipped without images', () => {
    console.log(formatReport(pages));
    const over = pages.filter((page) => readingWeight(page) > PAGE_BUDGET).map((page) => `${page.page}: ${readingWeight(page)} B`);
    expect(over).toEqual([]);
  });
});
