/**
 * Accessibility in real Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page of the built
 * site, in the normal version and in each colour scheme of the version for the visually impaired;
 * and the keyboard: the skip link works and every control shows its focus.
 */
import { describe, expect, inject, test } from 'vitest';
import { lowVisionOptions, STORAGE_KEY } from '../../src/lib/low-vision.ts';
import { pageUrlOf } from '../../src/search/build-index.ts';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { publicPagesOf } from '../helpers/built-site.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';
import { violations } from '../helpers/axe.ts';

const variants: { name: string; settings: Record<string, string> | null }[] = [
  { name: 'обычная версия', settings: null },
  ...lowVisionOptions.scheme.map((scheme) => ({
    name: `схема ${scheme}`,
    settings: { size: '150', scheme, spacing: 'normal', images: 'on' },
  })),
];

describe.skipIf(!hasChromium)('accessibility', () => {
  const site = useSiteBrowser();
  const dir = inject('sampleSite');
  const paths = publicPagesOf(dir).map((file) => pageUrlOf(dir, file).slice(1));

  test.each(variants)(
    'axe: no WCAG A/AA violations on any page — $name',
    async ({ settings }) => {
      const context = await site.browser.newContext();
      if (settings)
        await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(settings)]);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of paths) {
        await page.goto(`${site.server.url}${path}`);
        for (const violation of await violations(page)) problems.push(`/${path}: ${violation}`);
      }
      await context.close();
      expect(problems).toEqual([]);
    },
    300_000,
  );

  test('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
    expect(await page.isVisible('.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  test('every focusable control on the home page is reached by Tab and shows a visible focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    // Number every visible control, then Tab through the page and note which numbers receive focus.
    const total = await page.$$eval(
      'a[href], button, input, select, summary, [tabindex="0"]',
      (nodes) =>
        nodes
          .filter((node) => (node as HTMLElement).checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }))
          .map((node, index) => node.setAttribute('data-focus-id', String(index))).length,
    );
    const reached = new Set<string>();
    const withoutFocusStyle: string[] = [];
    for (let i = 0; i < total + 3; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        return { id: el.getAttribute('data-focus-id') ?? '', label: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`, visible };
      });
      if (!info) continue;
      reached.add(info.id);
      if (!info.visible) withoutFocusStyle.push(info.label);
    }
    await page.close();
    const missed = Array.from({ length: total }, (_, index) => String(index)).filter((id) => !reached.has(id));
    expect(missed).toEqual([]);
    expect(withoutFocusStyle).toEqual([]);
  });
});
