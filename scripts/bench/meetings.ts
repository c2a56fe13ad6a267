/**
 * The synthetic school's parents' meetings, one file each under meetings/: every tenth for the whole
 * school, every fifth for a grade, the rest for one class (led by its class teacher when it has one),
 * spread over the four weeks of distance learning.
 */
import { workingDay } from './dates.ts';
import { yaml } from './file-text.ts';
import type { Random } from './random.ts';
import type { Staff } from './staff.ts';
import { AGENDA } from './texts.ts';

/** Adds `count` meeting files. */
export function addMeetingFiles(
  files: Map<string, string>,
  random: Random,
  count: number,
  { week, teachers, deputy, deputy2 }: Staff,
): void {
  const allClasses = week.classes;
  for (let i = 0; i < count; i++) {
    const date = workingDay('2026-11-16', i % 20);
    const kind = i % 10 === 0 ? 'school' : i % 5 === 0 ? 'grade' : 'class';
    const first = allClasses[i % allClasses.length]!;
    const classes = kind === 'school' ? [] : kind === 'grade' ? allClasses.filter((c) => c.grade === first.grade) : [first];
    const title =
      kind === 'school'
        ? `Общешкольное родительское собрание № ${i / 10 + 1}`
        : kind === 'grade'
          ? `Собрание родителей ${first.grade}-х классов`
          : `Собрание родителей ${first.name} класса`;
    const leader =
      kind === 'class' && first.classTeacher !== undefined ? teachers[first.classTeacher]!.id : random.pick([deputy, deputy2]).id;
    const from = random.pick(['18:00', '18:30', '19:00']);
    files.set(
      `meetings/${date}-${String(i + 1).padStart(3, '0')}-${kind === 'class' ? first.id : kind}.yaml`,
      yaml({
        title,
        date,
        from,
        to: `${from.slice(0, 3)}45`,
        classes: classes.map((c) => c.id),
        platform: 'sferum',
        link: `https://sferum.ru/?call_link=${random.token(22)}`,
        agenda: random.shuffle(AGENDA).slice(0, random.int(2, 4)),
        responsible: leader,
      }),
    );
  }
}
