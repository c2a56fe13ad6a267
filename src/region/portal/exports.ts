/**
 * The portal's files for other programs: the coordinators' form (XLSX written by exceljs, and CSV) in
 * exactly the order's columns, `info.json`, the RSS of every school's urgent notices (@astrojs/rss)
 * and the iCalendar of region-wide events (the `ics` package, as the schools' calendars).
 */
import { getRssString } from '@astrojs/rss';
import ExcelJS from 'exceljs';
import { regionRu } from '../../i18n/region-ru.ts';
import { calendarText, stableToken, type CalendarEvent } from '../../exports/calendar.ts';
import { zonedToUtc } from '../../lib/zoned-time.ts';
import { dialNumber } from '../../lib/phone.ts';
import { announcementPath } from '../../site/routes.ts';
import type { FormCoordinator } from '../schemas.ts';
import type { PortalData } from './data.ts';

/** The order's form: these columns, in this order, with these headings. */
export const FORM_COLUMNS = regionRu.coordinators.columns;

function formRows(people: readonly FormCoordinator[]): (string | number)[][] {
  return people.map((p, index) => [index + 1, p.name, p.position, p.workplace, p.phone, p.email]);
}

/** CSV as spreadsheet programs open it: UTF-8 with a byte-order mark, «;» between cells, CRLF. */
export function formCsv(people: readonly FormCoordinator[]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[FORM_COLUMNS, ...formRows(people)].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** A fixed date inside the file, so two builds of the same data give the same bytes. */
const FILE_DATE = new Date('2000-01-01T00:00:00Z');

/**
 * An XLSX file is a ZIP archive, and the ZIP library under exceljs stamps every entry with the time of
 * writing. The stamps (DOS time and date) are rewritten to 1 January 2000, 00:00, in each entry's
 * central-directory record and local header, found through the end-of-central-directory record; the
 * data and its checksums are untouched. Two builds of the same coordinators then give the same file.
 */
export function withFixedZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('XLSX: не найден конец ZIP-архива');
  const count = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  const [time, date] = [0, ((2000 - 1980) << 9) | (1 << 5) | 1];
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error('XLSX: повреждён каталог ZIP-архива');
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** An XLSX workbook with one sheet per list: heading row in bold, then the form's rows. */
export async function formXlsx(sheets: readonly { name: string; people: readonly FormCoordinator[] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Школьная страница';
  workbook.created = FILE_DATE;
  workbook.modified = FILE_DATE;
  const used = new Set<string>();
  for (const sheet of sheets) {
    // Excel allows 31 characters and no []:*?/\ in a sheet name, and no two alike.
    let name = sheet.name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim();
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${sheet.name.slice(0, 27).trim()} (${n})`;
    used.add(name.toLowerCase());
    const worksheet = workbook.addWorksheet(name);
    worksheet.addRow([...FORM_COLUMNS]).font = { bold: true };
    for (const row of formRows(sheet.people)) worksheet.addRow(row);
    worksheet.columns.forEach((column, index) => {
      column.width = [5, 34, 36, 40, 20, 30][index] ?? 20;
    });
  }
  return withFixedZipTimes(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** info.json of the region, version 1 (fields only ever added within a version). */
export function regionInfo(data: PortalData): unknown {
  const url = (path: string) => `${data.site}${data.base}${path}`;
  return {
    version: 1,
    generated: data.today,
    site: url(''),
    region: { name: data.region.name, authority: data.region.authority, target: data.region.target, timezone: data.region.timezone },
    figure: data.figure.map((row) => ({
      municipality: row.id ?? null,
      name: row.name,
      schools: row.total,
      active: row.active,
      share: row.share,
      reached: row.reached,
    })),
    municipalities: data.municipalities.map((m) => ({
      id: m.id,
      name: m.data.name,
      coordinators: m.data.coordinators.length,
      url: url(`m/${m.id}/`),
    })),
    schools: data.schools.map((school) => ({
      id: school.id,
      municipality: school.municipality,
      name: school.name,
      shortName: school.shortName,
      distanceLearning: school.distanceLearning,
      hotline: { ...school.hotline, tel: dialNumber(school.hotline.phone) },
      lastChange: school.lastChange,
      urgent: school.urgent.map((notice) => ({
        title: notice.title,
        date: notice.date,
        url: url(`${school.id}/${announcementPath(notice.id)}`),
      })),
      url: url(`${school.id}/`),
      info: url(`${school.id}/info.json`),
    })),
    failed: data.failed,
    late: data.late.map((entry) => ({
      item: entry.item.id,
      title: entry.item.title,
      deadline: entry.item.deadline,
      municipalities: entry.municipalities.map((m) => m.id),
    })),
    links: {
      rss: url('rss.xml'),
      calendar: url('events.ics'),
      coordinatorsXlsx: url('coordinators/coordinators.xlsx'),
      coordinatorsCsv: url('coordinators/coordinators.csv'),
    },
  };
}

/** Every school's current urgent notices, newest first. */
export function urgentFeed(data: PortalData): Promise<string> {
  const items = data.schools
    .flatMap((school) => school.urgent.map((notice) => ({ school, notice })))
    .sort(
      (a, b) =>
        b.notice.date.localeCompare(a.notice.date) || a.school.id.localeCompare(b.school.id) || a.notice.id.localeCompare(b.notice.id),
    )
    .map(({ school, notice }) => ({
      title: `${school.shortName}: ${notice.title}`,
      link: `${data.site}${data.base}${school.id}/${announcementPath(notice.id)}`,
      pubDate: new Date(zonedToUtc(notice.date, '00:00', data.region.timezone)),
      description: notice.text,
      categories: [school.shortName],
    }));
  return getRssString({
    title: regionRu.exports.feedTitle(data.region.name),
    description: regionRu.exports.feedDescription,
    site: `${data.site}${data.base}`,
    items,
    customData: '<language>ru</language>',
  });
}

/** Region-wide events and the plan's deadlines, as an iCalendar. */
export function eventsCalendar(data: PortalData): string {
  const host = new URL(data.site).host;
  const stamp = Date.parse(`${data.today}T00:00:00Z`);
  const day = (date: string) => date.split('-').map(Number) as [number, number, number];
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const events: CalendarEvent[] = [
    ...data.region.events.map((event) => {
      const timed = event.from !== undefined && event.to !== undefined;
      return {
        uid: `region-event-${stableToken(`${event.date}|${event.title}`)}@${host}`,
        title: event.title,
        ...(timed
          ? {
              start: zonedToUtc(event.date, event.from!, data.region.timezone),
              end: zonedToUtc(event.date, event.to!, data.region.timezone),
              startInputType: 'utc' as const,
              startOutputType: 'utc' as const,
              endInputType: 'utc' as const,
              endOutputType: 'utc' as const,
            }
          : { start: day(event.date), end: day(nextDay(event.date)) }),
        timestamp: stamp,
        ...(event.place ? { location: event.place } : {}),
        ...(event.link ? { url: event.link } : {}),
      } as CalendarEvent;
    }),
    ...data.region.plan.map(
      (item) =>
        ({
          uid: `region-plan-${stableToken(item.id)}@${host}`,
          title: regionRu.exports.deadline(item.title),
          start: day(item.deadline),
          end: day(nextDay(item.deadline)),
          timestamp: stamp,
          url: `${data.site}${data.base}plan/#plan-${item.id.replace(/\./g, '-')}`,
        }) as CalendarEvent,
    ),
  ];
  return calendarText(events, regionRu.exports.calendar(data.region.name));
}
