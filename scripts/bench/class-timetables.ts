/**
 * The synthetic school's timetable files: the bells, and one `timetable/classes/<id>.yaml` per class
 * with its week of lessons. Each teacher keeps one call link per class, as in a real school.
 */
import { yaml } from './file-text.ts';
import type { Random } from './random.ts';
import { bells } from './school-files.ts';
import type { Staff } from './staff.ts';
import { SCHOOL_DAYS } from './timetable.ts';

/** Adds the bells file and every class's timetable. */
export function addTimetableFiles(files: Map<string, string>, random: Random, { week, teachers }: Staff): void {
  files.set('timetable/bells.yaml', yaml(bells(), 'Звонки на период дистанционного обучения: уроки по 30 минут.'));
  const links = new Map<string, string>();
  const linkFor = (teacher: number, classId: string) => {
    const key = `${teacher}|${classId}`;
    if (!links.has(key)) links.set(key, `https://sferum.ru/?call_link=${random.token(22)}`);
    return links.get(key)!;
  };
  for (const c of week.classes) {
    const days = Object.fromEntries(
      SCHOOL_DAYS.map((day) => [
        day,
        c.days[day].map((lesson) => {
          const online = random.chance(0.8);
          return {
            period: lesson.period,
            subject: lesson.subject,
            teacher: teachers[lesson.teacher]!.id,
            ...(lesson.group ? { group: lesson.group } : {}),
            platform: online ? 'sferum' : 'moya-shkola',
            ...(online ? { link: linkFor(lesson.teacher, c.id) } : { note: 'Задание в «Моей школе», сдать до 20:00.' }),
            online,
          };
        }),
      ]),
    );
    const classTeacher = c.classTeacher === undefined ? {} : { classTeacher: teachers[c.classTeacher]!.id };
    files.set(`timetable/classes/${c.id}.yaml`, yaml({ class: c.name, shift: c.shift, ...classTeacher, days }));
  }
}
