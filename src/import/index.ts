/**
 * `npm run import -- timetable FILE`: read the file, plan the content changes, report, and write
 * them unless it is a dry run. A bad file throws ImportError before anything is written.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { applyPlan } from './apply.ts';
import { parseTimetableFile, type ParseOptions } from './detect.ts';
import { ImportError } from './model.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { formatReport } from './report.ts';

export interface ImportResult {
  plan: ImportPlan;
  report: string;
}

export async function importTimetable(
  file: string,
  contentDir: string,
  options: ParseOptions & { dryRun?: boolean } = {},
): Promise<ImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ImportError(`файл «${file}» не найден или не читается — проверьте путь`);
  }
  const imported = await parseTimetableFile(bytes, options);
  if (imported.lessons.length === 0) {
    const why = imported.skipped
      .slice(0, 5)
      .map((item) => `${item.what}: ${item.why}`)
      .join('; ');
    throw new ImportError(`в файле не нашлось ни одного урока${why ? ` (${why})` : ''} — проверьте, что это выгрузка расписания`);
  }
  const plan = planImport(imported, contentDir);
  if (!options.dryRun) applyPlan(plan, contentDir);
  return { plan, report: formatReport(plan, { file: basename(file), dryRun: options.dryRun ?? false }) };
}
