/**
 * The region portal in Chromium: one search over every school's site (the schools' Pagefind indexes
 * merged into the portal's) with the school as a filter, and the table of schools filtered and sorted
 * by its script — and readable without it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { builtRegion, type BuiltRegion } from '../helpers/built-region.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';
import { violations } from '../helpers/axe.ts';

describe.skipIf(!hasChromium)('region portal', () => {
  let built: BuiltRegion;
  beforeAll(async () => {
    built = await builtRegion();
  }, 900_000);
  const site = useSiteBrowser(() => built.outDir);

  test('one search finds pages of several schools; the school filter keeps one; results open', async () => {
    const page = await site.browser.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(`${site.server.url}search/`);
    await page.fill('#q', 'горячая линия');
    await page.press('#q', 'Enter');
    await page.waitForSelector('[data-search-results] li a');
    const results = await page.$$eval('[data-search-results] li', (items) =>
      items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, school: item.querySelector('.school')!.textContent! })),
    );
    // The portal's own pages (its table mentions hotlines too) come with the portal's name.
    const fromSchools = results.filter((result) => result.school !== 'Портал региона');
    const schools = new Set(fromSchools.map((result) => result.school));
    expect(schools.size).toBeGreaterThanOrEqual(3);
    for (const result of fromSchools) expect(result.href).toMatch(/^\/[a-z]+-school-\d{3}\//);

    const chosen = [...schools][1]!;
    await page.selectOption('#school', chosen);
    await page.press('#q', 'Enter');
    await page.waitForFunction((name) => {
      const items = [...document.querySelectorAll('[data-search-results] li .school')];
      return items.length > 0 && items.every((item) => item.textContent === name);
    }, chosen);
    const filtered = await page.$$eval('[data-search-results] li a', (links) => links.map((link) => link.getAttribute('href')!));
    const prefix = filtered[0]!.split('/').slice(0, 2).join('/');
    expect(filtered.every((href) => href.startsWith(`${prefix}/`))).toBe(true);
    const response = await page.goto(new URL(filtered[0]!, site.server.url).href);
    expect(response?.status()).toBe(200);
    expect([...origins]).toEqual([new URL(site.server.url).origin]);
    await page.close();
  });

  test('the table filters by municipality and status and sorts by a column', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const visible = () =>
      page.$$eval('table[data-schools] tbody tr:not([hidden])', (rows) =>
        rows.map((row) => ({ m: row.dataset['municipality'], s: row.dataset['status'], name: row.querySelector('th')!.textContent! })),
      );
    expect(await visible()).toHaveLength(9);
    await page.selectOption('select[name=municipality]', 'kemerovo');
    expect((await visible()).map((row) => row.m)).toEqual(['kemerovo', 'kemerovo', 'kemerovo']);
    await page.selectOption('select[name=status]', 'active');
    const both = await visible();
    expect(both.every((row) => row.m === 'kemerovo' && row.s === 'active')).toBe(true);
    expect(await page.textContent('[data-shown]')).toContain(`${both.length} / 9`);
    await page.selectOption('select[name=municipality]', '');
    await page.selectOption('select[name=status]', '');
    await page.click('table[data-schools] thead th:first-child button');
    const ascending = (await visible()).map((row) => row.name);
    expect(ascending).toEqual([...ascending].sort(new Intl.Collator('ru', { numeric: true }).compare));
    await page.click('table[data-schools] thead th:first-child button');
    expect((await visible()).map((row) => row.name)).toEqual([...ascending].reverse());
    expect(await page.getAttribute('table[data-schools] thead th:first-child', 'aria-sort')).toBe('descending');
    await page.close();
  });

  test('without JavaScript every school is in the table and each municipality has its page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    expect(await page.locator('table[data-schools] tbody tr').count()).toBe(9);
    expect(await page.isVisible('form[data-filters]')).toBe(false);
    await page.click('a[href="/m/kemerovo/"]');
    expect(await page.locator('table[data-schools] tbody tr').count()).toBe(3);
    expect(await page.locator('a[href^="tel:+7"]').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  test('no page of the portal scrolls sideways on a 320 px phone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const path of ['', 'coordinators/', 'plan/', 'search/', 'm/kemerovo/']) {
      await page.goto(`${site.server.url}${path}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide, path || 'index').toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  test("axe finds no WCAG A/AA violation on the portal's pages, with and without a search", async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    for (const path of ['', 'coordinators/', 'plan/', 'search/', 'm/novokuznetsk/']) {
      await page.goto(`${site.server.url}${path}`);
      problems.push(...(await violations(page)).map((line) => `${path || 'index'}: ${line}`));
    }
    await page.goto(`${site.server.url}search/`);
    await page.fill('#q', 'психолог');
    await page.press('#q', 'Enter');
    await page.waitForSelector('[data-search-results] li a');
    problems.push(...(await violations(page)).map((line) => `search results: ${line}`));
    // On a phone the tables scroll inside their wrappers: still no violation (scrollable regions reachable).
    await page.setViewportSize({ width: 390, height: 800 });
    for (const path of ['', 'coordinators/', 'plan/']) {
      await page.goto(`${site.server.url}${path}`);
      problems.push(...(await violations(page)).map((line) => `390 px ${path || 'index'}: ${line}`));
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
