import { describe, expect, test } from 'vitest';
import { MY_CLASS_KEY, recalledClass, rememberClass } from '../../src/lib/my-class.ts';
import { daysFromToday, nowAndNext } from '../../src/lib/today.ts';

const week = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('daysFromToday', () => {
  test('starts at today and wraps round, keeping the week order', () => {
    expect(daysFromToday(week, 'wed')).toEqual(['wed', 'thu', 'fri', 'mon', 'tue']);
    expect(daysFromToday(week, 'mon')).toEqual([...week]);
    expect(daysFromToday(week, 'fri')).toEqual(['fri', 'mon', 'tue', 'wed', 'thu']);
  });
  test('a day without lessons starts at the next school day', () => {
    expect(daysFromToday(week, 'sat')).toEqual([...week]);
    expect(daysFromToday(week, 'sun')).toEqual([...week]);
    expect(daysFromToday(['mon', 'wed', 'fri'] as const, 'tue')).toEqual(['wed', 'fri', 'mon']);
    expect(daysFromToday([...week, 'sat'] as const, 'sat')).toEqual(['sat', ...week]);
  });
});

describe('nowAndNext', () => {
  const day = [{ n: 1, from: '08:00', to: '08:40' }, { n: 2, from: '08:50', to: '09:30' }, { n: 4, from: '10:40', to: '11:20' }, { n: 9 }];
  const at = (time: string) => nowAndNext(day, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
  test('before lessons only the first is next', () => expect(at('07:15')).toEqual({ next: 1 }));
  test('during a lesson it is now and the following one is next', () => expect(at('08:00')).toEqual({ now: 1, next: 2 }));
  test('the end minute belongs to the break', () => expect(at('08:40')).toEqual({ next: 2 }));
  test('a gap in periods (no 3rd) is skipped', () => expect(at('09:29')).toEqual({ now: 2, next: 4 }));
  test('the last lesson has no next, after it nothing', () => {
    expect(at('11:00')).toEqual({ now: 4 });
    expect(at('15:00')).toEqual({});
  });
});

describe('the remembered class', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value) };
  };
  test('what the class page remembers, the home page recalls', () => {
    const storage = memory();
    expect(recalledClass(storage)).toBeUndefined();
    rememberClass({ id: '5a', name: '5А', path: '/distant/timetable/5a/' }, storage);
    expect(recalledClass(storage)).toEqual({ id: '5a', name: '5А', path: '/distant/timetable/5a/' });
  });
  test("junk in storage, another site's address or a refusing browser give nothing, never an error", () => {
    const storage = memory();
    storage.setItem(MY_CLASS_KEY, '{not json');
    expect(recalledClass(storage)).toBeUndefined();
    storage.setItem(MY_CLASS_KEY, JSON.stringify({ id: '5a', name: '5А', path: '//evil.example/' }));
    expect(recalledClass(storage)).toBeUndefined();
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => rememberClass({ id: '5a', name: '5А', path: '/' }, refusing)).not.toThrow();
    expect(recalledClass(refusing)).toBeUndefined();
  });
});
