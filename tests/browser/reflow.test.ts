/**
 * Reflow (WCAG 1.4.10): no page scrolls sideways on a 320 px wide phone — in the normal version, and
 * in the version for the visually impaired at its largest print with wide letter spacing, where a
 * phone number, a line of hours or a grid column is most likely to stick out.
 */
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { lowVisionOptions, STORAGE_KEY } from '../../src/lib/low-vision.ts';
import { pageUrlOf } from '../../src/search/build-index.ts';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { publicPagesOf } from '../helpers/built-site.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const WIDTH = 320;
const largest = {
  size: lowVisionOptions.size.at(-1)!,
  scheme: 'bw',
  spacing: lowVisionOptions.spacing.at(-1)!,
  images: 'on',
};

describe.skipIf(!hasChromium)('reflow at 320 px', () => {
  const site = useSiteBrowser();

  async function overflowing(context: BrowserContext): Promise<string[]> {
    const dir = inject('sampleSite');
    const page = await context.newPage();
    const wide: string[] = [];
    // The search page also with results and filters shown: they appear only after a query.
    const paths = [...publicPagesOf(dir).map((file) => pageUrlOf(dir, file).slice(1)), `search/?q=${encodeURIComponent('психолог')}`];
    for (const path of paths) {
      await page.goto(`${site.server.url}${path}`);
      if (path.includes('?q=')) await page.waitForFunction(() => document.querySelectorAll('[data-search-filters] select').length > 0);
      const found = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 1 && element.checkVisibility())
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`);
        return `${document.documentElement.scrollWidth} px (${culprits.join(', ')})`;
      });
      if (found) wide.push(`/${path}: ${found}`);
    }
    await page.close();
    return wide;
  }

  test('the normal version', async () => {
    const context = await site.browser.newContext({ viewport: { width: WIDTH, height: 640 } });
    expect(await overflowing(context)).toEqual([]);
    await context.close();
  });

  test(`the version for the visually impaired: ${largest.size} %, ${largest.spacing} spacing`, async () => {
    expect(Number(largest.size)).toBeGreaterThanOrEqual(200);
    const context = await site.browser.newContext({ viewport: { width: WIDTH, height: 640 } });
    await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(largest)]);
    expect(await overflowing(context)).toEqual([]);
    await context.close();
  });
});
