/**
 * The links calendar files carry: the schemas refuse what the `ics` package would refuse (it failed
 * the whole build), and the export writes every link in the URL parser's form.
 */
import { describe, expect, test } from 'vitest';
import { calendarUrl, isCalendarUrl } from '../../src/lib/calendar-url.ts';

describe('calendar links', () => {
  test('the URL parser’s form: lower-case host, spaces and Cyrillic percent-encoded', () => {
    expect(calendarUrl('https://Sferum.RU/урок?a=1 2')).toBe('https://sferum.ru/%D1%83%D1%80%D0%BE%D0%BA?a=1%202');
  });

  test('accepted: ordinary links, a capitalised host, a port of two or more digits, Cyrillic paths', () => {
    for (const link of [
      'https://sferum.ru/?call_link=Aa1',
      'https://Sferum.ru/',
      'https://lms.school.ru:8443/x',
      'https://school.ru/урок',
    ]) {
      expect(isCalendarUrl(link), link).toBe(true);
    }
  });

  test('refused: a one-digit port, and text that is not a link', () => {
    for (const link of ['https://sferum.ru:8/', 'не ссылка', '']) expect(isCalendarUrl(link), link).toBe(false);
  });
});
