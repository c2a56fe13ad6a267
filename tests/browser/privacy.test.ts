/** Privacy (152-ФЗ) and slow connections: no page makes a single request to another origin. */
import { describe, expect, inject, test } from 'vitest';
import { pageUrlOf } from '../../src/search/build-index.ts';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { publicPagesOf } from '../helpers/built-site.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

describe.skipIf(!hasChromium)('privacy', () => {
  const site = useSiteBrowser();

  test('loading every page (and using search) requests nothing from another origin', async () => {
    const dir = inject('sampleSite');
    const origin = new URL(site.server.url).origin;
    const context = await site.browser.newContext();
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    // Anything leaving for another origin is stopped here, so a slip fails the test instead of hanging.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    const page = await context.newPage();
    for (const file of publicPagesOf(dir)) {
      await page.goto(`${site.server.url}${pageUrlOf(dir, file).slice(1)}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('психолог')}`);
    await page.waitForSelector('.search-page [data-search-results] li');
    await context.close();
    expect(foreign).toEqual([]);
  });
});
