/**
 * Marks today's day on a class timetable, by the school's clock (`data-timezone`), not the
 * visitor's: a pupil away from home still sees the school's Monday. Adds the class «today», shows
 * the «Сегодня» label rendered (hidden) in the day's heading and marks the day link. Scrolls nothing.
 */
import { localClock } from '../lib/hours.ts';

const week = document.querySelector<HTMLElement>('[data-week][data-timezone]');
if (week) {
  const { day } = localClock(new Date(), week.dataset['timezone'] ?? 'Europe/Moscow');
  const section = week.querySelector<HTMLElement>(`[data-day="${day}"]`);
  if (section) {
    section.classList.add('today');
    section.querySelector<HTMLElement>('[data-today-label]')?.removeAttribute('hidden');
    week.querySelector<HTMLElement>(`[data-day-link="${day}"]`)?.setAttribute('aria-current', 'date');
  }
}
