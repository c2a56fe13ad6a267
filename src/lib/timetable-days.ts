/**
 * A class's lessons on one calendar date: the regular week (with A/B weeks resolved) and then that
 * date's changes («замены»). The class page, the calendars, the home page, the feed and the checker
 * all ask here, so a cancelled lesson is cancelled everywhere.
 */
import type { Lesson, TimetableWeek } from '../schemas/timetable-class.ts';
import type { LessonChange } from '../schemas/timetable-change.ts';
import { weekdayOf } from './zoned-time.ts';

/** The teachers of a lesson as a list, whichever form the file uses (one id or a list). */
export function teachersOf(lesson: { teacher: string | readonly string[] }): string[] {
  return typeof lesson.teacher === 'string' ? [lesson.teacher] : [...lesson.teacher];
}

const DAY_MS = 86_400_000;

/** Monday of the week a date falls in, as days since 1970-01-01 (a Thursday). */
function mondayOf(date: string): number {
  const days = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  return days - ((days + 3) % 7);
}

/** Week A or B of a date, counting whole weeks from the week of `weekA` (a day of some week A). */
export function weekOf(date: string, weekA: string): TimetableWeek {
  const weeks = Math.round((mondayOf(date) - mondayOf(weekA)) / 7);
  return Math.abs(weeks) % 2 === 0 ? 'a' : 'b';
}

/**
 * The first week A and week B of a period, as the dates of their Mondays, in date order: what the
 * class page says once so families can tell the weeks apart without a script.
 */
export function firstWeeks(from: string, weekA: string): { week: TimetableWeek; monday: string }[] {
  const monday = new Date(mondayOf(from) * DAY_MS).toISOString().slice(0, 10);
  const next = new Date((mondayOf(from) + 7) * DAY_MS).toISOString().slice(0, 10);
  const first = weekOf(monday, weekA);
  return [
    { week: first, monday },
    { week: first === 'a' ? 'b' : 'a', monday: next },
  ];
}

/** Whether a lesson is held in a given week (a lesson without `week` is held every week). */
export function heldInWeek(lesson: Pick<Lesson, 'week'>, week: TimetableWeek | undefined): boolean {
  return lesson.week === undefined || week === undefined || lesson.week === week;
}

type RegularLesson = Omit<Lesson, 'teacher'> & { teacher: string | readonly string[] };

/** What a change did to a lesson, for the page's label and the calendar's status. */
export type ChangeKind = 'cancelled' | 'replaced' | 'added';

/** A lesson as held on a date: the regular one, or one a change touched. */
export type DatedLesson = RegularLesson & { change?: { kind: ChangeKind; note?: string | undefined; was?: RegularLesson | undefined } };

/** Whether a change concerns a lesson: same period, and the same group unless the change names none. */
export function changeTouches(change: Pick<LessonChange, 'period' | 'group'>, lesson: Pick<Lesson, 'period' | 'group'>): boolean {
  return change.period === lesson.period && (change.group === undefined || change.group === lesson.group);
}

/** The lesson a change makes of the regular one (or of nothing, for an added lesson). */
function changed(change: LessonChange, was: RegularLesson | undefined): DatedLesson | undefined {
  if (change.cancelled) return was && { ...was, change: { kind: 'cancelled', note: change.note, was } };
  const subject = change.subject ?? was?.subject;
  const teacher = change.teacher ?? was?.teacher;
  const online = change.online ?? was?.online;
  if (subject === undefined || teacher === undefined || online === undefined) return undefined; // the checker reports it
  const base: RegularLesson = was ?? { period: change.period, subject, teacher, online };
  // A new subject or teacher brings its own link and platform; the old lesson's would mislead.
  const sameLesson = change.subject === undefined && change.teacher === undefined;
  return {
    ...base,
    subject,
    teacher,
    online,
    group: change.group ?? base.group,
    platform: change.platform ?? (sameLesson ? base.platform : undefined),
    link: change.link ?? (sameLesson ? base.link : undefined),
    note: change.note ?? (sameLesson ? base.note : undefined),
    change: { kind: was ? 'replaced' : 'added', note: change.note, was },
  };
}

/**
 * A class's lessons on a date: the regular lessons of that weekday held that week, with the date's
 * changes for the class applied, in period order. Cancelled lessons stay in the list (marked), so the
 * page can say «урок отменён» and the calendar can cancel the event rather than lose it.
 */
export function lessonsOn(
  days: Partial<Record<string, readonly RegularLesson[] | undefined>>,
  date: string,
  weekA: string,
  changes: readonly LessonChange[],
): DatedLesson[] {
  const week = weekOf(date, weekA);
  const regular = (days[weekdayOf(date)] ?? []).filter((lesson) => heldInWeek(lesson, week));
  const result: DatedLesson[] = regular.map((lesson) => ({ ...lesson }));
  for (const change of changes) {
    const touched = result.filter((lesson) => !lesson.change && changeTouches(change, lesson));
    if (touched.length === 0) {
      const added = changed(change, undefined);
      if (added) result.push(added);
      continue;
    }
    for (const lesson of touched) {
      const next = changed(change, lesson);
      if (next) result[result.indexOf(lesson)] = next;
    }
  }
  return result.sort((a, b) => a.period - b.period || (a.group ?? '').localeCompare(b.group ?? '', 'ru', { numeric: true }));
}

/** The changes of one class out of a day's file. */
export function changesForClass<T extends { class: string }>(changes: readonly T[], classId: string): T[] {
  return changes.filter((change) => change.class === classId);
}
