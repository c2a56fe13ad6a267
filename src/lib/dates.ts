/** Dates for people: «16 ноября 2026», «пн, 16 ноября», today's date in the school's time zone. */
import { t } from '../i18n/ru.ts';

/** «16 ноября 2026» from `2026-11-16`. */
export function formatDate(iso: string, withYear = true): string {
  const [year, month, day] = iso.split('-').map(Number);
  const text = `${day} ${t.monthsGenitive[(month ?? 1) - 1]}`;
  return withYear ? `${text} ${year}` : text;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function isoDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * The date the site is built for: `BUILD_DATE` (YYYY-MM-DD) when set, so two builds of the same
 * content are identical and tests are repeatable; otherwise today in the school's time zone.
 */
export function buildDate(timeZone: string, env: Record<string, string | undefined> = process.env): string {
  const fixed = env['BUILD_DATE'];
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : isoDateIn(new Date(), timeZone);
}
