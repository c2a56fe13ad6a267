/**
 * Day-by-day changes («замены») as people read them: a class's changes for the coming days (the
 * class page's box on top), and which classes have changes on a date (the home page and the feed).
 */
import type { LessonChange } from '../schemas/timetable-change.ts';
import { lessonsOn, teachersOf, type ChangeKind, type DatedLesson } from './timetable-days.ts';
import type { Lookup, Person } from './timetable.ts';
import { datesBetween } from './zoned-time.ts';

/** One changed lesson as shown. */
export interface ChangeView {
  period: number;
  group?: string | undefined;
  kind: ChangeKind;
  subject: string;
  teachers: Person[];
  /** The regular lesson's subject when a replacement is another subject. */
  insteadOf?: string | undefined;
  link?: string | undefined;
  online: boolean;
  note?: string | undefined;
}

/** The changes of one class on one date. */
export interface DayChanges {
  date: string;
  /** The remark about the whole day. */
  note?: string | undefined;
  lessons: ChangeView[];
}

interface ChangeDay {
  /** The date: the file name. */
  id: string;
  note?: string | undefined;
  changes: readonly LessonChange[];
}

interface ClassDays {
  id: string;
  days: Parameters<typeof lessonsOn>[0];
}

/** How many days ahead the class page looks, today included: a school week and its weekend. */
export const CHANGES_AHEAD_DAYS = 7;

/** The date `days` days after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function viewOf(lesson: DatedLesson & { change: NonNullable<DatedLesson['change']> }, lookup: Lookup): ChangeView {
  const was = lesson.change.was;
  return {
    period: lesson.period,
    group: lesson.group,
    kind: lesson.change.kind,
    subject: lesson.subject,
    teachers: teachersOf(lesson).map((id) => lookup.staff.get(id) ?? { id, name: id }),
    insteadOf: was && was.subject !== lesson.subject ? was.subject : undefined,
    link: lesson.change.kind === 'cancelled' ? undefined : lesson.link,
    online: lesson.online,
    note: lesson.change.note,
  };
}

/** A class's changed lessons on the dates from `today` for `CHANGES_AHEAD_DAYS` days, soonest first. */
export function upcomingChanges(
  cls: ClassDays,
  changeDays: readonly ChangeDay[],
  today: string,
  weekA: string,
  lookup: Lookup,
): DayChanges[] {
  const last = addDays(today, CHANGES_AHEAD_DAYS - 1);
  const byDate = new Map(changeDays.map((day) => [day.id, day]));
  return datesBetween(today, last).flatMap((date) => {
    const day = byDate.get(date);
    const mine = day?.changes.filter((change) => change.class === cls.id) ?? [];
    if (!day || mine.length === 0) return [];
    const lessons = lessonsOn(cls.days, date, weekA, mine).flatMap((lesson) =>
      lesson.change ? [viewOf({ ...lesson, change: lesson.change }, lookup)] : [],
    );
    return lessons.length > 0 ? [{ date, note: day.note, lessons }] : [];
  });
}

/** The ids of the classes with a change on a date, in the order their changes are written. */
export function classesChangedOn(changeDays: readonly ChangeDay[], date: string): string[] {
  return [...new Set(changeDays.find((day) => day.id === date)?.changes.map((change) => change.class) ?? [])];
}
