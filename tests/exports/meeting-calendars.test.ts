/**
 * Meetings in a parent's calendar: one «add to calendar» file per meeting, reminders (a day and half
 * an hour before) in every meeting file, per-class files linked where a class's parents look, the
 * summary and recording of a past meeting — the files read with ical.js, the pages with parse5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, test } from 'vitest';
import { siteSettingsFromEnv } from '../../src/site/settings.ts';
import { attr, findAll, parseHtmlFile, readerText, type HtmlNode } from '../helpers/html-tree.ts';
import { sampleContent } from '../helpers/sample-content.ts';
import { parseCalendar, schoolClock } from './support.ts';

const site = inject('sampleSite');
const content = sampleContent();
const { school } = content;
const host = new URL(siteSettingsFromEnv().site).host;
const today = inject('sampleBuildDate');
const ics = (file: string) => readFileSync(join(site, 'calendar', file), 'utf8');
const hrefsIn = (node: HtmlNode) => findAll(node, (n) => n.nodeName === 'a').map((a) => attr(a, 'href') ?? '');
const main = (path: string) => findAll(parseHtmlFile(join(site, path, 'index.html')), (node) => node.nodeName === 'main')[0]!;

/** Each event's reminders as (action, seconds relative to the start), read by ical.js. */
function alarmsOf(text: string): Map<string, { action: string; seconds: number; description: string }[]> {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return new Map(
    calendar.getAllSubcomponents('vevent').map((event) => [
      String(event.getFirstPropertyValue('uid')),
      event.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        seconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
        description: String(alarm.getFirstPropertyValue('description')),
      })),
    ]),
  );
}

describe('meeting calendar files', () => {
  test.each(content.meetings.map((m) => [m.id, m] as const))('meeting-%s.ics: that one meeting at its YAML times', (id, meeting) => {
    const { events } = parseCalendar(ics(`meeting-${id}.ics`));
    expect(events).toHaveLength(1);
    expect(events[0]!.uid).toBe(`meeting-${id}@${host}`);
    expect(events[0]!.summary).toBe(meeting.title);
    expect(schoolClock(events[0]!.start, school.timezone)).toEqual({ date: meeting.date, time: meeting.from });
    expect(schoolClock(events[0]!.end, school.timezone)).toEqual({ date: meeting.date, time: meeting.to });
  });

  test('every meeting in every meeting file reminds a day and 30 minutes before, naming the meeting', () => {
    const files = [
      'meetings.ics',
      ...content.classes.map((c) => `meetings-${c.id}.ics`),
      ...content.meetings.map((m) => `meeting-${m.id}.ics`),
    ];
    let checked = 0;
    for (const file of files) {
      for (const [uid, alarms] of alarmsOf(ics(file))) {
        const meeting = content.meetings.find((m) => uid === `meeting-${m.id}@${host}`)!;
        expect(
          alarms.map((a) => [a.action, a.seconds]),
          `${file} ${uid}`,
        ).toEqual([
          ['DISPLAY', -86_400],
          ['DISPLAY', -1_800],
        ]);
        for (const alarm of alarms) expect(alarm.description).toContain(meeting.title);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(content.meetings.length * 2);
  });

  test('the trigger is written the way RFC 5545 allows (no empty time part such as -P1DT)', () => {
    expect(ics('meetings.ics')).not.toMatch(/TRIGGER:[^\r\n]*T\r?\n/);
  });

  test('a past meeting carries its summary and recording in the calendar too', () => {
    const withAfterwards = content.meetings.filter((m) => m.summary || m.recording);
    expect(withAfterwards.length).toBeGreaterThan(0);
    const { events } = parseCalendar(ics('meetings.ics'));
    for (const meeting of withAfterwards) {
      const event = events.find((e) => e.uid === `meeting-${meeting.id}@${host}`)!;
      if (meeting.summary) expect(event.description.replace(/\s+/g, ' ')).toContain(meeting.summary.replace(/\s+/g, ' '));
      if (meeting.recording) expect(event.description).toContain(meeting.recording);
    }
  });
});

describe('where parents find them', () => {
  test.each(content.classes.map((c) => [c.id, c] as const))('the %s class page links its meetings file (download and subscribe)', (id) => {
    const links = hrefsIn(main(`timetable/${id}`));
    expect(links).toContain(`/calendar/meetings-${id}.ics`);
    expect(links).toContain(`webcal://${host}/calendar/meetings-${id}.ics`);
    expect(links).toContain(`/calendar/class-${id}.ics`);
  });

  test('the meetings page links the whole-school file and every class file, and explains subscribing on iPhone and Android', () => {
    const page = main('meetings');
    const links = hrefsIn(page);
    expect(links).toContain('/calendar/meetings.ics');
    for (const cls of content.classes) expect(links).toContain(`/calendar/meetings-${cls.id}.ics`);
    const help = findAll(page, (node) => node.nodeName === 'details' && (attr(node, 'class') ?? '').includes('calendar-help'))[0]!;
    const text = readerText(help);
    for (const words of ['iPhone', 'Android', 'Подписаться', 'Добавить по URL', `https://${host}/calendar/meetings.ics`])
      expect(text).toContain(words);
  });

  test('an upcoming meeting offers its own «add to calendar» file; a past one shows its summary and recording instead', () => {
    const page = main('meetings');
    const card = (id: string) => findAll(page, (node) => attr(node, 'id') === id)[0]!;
    for (const meeting of content.meetings) {
      const links = hrefsIn(card(meeting.id));
      const upcoming = meeting.date >= today;
      expect(links.includes(`/calendar/meeting-${meeting.id}.ics`), meeting.id).toBe(upcoming);
      if (meeting.recording) expect(links.includes(meeting.recording), meeting.id).toBe(!upcoming);
      if (meeting.summary)
        expect(readerText(card(meeting.id)).includes(meeting.summary.split(' ').slice(0, 4).join(' ')), meeting.id).toBe(!upcoming);
    }
  });
});
