/**
 * vCards: escaping and folding by octets, and the built .vcf files read back with ical.js and
 * compared with contacts.yaml (names, organisation, E.164 phones, e-mail, hours in the note).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { escapeText, foldLine, vcard } from '../../src/exports/vcard.ts';
import { siteSettingsFromEnv } from '../../src/site/settings.ts';
import { sampleContent } from '../helpers/sample-content.ts';
import { e164, parseVCards } from './support.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('writing vCards', () => {
  test('TEXT values escape backslash, comma, semicolon and newlines', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
  });

  test('folding keeps every physical line within 75 octets, whole characters and whole escapes', () => {
    const line = `NOTE:${escapeText('Расписание, ссылки на уроки;\nдоступ к «Сферуму» 🙂 и «Моей школе». '.repeat(6))}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part.endsWith('\\') && !part.endsWith('\\\\')).toBe(false);
    }
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  test('a card with awkward text reads back unchanged', () => {
    const text = vcard({
      uid: 'x@school.example',
      fn: 'Линия; «ответим», \\ быстро',
      org: 'МБОУ «СОШ № 47»',
      tels: ['+73843364370', '112'],
      emails: ['a@b.ru'],
      note: 'пн–пт 08:00–18:00\nвторая строка, с запятой',
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const [card] = parseVCards(text);
    expect(card).toMatchObject({
      version: '3.0',
      fn: 'Линия; «ответим», \\ быстро',
      tels: ['+73843364370', '112'],
      emails: ['a@b.ru'],
      note: 'пн–пт 08:00–18:00\nвторая строка, с запятой',
    });
  });
});

describe('built contact cards', () => {
  const site = inject('sampleSite');
  const { contacts, school } = sampleContent();
  const host = new URL(siteSettingsFromEnv().site).host;

  test.each(contacts.map((c) => [c.id, c] as const))('%s.vcf: the contact as written in contacts.yaml', (id, contact) => {
    const cards = parseVCards(readFileSync(join(site, 'contacts', `${id}.vcf`), 'utf8'));
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(card.version).toBe('3.0');
    expect(card.fn).toBe(contact.title);
    expect(card.org).toContain(school.shortName);
    expect(card.tels).toEqual(contact.phones.map(e164));
    expect(card.emails).toEqual(contact.email ? [contact.email] : []);
    for (const line of contact.hours) expect(card.note).toContain(`${line.from}–${line.to}`.replace('00:00–23:59', 'круглосуточно'));
    if (contact.note) expect(card.note).toContain(contact.note);
    expect(card.uid).toBe(`contact-${id}@${host}`);
    expect(new URL(card.url).hash).toBe(`#${id}`);
  });

  test('all.vcf: every contact once, in the file order', () => {
    const cards = parseVCards(readFileSync(join(site, 'contacts', 'all.vcf'), 'utf8'));
    expect(cards.map((card) => card.fn)).toEqual(contacts.map((contact) => contact.title));
    expect(cards.flatMap((card) => card.tels)).toEqual(contacts.flatMap((contact) => contact.phones.map(e164)));
  });

  test('every physical line of every card is at most 75 octets', () => {
    const text = readFileSync(join(site, 'contacts', 'all.vcf'), 'utf8');
    expect(text.split('\r\n').filter((line) => octets(line) > 75)).toEqual([]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
