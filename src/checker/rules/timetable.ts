/**
 * Rule 4: periods exist in the class's shift; no double-booked class slot; no teacher in two places.
 * A/B weeks: a lesson of week A and one of week B may share a slot; a lesson without `week` takes
 * both. Joint lessons (`withClasses`) let one teacher be in the listed classes at the same time.
 */
import type { Problem } from '../../content-model/problem.ts';
import { dayNamesInText } from '../../i18n/ru/common.ts';
import { teachersOf } from '../../lib/timetable-days.ts';
import { schoolDays } from '../../lib/week.ts';
import { timetableWeeks, type Lesson } from '../../schemas/timetable-class.ts';
import type { ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';

/** «когда?»: «во вторник», «в среду» — the nominative after «в» read «в вторник», «в среда». */
export const ON_DAY: Record<string, string> = {
  mon: 'в понедельник',
  tue: 'во вторник',
  wed: 'в среду',
  thu: 'в четверг',
  fri: 'в пятницу',
  sat: 'в субботу',
};

/** The weeks a lesson takes: its own, or both. */
const weeksOf = (lesson: Pick<Lesson, 'week'>) => (lesson.week ? [lesson.week] : [...timetableWeeks]);

/** The period numbers of each shift in bells.yaml. */
export function shiftPeriods(model: ContentModel): Map<number, Set<number>> {
  return new Map((model.bells[0]?.data.shifts ?? []).map((shift) => [shift.id, new Set(shift.periods.map((period) => period.n))]));
}

/** «урока № 9 нет в смене 1 …», or undefined when the period exists (or bells could not be read). */
export function missingPeriod(periods: Set<number> | undefined, period: number, shift: number): string | undefined {
  if (!periods || periods.has(period)) return undefined;
  return `урока № ${period} нет в смене ${shift} (timetable/bells.yaml) — укажите номер от ${Math.min(...periods)} до ${Math.max(...periods)} или добавьте урок в звонки`;
}

export function checkTimetable(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const bells = model.bells[0]?.data;
  const shifts = shiftPeriods(model);
  /** Who teaches where: `shift|day|period|week|teacher` → the first class seen there and its lesson. */
  const teacherSlots = new Map<string, { classId: string; lesson: Lesson }>();

  for (const timetable of model.classes) {
    const { shift, days } = timetable.data;
    const periods = shifts.get(shift);
    if (bells && !periods) {
      problems.push(
        problemAt(
          timetable,
          ['shift'],
          `смены ${shift} нет в timetable/bells.yaml — укажите одну из смен: ${[...shifts.keys()].join(', ')}`,
        ),
      );
    }
    for (const day of schoolDays) {
      /** `period|week` → the groups already there (undefined: the whole class). */
      const classSlots = new Map<string, (string | undefined)[]>();
      days[day]?.forEach((lesson, i) => {
        const at = ['days', day, i, 'period'];
        const missing = missingPeriod(periods, lesson.period, shift);
        if (missing) problems.push(problemAt(timetable, at, missing));
        const clash = weeksOf(lesson).some((week) => {
          const groups = classSlots.get(`${lesson.period}|${week}`) ?? [];
          classSlots.set(`${lesson.period}|${week}`, [...groups, lesson.group]);
          return groups.length > 0 && (lesson.group === undefined || groups.includes(lesson.group) || groups.includes(undefined));
        });
        if (clash) {
          problems.push(
            problemAt(
              timetable,
              at,
              `у класса уже есть ${lesson.period}-й урок ${ON_DAY[day]} — удалите лишний урок или, если класс делится на группы, укажите разные group у обоих уроков (при двухнедельном расписании — разные week)`,
            ),
          );
        }

        const teachers = teachersOf(lesson);
        teachers.forEach((teacher, t) => {
          const teacherPath = typeof lesson.teacher === 'string' ? ['days', day, i, 'teacher'] : ['days', day, i, 'teacher', t];
          for (const week of weeksOf(lesson)) {
            const slot = `${shift}|${day}|${lesson.period}|${week}|${teacher}`;
            const elsewhere = teacherSlots.get(slot);
            if (elsewhere === undefined) {
              teacherSlots.set(slot, { classId: timetable.id, lesson });
              continue;
            }
            if (elsewhere.classId === timetable.id) continue;
            const joint =
              (lesson.withClasses ?? []).includes(elsewhere.classId) || (elsewhere.lesson.withClasses ?? []).includes(timetable.id);
            if (joint) continue;
            problems.push(
              problemAt(
                timetable,
                teacherPath,
                `учитель «${teacher}» в это же время (${dayNamesInText[day]}, ${lesson.period}-й урок, смена ${shift}) ведёт урок в классе «${elsewhere.classId}» — поставьте другого учителя, перенесите урок или, если это один урок для нескольких классов, напишите withClasses: [${elsewhere.classId}]`,
              ),
            );
            break;
          }
        });
      });
    }
  }
  return problems;
}
