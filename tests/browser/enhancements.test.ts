/**
 * What the small scripts add, by the school's clock and not the visitor's: today's day on a class
 * timetable and «now open / closed» next to a contact's hours. And print: a guide prints as a bare
 * numbered instruction, a class timetable fits one A4 page.
 *
 * The clock is fixed in Chromium (Playwright's clock) at instants whose school-side day differs from
 * the visitor's (the browser runs in UTC), so a script that used the visitor's clock would fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const school = parse(readFileSync(join('content', 'school.yaml'), 'utf8')) as { timezone: string };
const hotline = (
  parse(readFileSync(join('content', 'contacts.yaml'), 'utf8')) as { id: string; hours: { days: string[]; from: string; to: string }[] }[]
).find((contact) => contact.id === 'goryachaya-liniya')!;

/** Novokuznetsk is UTC+7 all year (no DST since 2014): 20:00 UTC on Tuesday is 03:00 on Wednesday there. */
const SCHOOL_OFFSET_HOURS = 7;
const WEDNESDAY_03_00 = Date.parse('2026-11-24T20:00:00Z');
const WEDNESDAY_10_00 = Date.parse('2026-11-25T03:00:00Z');

describe.skipIf(!hasChromium)('enhancements by the school clock', () => {
  const site = useSiteBrowser();

  async function pageAt(instant: number, path: string): Promise<Page> {
    const context = await site.browser.newContext({ timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.clock.setFixedTime(instant);
    await page.goto(`${site.server.url}${path}`);
    return page;
  }

  test('the premises: the sample school is in Novokuznetsk, the hotline works weekdays 08–18', () => {
    expect(school.timezone).toBe('Asia/Novokuznetsk');
    expect(hotline.hours).toContainEqual({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' });
    expect(new Date(WEDNESDAY_03_00).getUTCDay()).toBe(2); // Tuesday for the visitor…
    expect(new Date(WEDNESDAY_03_00 + SCHOOL_OFFSET_HOURS * 3_600_000).getUTCDay()).toBe(3); // …Wednesday at school
  });

  test("a class timetable marks the school's today: Wednesday, while the visitor's clock says Tuesday", async () => {
    const page = await pageAt(WEDNESDAY_03_00, 'timetable/5a/');
    await expect.poll(() => page.locator('.day.today').count()).toBe(1);
    expect(await page.locator('.day.today').getAttribute('data-day')).toBe('wed');
    expect(await page.locator('[data-day-link="wed"]').getAttribute('aria-current')).toBe('date');
    expect(await page.locator('[aria-current="date"]').count()).toBe(1);
    expect(await page.locator('[data-day="wed"] [data-today-label]').isVisible()).toBe(true);
    expect(await page.locator('[data-day="tue"] [data-today-label]').isVisible()).toBe(false);
    await page.context().close();
  });

  test('«now open / closed» follows the hours at the school', async () => {
    const night = await pageAt(WEDNESDAY_03_00, '');
    const status = (page: Page) => page.locator('#goryachaya-liniya .open-now');
    await expect.poll(() => status(night).textContent()).toContain('Сейчас не работает');
    await night.context().close();
    const morning = await pageAt(WEDNESDAY_10_00, '');
    await expect.poll(() => status(morning).textContent()).toContain('Сейчас работает');
    expect(await status(morning).textContent()).not.toContain('не работает');
    await morning.context().close();
  });
});

describe.skipIf(!hasChromium)('print', () => {
  const site = useSiteBrowser();

  /** Pages in a PDF, counted from its page objects. */
  function pdfPageCount(pdf: Buffer): number {
    return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  }

  test('a class timetable prints on one A4 page', async () => {
    const page = await site.browser.newPage();
    for (const path of ['timetable/5a/', 'timetable/11a/']) {
      await page.goto(`${site.server.url}${path}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdfPageCount(pdf), path).toBe(1);
    }
    await page.close();
  });

  test('a guide prints as its numbered steps, without the menu, search, banner or footer', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}guides/sferum-s-telefona/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.breadcrumbs', 'form[role="search"]']) {
      for (const element of await page.locator(hidden).all()) expect(await element.isVisible(), hidden).toBe(false);
    }
    const steps = page.locator('main ol.guide-steps > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(5);
    expect(await steps.first().isVisible()).toBe(true);
    const printed = await page.locator('body').innerText();
    expect(printed.trimStart().startsWith(await page.locator('h1').innerText()), printed.slice(0, 200)).toBe(true);
    await page.close();
  });
});
