/**
 * Today first on a class timetable, by the school's clock (`data-timezone`), not the visitor's: a
 * pupil away from home still sees the school's Wednesday. The build already opened the page on its
 * own today; for a page from an earlier build this moves the real today's day to the top (the week
 * order otherwise kept), shows its «Сегодня» label, marks its day link, and marks the lesson going
 * on now and the next one — again every minute. Scrolls nothing. It also remembers the class on this
 * device (localStorage, nothing sent anywhere) for «Моё расписание» on the home page.
 */
import { localClock } from '../lib/hours.ts';
import { rememberClass } from '../lib/my-class.ts';
import { daysFromToday, nowAndNext } from '../lib/today.ts';
import type { SchoolDay } from '../lib/week.ts';

const week = document.querySelector<HTMLElement>('[data-week][data-timezone]');

function update(root: HTMLElement): void {
  const { day, minutes } = localClock(new Date(), root.dataset['timezone'] ?? 'Europe/Moscow');
  const container = root.querySelector<HTMLElement>('[data-days]');
  const sections = [...root.querySelectorAll<HTMLElement>('[data-days] > [data-day]')];
  const order = daysFromToday(
    sections.map((section) => section.dataset['day'] as SchoolDay),
    day,
  );
  if (container && order.some((key, i) => sections[i]?.dataset['day'] !== key)) {
    for (const key of order) {
      const section = sections.find((candidate) => candidate.dataset['day'] === key);
      if (section) container.append(section);
    }
  }
  for (const section of sections) {
    const isToday = section.dataset['day'] === day;
    section.classList.toggle('today', isToday);
    section.querySelector<HTMLElement>('[data-today-label]')?.toggleAttribute('hidden', !isToday);
    const rows = [...section.querySelectorAll<HTMLElement>('tr[data-period]')];
    const moments = isToday
      ? nowAndNext(
          rows.map((row) => ({ n: Number(row.dataset['period']), from: row.dataset['from'], to: row.dataset['to'] })),
          minutes,
        )
      : {};
    for (const row of rows) {
      const n = Number(row.dataset['period']);
      for (const moment of ['now', 'next'] as const) {
        const marked = moments[moment] === n;
        row.classList.toggle(moment, marked);
        row.querySelector<HTMLElement>(`[data-moment="${moment}"]`)?.toggleAttribute('hidden', !marked);
      }
    }
  }
  for (const link of root.querySelectorAll<HTMLElement>('[data-day-link]')) {
    if (link.dataset['dayLink'] === day) link.setAttribute('aria-current', 'date');
    else link.removeAttribute('aria-current');
  }
}

if (week) {
  update(week);
  setInterval(() => update(week), 60_000);
  rememberClass({ id: week.dataset['classId'] ?? '', name: week.dataset['className'] ?? '', path: location.pathname });
}
