/**
 * The synthetic school's roadmap.yaml: twelve steps of its plan of measures, two days apart, the
 * first five done and the next three under way, each in the hands of someone from the administration.
 */
import { dayAfter } from './dates.ts';
import { yaml } from './file-text.ts';
import type { Random } from './random.ts';
import type { Staff } from './staff.ts';
import { AGENDA } from './texts.ts';

/** Adds roadmap.yaml. */
export function addRoadmapFile(files: Map<string, string>, random: Random, { director, deputy, deputy2, social, it }: Staff): void {
  const admins = [director, deputy, deputy2, social, it];
  files.set(
    'roadmap.yaml',
    yaml(
      Array.from({ length: 12 }, (_, i) => ({
        id: String(i + 1),
        title: `${random.pick(['Провести', 'Организовать', 'Проверить', 'Подготовить'])} ${random.pick(AGENDA).toLowerCase()}`,
        deadline: dayAfter('2026-11-13', i * 2),
        status: i < 5 ? 'done' : i < 8 ? 'in-progress' : 'planned',
        responsible: random.pick(admins).id,
      })),
      `План-график мероприятий (приложение к приказу № 215-о)`,
    ),
  );
}
