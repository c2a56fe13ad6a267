/** Plain helpers for `HH:MM` times and `YYYY-MM-DD` dates, as editors write them. */

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real 24-hour clock time written `HH:MM`. */
export function isRealTime(value: string): boolean {
  return TIME.test(value);
}

/** Minutes since midnight, or undefined when the text is not a real time. */
export function minutesOf(value: string): number | undefined {
  const match = TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** True for a date that exists in the calendar (so 2026-02-30 is false). */
export function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
