/** How problems are printed: `path:line:column  field  what is wrong — how to fix it`. */
import type { Problem } from '../content-model/problem.ts';
import { plural } from '../i18n/plural.ts';

/** One line per problem; the path is prefixed with the content folder so editors can click it. */
export function formatProblem(problem: Problem, contentDir = ''): string {
  const prefix = contentDir ? `${contentDir.replace(/\/+$/, '')}/` : '';
  const place = problem.line > 0 ? `${prefix}${problem.file}:${problem.line}:${problem.column}` : `${prefix}${problem.file}`;
  const label = problem.severity === 'warning' ? 'предупреждение: ' : '';
  return [place, problem.field || '—', `${label}${problem.message}`].join('  ');
}

/** The closing summary of a check. */
export function formatSummary(errors: number, warnings: number, files: number, milliseconds: number): string {
  const head = errors === 0 ? 'Проверка пройдена' : 'Проверка не пройдена';
  return `${head}: ${errors} ${plural(errors, 'ошибка', 'ошибки', 'ошибок')}, ${warnings} ${plural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}; проверено ${files} ${plural(files, 'файл', 'файла', 'файлов')} за ${milliseconds.toFixed(0)} мс.`;
}
