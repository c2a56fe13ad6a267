/**
 * "Today first" on a class timetable, shared by the build (the page opens on the build's today) and
 * the browser script (which moves the visitor's today up when the page is from an earlier build).
 * Free of dependencies beyond `time.ts` and `week.ts`, so the browser bundle stays tiny.
 */
import { minutesOf } from './time.ts';
import { weekDays, type WeekDay } from './week.ts';

/**
 * The school's days starting from today (or, on a day without lessons such as Sunday, from the next
 * school day), wrapping round: on Wednesday `wed thu fri mon tue`. The week itself keeps its order;
 * only where it starts changes.
 */
export function daysFromToday<T extends WeekDay>(days: readonly T[], today: WeekDay): T[] {
  const position = (day: WeekDay) => weekDays.indexOf(day);
  const start = days.findIndex((day) => position(day) >= position(today));
  return start <= 0 ? [...days] : [...days.slice(start), ...days.slice(0, start)];
}

/** One period of today with its bell times (`HH:MM`), as the page carries them. */
export interface TimedPeriod {
  n: number;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The period going on at `minutes` past midnight (school time) and the next one to start, if any:
 * during a break only `next`; after the last lesson neither. Periods without bell times are skipped.
 */
export function nowAndNext(periods: readonly TimedPeriod[], minutes: number): { now?: number; next?: number } {
  const timed = periods
    .map((period) => ({ n: period.n, from: minutesOf(period.from ?? ''), to: minutesOf(period.to ?? '') }))
    .filter((period): period is { n: number; from: number; to: number } => period.from !== undefined && period.to !== undefined)
    .sort((a, b) => a.from - b.from);
  const now = timed.find((period) => period.from <= minutes && minutes < period.to);
  const next = timed.find((period) => period.from > minutes);
  return { ...(now ? { now: now.n } : {}), ...(next ? { next: next.n } : {}) };
}
