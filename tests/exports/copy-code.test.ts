/** The «Скопировать» button on /embed/code/ puts the <iframe> code on the clipboard (real Chromium). */
import { describe, expect, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

describe.skipIf(!hasChromium)('copying the embed code', () => {
  const site = useSiteBrowser();

  test('the button copies exactly the code shown and says so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.url}embed/code/`);
    const shown = await page.textContent('#embed-code');
    await page.click('[data-copy-target="embed-code"]');
    await expect.poll(() => page.textContent('#copy-status')).not.toBe('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/"/);
    await context.close();
  });

  test('without JavaScript the button is hidden and the code is still there', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}embed/code/`);
    expect(await page.isVisible('[data-copy-target]')).toBe(false);
    expect(await page.textContent('#embed-code')).toContain('<iframe');
    await context.close();
  });
});
