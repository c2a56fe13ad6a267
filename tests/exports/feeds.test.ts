/**
 * Feeds: /rss.xml read with @xmldom/xmldom (@astrojs/rss writes with fast-xml-parser, so the reader
 * is a different one), and /info.json compared with content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, inject, test } from 'vitest';
import { plainText } from '../../src/exports/feeds.ts';
import { sampleContent } from '../helpers/sample-content.ts';
import { e164, sampleExtras, schoolClock } from './support.ts';

function parseXml(text: string) {
  const problems: string[] = [];
  const document = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return document;
}

const childText = (element: Element, name: string) => element.getElementsByTagName(name)[0]?.textContent ?? '';

describe('plain text of Markdown', () => {
  test('keeps the words of links and drops emphasis', () => {
    expect(plainText('С **16 ноября** по [расписанию](/timetable/) — _дома_.\n\n- пункт')).toBe(
      'С 16 ноября по расписанию — дома.\n\n— пункт',
    );
  });
});

describe('built feeds', () => {
  const site = inject('sampleSite');
  const content = sampleContent();
  const { announcements } = sampleExtras();
  const { school } = content;
  const today = inject('sampleBuildDate');

  test('rss.xml: well-formed RSS 2.0 with one item per published announcement, newest first', () => {
    const document = parseXml(readFileSync(join(site, 'rss.xml'), 'utf8'));
    const rss = document.documentElement!;
    expect(rss.nodeName).toBe('rss');
    expect(rss.getAttribute('version')).toBe('2.0');
    const channel = rss.getElementsByTagName('channel')[0]!;
    expect(childText(channel, 'title')).toContain(school.shortName);
    const items = Array.from(channel.getElementsByTagName('item'));
    const published = announcements
      .filter((notice) => notice.date <= today)
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    expect(published.length).toBeGreaterThan(0);
    expect(items.map((item) => childText(item, 'title'))).toEqual(published.map((notice) => notice.title));
    for (const [i, item] of items.entries()) {
      const notice = published[i]!;
      const link = new URL(childText(item, 'link'));
      expect(link.protocol).toBe('https:');
      expect(link.hash).toBe(`#${notice.id}`);
      expect(schoolClock(new Date(childText(item, 'pubDate')), school.timezone).date).toBe(notice.date);
      expect(childText(item, 'description').length).toBeGreaterThan(20);
    }
  });

  test('info.json: version 1, the school, contacts with E.164 phones, platforms and upcoming meetings', () => {
    const info = JSON.parse(readFileSync(join(site, 'info.json'), 'utf8'));
    expect(info.version).toBe(1);
    expect(info.generated).toBe(today);
    expect(info.school).toMatchObject({
      name: school.name,
      shortName: school.shortName,
      timezone: school.timezone,
      phone: school.phone,
      tel: e164(school.phone),
      email: school.email,
    });
    expect(info.distanceLearning).toMatchObject({
      active: school.distanceLearning.active,
      from: school.distanceLearning.from,
      to: school.distanceLearning.to,
    });
    expect(info.distanceLearning.order.id).toBe(school.distanceLearning.order);
    expect(info.contacts.map((c: { id: string }) => c.id).sort()).toEqual(content.contacts.map((c) => c.id).sort());
    for (const contact of content.contacts) {
      const exported = info.contacts.find((c: { id: string }) => c.id === contact.id);
      expect(exported.title).toBe(contact.title);
      expect(exported.phones).toEqual(contact.phones.map((text) => ({ text, tel: e164(text) })));
      expect(exported.hours.map((h: { from: string; to: string }) => `${h.from}-${h.to}`)).toEqual(
        contact.hours.map((h) => `${h.from}-${h.to}`),
      );
    }
    expect(info.platforms.map((p: { id: string }) => p.id).sort()).toEqual(content.platforms.map((p) => p.id).sort());
    expect(info.platforms.filter((p: { primary: boolean }) => p.primary)).toHaveLength(1);
    const upcoming = content.meetings.filter((meeting) => meeting.date >= today);
    expect(info.meetings.map((m: { id: string }) => m.id).sort()).toEqual(upcoming.map((m) => m.id).sort());
    for (const meeting of info.meetings) {
      const source = content.meetings.find((m) => m.id === meeting.id)!;
      expect(schoolClock(new Date(meeting.start), school.timezone)).toEqual({ date: source.date, time: source.from });
      expect(schoolClock(new Date(meeting.end), school.timezone)).toEqual({ date: source.date, time: source.to });
    }
    expect(info.classes.map((c: { id: string }) => c.id).sort()).toEqual(content.classes.map((c) => c.id).sort());
  });
});
