/**
 * One class's file as the import writes it: the header, the shift its lessons fit, and each day's
 * lessons with their fields in the order the guide shows them. What the editor added to a lesson and
 * the timetabling software does not know (link, online, platform, note) is kept, the lesson matched
 * by day, period, subject and group.
 */
import { schoolDays, type SchoolDay } from '../lib/week.ts';
import type { ClassIndex } from './match.ts';
import { FORMAT_NAMES, type ImportedLesson, type ImportedTimetable } from './model.ts';
import { foldText } from './names.ts';
import { asRecord, type Raw } from './raw-values.ts';

/** A lesson as written into a class file, in the order of its fields there. */
export interface LessonOut {
  period: number;
  subject: string;
  teacher: string | string[];
  group?: string;
  week?: 'a' | 'b';
  withClasses?: string[];
  platform?: string;
  link?: string;
  online: boolean;
  note?: string;
}

const EDITOR_FIELDS = ['platform', 'link', 'online', 'note'] as const;

/** The key that finds the editor's version of a lesson: day, period, subject, group (case and ё aside). */
const editorKey = (day: string, lesson: { period?: unknown; subject?: unknown; group?: unknown }) =>
  `${day}|${String(lesson.period)}|${foldText(String(lesson.subject))}|${foldText(String(lesson.group ?? ''))}`;

export function headerOf(name: string, format: ImportedTimetable['format']): string {
  return [
    `# Расписание ${name}: загружено командой npm run import (${FORMAT_NAMES[format]}).`,
    '# При следующей загрузке уроки обновятся, а дописанные вами link, online, platform и note сохранятся.',
    '',
  ].join('\n');
}

/** The lessons of the class's current file (its `days`), by the key that finds them again. */
export function editorLessons(oldDays: Raw): Map<string, Raw> {
  const kept = new Map<string, Raw>();
  for (const day of schoolDays) {
    for (const lesson of Array.isArray(oldDays[day]) ? (oldDays[day] as unknown[]) : [])
      kept.set(editorKey(day, asRecord(lesson)), asRecord(lesson));
  }
  return kept;
}

/**
 * The class's shift: the one its file gives if its lessons fit it (or do not fit shift 1 either),
 * else 1; and the lesson numbers that shift lacks in bells.yaml.
 */
export function classShift(
  lessons: readonly ImportedLesson[],
  old: Raw | undefined,
  shiftPeriods: ReadonlyMap<number, Set<number>>,
): { shift: number; lacking: number[] } {
  const periodsUsed = new Set(lessons.map((lesson) => lesson.period));
  const oldShift = typeof old?.['shift'] === 'number' ? (old['shift'] as number) : undefined;
  const fits = (shift: number) => [...periodsUsed].every((n) => shiftPeriods.get(shift)?.has(n));
  const shift = oldShift !== undefined && (fits(oldShift) || !fits(1)) ? oldShift : 1;
  const lacking = [...periodsUsed].filter((n) => shiftPeriods.size > 0 && !shiftPeriods.get(shift)?.has(n));
  return { shift, lacking };
}

/** What a class's days need beyond its own lessons. */
export interface LessonContext {
  /** Staff id of every teacher name in the file. */
  teacherIds: ReadonlyMap<string, string>;
  /** Teachers the import creates: the subjects and classes found for them are added here. */
  createdTeachers: ReadonlyMap<string, { subjects: Set<string>; classes: Set<string> }>;
  classIndex: ClassIndex;
}

/** The class's lessons by day, as written into its file, with the editor's fields kept from `kept`. */
export function classDays(
  id: string,
  lessons: readonly ImportedLesson[],
  kept: ReadonlyMap<string, Raw>,
  { teacherIds, createdTeachers, classIndex }: LessonContext,
): Partial<Record<SchoolDay, LessonOut[]>> {
  const days: Partial<Record<SchoolDay, LessonOut[]>> = {};
  for (const day of schoolDays) {
    const todays = lessons
      .filter((lesson) => lesson.day === day)
      .sort(
        (a, b) =>
          a.period - b.period ||
          (a.week ?? '').localeCompare(b.week ?? '') ||
          (a.group ?? '').localeCompare(b.group ?? '', 'ru', { numeric: true }),
      );
    if (todays.length === 0) continue;
    days[day] = todays.map((lesson) => {
      const ids = [...new Set(lesson.teachers.map((teacher) => teacherIds.get(teacher)!))];
      for (const teacherId of ids) {
        createdTeachers.get(teacherId)?.subjects.add(lesson.subject);
        createdTeachers.get(teacherId)?.classes.add(id);
      }
      const editor = kept.get(editorKey(day, lesson)) ?? {};
      const out: LessonOut = { period: lesson.period, subject: lesson.subject, teacher: ids.length === 1 ? ids[0]! : ids, online: true };
      if (lesson.group) out.group = lesson.group;
      if (lesson.week) out.week = lesson.week;
      if (lesson.withClasses.length > 0) out.withClasses = lesson.withClasses.map((other) => classIndex.idOf(other));
      for (const field of EDITOR_FIELDS) if (editor[field] !== undefined) (out as unknown as Raw)[field] = editor[field];
      if (lesson.link) out.link = lesson.link;
      // Fields in the order the guide shows them.
      const { period, subject, teacher, group, week, withClasses, platform, link, online, note } = out;
      return Object.fromEntries(
        Object.entries({ period, subject, teacher, group, week, withClasses, platform, link, online, note }).filter(
          ([, value]) => value !== undefined,
        ),
      ) as unknown as LessonOut;
    });
  }
  return days;
}
