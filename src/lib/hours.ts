/** Opening and consultation hours: plain-words text («пн–пт 08:00–18:00») and «open now». */
import { t } from '../i18n/ru.ts';
import type { Hours } from '../schemas/common.ts';
import { minutesOf } from './time.ts';
import { weekDays, type WeekDay } from './week.ts';

/** «пн–пт», «пн, ср, пт», «ежедневно». Consecutive days collapse into a range. */
export function formatDays(days: readonly WeekDay[]): string {
  const sorted = weekDays.filter((day) => days.includes(day));
  if (sorted.length === 7) return t.everyDay;
  const runs: WeekDay[][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous !== undefined && weekDays.indexOf(day) === weekDays.indexOf(previous) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${t.days[run[0]!]}–${t.days[run[run.length - 1]!]}` : run.map((day) => t.days[day]).join(', ')))
    .join(', ');
}

/** «пн–пт 08:00–18:00»; a whole day reads «круглосуточно». */
export function formatHours(hours: Hours): string {
  const allDay = hours.from === '00:00' && (hours.to === '23:59' || hours.to === '24:00');
  return `${formatDays(hours.days)} ${allDay ? t.contacts.allDay : `${hours.from}–${hours.to}`}`;
}

/** Weekday key and minutes since midnight of an instant in a time zone. */
export function localClock(instant: Date, timeZone: string): { day: WeekDay; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = get('weekday').slice(0, 3).toLowerCase() as WeekDay;
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Whether any line of the hours covers the instant, in the school's time zone. */
export function isOpenAt(hours: readonly Hours[], instant: Date, timeZone: string): boolean {
  const { day, minutes } = localClock(instant, timeZone);
  return hours.some((line) => line.days.includes(day) && minutes >= (minutesOf(line.from) ?? 0) && minutes <= (minutesOf(line.to) ?? 0));
}
