/**
 * The timetable section: the logic in src/lib/timetable.ts, and the built pages checked against the
 * sample content (every class has a page with all its lessons, teachers and links; the bells page
 * lists every period).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  breaksOf,
  buildWeek,
  classNameVariants,
  gradeOf,
  groupByGrade,
  groupByShift,
  lessonCount,
  schoolWeek,
  type Shift,
} from '../../src/lib/timetable.ts';
import type { Bells } from '../../src/schemas/bells.ts';
import { KIND_ATTRIBUTE } from '../../src/search/markers.ts';
import type { Lesson } from '../../src/schemas/timetable-class.ts';
import { schoolDays } from '../../src/lib/week.ts';
import { teachersOf } from '../../src/lib/timetable-days.ts';
import { daysFromToday } from '../../src/lib/today.ts';
import { weekdayOf } from '../../src/lib/zoned-time.ts';
import { attr, findAll, parseHtmlFile, rawText, squash, type HtmlNode } from '../helpers/html-tree.ts';
import { sampleContent } from '../helpers/sample-content.ts';

// ---------------------------------------------------------------------------------------------
// Unit tests
// ---------------------------------------------------------------------------------------------

const shift1: Shift = {
  id: 1,
  title: 'Первая смена',
  periods: [
    { n: 2, from: '09:10', to: '09:40' },
    { n: 1, from: '08:30', to: '09:00' },
    { n: 3, from: '10:00', to: '10:30' },
  ],
};
const bells: Bells = { shifts: [shift1, { id: 2, periods: [{ n: 1, from: '13:40', to: '14:10' }] }] };
const staff = [
  { id: 'ivanova', name: 'Иванова Мария Петровна', position: 'учитель' },
  { id: 'petrov', name: 'Петров Игорь Васильевич' },
];
const platforms = [{ id: 'sferum', name: 'Сферум', url: 'https://sferum.ru', primary: true }];
const lesson = (period: number, subject: string, extra: Partial<Lesson> = {}): Lesson => ({
  period,
  subject,
  teacher: 'ivanova',
  online: true,
  ...extra,
});

describe('buildWeek', () => {
  const timetable = {
    shift: 1,
    days: {
      mon: [
        lesson(3, 'История', { platform: 'sferum', link: 'https://sferum.ru/?call_link=x' }),
        lesson(1, 'Математика', { teacher: 'petrov', online: false, note: 'Задание до 18:00' }),
        lesson(2, 'Английский язык', { group: '2 группа', teacher: 'petrov' }),
        lesson(2, 'Английский язык', { group: '1 группа' }),
      ],
      wed: [lesson(1, 'Музыка')],
    },
  };
  const week = buildWeek(timetable, ['mon', 'tue', 'wed'], { bells, staff, platforms, classes: [] });

  test('keeps the asked days in order, a day without lessons has no rows', () => {
    expect(week.days.map((day) => day.day)).toEqual(['mon', 'tue', 'wed']);
    expect(week.days[1]!.periods).toEqual([]);
    expect(week.shift?.id).toBe(1);
  });

  test('sorts lessons by period and gives each row its bell times from the class shift', () => {
    const rows = week.days[0]!.periods;
    expect(rows.map((row) => row.n)).toEqual([1, 2, 3]);
    expect(rows.map((row) => `${row.from}–${row.to}`)).toEqual(['08:30–09:00', '09:10–09:40', '10:00–10:30']);
  });

  test('puts split groups into one period row, ordered by group', () => {
    const row = week.days[0]!.periods[1]!;
    expect(row.lessons.map((l) => l.group)).toEqual(['1 группа', '2 группа']);
    expect(row.lessons.map((l) => l.teachers[0]!.name)).toEqual(['Иванова Мария Петровна', 'Петров Игорь Васильевич']);
  });

  test('resolves teacher and platform names and keeps link, note and format', () => {
    const [first, , third] = week.days[0]!.periods;
    expect(first!.lessons[0]).toMatchObject({
      subject: 'Математика',
      online: false,
      note: 'Задание до 18:00',
      teachers: [{ id: 'petrov' }],
    });
    expect(first!.lessons[0]!.platform).toBeUndefined();
    expect(third!.lessons[0]).toMatchObject({
      link: 'https://sferum.ru/?call_link=x',
      platform: { id: 'sferum', name: 'Сферум', url: 'https://sferum.ru' },
    });
  });

  test('an unknown teacher id shows as itself instead of breaking the page', () => {
    const odd = buildWeek({ shift: 1, days: { mon: [lesson(1, 'Химия', { teacher: 'nobody' })] } }, ['mon'], {
      bells,
      staff,
      platforms,
      classes: [],
    });
    expect(odd.days[0]!.periods[0]!.lessons[0]!.teachers).toEqual([{ id: 'nobody', name: 'nobody' }]);
  });

  test('a period missing from the bells has no times', () => {
    const odd = buildWeek({ shift: 2, days: { mon: [lesson(5, 'Химия')] } }, ['mon'], { bells, staff, platforms, classes: [] });
    expect(odd.days[0]!.periods[0]).toMatchObject({ n: 5, from: undefined, to: undefined });
  });
});

describe('school week, counts and breaks', () => {
  test('Saturday only when some class has lessons on it', () => {
    const weekday = { shift: 1, days: { mon: [lesson(1, 'Химия')] } };
    expect(schoolWeek([weekday])).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(schoolWeek([weekday, { shift: 1, days: { sat: [] } }])).not.toContain('sat');
    expect(schoolWeek([weekday, { shift: 1, days: { sat: [lesson(1, 'Химия')] } }])).toEqual([...schoolDays]);
  });

  test('lessonCount counts each lesson, split groups separately', () => {
    expect(
      lessonCount({
        shift: 1,
        days: { mon: [lesson(1, 'А'), lesson(2, 'Б', { group: '1' }), lesson(2, 'Б', { group: '2' })], fri: [lesson(1, 'В')] },
      }),
    ).toBe(4);
    expect(lessonCount({ shift: 1, days: {} })).toBe(0);
  });

  test('breaksOf: the gap after every lesson but the last, in period order', () => {
    expect(breaksOf(shift1)).toEqual([
      { after: 1, from: '09:00', to: '09:10', minutes: 10 },
      { after: 2, from: '09:40', to: '10:00', minutes: 20 },
    ]);
    expect(breaksOf({ id: 3, periods: [{ n: 1, from: '08:00', to: '08:40' }] })).toEqual([]);
  });
});

describe('classes for the index', () => {
  const classes = [
    { class: '10А', shift: 1 },
    { class: '5Б', shift: 2 },
    { class: '1А', shift: 1 },
    { class: '11А', shift: 1 },
    { class: '5А', shift: 1 },
    { class: '9А', shift: 2 },
  ];

  test('gradeOf reads the number', () => {
    expect([gradeOf('5А'), gradeOf('10 Б'), gradeOf('11-В'), gradeOf('1а')]).toEqual([5, 10, 11, 1]);
  });

  test('groupByGrade: 1–4, 5–9, 10–11 in name order, empty stages left out', () => {
    expect(groupByGrade(classes).map((g) => [g.from, g.to, g.classes.map((c) => c.class)])).toEqual([
      [1, 4, ['1А']],
      [5, 9, ['5А', '5Б', '9А']],
      [10, 11, ['10А', '11А']],
    ]);
    expect(groupByGrade([{ class: '7В' }]).map((g) => g.from)).toEqual([5]);
  });

  test('groupByShift: shifts in order, classes in name order', () => {
    expect(groupByShift(classes).map((g) => [g.shift, g.classes.map((c) => c.class)])).toEqual([
      [1, ['1А', '5А', '10А', '11А']],
      [2, ['5Б', '9А']],
    ]);
  });

  test('classNameVariants: every way pupils type the name', () => {
    expect(classNameVariants('5А')).toEqual(['5А', '5 А', '5-А', '5а']);
    expect(classNameVariants('10 б')).toEqual(['10Б', '10 Б', '10-Б', '10б']);
    expect(classNameVariants('7')).toEqual(['7']);
  });
});

// ---------------------------------------------------------------------------------------------
// The built site
// ---------------------------------------------------------------------------------------------

const byId = (root: HtmlNode, id: string) => findAll(root, (n) => attr(n, 'id') === id)[0];

describe('timetable pages of the sample school', () => {
  const site = inject('sampleSite');
  const content = sampleContent();
  const staffName = new Map(content.staff.map((person) => [person.id, person.name]));
  const days = schoolWeek(content.classes);
  // A class's page opens on the day it was built for, the rest of the week after it.
  const daysFromBuildDay = daysFromToday(days, weekdayOf(inject('sampleBuildDate')));
  const page = (path: string) => parseHtmlFile(join(site, path, 'index.html'));

  test('the sample has classes to check', () => {
    expect(content.classes.length).toBeGreaterThan(2);
  });

  describe.each(content.classes.map((timetable) => [timetable.id, timetable] as const))('class %s', (id, timetable) => {
    test('has a page with its h1 and one section per school day', () => {
      expect(existsSync(join(site, 'timetable', id, 'index.html'))).toBe(true);
      const doc = page(`timetable/${id}`);
      expect(findAll(doc, (n) => n.nodeName === 'h1').map((n) => squash(rawText(n)))).toEqual([`Расписание ${timetable.class} класса`]);
      expect(findAll(doc, (n) => attr(n, 'data-day') !== undefined).map((n) => attr(n, 'id'))).toEqual(daysFromBuildDay);
    });

    test('shows exactly as many lessons as its YAML has, day by day, with subjects in period order', () => {
      const doc = page(`timetable/${id}`);
      expect(findAll(doc, (n) => attr(n, 'data-lesson') !== undefined)).toHaveLength(lessonCount(timetable));
      for (const day of days) {
        const lessons = timetable.days[day] ?? [];
        const section = byId(doc, day)!;
        const shown = findAll(section, (n) => attr(n, 'data-lesson') !== undefined).map((n) => squash(rawText(n)));
        expect(shown).toHaveLength(lessons.length);
        const expected = [...lessons].sort((a, b) => a.period - b.period).map((l) => l.subject);
        expected.forEach((subject, i) => expect(shown[i]).toContain(subject));
      }
    });

    test('names every teacher, links every lesson and the class teacher', () => {
      const doc = page(`timetable/${id}`);
      const body = squash(rawText(byId(doc, 'timetable')!));
      const hrefs = findAll(doc, (n) => n.nodeName === 'a').map((n) => attr(n, 'href'));
      const lessons = schoolDays.flatMap((day) => timetable.days[day] ?? []);
      for (const l of lessons) {
        for (const teacher of teachersOf(l)) {
          expect(body).toContain(staffName.get(teacher));
          expect(hrefs).toContain(`/staff/#${teacher}`);
        }
        if (l.link) expect(hrefs).toContain(l.link);
        if (l.note) expect(body).toContain(squash(l.note));
      }
      const joins = findAll(doc, (n) => n.nodeName === 'a' && (attr(n, 'class') ?? '').includes('join'));
      expect(joins).toHaveLength(lessons.filter((l) => l.link).length);
      for (const button of joins) expect(squash(rawText(button))).toMatch(/^Войти на урок/);
      if (timetable.classTeacher) expect(hrefs).toContain(`/staff/#${timetable.classTeacher}`);
    });

    test('is one search record for the class, found by any spelling of its name', () => {
      const doc = page(`timetable/${id}`);
      const bodies = findAll(doc, (n) => attr(n, 'data-pagefind-body') !== undefined);
      expect(bodies).toHaveLength(1);
      const body = bodies[0]!;
      expect(attr(body, 'id')).toBe('timetable');
      expect(attr(body, 'data-pagefind-meta')).toBe(`title:Расписание ${timetable.class}`);
      const filters = findAll(body, (n) => attr(n, 'data-pagefind-filter') !== undefined).map((n) => attr(n, 'data-pagefind-filter'));
      expect(filters).toEqual(expect.arrayContaining(['section:Расписание', `class:${timetable.class}`]));
      // The class's other spellings are the heading's hidden search words, never a shown or hidden paragraph.
      const heading = findAll(body, (n) => n.nodeName === 'h1')[0]!;
      const spellings = (attr(heading, KIND_ATTRIBUTE) ?? '').split(' ');
      expect(spellings).toEqual(expect.arrayContaining([timetable.class, timetable.class.toLowerCase()]));
      expect(squash(rawText(body))).not.toContain(spellings.join(' '));
      expect(attr(body, 'data-timezone')).toBe(content.school.timezone);
    });
  });

  test('the index links every class, grouped by stage', () => {
    const doc = page('timetable');
    const hrefs = findAll(doc, (n) => n.nodeName === 'a').map((n) => attr(n, 'href'));
    for (const timetable of content.classes) expect(hrefs).toContain(`/timetable/${timetable.id}/`);
    expect(hrefs).toContain('/timetable/bells/');
    const headings = findAll(doc, (n) => n.nodeName === 'h2').map((n) => squash(rawText(n)));
    expect(headings).toEqual(groupByGrade(content.classes).map((g) => `${g.from}–${g.to} классы`));
  });

  test('the bells page lists every period of every shift with its start and end', () => {
    const sample = parseYaml(readFileSync('content/timetable/bells.yaml', 'utf8')) as Bells;
    const doc = page('timetable/bells');
    for (const shift of sample.shifts) {
      const section = byId(doc, `shift-${shift.id}`);
      expect(section, `shift ${shift.id}`).toBeDefined();
      const rows = findAll(section!, (n) => attr(n, 'data-period') !== undefined);
      expect(rows.map((row) => Number(attr(row, 'data-period')))).toEqual(shift.periods.map((p) => p.n).sort((a, b) => a - b));
      for (const period of shift.periods) {
        const row = rows.find((r) => attr(r, 'data-period') === String(period.n))!;
        const cells = findAll(row, (n) => n.nodeName === 'td').map((n) => squash(rawText(n)));
        expect(cells.slice(0, 2)).toEqual([period.from, period.to]);
      }
      for (const pause of breaksOf(shift)) expect(squash(rawText(section!))).toContain(`${pause.minutes} мин`);
    }
  });
});
