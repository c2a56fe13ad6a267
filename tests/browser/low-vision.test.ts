/**
 * The version for the visually impaired: switched on from any page by keyboard, every setting
 * applies, the choice survives navigation and is applied before the first paint (no flash).
 */
import { describe, expect, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';
import { lowVisionOptions, STORAGE_KEY } from '../../src/lib/low-vision.ts';

describe.skipIf(!hasChromium)('version for the visually impaired', () => {
  const site = useSiteBrowser();

  test('keyboard: Tab reaches the switch, Enter turns it on, settings apply and persist across pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    // The first Tab lands on the skip link, the next ones walk the header to the switch.
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-lv-toggle') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'data-lv')).toBe('on');
    expect(await page.isVisible('[data-lv-panel]')).toBe(true);

    for (const [name, values] of Object.entries(lowVisionOptions)) {
      for (const value of values) {
        await page.check(`[data-lv-panel] input[name="${name}"][value="${value}"]`);
        expect(await page.getAttribute('html', `data-lv-${name}`)).toBe(value);
      }
    }
    await page.check('[data-lv-panel] input[name="scheme"][value="wb"]');
    await page.check('[data-lv-panel] input[name="size"][value="200"]');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(0, 0, 0)');

    await page.goto(`${site.server.url}search/`);
    expect(await page.getAttribute('html', 'data-lv-scheme')).toBe('wb');
    expect(await page.getAttribute('html', 'data-lv-size')).toBe('200');
    expect(await page.isChecked('[data-lv-panel] input[name="scheme"][value="wb"]')).toBe(true);
    await page.close();
  });

  test('no flash: the stored scheme is on <html> before any stylesheet or body is parsed', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(
      ([key]) => localStorage.setItem(key!, JSON.stringify({ size: '150', scheme: 'blue', spacing: 'wide', images: 'off' })),
      [STORAGE_KEY],
    );
    const page = await context.newPage();
    // Record the attribute at the moment <body> appears: the inline head script must already have run.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { schemeAtBody: string | null }).schemeAtBody = document.documentElement.getAttribute('data-lv-scheme');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.server.url);
    expect(await page.evaluate(() => (window as unknown as { schemeAtBody: string | null }).schemeAtBody)).toBe('blue');
    await context.close();
  });

  test('«images off» shows what each picture of a guide shows, as text, instead of the picture', async () => {
    const visiblePictures = async (images: string) => {
      const context = await site.browser.newContext();
      await context.addInitScript(
        ([key, value]) => localStorage.setItem(key!, value!),
        [STORAGE_KEY, JSON.stringify({ size: '100', scheme: 'bw', spacing: 'normal', images })],
      );
      const page = await context.newPage();
      await page.goto(`${site.server.url}guides/sferum-s-telefona/`);
      const shown = async (selector: string) => {
        const found = page.locator(selector);
        let visible = 0;
        for (let i = 0; i < (await found.count()); i++) if (await found.nth(i).isVisible()) visible++;
        return { count: await found.count(), visible };
      };
      const result = { pictures: await shown('main img'), descriptions: await shown('main .picture-text') };
      await context.close();
      return result;
    };
    const on = await visiblePictures('on');
    expect(on.pictures.count).toBeGreaterThan(0);
    expect(on.pictures.visible).toBe(on.pictures.count);
    expect(on.descriptions.visible).toBe(0);
    const off = await visiblePictures('off');
    expect(off.pictures.visible).toBe(0);
    // In place of each picture, what it shows, as text.
    expect(off.descriptions.visible).toBe(on.pictures.count);
  });

  test('switching back to the normal version forgets the settings', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.click('[data-lv-toggle]');
    expect(await page.getAttribute('html', 'data-lv')).toBe('on');
    await page.click('[data-lv-off]');
    expect(await page.getAttribute('html', 'data-lv')).toBeNull();
    await page.reload();
    expect(await page.getAttribute('html', 'data-lv')).toBeNull();
    await page.close();
  });
});
