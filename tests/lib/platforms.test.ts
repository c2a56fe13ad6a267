import { expect, test } from 'vitest';
import { displayUrl, platformGuides, platformUsage } from '../../src/lib/platforms.ts';

test('what a platform is for, in words, without repeats', () => {
  expect(platformUsage(['video', 'messenger', 'video'])).toBe('видеоуроки, чаты и сообщения');
  expect(platformUsage(['lms', 'diary'])).toBe('задания и учебные материалы, электронный дневник и оценки');
});

test('addresses as people read them', () => {
  expect(displayUrl('https://sferum.ru')).toBe('sferum.ru');
  expect(displayUrl('https://www.gosuslugi.ru/help/faq/myschool/')).toBe('gosuslugi.ru/help/faq/myschool');
});

test('guides of one platform', () => {
  const guides = [
    { id: 'a', data: { platform: 'sferum' } },
    { id: 'b', data: { platform: 'moya-shkola' } },
    { id: 'c', data: { platform: 'sferum' } },
  ];
  expect(platformGuides(guides, 'sferum').map((guide) => guide.id)).toEqual(['a', 'c']);
});
