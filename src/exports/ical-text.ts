/**
 * The iCalendar (RFC 5545) text of the events the site writes. It writes what the `ics` package wrote
 * for these events (the same lines, escaping and folding; tests/exports/ical-text.test.ts compares the
 * two), without its cost: `ics` validated every event against its schema and counted the grapheme
 * clusters of a whole line again for each folded piece, 3.7 s of the large benchmark school's build.
 * The links it validated are checked before a build starts (src/schemas/common.ts) and again, once per
 * distinct link, by `calendarText`. One difference: a long line with emoji or combining marks is
 * folded between the grapheme clusters Unicode defines (Intl.Segmenter), where `ics` used its own
 * approximation of them.
 */

/** A date (`[2026, 11, 17]`, a whole day) or an instant in ms since the epoch, written in UTC. */
export type CalendarTime = number | readonly [number, number, number];

export interface CalendarAlarm {
  action: 'display';
  description: string;
  trigger: { weeks?: number; days?: number; hours?: number; minutes?: number; seconds?: number; before: boolean };
}

export interface CalendarEvent {
  uid: string;
  title: string;
  start: CalendarTime;
  end: CalendarTime;
  /** DTSTAMP (ms). */
  timestamp: number;
  // Kept from the `ics` package's event shape: times are always given and written in UTC.
  startInputType?: 'utc';
  startOutputType?: 'utc';
  endInputType?: 'utc';
  endOutputType?: 'utc';
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  sequence?: number;
  alarms?: readonly CalendarAlarm[];
}

export interface CalendarHeader {
  productId: string;
  method: string;
  calName: string;
}

/**
 * Characters after which a following code unit may join the same grapheme in the `ics` package's
 * counting (surrogates, joiners, variation selectors, combining marks and the few it lists by hand).
 * A line without them has one grapheme per code unit, which is how almost every line is folded.
 */
const LISTED = new Set([0x0308, 0x0937, 0x093f, 0x0ba8, 0x0bbf, 0x0bcd, 0x0e31, 0x0e33, 0x0e40, 0x0e49, 0x1100, 0x1161, 0x11a8, 0x200d]);
function mayJoin(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x0308) continue;
    if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) || LISTED.has(code))
      return true;
  }
  return false;
}

let segmenter: Intl.Segmenter | undefined;
function graphemes(line: string): string[] {
  if (!mayJoin(line)) return line.split('');
  segmenter ??= new Intl.Segmenter('ru', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(line), (part) => part.segment);
}

/** A content line folded as `ics` folds it: 75 graphemes, then 74 after each CRLF and tab. */
export function foldLine(line: string): string {
  if (line.length <= 75) return line; // never more graphemes than code units
  const parts = graphemes(line);
  if (parts.length <= 75) return line;
  const lines = [parts.slice(0, 75).join('')];
  for (let from = 75; from < parts.length; from += 74) lines.push(parts.slice(from, from + 74).join(''));
  return lines.join('\r\n\t');
}

const newLines = (text: string) => text.replace(/\r?\n/g, '\\n');
/** TEXT values (SUMMARY, DESCRIPTION, LOCATION): backslash, newline, semicolon and comma escaped. */
const escapeText = (text: string) => newLines(text.replace(/\\/g, '\\\\')).replace(/;/g, '\\;').replace(/,/g, '\\,');

const pad = (n: number) => String(n).padStart(2, '0');
function formatTime(time: CalendarTime): string {
  if (typeof time !== 'number') return `${time[0]}${pad(time[1])}${pad(time[2])}`;
  const d = new Date(time);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}
const isDate = (time: CalendarTime) => typeof time !== 'number';
const sameDate = (a: CalendarTime, b: CalendarTime) =>
  typeof a !== 'number' && typeof b !== 'number' && a.every((part, i) => part === b[i]);

function alarmText({ action, description, trigger }: CalendarAlarm): string {
  const { weeks, days, hours, minutes, seconds } = trigger;
  const duration = `P${weeks ? `${weeks}W` : ''}${days ? `${days}D` : ''}T${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  // The alarm's description is not TEXT-escaped: that is what `ics` wrote, and calendars read it so.
  return `BEGIN:VALARM\r\n${foldLine(`ACTION:${action.toUpperCase()}`)}\r\n${foldLine(`DESCRIPTION:${newLines(description)}`)}\r\nTRIGGER:${trigger.before ? '-' : ''}${duration}\r\nEND:VALARM\r\n`;
}

function eventText(event: CalendarEvent): string {
  const line = (name: string, value: string | undefined) => (value ? `${foldLine(`${name}:${value}`)}\r\n` : '');
  return [
    'BEGIN:VEVENT\r\n',
    line('UID', newLines(event.uid)),
    line('SUMMARY', escapeText(event.title)),
    line('DTSTAMP', formatTime(event.timestamp)),
    line(`DTSTART${isDate(event.start) ? ';VALUE=DATE' : ''}`, formatTime(event.start)),
    // A one-day event whose end equals its start needs no end.
    sameDate(event.start, event.end) ? '' : line(`DTEND${isDate(event.end) ? ';VALUE=DATE' : ''}`, formatTime(event.end)),
    event.sequence === undefined ? '' : `SEQUENCE:${event.sequence}\r\n`,
    line('DESCRIPTION', event.description && escapeText(event.description)),
    line('URL', event.url && newLines(event.url)),
    line('LOCATION', event.location && escapeText(event.location)),
    line('STATUS', event.status),
    ...(event.alarms ?? []).map(alarmText),
    'END:VEVENT\r\n',
  ].join('');
}

/** The whole calendar: header, events in the given order, footer; lines end in CRLF. */
export function icalText(events: readonly CalendarEvent[], header: CalendarHeader): string {
  const head = [
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n',
    `${foldLine(`PRODID:${newLines(header.productId)}`)}\r\n`,
    `${foldLine(`METHOD:${newLines(header.method)}`)}\r\n`,
    header.calName ? `${foldLine(`X-WR-CALNAME:${newLines(header.calName)}`)}\r\n` : '',
    'X-PUBLISHED-TTL:PT1H\r\n',
  ].join('');
  return `${head}${events.map(eventText).join('')}END:VCALENDAR\r\n`;
}
