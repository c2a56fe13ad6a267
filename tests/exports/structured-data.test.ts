/**
 * JSON-LD: the script text cannot break out of its element, and the built pages carry the school
 * (School + ContactPoint), the distance-learning notice (SpecialAnnouncement) and the parent meetings
 * (online Events), matching content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { jsonLdText } from '../../src/exports/structured-data.ts';
import { sampleContent } from '../helpers/sample-content.ts';
import { e164, jsonLdOf, schoolClock } from './support.ts';

type Ld = Record<string, unknown>;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

describe('the script text', () => {
  test('closes no element and opens no comment, and parses back to the same data', () => {
    const data = { name: 'Собрание </script><script>alert(1)</script> <!-- x -->' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\//);
    expect(text).not.toContain('<!--');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('built pages', () => {
  const site = inject('sampleSite');
  const content = sampleContent();
  const { school } = content;
  const blocks = (path: string) => jsonLdOf(readFileSync(join(site, path), 'utf8'));

  function expectSchool(ld: Ld | undefined, contactIds: string[]) {
    expect(ld).toBeDefined();
    expect(ld!['@context']).toBe('https://schema.org');
    expect(ld!['name']).toBe(school.name);
    expect(ld!['telephone']).toBe(e164(school.phone));
    const points = ld!['contactPoint'] as Ld[];
    expect(points.every((point) => point['@type'] === 'ContactPoint')).toBe(true);
    const expected = content.contacts.filter((contact) => contactIds.includes(contact.id));
    expect(points.map((point) => point['name'])).toEqual(expected.map((contact) => contact.title));
    for (const [i, contact] of expected.entries()) {
      expect(asList(points[i]!['telephone'])).toEqual(contact.phones.map(e164));
      if (contact.email) expect(points[i]!['email']).toBe(contact.email);
    }
  }

  test('home page: the School with its urgent contacts, and the SpecialAnnouncement', () => {
    const found = blocks('index.html');
    // The home page's contacts: urgent ones, then the school's tech support («it does not work» is the commonest call).
    const order = ['hotline', 'psychologist', 'social', 'it-support'];
    const urgent = content.contacts.filter((contact) => order.includes(contact.kind));
    const sorted = [...urgent].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    expectSchool(
      found.find((ld) => ld['@type'] === 'School'),
      sorted.map((contact) => contact.id),
    );
    const notice = found.find((ld) => ld['@type'] === 'SpecialAnnouncement');
    if (!school.distanceLearning.active) {
      expect(notice).toBeUndefined();
      return;
    }
    expect(notice).toBeDefined();
    expect(schoolClock(new Date(notice!['expires'] as string), school.timezone).date).toBe(school.distanceLearning.to);
    expect(String(notice!['name'])).toContain(school.shortName);
  });

  test('contacts page: the School with every contact point', () => {
    const found = blocks('contacts/index.html');
    const withWays = content.contacts.filter((contact) => contact.phones.length > 0 || contact.email);
    expectSchool(
      found.find((ld) => ld['@type'] === 'School'),
      withWays.map((contact) => contact.id),
    );
  });

  test('meetings page: each meeting an online Event at its YAML time in the school zone', () => {
    const events = blocks('meetings/index.html').filter((ld) => ld['@type'] === 'Event');
    expect(events).toHaveLength(content.meetings.length);
    for (const meeting of content.meetings) {
      const event = events.find((candidate) => candidate['name'] === meeting.title)!;
      expect(event, meeting.id).toBeDefined();
      expect(event['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
      const location = event['location'] as Ld;
      expect(location['@type']).toBe('VirtualLocation');
      if (meeting.link) expect(location['url']).toBe(meeting.link);
      expect(schoolClock(new Date(event['startDate'] as string), school.timezone)).toEqual({ date: meeting.date, time: meeting.from });
      expect(schoolClock(new Date(event['endDate'] as string), school.timezone)).toEqual({ date: meeting.date, time: meeting.to });
      expect(String(event['startDate'])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });
});
