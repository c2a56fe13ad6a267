/**
 * The calendar writer against the `ics` package it replaced: the same text, byte for byte, for the
 * kinds of events the site and the region portal write (lessons, cancelled and changed lessons,
 * meetings with reminders, whole-day events), long Russian lines folded included.
 */
import { createEvents } from 'ics';
import { describe, expect, test } from 'vitest';
import { calendarText, type CalendarEvent } from '../../src/exports/calendar.ts';
import { foldLine, icalText } from '../../src/exports/ical-text.ts';

const header = { productId: '-//Shkolnaya stranitsa//Calendar//RU', method: 'PUBLISH', calName: 'СОШ № 2: уроки 5 «А»; классы, группы' };
const stamp = Date.UTC(2026, 10, 30);
const utc = { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' } as const;
const longText =
  'Видеоурок\nПлатформа: Сферум; ссылка, пароль \\ код\nУчитель: Иванова Мария Петровна, Петров Пётр Петрович\r\nПодключиться к уроку: https://sferum.ru/?call_link=abcdefghijklmnopqrstuvwxyz0123456789';

const events: CalendarEvent[] = [
  {
    uid: 'lesson-5a-2026-11-30-p1@school.example',
    title: '5 «А» · Русский язык (1 группа)',
    start: Date.UTC(2026, 10, 30, 3, 0),
    end: Date.UTC(2026, 10, 30, 3, 40),
    ...utc,
    timestamp: stamp,
    description: longText.repeat(3),
    location: 'Сферум, «ВКонтакте»; резерв',
    url: 'https://sferum.ru/?call_link=abc',
    status: 'CONFIRMED',
  },
  {
    uid: 'lesson-5a-2026-12-01-p2@school.example',
    title: 'Урок отменён: 5 «А» · Математика',
    start: Date.UTC(2026, 11, 1, 4, 0),
    end: Date.UTC(2026, 11, 1, 4, 40),
    ...utc,
    timestamp: stamp,
    description: 'Урок отменён: учитель болеет',
    url: 'https://school.example/timetable/5a/',
    status: 'CANCELLED',
    sequence: 1,
  },
  {
    uid: 'meeting-m1@school.example',
    title: 'Родительское собрание 5–11 классов, посвящённое итогам первой четверти и дистанционному обучению',
    start: Date.UTC(2026, 11, 2, 11, 30),
    end: Date.UTC(2026, 11, 2, 12, 30),
    ...utc,
    timestamp: stamp,
    description: 'Повестка:\n1. Итоги\n2. Планы',
    location: 'Сферум',
    url: 'https://school.example/meetings/#m1',
    status: 'CONFIRMED',
    alarms: [
      {
        action: 'display',
        description: 'Завтра: Родительское собрание, посвящённое итогам четверти; начало в 18:30',
        trigger: { hours: 24, before: true },
      },
      { action: 'display', description: 'Через 30 минут: собрание', trigger: { minutes: 30, before: true } },
    ],
  },
  {
    uid: 'region-plan-1@region.example',
    title: 'Срок: отчёт',
    start: [2026, 12, 5],
    end: [2026, 12, 6],
    timestamp: stamp,
    url: 'https://region.example/plan/#plan-1',
  },
  { uid: 'region-event-2@region.example', title: 'Один день', start: [2026, 12, 7], end: [2026, 12, 7], timestamp: stamp },
];

function icsText(list: CalendarEvent[]): string {
  const { error, value } = createEvents(list as unknown as Parameters<typeof createEvents>[0], header);
  if (error || !value) throw error ?? new Error('empty');
  return value;
}

describe('calendar text', () => {
  test('is what the ics package writes for the same events', () => {
    expect(icalText(events, header)).toBe(icsText(events));
    expect(icalText([events[2]!], header)).toBe(icsText([events[2]!]));
  });

  test('a calendar without events still has its header', () => {
    expect(icalText([], header)).toBe(icsText([]));
  });

  test('folds long lines into pieces of 75 and then 74 characters', () => {
    const line = `DESCRIPTION:${'я'.repeat(200)}`;
    const pieces = foldLine(line).split('\r\n\t');
    expect(pieces.map((piece) => piece.length)).toEqual([75, 74, 63]);
    expect(pieces.join('')).toBe(line);
  });

  test('never splits an emoji or a letter with its accent between two lines', () => {
    const line = `SUMMARY:${'👍🏽 е́ '.repeat(40)}`;
    const pieces = foldLine(line).split('\r\n\t');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(line);
    for (const piece of pieces) expect(piece).toMatch(/^(?![\u0301\uDC00-\uDFFF])[^]*(?<![\uD800-\uDBFF])$/);
  });

  test('a link calendar apps refuse stops the calendar with a Russian message', () => {
    expect(() => calendarText([{ ...events[1]!, url: 'https://localhost:99999/' }], 'Тест')).toThrow(/календарь «Тест» не записан: ссылка/);
  });
});
