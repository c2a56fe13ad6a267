/** Every page is complete without JavaScript: scripts only enhance. */
import { describe, expect, inject, test } from 'vitest';
import { filesOf } from '../helpers/built-site.ts';
import { hasChromium } from '../helpers/browser.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';
import { pageUrlOf } from '../../src/search/build-index.ts';

describe.skipIf(!hasChromium)('pages without JavaScript', () => {
  const site = useSiteBrowser();

  test('each page shows (almost) the same main text with JavaScript off as on', async () => {
    const dir = inject('sampleSite');
    const paths = filesOf(dir, '.html').map((file) => pageUrlOf(dir, file).slice(1));
    const off = await site.browser.newContext({ javaScriptEnabled: false });
    const on = await site.browser.newContext();
    const [pageOff, pageOn] = [await off.newPage(), await on.newPage()];
    const short: string[] = [];
    for (const path of paths) {
      await pageOff.goto(`${site.server.url}${path}`);
      await pageOn.goto(`${site.server.url}${path}`);
      const textOff = (await pageOff.innerText('main')).trim();
      const textOn = (await pageOn.innerText('main')).trim();
      if (path !== 'search/' && (textOff.length === 0 || textOff.length < textOn.length * 0.9)) short.push(`${path}: ${textOff.length} vs ${textOn.length}`);
    }
    await off.close();
    await on.close();
    expect(short).toEqual([]);
  });
});
