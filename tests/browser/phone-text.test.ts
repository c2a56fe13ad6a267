/**
 * Phone numbers in large print: never smaller than the text around them, never split inside a group
 * of digits, and still nothing sticks out of a 320 px screen (the reflow test covers every page; this
 * one looks at every phone link on the pages with phones). Also: long Russian words break with a
 * visible hyphen at 200 % (soft hyphens from the build), not mid-word without one.
 */
import { describe, expect, test } from 'vitest';
import { lowVisionOptions, STORAGE_KEY } from '../../src/lib/low-vision.ts';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const largest = { size: lowVisionOptions.size.at(-1)!, scheme: 'bw', spacing: lowVisionOptions.spacing.at(-1)!, images: 'on' };
const PAGES = ['', 'contacts/', 'platforms/', 'devices/', 'memo/', 'staff/'];

describe.skipIf(!hasChromium)('phones and words in large print', () => {
  const site = useSiteBrowser();

  // At 200 % print with the widest spacing a number is wider than a 320 px card, so it may wrap there
  // as a last resort; in the normal version no group of digits is ever split.
  test.each([
    ['the normal version', undefined, true],
    [`${largest.size} % print, ${largest.spacing} spacing`, largest, false],
  ] as const)(
    '%s: every phone link is at least the size of the body text and stays on screen',
    { timeout: 120_000 },
    async (_, settings, groupsWhole) => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
      if (settings)
        await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(settings)]);
      const page = await context.newPage();
      const problems: string[] = [];
      let phones = 0;
      for (const path of PAGES) {
        await page.goto(`${site.server.url}${path}`);
        const found = await page.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.body).fontSize);
          return [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="tel:"]')].map((link) => {
            // Each group of digits («36‑43‑66», «(3843)») must sit on one line: one rect per text line.
            const range = document.createRange();
            const groups = (link.textContent ?? '').split(/[\s\u00a0]+/);
            let at = 0;
            const split: string[] = [];
            const text = link.firstChild?.nodeType === Node.TEXT_NODE ? (link.firstChild as Text) : undefined;
            for (const group of groups) {
              const start = (link.textContent ?? '').indexOf(group, at);
              at = start + group.length;
              if (!text || start < 0) continue;
              range.setStart(text, start);
              range.setEnd(text, at);
              const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              if (tops.size > 1) split.push(group);
            }
            return {
              text: link.textContent ?? '',
              size: parseFloat(getComputedStyle(link).fontSize),
              body,
              split,
              right: link.getBoundingClientRect().right,
            };
          });
        });
        for (const phone of found) {
          phones += 1;
          if (phone.size + 0.5 < phone.body) problems.push(`/${path} ${phone.text}: ${phone.size}px < ${phone.body}px`);
          if (groupsWhole && phone.split.length > 0) problems.push(`/${path} ${phone.text}: split inside ${phone.split.join(', ')}`);
          if (phone.right > 320 + 1) problems.push(`/${path} ${phone.text}: sticks out to ${phone.right}px`);
        }
      }
      expect(phones).toBeGreaterThan(5);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  test('at 200 % a long word of the home page heading breaks with a hyphen (a soft hyphen the build put there)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(largest)]);
    const page = await context.newPage();
    await page.goto(site.server.url);
    const h1 = await page.locator('h1').evaluate((element) => ({
      html: element.innerHTML,
      hyphens: getComputedStyle(element).hyphens,
      height: element.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(h1.html).toContain('\u00ad');
    expect(h1.hyphens).toBe('manual');
    await context.close();
  });
});
