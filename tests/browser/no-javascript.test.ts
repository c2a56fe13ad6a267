/** Every page is complete without JavaScript: scripts only enhance. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { publicPagesOf } from '../helpers/built-site.ts';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';
import { pageUrlOf } from '../../src/search/build-index.ts';

/**
 * The text of <main> a reader sees. innerText alone is not enough: for an element that is not rendered
 * at all (say CSS hides <main> until a script runs) it falls back to the full textContent.
 */
function shownText(page: Page): Promise<string> {
  return page
    .locator('main')
    .evaluate((main: HTMLElement) =>
      main.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? main.innerText.trim() : '',
    );
}

/**
 * Pages whose very purpose is a script's work: search results, and the device check (it measures this
 * device). Without JavaScript they say so and link to what answers instead (contacts, requirements).
 */
const SCRIPT_PAGES = ['search/', 'device-check/'];

describe.skipIf(!hasChromium)('pages without JavaScript', () => {
  const site = useSiteBrowser();

  test('each page shows (almost) the same main text with JavaScript off as on', async () => {
    const dir = inject('sampleSite');
    const paths = publicPagesOf(dir).map((file) => pageUrlOf(dir, file).slice(1));
    const off = await site.browser.newContext({ javaScriptEnabled: false });
    const on = await site.browser.newContext();
    const [pageOff, pageOn] = [await off.newPage(), await on.newPage()];
    const short: string[] = [];
    for (const path of paths) {
      await pageOff.goto(`${site.server.url}${path}`);
      await pageOn.goto(`${site.server.url}${path}`);
      const [textOff, textOn] = [await shownText(pageOff), await shownText(pageOn)];
      if (!SCRIPT_PAGES.includes(path) && (textOff.length === 0 || textOff.length < textOn.length * 0.9))
        short.push(`${path}: ${textOff.length} vs ${textOn.length}`);
    }
    await off.close();
    await on.close();
    expect(short).toEqual([]);
  });
});
