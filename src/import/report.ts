/** The import's report, in Russian: what was loaded, what was created and skipped, what changed. */
import { plural } from '../i18n/plural.ts';
import { FORMAT_NAMES } from './model.ts';
import type { ImportPlan } from './plan.ts';

/** How many lines of one class's changes to print before «и ещё N». */
const DETAIL_LIMIT = 8;

const count = (n: number, forms: [string, string, string]) => `${n} ${plural(n, ...forms)}`;

function limited(lines: readonly string[], prefix: string): string[] {
  const shown = lines.slice(0, DETAIL_LIMIT).map((line) => `    ${prefix} ${line}`);
  if (lines.length > DETAIL_LIMIT) shown.push(`    … и ещё ${lines.length - DETAIL_LIMIT}`);
  return shown;
}

export function formatReport(plan: ImportPlan, options: { file: string; dryRun: boolean }): string {
  const out: string[] = [];
  out.push(`Файл: ${options.file} — ${FORMAT_NAMES[plan.format]}.`);
  const newClasses = plan.classes.filter((entry) => entry.created).length;
  out.push(`Классов: ${plan.classes.length}${newClasses > 0 ? ` (новых: ${newClasses})` : ''}; уроков в неделю: ${plan.lessonCount}.`);
  if (plan.classes.length > 0) out.push(`  ${plan.classes.map((entry) => `${entry.name} (${entry.lessons})`).join(', ')}`);
  if (plan.bellsUpdated) out.push('Звонки первой смены (timetable/bells.yaml) взяты из файла.');

  if (plan.teachersCreated.length > 0) {
    out.push('', `Учителя, которых нет в staff/ — созданы файлы, допишите в них должность и почту (${plan.teachersCreated.length}):`);
    for (const person of plan.teachersCreated)
      out.push(`  staff/${person.id}.yaml — ${person.name}${person.subjects.length > 0 ? ` (${person.subjects.join(', ')})` : ''}`);
  }

  if (plan.skipped.length > 0) {
    out.push('', `Пропущено (${plan.skipped.length}):`);
    for (const item of plan.skipped) out.push(`  ${item.what}: ${item.why}`);
  }

  if (plan.missingBells.length > 0) {
    out.push('', 'Нет времени звонков — допишите эти уроки в timetable/bells.yaml, иначе проверка не пройдёт:');
    for (const { shift, periods } of plan.missingBells) out.push(`  смена ${shift}: ${periods.map((n) => `${n}-й`).join(', ')} урок`);
  }

  if (plan.untouched.length > 0) {
    out.push('', `Этих классов нет в файле; их файлы написаны не загрузкой и оставлены как есть (${plan.untouched.length}):`);
    out.push(`  ${plan.untouched.join(', ')}`);
  }

  out.push('', 'Изменения с прошлой загрузки:');
  if (plan.diffs.length === 0) out.push('  нет — расписание то же самое.');
  for (const diff of plan.diffs) {
    if (diff.created) out.push(`  ${diff.name}: новый класс`);
    else if (diff.removedClass) out.push(`  ${diff.name}: класса больше нет в файле — его файл удаляется`);
    else {
      const parts = [
        diff.added.length > 0 && `добавлено ${count(diff.added.length, ['урок', 'урока', 'уроков'])}`,
        diff.changed.length > 0 && `изменено ${diff.changed.length}`,
        diff.removed.length > 0 && `убрано ${diff.removed.length}`,
      ].filter(Boolean);
      out.push(`  ${diff.name}: ${parts.join(', ')}`);
      out.push(...limited(diff.added, '+'), ...limited(diff.changed, '~'), ...limited(diff.removed, '−'));
    }
  }

  const files = [...plan.files].filter(([file]) => !file.startsWith('timetable/.'));
  out.push('', options.dryRun ? 'Пробный запуск (--dry-run): ничего не записано. Записалось бы:' : 'Записано:');
  if (files.length === 0) out.push('  ничего — все файлы уже такие.');
  for (const [file, value] of files) out.push(`  ${value === null ? 'удалить' : 'записать'} ${file}`);
  if (!options.dryRun && files.length > 0) out.push('', 'Теперь запустите npm run check: она покажет, что ещё нужно дописать.');
  return out.join('\n');
}
