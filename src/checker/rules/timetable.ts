/** Rule 4: periods exist in the class's shift; no double-booked class slot; no teacher in two places. */
import type { Problem } from '../../content-model/problem.ts';
import { schoolDays } from '../../lib/week.ts';
import type { ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';

const DAY_NAMES: Record<string, string> = { mon: 'понедельник', tue: 'вторник', wed: 'среда', thu: 'четверг', fri: 'пятница', sat: 'суббота' };
/** «когда?»: «во вторник», «в среду» — the nominative after «в» read «в вторник», «в среда». */
const ON_DAY: Record<string, string> = { mon: 'в понедельник', tue: 'во вторник', wed: 'в среду', thu: 'в четверг', fri: 'в пятницу', sat: 'в субботу' };

export function checkTimetable(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const bells = model.bells[0]?.data;
  const shifts = new Map((bells?.shifts ?? []).map((shift) => [shift.id, new Set(shift.periods.map((period) => period.n))]));
  /** Who teaches where: `shift|day|period|teacher` → the first class seen there. */
  const teacherSlots = new Map<string, string>();

  for (const timetable of model.classes) {
    const { shift, days } = timetable.data;
    const periods = shifts.get(shift);
    if (bells && !periods) {
      problems.push(
        problemAt(timetable, ['shift'], `смены ${shift} нет в timetable/bells.yaml — укажите одну из смен: ${[...shifts.keys()].join(', ')}`),
      );
    }
    for (const day of schoolDays) {
      const classSlots = new Map<number, (string | undefined)[]>();
      days[day]?.forEach((lesson, i) => {
        const at = ['days', day, i, 'period'];
        if (periods && !periods.has(lesson.period)) {
          problems.push(
            problemAt(timetable, at, `урока № ${lesson.period} нет в смене ${shift} (timetable/bells.yaml) — укажите номер от ${Math.min(...periods)} до ${Math.max(...periods)} или добавьте урок в звонки`),
          );
        }
        const groups = classSlots.get(lesson.period) ?? [];
        if (groups.length > 0 && (lesson.group === undefined || groups.includes(lesson.group) || groups.includes(undefined))) {
          problems.push(
            problemAt(timetable, at, `у класса уже есть ${lesson.period}-й урок ${ON_DAY[day]} — удалите лишний урок или, если класс делится на группы, укажите разные group у обоих уроков`),
          );
        }
        classSlots.set(lesson.period, [...groups, lesson.group]);

        const slot = `${shift}|${day}|${lesson.period}|${lesson.teacher}`;
        const elsewhere = teacherSlots.get(slot);
        if (elsewhere !== undefined && elsewhere !== timetable.id) {
          problems.push(
            problemAt(timetable, ['days', day, i, 'teacher'], `учитель «${lesson.teacher}» в это же время (${DAY_NAMES[day]}, ${lesson.period}-й урок, смена ${shift}) ведёт урок в классе «${elsewhere}» — поставьте другого учителя или перенесите урок`),
          );
        } else {
          teacherSlots.set(slot, timetable.id);
        }
      });
    }
  }
  return problems;
}
