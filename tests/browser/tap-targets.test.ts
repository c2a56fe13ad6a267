/**
 * Tap targets on a phone (390 px): every link, button and field a finger has to hit is at least
 * 44 × 44 CSS px (ГОСТ Р 52872-2019 / WCAG 2.5.5), on every page. A link inside a sentence is exempt,
 * as WCAG exempts it (the sentence's line decides its height); a radio button or checkbox counts by its
 * label, which is what the finger hits.
 */
import { describe, expect, inject, test } from 'vitest';
import { pageUrlOf } from '../../src/search/build-index.ts';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { publicPagesOf } from '../helpers/built-site.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const MIN = 44;

describe.skipIf(!hasChromium)('tap targets', () => {
  const site = useSiteBrowser();

  test(`every control outside a sentence is at least ${MIN} × ${MIN} px at 390 px`, async () => {
    const dir = inject('sampleSite');
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const small: string[] = [];
    let measured = 0;
    for (const path of publicPagesOf(dir).map((file) => pageUrlOf(dir, file).slice(1))) {
      await page.goto(`${site.server.url}${path}`);
      const found = await page.evaluate((min) => {
        const problems: string[] = [];
        let count = 0;
        for (const control of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')) {
          const target =
            control instanceof HTMLInputElement && /^(radio|checkbox)$/.test(control.type)
              ? (control.closest('label') ?? control)
              : control;
          if (!target.checkVisibility() || target.closest('.skip-link')) continue;
          const box = target.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const inSentence =
            getComputedStyle(target).display === 'inline' &&
            (target.parentElement?.textContent ?? '').trim().length > (target.textContent ?? '').trim().length + 2;
          if (inSentence) continue;
          count++;
          if (box.width < min - 0.5 || box.height < min - 0.5) {
            problems.push(
              `${target.tagName.toLowerCase()} «${(target.textContent ?? '').trim().slice(0, 40)}» ${Math.round(box.width)}×${Math.round(box.height)}`,
            );
          }
        }
        return { problems, count };
      }, MIN);
      measured += found.count;
      small.push(...found.problems.map((problem) => `/${path}: ${problem}`));
    }
    await page.close();
    expect(measured).toBeGreaterThan(200); // the walk really measured the site's controls
    expect(small).toEqual([]);
  });
});
