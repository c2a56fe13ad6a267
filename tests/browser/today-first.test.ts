/**
 * «What is today?» on a phone: a class page opens on the school's today with the lesson going on now
 * and the next one marked, and the home page offers the class opened last time on this device.
 *
 * The clock is fixed (Playwright's clock) at instants on a Wednesday at the school (Novokuznetsk,
 * UTC+7) while the visitor's browser runs in UTC — on Tuesday for the first two — so a script using the
 * visitor's clock would fail. Expected lessons are read from the content files, not written here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

interface Period {
  n: number;
  from: string;
  to: string;
}
const bells = parse(readFileSync(join('content', 'timetable', 'bells.yaml'), 'utf8')) as { shifts: { id: number; periods: Period[] }[] };
const fiveA = parse(readFileSync(join('content', 'timetable', 'classes', '5a.yaml'), 'utf8')) as {
  shift: number;
  days: Record<string, { period: number; subject: string; link?: string }[]>;
};
const periods = bells.shifts.find((shift) => shift.id === fiveA.shift)!.periods;
const period = (n: number) => periods.find((p) => p.n === n)!;

/** An instant at the school (UTC+7 all year) on Wednesday 2026-11-25, as UTC milliseconds. */
/** Text as seen: the build's soft hyphens (src/lib/hyphenate-html.ts) are invisible. */
const seen = (text: string) => text.replace(/\u00ad/g, '');
const schoolWednesday = (time: string) => Date.parse(`2026-11-25T${time}:00+07:00`);

describe.skipIf(!hasChromium)('today first', () => {
  const site = useSiteBrowser();

  async function open(path: string, instant: number, javaScriptEnabled = true): Promise<Page> {
    const context = await site.browser.newContext({ timezoneId: 'UTC', javaScriptEnabled });
    const page = await context.newPage();
    if (javaScriptEnabled) await page.clock.setFixedTime(instant);
    await page.goto(`${site.server.url}${path}`);
    return page;
  }
  const dayOrder = (page: Page) =>
    page.locator('[data-days] > [data-day]').evaluateAll((days) => days.map((day) => day.getAttribute('data-day')));
  const weekOrder = (page: Page) =>
    page.locator('[data-day-link]').evaluateAll((links) => links.map((link) => link.getAttribute('data-day-link')));

  test('the premises: 5А has lessons 3 and 4 on Wednesday, each with a link to join', () => {
    expect(fiveA.days['wed']?.find((l) => l.period === 3)?.link).toBeTruthy();
    expect(fiveA.days['wed']?.find((l) => l.period === 4)?.link).toBeTruthy();
    expect(new Date(schoolWednesday('05:00')).getUTCDay()).toBe(2); // Tuesday for the visitor
  });

  test("the class page starts at the school's Wednesday, the rest of the week following in order", async () => {
    const page = await open('timetable/5a/', schoolWednesday('05:00'));
    const week = await weekOrder(page);
    const at = week.indexOf('wed');
    await expect.poll(() => dayOrder(page)).toEqual([...week.slice(at), ...week.slice(0, at)]);
    expect(await page.locator('.day.today').getAttribute('data-day')).toBe('wed');
    expect(await page.locator('[aria-current="date"]').getAttribute('data-day-link')).toBe('wed');
    expect(await page.locator('[data-today-label]:visible').count()).toBe(1);
    // Before the first lesson: nothing is on, the first lesson is next.
    expect(await page.locator('tr.now').count()).toBe(0);
    expect(await page.locator('tr.next').getAttribute('data-period')).toBe(String(Math.min(...fiveA.days['wed']!.map((l) => l.period))));
    await page.context().close();
  });

  test('during the 3rd lesson it is marked «Идёт сейчас» and the 4th «Следующий урок», each with its join button', async () => {
    const page = await open('timetable/5a/', schoolWednesday(period(3).from));
    const now = page.locator('[data-day="wed"] tr.now');
    const next = page.locator('[data-day="wed"] tr.next');
    await expect.poll(() => now.count()).toBe(1);
    expect(await now.getAttribute('data-period')).toBe('3');
    expect(await next.getAttribute('data-period')).toBe('4');
    expect(await page.locator('tr.now, tr.next').count()).toBe(2);
    expect(seen(await now.locator('[data-moment="now"]').innerText())).toBe('Идёт сейчас');
    expect(seen(await next.locator('[data-moment="next"]').innerText())).toBe('Следующий урок');
    expect(await page.locator('[data-moment]:visible').count()).toBe(2);
    const subject3 = fiveA.days['wed']!.find((l) => l.period === 3)!.subject;
    expect(seen(await now.innerText())).toContain(subject3);
    const soft = (text: string) => [...text].join('\u00ad?');
    const join = now.getByRole('link', { name: new RegExp(`^Войти на урок\\s*:\\s*${soft(subject3)}$`) });
    expect(await join.isVisible()).toBe(true);
    expect(await join.getAttribute('href')).toBe(fiveA.days['wed']!.find((l) => l.period === 3)!.link);
    expect(
      await next
        .getByRole('link', { name: /^Войти на урок/ })
        .first()
        .isVisible(),
    ).toBe(true);
    await page.context().close();
  });

  test('in the break after the 3rd lesson only the 4th is marked, as next', async () => {
    const page = await open('timetable/5a/', schoolWednesday(period(3).to));
    await expect.poll(() => page.locator('tr.next').getAttribute('data-period')).toBe('4');
    expect(await page.locator('tr.now').count()).toBe(0);
    await page.context().close();
  });

  test('on paper the week still reads Monday first, whatever day the page opens on', async () => {
    const page = await open('timetable/5a/', schoolWednesday('05:00'));
    await page.emulateMedia({ media: 'print' });
    const top = async (day: string) => (await page.locator(`[data-day="${day}"]`).boundingBox())!.y;
    expect(await top('mon')).toBeLessThan(await top('wed'));
    await page.context().close();
  });

  test("without JavaScript the page opens on the build's today (a school day) with its label", async () => {
    const page = await open('timetable/5a/', 0, false);
    const week = await weekOrder(page);
    const order = await dayOrder(page);
    const current = await page.locator('[aria-current="date"]').getAttribute('data-day-link');
    // The build ran moments ago: its today is today at the school, or (just after midnight) yesterday.
    const weekday = (ms: number) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Novokuznetsk', weekday: 'short' }).format(ms).slice(0, 3).toLowerCase();
    const candidates = [weekday(Date.now()), weekday(Date.now() - 3_600_000)];
    if (current) {
      expect(candidates).toContain(current);
      expect(order[0]).toBe(current);
      expect(await page.locator(`[data-day="${current}"] [data-today-label]`).isVisible()).toBe(true);
      expect(await page.locator('[data-today-label]:visible').count()).toBe(1);
    } else {
      // A day without lessons (Sunday): the week starts at the next school day.
      expect(candidates.some((day) => !week.includes(day))).toBe(true);
      expect(await page.locator('[data-today-label]:visible').count()).toBe(0);
    }
    expect([...order].sort()).toEqual([...week].sort());
    await page.context().close();
  });

  test('the home page offers «Моё расписание» for the class opened last time on this device, and only then', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url);
    const mine = page.locator('[data-my-class]');
    expect(await mine.isVisible()).toBe(false);
    await page.goto(`${site.server.url}timetable/5b/`);
    await page.goto(site.server.url);
    await expect.poll(() => mine.isVisible()).toBe(true);
    const link = mine.getByRole('link');
    expect(seen(await link.innerText())).toBe('Моё расписание: 5Б');
    expect(new URL((await link.getAttribute('href'))!, site.server.url).pathname).toBe('/timetable/5b/');
    // The class buttons sit within the first two screens of a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    const firstClass = await page.locator('ul.classes a').first().boundingBox();
    expect(firstClass!.y).toBeLessThan(2 * 844);
    await context.close();
  });
});
