/** A class's lessons on a date: A/B weeks from the anchor, and the day's changes applied. */
import { describe, expect, test } from 'vitest';
import { classesChangedOn, upcomingChanges } from '../../src/lib/timetable-changes.ts';
import { firstWeeks, lessonsOn, weekOf } from '../../src/lib/timetable-days.ts';
import { lookupOf } from '../../src/lib/timetable.ts';
import type { Lesson } from '../../src/schemas/timetable-class.ts';

const lesson = (period: number, subject: string, extra: Partial<Lesson> = {}): Lesson => ({
  period,
  subject,
  teacher: 'ivanova',
  online: true,
  ...extra,
});
const days = {
  tue: [
    lesson(1, 'Математика', { link: 'https://sferum.ru/?call_link=m', platform: 'sferum' }),
    lesson(2, 'Музыка', { week: 'a' }),
    lesson(2, 'ИЗО', { week: 'b' }),
    lesson(3, 'Английский язык', { group: '1 группа' }),
    lesson(3, 'Английский язык', { group: '2 группа', teacher: 'petrov' }),
  ],
};

describe('weekOf', () => {
  test('weeks alternate from the week of the anchor, whichever day of it is given, both ways', () => {
    expect(weekOf('2026-11-16', '2026-11-18')).toBe('a');
    expect(weekOf('2026-11-22', '2026-11-18')).toBe('a'); // Sunday closes the same week
    expect(weekOf('2026-11-23', '2026-11-18')).toBe('b');
    expect(weekOf('2026-12-01', '2026-11-18')).toBe('a');
    expect(weekOf('2026-11-10', '2026-11-18')).toBe('b');
  });
});

describe('lessonsOn', () => {
  const anchor = '2026-11-16';
  test('only the lessons of that week', () => {
    expect(lessonsOn(days, '2026-11-17', anchor, []).map((l) => l.subject)).toEqual([
      'Математика',
      'Музыка',
      'Английский язык',
      'Английский язык',
    ]);
    expect(lessonsOn(days, '2026-11-24', anchor, []).map((l) => l.subject)).toEqual([
      'Математика',
      'ИЗО',
      'Английский язык',
      'Английский язык',
    ]);
  });

  test('a new subject or teacher drops the old link; a change of format only keeps it; a cancellation stays, marked', () => {
    const result = lessonsOn(days, '2026-11-17', anchor, [
      { class: '5a', period: 1, online: false },
      { class: '5a', period: 2, subject: 'Физика', teacher: 'orlov', note: 'вместо музыки' },
      { class: '5a', period: 3, group: '2 группа', cancelled: true },
    ]);
    expect(result[0]).toMatchObject({
      subject: 'Математика',
      teacher: 'ivanova',
      online: false,
      link: 'https://sferum.ru/?call_link=m',
      platform: 'sferum',
      change: { kind: 'replaced' },
    });
    expect(lessonsOn(days, '2026-11-17', anchor, [{ class: '5a', period: 1, teacher: 'petrov' }])[0]).toMatchObject({
      teacher: 'petrov',
      link: undefined,
      platform: undefined,
    });
    expect(result[1]).toMatchObject({
      subject: 'Физика',
      teacher: 'orlov',
      link: undefined,
      note: 'вместо музыки',
      change: { kind: 'replaced', was: { subject: 'Музыка' } },
    });
    expect(result[2]!.change).toBeUndefined();
    expect(result[3]).toMatchObject({ group: '2 группа', change: { kind: 'cancelled' } });
  });

  test('a change on a free period adds a lesson; without a group it touches every group', () => {
    const result = lessonsOn(days, '2026-11-17', anchor, [
      { class: '5a', period: 5, subject: 'Классный час', teacher: 'ivanova', online: true },
      { class: '5a', period: 3, cancelled: true },
    ]);
    expect(result.map((l) => [l.period, l.subject, l.change?.kind])).toEqual([
      [1, 'Математика', undefined],
      [2, 'Музыка', undefined],
      [3, 'Английский язык', 'cancelled'],
      [3, 'Английский язык', 'cancelled'],
      [5, 'Классный час', 'added'],
    ]);
  });
});

describe('upcomingChanges and classesChangedOn', () => {
  const lookup = lookupOf({ staff: [{ id: 'orlov', name: 'Орлов Сергей Петрович' }], platforms: [], classes: [] });
  const changeDays = [
    {
      id: '2026-11-17',
      changes: [
        { class: '5a', period: 2, subject: 'Физика', teacher: 'orlov' },
        { class: '6b', period: 1, cancelled: true },
      ],
    },
    { id: '2026-11-30', note: 'Сокращённый день', changes: [{ class: '5a', period: 1, cancelled: true }] },
  ];

  test('the class’s changes from today for a week, with names and what they replace', () => {
    const result = upcomingChanges({ id: '5a', days }, changeDays, '2026-11-17', '2026-11-16', lookup);
    expect(result).toEqual([
      {
        date: '2026-11-17',
        note: undefined,
        lessons: [
          expect.objectContaining({
            period: 2,
            kind: 'replaced',
            subject: 'Физика',
            insteadOf: 'Музыка',
            teachers: [{ id: 'orlov', name: 'Орлов Сергей Петрович' }],
          }),
        ],
      },
    ]);
    expect(upcomingChanges({ id: '5a', days }, changeDays, '2026-11-18', '2026-11-16', lookup)).toEqual([]);
    expect(
      upcomingChanges({ id: '5a', days: { mon: [lesson(1, 'Чтение')] } }, changeDays, '2026-11-24', '2026-11-16', lookup),
    ).toHaveLength(1);
  });

  test('which classes have changes on a date', () => {
    expect(classesChangedOn(changeDays, '2026-11-17')).toEqual(['5a', '6b']);
    expect(classesChangedOn(changeDays, '2026-11-18')).toEqual([]);
  });
});

describe('firstWeeks', () => {
  test('the weeks of the period’s first two Mondays, in date order', () => {
    expect(firstWeeks('2026-11-18', '2026-11-16')).toEqual([
      { week: 'a', monday: '2026-11-16' },
      { week: 'b', monday: '2026-11-23' },
    ]);
    expect(firstWeeks('2026-11-18', '2026-11-25')).toEqual([
      { week: 'b', monday: '2026-11-16' },
      { week: 'a', monday: '2026-11-23' },
    ]);
  });
});
