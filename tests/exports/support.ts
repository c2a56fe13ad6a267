/**
 * Reading the exported files with parsers that did not write them: ical.js (Mozilla) for iCalendar
 * and vCard, parse5 for HTML, libphonenumber-js for the expected E.164 numbers, Intl for the school's
 * clock. Expectations come from content/ through tests/helpers/sample-content.ts.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import ICAL from 'ical.js';
import { attr, findAll, parseHtml, rawText, type HtmlNode } from '../helpers/html-tree.ts';
import { checkContent } from '../../src/checker/check-content.ts';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  start: Date;
  end: Date;
  /** DTSTART as written in the file, e.g. `DTSTART:20261116T013000Z`. */
  rawStart: string;
  /** STATUS: CONFIRMED, or CANCELLED for a lesson a day's change cancels. */
  status: string;
}

export function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url') ?? ''),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      rawStart: component.getFirstProperty('dtstart')!.toICALString(),
      status: String(component.getFirstPropertyValue('status') ?? ''),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), events };
}

export interface ParsedCard {
  version: string;
  uid: string;
  fn: string;
  org: string;
  tels: string[];
  emails: string[];
  note: string;
  url: string;
}

export function parseVCards(text: string): ParsedCard[] {
  const parsed = ICAL.parse(text) as unknown[];
  const list = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
  return list.map((jcard) => {
    const card = new ICAL.Component(jcard);
    // ical.js reads every vCard by RFC 6350's rule, where «\;» is an escape only inside structured
    // values; vCard 3.0 (RFC 2426 §4, text-value) escapes it in every text value, as we write it.
    const value = (name: string) => {
      const found = card.getFirstPropertyValue(name);
      return Array.isArray(found) ? found.join(';') : String(found ?? '').replace(/\\;/g, ';');
    };
    return {
      version: value('version'),
      uid: value('uid'),
      fn: value('fn'),
      org: value('org'),
      tels: card.getAllProperties('tel').map((property) => String(property.getFirstValue())),
      emails: card.getAllProperties('email').map((property) => String(property.getFirstValue())),
      note: value('note'),
      url: value('url'),
    };
  });
}

/** The number a phone dials for a phone as written in content/ (E.164, or a short service number). */
export function e164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (/^\d{2,4}$/.test(digits)) return digits;
  const parsed = parsePhoneNumberFromString(phone, 'RU');
  if (!parsed?.isValid()) throw new Error(`не телефон: ${phone}`);
  return parsed.number;
}

/** What the school's clock shows at an instant: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`. */
export function schoolClock(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** Every node of a document, in document order. */
export function htmlNodes(html: string): HtmlNode[] {
  return findAll(parseHtml(html), () => true);
}

/** Every JSON-LD block of a page, parsed (a block holding a list gives each item). */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return htmlNodes(html)
    .filter((node) => node.nodeName === 'script' && attr(node, 'type') === 'application/ld+json')
    .flatMap((node) => {
      const data = JSON.parse(rawText(node)) as Record<string, unknown> | Record<string, unknown>[];
      return Array.isArray(data) ? data : [data];
    });
}

/** Dates from `from` to `to` inclusive, with their weekday keys. */
export function daysOf(from: string, to: string): { date: string; day: string }[] {
  const keys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const days: { date: string; day: string }[] = [];
  for (let time = Date.parse(`${from}T12:00:00Z`); time <= Date.parse(`${to}T12:00:00Z`); time += 86_400_000) {
    const date = new Date(time);
    days.push({ date: date.toISOString().slice(0, 10), day: keys[date.getUTCDay()]! });
  }
  return days;
}

/** What sampleContent() leaves out and the exports need: the bells and the announcements. */
export function sampleExtras(contentDir = 'content') {
  const { model } = checkContent(contentDir);
  return {
    bells: model.bells[0]!.data,
    announcements: model.announcements.map((entry) => ({ ...entry.data, id: entry.id })),
  };
}
