/** Nothing of search is downloaded until the user focuses a search box; then it works by keyboard. */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const isSearchAsset = (url: string) => /\/pagefind\/|search-ui|vocabulary/.test(url);

describe.skipIf(!hasChromium)('search loads on demand', () => {
  const site = useSiteBrowser();

  test('no search script or index before focus; loaded after focus; results reachable by keyboard', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // What the first search costs on a slow connection: bytes of every search response (a figure, not a test).
    const searchBytes: Promise<{ plain: number; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (isSearchAsset(response.url())) {
        // The test server does not compress; a school's web server would, so both sizes are printed.
        searchBytes.push(
          response.body().then(
            (body) => ({ plain: body.length, gzip: gzipSync(body).length }),
            () => ({ plain: 0, gzip: 0 }),
          ),
        );
      }
    });
    await page.goto(site.server.url);
    await page.waitForLoadState('networkidle');
    expect(requested.filter(isSearchAsset)).toEqual([]);

    await page.focus('#site-search-q');
    await page.keyboard.type('психолог');
    await page.waitForSelector('[data-search-results] li a');
    expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // Searched in the page's own thread: Pagefind's web worker would be 12 KB gzip more to download.
    expect(requested.filter((url) => url.includes('pagefind-worker'))).toEqual([]);

    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null);
    expect(focused).toBe(true);
    const status = await page.textContent('#site-search-q-status');
    expect(status).toMatch(/Найдено: \d+/);
    // The vocabulary for typo correction is not part of a first search that finds its words.
    expect(requested.filter((url) => url.includes('vocabulary'))).toEqual([]);
    const sizes = await Promise.all(searchBytes);
    const total = (key: 'plain' | 'gzip') => (sizes.reduce((sum, size) => sum + size[key], 0) / 1024).toFixed(0);
    console.log(`Первый поиск загрузил ${sizes.length} файлов поиска: ${total('plain')} КБ без сжатия, ${total('gzip')} КБ в gzip.`);
    // The bound of issue #13: no more than the first search took before the query reading (about 110 KB).
    expect(Number(total('gzip'))).toBeLessThanOrEqual(110);
    await page.close();
  });

  /** A new tab on the home page with `query` typed into the header's box, once its results are shown. */
  const typedInHeader = async (query: string) => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.focus('#site-search-q');
    await page.keyboard.type(query);
    await page.waitForSelector('[data-search-results] li a');
    return page;
  };

  test('a question that finds nothing is offered the hotline and the mission’s other pages, and told so', async () => {
    const page = await typedInHeader('ыыыы ъъъъ');
    expect(await page.textContent('#site-search-q-status')).toBe('По этим словам ничего не найдено. Может быть, вам нужно одно из этого:');
    const first = await page.getAttribute('[data-search-results] li a', 'href');
    expect(first).toMatch(/contacts\/#/);
    // Marked as suggestions, not results (the search evaluation counts them as none).
    expect(await page.$('[data-search-results][data-search-suggested]')).not.toBeNull();
    await page.close();
  });

  test('«телефон школы» leads to the school’s own card first', async () => {
    const page = await typedInHeader('телефон школы');
    expect(await page.getAttribute('[data-search-results] li a', 'href')).toMatch(/contacts\/#school-reception$/);
    await page.close();
  });

  test('without JavaScript the header offers the contacts page instead of a search box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    expect(await page.isVisible('#site-search-q')).toBe(false);
    const link = page.locator('header a.search-link');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toMatch(/contacts\/$/);
    await context.close();
  });
});
