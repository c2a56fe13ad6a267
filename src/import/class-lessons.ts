/**
 * The imported lessons grouped by class, each lesson once: a lesson written twice (a double entry, or
 * one row per teacher) becomes one lesson with all its teachers; a lesson without a teacher, or on a
 * time its class already has for the whole class, is skipped with the reason.
 */
import type { ImportedLesson, Skipped } from './model.ts';
import { foldText } from './names.ts';

/** Slots a lesson takes in its class: a lesson without week takes both weeks. */
const slotsOf = (lesson: ImportedLesson) =>
  (lesson.week ? [lesson.week] : ['a', 'b']).map((week) => `${lesson.day}|${lesson.period}|${week}`);

/** Lessons by class name, without duplicates; the second lesson in a taken slot is skipped (added to `skipped`). */
export function lessonsByClass(lessons: readonly ImportedLesson[], skipped: Skipped[]): Map<string, ImportedLesson[]> {
  const byClass = new Map<string, ImportedLesson[]>();
  for (const lesson of lessons) {
    const list = byClass.get(lesson.className) ?? [];
    byClass.set(lesson.className, list);
    if (lesson.teachers.length === 0) {
      skipped.push({ what: `${lesson.className}, ${lesson.origin}`, why: `у урока «${lesson.subject}» не указан учитель` });
      continue;
    }
    const same = list.find(
      (other) =>
        other.day === lesson.day &&
        other.period === lesson.period &&
        other.group === lesson.group &&
        other.week === lesson.week &&
        foldText(other.subject) === foldText(lesson.subject),
    );
    if (same) {
      // One lesson written twice (a double entry, or one row per teacher): one lesson, all teachers.
      for (const teacher of lesson.teachers) if (!same.teachers.includes(teacher)) same.teachers.push(teacher);
      continue;
    }
    const clash = list.find(
      (other) =>
        slotsOf(other).some((slot) => slotsOf(lesson).includes(slot)) &&
        (other.group === undefined || lesson.group === undefined || other.group === lesson.group),
    );
    if (clash) {
      skipped.push({
        what: `${lesson.className}, ${lesson.origin}`,
        why: `«${lesson.subject}» стоит на то же время (${lesson.period}-й урок), что и «${clash.subject}», а класс не делится на группы — оставлен первый урок`,
      });
      continue;
    }
    list.push(lesson);
  }
  return byClass;
}
