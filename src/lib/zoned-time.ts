/**
 * School clock times as instants. Editors write `2026-11-17` and `18:30` in the school's IANA zone;
 * calendars want UTC and structured data wants an ISO time with its offset. The zone rules come from
 * the runtime's Intl (ICU), so the project ships no time-zone database of its own.
 */

/**
 * One formatter per zone: making an Intl.DateTimeFormat costs far more than using one, and calendars
 * ask for tens of thousands of offsets (the large benchmark school: 7.2 s to build with a formatter
 * made per call, 6.6 s with this cache).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at an instant (+420 for Asia/Novokuznetsk). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wallAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant (ms since the epoch) at which the school's clock shows `date` `time`. Two passes settle
 * the offset on days when it changes (a clock time skipped by a DST jump resolves to the later offset).
 */
export function zonedToUtc(date: string, time: string, timeZone: string): number {
  const key = `${timeZone} ${date} ${time}`;
  let instant = instants.get(key);
  if (instant === undefined) instants.set(key, (instant = computeZonedToUtc(date, time, timeZone)));
  return instant;
}

/** Every class's calendar asks for the same few bell times on the same dates: each is worked out once. */
const instants = new Map<string, number>();

function computeZonedToUtc(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  const second = wall - zoneOffsetMinutes(first, timeZone) * 60_000;
  return second;
}

/** `+07:00` for an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 with the zone's offset, as schema.org asks: `2026-11-17T18:30:00+07:00`. */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const offset = zoneOffsetMinutes(zonedToUtc(date, time, timeZone), timeZone);
  return `${date}T${time}:00${formatOffset(offset)}`;
}

/** The dates from `from` to `to` inclusive, `YYYY-MM-DD`. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= end; day += 86_400_000) dates.push(new Date(day).toISOString().slice(0, 10));
  return dates;
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Weekday key (`mon`…`sun`) of a calendar date. */
export function weekdayOf(date: string): (typeof WEEKDAY_KEYS)[number] {
  return WEEKDAY_KEYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}
