/**
 * Rule 4b: day-by-day changes («замены», `timetable/changes/<date>.yaml`) fit the timetable: the file
 * name is a school date, each change's period exists in its class's shift, a cancelled lesson exists
 * that day, and a lesson added on a free period says what, who and how. Unknown classes, teachers and
 * platforms are reported by the references rule.
 */
import type { Problem } from '../../content-model/problem.ts';
import { changeTouches, heldInWeek, lessonsOn, teachersOf, weekOf } from '../../lib/timetable-days.ts';
import { isRealDate } from '../../lib/time.ts';
import { weekdayOf } from '../../lib/zoned-time.ts';
import type { TimetableClass } from '../../schemas/timetable-class.ts';
import type { TimetableChanges } from '../../schemas/timetable-change.ts';
import type { Checked, ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';
import { missingPeriod, ON_DAY, shiftPeriods } from './timetable.ts';

export function checkTimetableChanges(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const shifts = shiftPeriods(model);
  const classes = new Map(model.classes.map((entry) => [entry.id, entry.data]));
  const weekA = model.bells[0]?.data.weekA ?? model.school[0]?.data.distanceLearning.from;

  for (const entry of model.changes) {
    const date = entry.id;
    if (!isRealDate(date)) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: 1,
        column: 1,
        field: '',
        message: `имя файла «${date}» — не дата: назовите файл датой дня, к которому относятся изменения, например 2026-12-01.yaml`,
      });
      continue;
    }
    const day = weekdayOf(date);
    if (day === 'sun') {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: 1,
        column: 1,
        field: '',
        message: `${date} — воскресенье, уроков в этот день нет — проверьте дату в имени файла`,
      });
      continue;
    }
    problems.push(...substituteClashes(entry, date, classes, weekA));
    entry.data.changes.forEach((change, i) => {
      const timetable = classes.get(change.class);
      if (!timetable) return;
      const missing = missingPeriod(shifts.get(timetable.shift), change.period, timetable.shift);
      if (missing) {
        problems.push(problemAt(entry, ['changes', i, 'period'], missing));
        return;
      }
      const week = weekA ? weekOf(date, weekA) : undefined;
      const regular = (timetable.days[day] ?? []).filter((lesson) => heldInWeek(lesson, week) && changeTouches(change, lesson));
      if (regular.length > 0) return;
      const slot = `${change.period}-го урока${change.group ? ` группы «${change.group}»` : ''} ${ON_DAY[day]}`;
      if (change.cancelled) {
        problems.push(
          problemAt(
            entry,
            ['changes', i, 'period'],
            `у класса «${timetable.class}» нет ${slot} по расписанию — отменять нечего; проверьте номер урока, группу и дату`,
          ),
        );
        return;
      }
      const absent = (['subject', 'teacher', 'online'] as const).filter((field) => change[field] === undefined);
      if (absent.length > 0) {
        problems.push(
          problemAt(
            entry,
            ['changes', i],
            `у класса «${timetable.class}» нет ${slot} по расписанию, значит это дополнительный урок — укажите ${absent.join(', ')} (или исправьте номер урока, если это замена)`,
          ),
        );
      }
    });
  }
  return problems;
}

/**
 * A teacher a change puts into a lesson must be free then: no other class of the same shift has them
 * at that period that day (after that day's changes), unless the lessons are joint (withClasses).
 */
function substituteClashes(
  entry: Checked<TimetableChanges>,
  date: string,
  classes: ReadonlyMap<string, TimetableClass>,
  weekA: string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const held = [...classes].map(([id, timetable]) => ({
    id,
    timetable,
    lessons: lessonsOn(
      timetable.days,
      date,
      weekA ?? date,
      entry.data.changes.filter((change) => change.class === id),
    ),
  }));
  entry.data.changes.forEach((change, i) => {
    const own = classes.get(change.class);
    if (!own || change.cancelled || change.teacher === undefined) return;
    for (const teacher of teachersOf({ teacher: change.teacher })) {
      const elsewhere = held.find(
        ({ id, timetable, lessons }) =>
          id !== change.class &&
          timetable.shift === own.shift &&
          lessons.some(
            (lesson) =>
              lesson.period === change.period &&
              lesson.change?.kind !== 'cancelled' &&
              teachersOf(lesson).includes(teacher) &&
              !(lesson.withClasses ?? []).includes(change.class),
          ),
      );
      if (elsewhere) {
        problems.push(
          problemAt(
            entry,
            ['changes', i, 'teacher'],
            `учитель «${teacher}» в это время (${change.period}-й урок) ведёт урок в классе «${elsewhere.timetable.class}» — выберите другого учителя или замените и тот урок`,
          ),
        );
      }
    }
  });
  return problems;
}
