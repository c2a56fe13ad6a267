/** Guides as lists: grouping, the next guide, tags and whom to call. */
import { describe, expect, test } from 'vitest';
import {
  audienceHeading,
  audienceLabel,
  faqAudienceOrder,
  groupByAudience,
  guidesByAudience,
  guidesByTopic,
  guideTags,
  connectGuides,
  helpContacts,
  memoGuides,
  nextGuide,
  sortGuides,
  type GuideLike,
} from '../../src/lib/guides.ts';

function guide(id: string, order: number, overrides: Partial<GuideLike['data']> = {}): GuideLike {
  return { id, data: { audience: 'pupils', device: 'phone', topic: 'connect', grades: [1, 11], minutes: 5, order, ...overrides } };
}

const guides = [
  guide('dnevnik', 6, { audience: 'parents', topic: 'homework', device: 'any' }),
  guide('telefon', 1),
  guide('kompyuter', 2, { device: 'computer' }),
  guide('dz', 4, { topic: 'homework', device: 'any' }),
  guide('urok', 3, { topic: 'lesson' }),
  guide('b-same-order', 5, { topic: 'other' }),
  guide('a-same-order', 5, { topic: 'other' }),
];

describe('order and grouping', () => {
  test('guides sort by order, then by id', () => {
    expect(sortGuides(guides).map((g) => g.id)).toEqual(['telefon', 'kompyuter', 'urok', 'dz', 'a-same-order', 'b-same-order', 'dnevnik']);
  });

  test('audiences: pupils first, empty audiences left out', () => {
    const groups = guidesByAudience(guides);
    expect(groups.map((g) => g.audience)).toEqual(['pupils', 'parents']);
    expect(groups[0]!.guides.map((g) => g.id)).toEqual(['telefon', 'kompyuter', 'urok', 'dz', 'a-same-order', 'b-same-order']);
    expect(groups[1]!.guides.map((g) => g.id)).toEqual(['dnevnik']);
  });

  test('FAQ order puts parents first and keeps the given order', () => {
    const faq = [
      { id: 'ocenki', data: { audience: 'pupils' } },
      { id: 'zabolel', data: { audience: 'parents' } },
      { id: 'internet', data: { audience: 'parents' } },
    ];
    expect(groupByAudience(faq, faqAudienceOrder).map((g) => [g.audience, g.items.map((i) => i.id)])).toEqual([
      ['parents', ['zabolel', 'internet']],
      ['pupils', ['ocenki']],
    ]);
  });

  test('topics follow the schema order and skip empty ones', () => {
    expect(guidesByTopic(guides).map((g) => [g.topic, g.guides.length])).toEqual([
      ['connect', 2],
      ['lesson', 1],
      ['homework', 2],
      ['other', 2],
    ]);
  });
});

describe('nextGuide', () => {
  test('the next one by order, across audiences, none after the last', () => {
    expect(nextGuide(guides, 'telefon')?.id).toBe('kompyuter');
    expect(nextGuide(guides, 'a-same-order')?.id).toBe('b-same-order');
    expect(nextGuide(guides, 'b-same-order')?.id).toBe('dnevnik');
    expect(nextGuide(guides, 'dnevnik')).toBeUndefined();
    expect(nextGuide(guides, 'no-such-guide')).toBeUndefined();
  });
});

describe('labels', () => {
  test('tags read as words: device, topic, grades, minutes', () => {
    expect(
      guideTags(guide('x', 1, { device: 'computer', topic: 'troubleshooting', grades: [3, 11], minutes: 7 })).map((t) => t.label),
    ).toEqual(['компьютер', 'Если что-то не работает', '3–11 классы', '7 мин']);
    expect(guideTags(guide('x', 1, { grades: [5, 5] }))[2]!.label).toBe('5 класс');
  });

  test('audience headings and filter values', () => {
    expect(audienceHeading('parents')).toBe('Родителям');
    expect(audienceLabel('pupils')).toBe('ученики');
  });
});

describe('helpContacts', () => {
  test('IT support first, then the hotline; nobody else', () => {
    const contacts = [
      { id: 'psy', kind: 'psychologist' },
      { id: 'line', kind: 'hotline' },
      { id: 'it', kind: 'it-support' },
    ];
    expect(helpContacts(contacts).map((c) => c.id)).toEqual(['it', 'line']);
  });
});

describe('memoGuides', () => {
  const connect = (id: string, platform: string) => ({ id, data: { topic: 'connect' as const, platform } });
  const other = (id: string, platform: string) => ({ id, data: { topic: 'homework' as const, platform } });

  test('connection guides for the main platform, at most two, in their given order', () => {
    const guides = [
      connect('zoom', 'zoom'),
      other('sferum-homework', 'sferum'),
      connect('sferum-phone', 'sferum'),
      connect('sferum-pc', 'sferum'),
      connect('sferum-tv', 'sferum'),
    ];
    expect(memoGuides(guides, 'sferum').map((g) => g.id)).toEqual(['sferum-phone', 'sferum-pc']);
  });

  test('any connection guides when none is for the main platform, or when there is no main platform', () => {
    const guides = [other('sferum-homework', 'sferum'), connect('zoom', 'zoom'), connect('moodle', 'moodle'), connect('teams', 'teams')];
    expect(memoGuides(guides, 'sferum').map((g) => g.id)).toEqual(['zoom', 'moodle']);
    expect(memoGuides(guides, undefined).map((g) => g.id)).toEqual(['zoom', 'moodle']);
    expect(memoGuides([other('sferum-homework', 'sferum')], 'sferum')).toEqual([]);
  });
});

describe('connectGuides', () => {
  test('only the connection guides of that platform, in their given order', () => {
    const guides = [
      { id: 'sferum-homework', data: { topic: 'homework' as const, platform: 'sferum' } },
      { id: 'sferum-pc', data: { topic: 'connect' as const, platform: 'sferum' } },
      { id: 'zoom', data: { topic: 'connect' as const, platform: 'zoom' } },
      { id: 'sferum-phone', data: { topic: 'connect' as const, platform: 'sferum' } },
    ];
    expect(connectGuides(guides, 'sferum').map((g) => g.id)).toEqual(['sferum-pc', 'sferum-phone']);
    expect(connectGuides(guides, 'moodle')).toEqual([]);
  });
});
