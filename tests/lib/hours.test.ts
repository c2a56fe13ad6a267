/** Opening hours as parents read them, and «open now» by the school's clock. */
import { describe, expect, test } from 'vitest';
import { formatDays, formatHours, isOpenAt, localClock } from '../../src/lib/hours.ts';

describe('formatDays', () => {
  test('three or more consecutive days collapse into a range', () => {
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('пн–пт');
  });
  test('two consecutive days stay a list, gaps split the runs', () => {
    expect(formatDays(['mon', 'tue'])).toBe('пн, вт');
    expect(formatDays(['mon', 'wed', 'fri'])).toBe('пн, ср, пт');
    expect(formatDays(['mon', 'tue', 'wed', 'fri', 'sat'])).toBe('пн–ср, пт, сб');
  });
  test('the order the editor wrote does not matter; all seven read «ежедневно»', () => {
    expect(formatDays(['fri', 'mon', 'thu', 'tue', 'wed'])).toBe('пн–пт');
    expect(formatDays(['sun', 'sat', 'fri', 'thu', 'wed', 'tue', 'mon'])).toBe('ежедневно');
  });
});

describe('formatHours', () => {
  test('days and times', () => {
    expect(formatHours({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' })).toBe('пн–пт 08:00–18:00');
  });
  test('a whole day reads «круглосуточно», with 23:59 or 24:00 as its end', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    expect(formatHours({ days: [...days], from: '00:00', to: '23:59' })).toBe('ежедневно круглосуточно');
    expect(formatHours({ days: ['sat'], from: '00:00', to: '24:00' })).toBe('сб круглосуточно');
    expect(formatHours({ days: ['sat'], from: '00:01', to: '24:00' })).toBe('сб 00:01–24:00');
  });
});

describe('localClock and isOpenAt, in the school’s time zone', () => {
  // 2026-11-25 is a Wednesday. 03:30 UTC is 10:30 in Novokuznetsk (UTC+7) and 06:30 in Moscow (UTC+3).
  const instant = new Date('2026-11-25T03:30:00Z');
  test('the weekday and minutes follow the time zone, not the machine', () => {
    expect(localClock(instant, 'Asia/Novokuznetsk')).toEqual({ day: 'wed', minutes: 10 * 60 + 30 });
    expect(localClock(instant, 'Europe/Moscow')).toEqual({ day: 'wed', minutes: 6 * 60 + 30 });
    // 22:00 UTC on Tuesday is already Wednesday 05:00 at UTC+7.
    expect(localClock(new Date('2026-11-24T22:00:00Z'), 'Asia/Novokuznetsk')).toEqual({ day: 'wed', minutes: 5 * 60 });
  });
  const office = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '08:00', to: '18:00' }].map((h) => ({
    ...h,
    days: [...h.days],
  }));
  test('open inside the hours, closed before them and on days not listed', () => {
    expect(isOpenAt(office, instant, 'Asia/Novokuznetsk')).toBe(true);
    expect(isOpenAt(office, instant, 'Europe/Moscow')).toBe(false);
    expect(isOpenAt(office, new Date('2026-11-28T05:00:00Z'), 'Asia/Novokuznetsk')).toBe(false); // Saturday 12:00
  });
  test('the bounds are included; any line of several may cover the instant', () => {
    expect(isOpenAt(office, new Date('2026-11-25T01:00:00Z'), 'Asia/Novokuznetsk')).toBe(true); // 08:00
    expect(isOpenAt(office, new Date('2026-11-25T11:00:00Z'), 'Asia/Novokuznetsk')).toBe(true); // 18:00
    expect(isOpenAt(office, new Date('2026-11-25T11:01:00Z'), 'Asia/Novokuznetsk')).toBe(false);
    const saturday = { days: ['sat' as const], from: '10:00', to: '14:00' };
    expect(isOpenAt([...office, saturday], new Date('2026-11-28T05:00:00Z'), 'Asia/Novokuznetsk')).toBe(true);
  });
});
