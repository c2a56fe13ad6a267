/**
 * Timetable logic, free of rendering: a class's week as rows of periods with bell times, teacher
 * and platform names resolved; which weekdays the school has; classes grouped for the index.
 */
import type { Bells } from '../schemas/bells.ts';
import type { Lesson, TimetableClass } from '../schemas/timetable-class.ts';
import { teachersOf } from './timetable-days.ts';
import { minutesOf } from './time.ts';
import { schoolDays, type SchoolDay } from './week.ts';

export type Shift = Bells['shifts'][number];

/** The little the timetable needs of a staff member and of a platform. */
export interface Person {
  id: string;
  name: string;
}
export interface PlatformRef {
  id: string;
  name: string;
  url: string;
}

/** One lesson as shown: the names behind the ids already looked up. */
export interface LessonView {
  subject: string;
  /** One or more; an unknown id shows as itself (the checker stops such builds; this only guards the page). */
  teachers: Person[];
  platform?: PlatformRef | undefined;
  link?: string | undefined;
  group?: string | undefined;
  /** Only in week A or week B of a two-week timetable. */
  week?: 'a' | 'b' | undefined;
  /** Names of the other classes at this joint lesson («5Б», «5В»). */
  withClasses: string[];
  online: boolean;
  note?: string | undefined;
}

/** One period of a day: its number, its bell times, and its lessons (two or more for split groups). */
export interface PeriodRow {
  n: number;
  from?: string | undefined;
  to?: string | undefined;
  lessons: LessonView[];
}

export interface DayView {
  day: SchoolDay;
  periods: PeriodRow[];
}

export interface Week {
  shift?: Shift | undefined;
  days: DayView[];
}

type ClassWeek = Pick<TimetableClass, 'days' | 'shift'>;

/** Monday to Friday, and Saturday only when some class has lessons on it. */
export function schoolWeek(classes: readonly ClassWeek[]): SchoolDay[] {
  const saturday = classes.some((timetable) => (timetable.days.sat?.length ?? 0) > 0);
  return schoolDays.filter((day) => day !== 'sat' || saturday);
}

export function shiftOf(bells: Bells, id: number): Shift | undefined {
  return bells.shifts.find((shift) => shift.id === id);
}

/** Every lesson of the week; split groups count once each. */
export function lessonCount(timetable: ClassWeek): number {
  return schoolDays.reduce((sum, day) => sum + (timetable.days[day]?.length ?? 0), 0);
}

/** What a lesson row needs to resolve ids: people, platforms and class names by id. */
export interface Lookup {
  staff: ReadonlyMap<string, Person>;
  platforms: ReadonlyMap<string, PlatformRef>;
  classNames: ReadonlyMap<string, string>;
}

export function viewOf(lesson: Lesson, { staff, platforms, classNames }: Lookup): LessonView {
  return {
    subject: lesson.subject,
    teachers: teachersOf(lesson).map((id) => staff.get(id) ?? { id, name: id }),
    platform: lesson.platform === undefined ? undefined : platforms.get(lesson.platform),
    link: lesson.link,
    group: lesson.group,
    week: lesson.week,
    withClasses: (lesson.withClasses ?? []).map((id) => classNames.get(id) ?? id),
    online: lesson.online,
    note: lesson.note,
  };
}

/** A day's lessons as period rows in order; lessons of split groups and A/B weeks share their period's row. */
export function dayRows(lessons: readonly Lesson[], shift: Shift | undefined, lookup: Lookup): PeriodRow[] {
  const sorted = [...lessons].sort(
    (a, b) =>
      a.period - b.period ||
      (a.week ?? '').localeCompare(b.week ?? '') ||
      (a.group ?? '').localeCompare(b.group ?? '', 'ru', { numeric: true }),
  );
  const rows: PeriodRow[] = [];
  for (const lesson of sorted) {
    const last = rows[rows.length - 1];
    const row: PeriodRow = last?.n === lesson.period ? last : { n: lesson.period, from: undefined, to: undefined, lessons: [] };
    if (row !== last) {
      const bell = shift?.periods.find((period) => period.n === lesson.period);
      row.from = bell?.from;
      row.to = bell?.to;
      rows.push(row);
    }
    row.lessons.push(viewOf(lesson, lookup));
  }
  return rows;
}

export interface TimetableContext {
  bells: Bells;
  staff: readonly Person[];
  platforms: readonly PlatformRef[];
  classes: readonly { id: string; class: string }[];
}

/** The id → name tables a lesson view needs. */
export function lookupOf(context: Omit<TimetableContext, 'bells'>): Lookup {
  return {
    staff: new Map(context.staff.map((person) => [person.id, { id: person.id, name: person.name }])),
    platforms: new Map(context.platforms.map((platform) => [platform.id, { id: platform.id, name: platform.name, url: platform.url }])),
    classNames: new Map(context.classes.map((entry) => [entry.id, entry.class])),
  };
}

/** A class's week over the given days (see `schoolWeek`); a day without lessons has no rows. */
export function buildWeek(timetable: ClassWeek, days: readonly SchoolDay[], context: TimetableContext): Week {
  const shift = shiftOf(context.bells, timetable.shift);
  const lookup = lookupOf(context);
  return { shift, days: days.map((day) => ({ day, periods: dayRows(timetable.days[day] ?? [], shift, lookup) })) };
}

/** The break after each lesson but the last: from the end of one lesson to the start of the next. */
export function breaksOf(shift: Shift): { after: number; from: string; to: string; minutes: number }[] {
  const periods = [...shift.periods].sort((a, b) => a.n - b.n);
  return periods.slice(0, -1).map((period, i) => {
    const next = periods[i + 1]!;
    return { after: period.n, from: period.to, to: next.from, minutes: (minutesOf(next.from) ?? 0) - (minutesOf(period.to) ?? 0) };
  });
}

/** The grade of a class name: «5А» → 5, «10 Б» → 10. */
export function gradeOf(className: string): number {
  return Number(/^\s*(\d+)/.exec(className)?.[1] ?? 0);
}

/** The school's stages: primary, basic and secondary. */
export const gradeBands = [
  { from: 1, to: 4 },
  { from: 5, to: 9 },
  { from: 10, to: 11 },
] as const;

type Named = { class: string };
const byName = <T extends Named>(a: T, b: T) => a.class.localeCompare(b.class, 'ru', { numeric: true });

/** Classes by stage (1–4, 5–9, 10–11), in name order; stages without classes are left out. */
export function groupByGrade<T extends Named>(classes: readonly T[]): { from: number; to: number; classes: T[] }[] {
  return gradeBands
    .map((band) => ({ ...band, classes: classes.filter((c) => gradeOf(c.class) >= band.from && gradeOf(c.class) <= band.to).sort(byName) }))
    .filter((band) => band.classes.length > 0);
}

/** Classes by shift, in shift order then name order; shifts without classes are left out. */
export function groupByShift<T extends Named & { shift: number }>(classes: readonly T[]): { shift: number; classes: T[] }[] {
  const shifts = [...new Set(classes.map((c) => c.shift))].sort((a, b) => a - b);
  return shifts.map((shift) => ({ shift, classes: classes.filter((c) => c.shift === shift).sort(byName) }));
}

/**
 * The ways people type a class name, for search: «5А» → «5А 5 А 5-А 5а». Pupils write «5 а», «5-А»
 * or «5а»; the hidden alias text on the class page lets each of them find it.
 */
export function classNameVariants(className: string): string[] {
  const match = /^\s*(\d+)\s*-?\s*(\p{L}*)\s*$/u.exec(className);
  if (!match || match[2] === '') return [className.trim()];
  const [, grade, letter = ''] = match;
  const upper = letter.toUpperCase();
  return [...new Set([`${grade}${upper}`, `${grade} ${upper}`, `${grade}-${upper}`, `${grade}${letter.toLowerCase()}`])];
}
