/**
 * iCalendar files: the school clock → UTC conversion, stable UIDs, and the built .ics files read back
 * with ical.js and compared with content/ (lessons of each date of the period at the bells' times,
 * parent meetings at their YAML times in the school's zone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { calendarText, lessonEvents, lessonUid, meetingEvents, meetingUid, type CalendarContext } from '../../src/exports/calendar.ts';
import { datesBetween, zonedIso, zonedToUtc } from '../../src/lib/zoned-time.ts';
import { siteSettingsFromEnv } from '../../src/site/settings.ts';
import { sampleContent } from '../helpers/sample-content.ts';
import { daysOf, parseCalendar, sampleExtras, schoolClock } from './support.ts';

describe('school clock to UTC', () => {
  test('a zone without daylight saving', () => {
    expect(new Date(zonedToUtc('2026-11-17', '18:30', 'Asia/Novokuznetsk')).toISOString()).toBe('2026-11-17T11:30:00.000Z');
    expect(new Date(zonedToUtc('2026-11-17', '18:30', 'Europe/Moscow')).toISOString()).toBe('2026-11-17T15:30:00.000Z');
  });

  test('each date uses its own offset across a daylight-saving change', () => {
    // Berlin: UTC+1 in winter, UTC+2 from 29 March 2026.
    expect(new Date(zonedToUtc('2026-03-27', '08:30', 'Europe/Berlin')).toISOString()).toBe('2026-03-27T07:30:00.000Z');
    expect(new Date(zonedToUtc('2026-03-30', '08:30', 'Europe/Berlin')).toISOString()).toBe('2026-03-30T06:30:00.000Z');
    expect(zonedIso('2026-03-30', '08:30', 'Europe/Berlin')).toBe('2026-03-30T08:30:00+02:00');
    expect(zonedIso('2026-11-17', '18:30', 'Asia/Novokuznetsk')).toBe('2026-11-17T18:30:00+07:00');
  });

  test('dates of a period include both ends', () => {
    expect(datesBetween('2026-11-30', '2026-12-02')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });
});

describe('UIDs', () => {
  test('are the same for the same lesson and differ by date, period, group and host', () => {
    const uid = lessonUid('5a', '2026-11-18', 5, '1 группа', 'school.example');
    expect(lessonUid('5a', '2026-11-18', 5, '1 группа', 'school.example')).toBe(uid);
    const others = [
      lessonUid('5a', '2026-11-18', 5, '2 группа', 'school.example'),
      lessonUid('5a', '2026-11-18', 5, undefined, 'school.example'),
      lessonUid('5a', '2026-11-25', 5, '1 группа', 'school.example'),
      lessonUid('5a', '2026-11-18', 4, '1 группа', 'school.example'),
      lessonUid('5b', '2026-11-18', 5, '1 группа', 'school.example'),
      lessonUid('5a', '2026-11-18', 5, '1 группа', 'other.example'),
    ];
    expect(new Set([uid, ...others]).size).toBe(7);
    expect(uid).toMatch(/^[\x21-\x7e]+@school\.example$/);
    expect(meetingUid('2026-11-17-obshcheshkolnoe', 'school.example')).toBe('meeting-2026-11-17-obshcheshkolnoe@school.example');
  });
});

describe('lesson events', () => {
  const ctx: CalendarContext = {
    host: 'school.example',
    timezone: 'Asia/Novokuznetsk',
    stamp: 0,
    url: (path) => `https://school.example/${path}`,
    staffNames: new Map([['t1', 'Иванова Мария Петровна']]),
    platformNames: new Map([['p1', 'Сферум']]),
  };
  const bells = {
    shifts: [
      {
        id: 1,
        periods: [
          { n: 1, from: '08:30', to: '09:00' },
          { n: 2, from: '09:10', to: '09:40' },
        ],
      },
    ],
  };
  const lesson = { period: 1, subject: 'Математика', teacher: 't1', platform: 'p1', online: true, link: 'https://sferum.ru/?call_link=x' };
  const cls = {
    id: '5a',
    class: '5А',
    shift: 1,
    days: { mon: [lesson], wed: [lesson, { ...lesson, period: 2, online: false, link: undefined }], sat: [lesson] },
  };

  test('one event per lesson and date, stopping at the last day even mid-week', () => {
    // Wednesday 2026-11-18 to Monday 2026-11-23: wed (2), sat (1), mon (1).
    const events = lessonEvents(cls, bells, { from: '2026-11-18', to: '2026-11-23' }, ctx);
    expect(events).toHaveLength(4);
    expect(events[0]!.start).toBe(Date.parse('2026-11-18T01:30:00Z'));
    expect(events[0]!.description).toContain('Иванова Мария Петровна');
    expect(events[1]!.url).toBe('https://school.example/timetable/5a/');
  });

  test("a good link the calendar package would refuse as written (capital letters in the host) goes out in the URL parser's form", () => {
    const capital = { ...cls, days: { mon: [{ ...lesson, link: 'https://Sferum.RU/?call_link=Aa1' }] } };
    const events = lessonEvents(capital, bells, { from: '2026-11-16', to: '2026-11-16' }, ctx);
    expect(events[0]!.url).toBe('https://sferum.ru/?call_link=Aa1');
    const meeting = {
      id: 'm1',
      title: 'Собрание',
      date: '2026-11-19',
      from: '18:00',
      to: '18:45',
      classes: [],
      platform: 'p1',
      link: 'https://Sferum.ru/?call_link=Zz',
      agenda: [],
    };
    const text = calendarText([...events, ...meetingEvents([meeting], ctx)], 'Тест');
    expect(text).toContain('URL:https://sferum.ru/?call_link=Aa1');
    expect(text).toContain('URL:https://sferum.ru/?call_link=Zz');
  });
});

describe('lesson events with A/B weeks and a day’s changes', () => {
  const ctx: CalendarContext = {
    host: 'school.example',
    timezone: 'Asia/Novokuznetsk',
    stamp: 0,
    url: (path) => `https://school.example/${path}`,
    staffNames: new Map([
      ['t1', 'Иванова Мария Петровна'],
      ['t2', 'Орлов Сергей Петрович'],
    ]),
    platformNames: new Map(),
  };
  const bells = {
    shifts: [
      {
        id: 1,
        periods: [
          { n: 1, from: '08:30', to: '09:00' },
          { n: 2, from: '09:10', to: '09:40' },
        ],
      },
    ],
  };
  const cls = {
    id: '5a',
    class: '5А',
    shift: 1,
    days: {
      mon: [
        { period: 1, subject: 'Музыка', teacher: 't1', week: 'a' as const, online: true },
        { period: 1, subject: 'ИЗО', teacher: 't1', week: 'b' as const, online: true },
        { period: 2, subject: 'Математика', teacher: ['t1', 't2'], online: true },
      ],
    },
  };

  test('each week gets its own lesson; a replaced lesson keeps its UID; a cancelled one is marked so', () => {
    const changes = new Map([
      [
        '2026-11-23',
        [
          { class: '5a', period: 2, cancelled: true },
          { class: '5a', period: 1, subject: 'Пение', teacher: 't2' },
        ],
      ],
    ]);
    const events = lessonEvents(cls, bells, { from: '2026-11-16', to: '2026-11-23' }, ctx, { weekA: '2026-11-16', changes });
    expect(events.map((event) => [event.uid, event.title, event.status, (event as { sequence?: number }).sequence])).toEqual([
      ['lesson-5a-2026-11-16-p1@school.example', '5А · Музыка', 'CONFIRMED', undefined],
      ['lesson-5a-2026-11-16-p2@school.example', '5А · Математика', 'CONFIRMED', undefined],
      ['lesson-5a-2026-11-23-p1@school.example', '5А · Пение', 'CONFIRMED', 1],
      ['lesson-5a-2026-11-23-p2@school.example', 'Урок отменён: 5А · Математика', 'CANCELLED', 1],
    ]);
    expect(events[1]!.description).toContain('Учитель: Иванова Мария Петровна, Орлов Сергей Петрович');
    expect(events[2]!.description).toMatch(/^Замена\nвместо: ИЗО\n/);
  });
});

describe('built calendars', () => {
  const site = inject('sampleSite');
  const content = sampleContent();
  const { bells } = sampleExtras();
  const { school } = content;
  const host = new URL(siteSettingsFromEnv().site).host;
  const period = school.distanceLearning;

  test.each(content.classes.map((c) => [c.id, c] as const))(
    'class %s: every lesson of every date of the period, at its bell times',
    (id, cls) => {
      const { events, name } = parseCalendar(readFileSync(join(site, 'calendar', `class-${id}.ics`), 'utf8'));
      expect(name).toContain(cls.class);
      const periods = bells.shifts.find((shift) => shift.id === cls.shift)!.periods;
      const expected = daysOf(period.from, period.to).flatMap(({ date, day }) =>
        ((cls.days as Record<string, { period: number; subject: string }[] | undefined>)[day] ?? []).map((lesson) => ({ date, lesson })),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(events).toHaveLength(expected.length);
      expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
      for (const { date, lesson } of expected) {
        const slot = periods.find((p) => p.n === lesson.period)!;
        // A day's change (timetable/changes/) replaces the subject or cancels the lesson, under the same UID.
        const change = content.changes.find((day) => day.id === date)?.changes.find((c) => c.class === id && c.period === lesson.period);
        const subject = change?.subject ?? lesson.subject;
        const match = events.find((event) => {
          const start = schoolClock(event.start, school.timezone);
          return start.date === date && start.time === slot.from && event.summary.includes(subject);
        });
        expect(match, `${id} ${date} урок ${lesson.period} ${subject}`).toBeDefined();
        expect(match!.status).toBe(change?.cancelled ? 'CANCELLED' : 'CONFIRMED');
        expect(schoolClock(match!.end, school.timezone)).toEqual({ date, time: slot.to });
        expect(match!.rawStart).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
        expect(match!.uid).toMatch(new RegExp(`^lesson-${id}-${date}-p${lesson.period}\\b.*@${host.replace(/\./g, '\\.')}$`));
      }
    },
  );

  test('lesson count = lessons per week × weeks of the period', () => {
    const occurrences = new Map<string, number>();
    for (const { day } of daysOf(period.from, period.to)) occurrences.set(day, (occurrences.get(day) ?? 0) + 1);
    for (const cls of content.classes) {
      const lessonDays = Object.entries(cls.days).filter(([, lessons]) => (lessons?.length ?? 0) > 0);
      const perWeek = lessonDays.reduce((sum, [, lessons]) => sum + lessons!.length, 0);
      const weeks = new Set(lessonDays.map(([day]) => occurrences.get(day) ?? 0));
      // A period of whole school weeks holds every lesson day equally often; otherwise count day by day.
      const expected =
        weeks.size === 1
          ? perWeek * [...weeks][0]!
          : lessonDays.reduce((sum, [day, lessons]) => sum + lessons!.length * (occurrences.get(day) ?? 0), 0);
      const { events } = parseCalendar(readFileSync(join(site, 'calendar', `class-${cls.id}.ics`), 'utf8'));
      expect(events.length, cls.id).toBe(expected);
    }
  });

  test('meetings.ics: every meeting at its YAML times in the school zone', () => {
    const { events } = parseCalendar(readFileSync(join(site, 'calendar', 'meetings.ics'), 'utf8'));
    expect(events).toHaveLength(content.meetings.length);
    for (const meeting of content.meetings) {
      const event = events.find((candidate) => candidate.uid === `meeting-${meeting.id}@${host}`);
      expect(event, meeting.id).toBeDefined();
      expect(event!.summary).toBe(meeting.title);
      expect(schoolClock(event!.start, school.timezone)).toEqual({ date: meeting.date, time: meeting.from });
      expect(schoolClock(event!.end, school.timezone)).toEqual({ date: meeting.date, time: meeting.to });
      expect(event!.rawStart).toMatch(/Z$/);
      if (meeting.link) expect(event!.url).toBe(meeting.link);
      for (const item of meeting.agenda) expect(event!.description).toContain(item);
    }
  });

  test.each(content.classes.map((c) => [c.id] as const))('meetings-%s.ics: the class meetings and the whole-school ones', (id) => {
    const { events } = parseCalendar(readFileSync(join(site, 'calendar', `meetings-${id}.ics`), 'utf8'));
    const expected = content.meetings.filter((meeting) => meeting.classes.length === 0 || meeting.classes.includes(id));
    expect(events.map((event) => event.uid).sort()).toEqual(expected.map((meeting) => `meeting-${meeting.id}@${host}`).sort());
  });
});
