/**
 * Calendar arithmetic for the synthetic school's dated files (meetings, announcements, the roadmap):
 * plain `YYYY-MM-DD` strings counted in UTC, so no time zone or clock changes a generated date.
 */

/** `2026-11-16` plus `days` calendar days. */
export function dayAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
/** The `n`-th working day (Mon–Fri) from a Monday. */
export const workingDay = (monday: string, n: number) => dayAfter(monday, Math.floor(n / 5) * 7 + (n % 5));
