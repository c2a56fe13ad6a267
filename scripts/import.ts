/**
 * `npm run import -- timetable FILE [--content DIR] [--dry-run] [--term N]`: loads a timetable from
 * aSc Timetables (XML), FET (timetable CSV) or the spreadsheet template (XLSX/CSV) into the content
 * folder (DIR, else CONTENT_DIR, else ./content) and prints a Russian report. Exit code 1 for a bad
 * file or bad arguments (nothing written), 2 for an internal error.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { contentDirFromEnv } from '../src/content-model/collections.ts';
import { importTimetable } from '../src/import/index.ts';
import { ImportError } from '../src/import/model.ts';

const USAGE = 'Как запускать: npm run import -- timetable ФАЙЛ [--content ПАПКА] [--dry-run] [--term N]';

export async function runImport(argv: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { content: { type: 'string' }, 'dry-run': { type: 'boolean' }, term: { type: 'string' } },
    });
  } catch (error) {
    print(`Ошибка: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const [what, file, ...extra] = parsed.positionals;
  if (what !== 'timetable' || !file || extra.length > 0) {
    print(
      `Ошибка: ${what && what !== 'timetable' ? `неизвестно, что загружать: «${what}» — сейчас можно загрузить только timetable` : 'не указан файл расписания'}.\n${USAGE}`,
    );
    return 1;
  }
  const term = parsed.values.term === undefined ? undefined : Number(parsed.values.term);
  if (term !== undefined && !(Number.isInteger(term) && term >= 1)) {
    print(`Ошибка: --term — номер четверти или триместра, например --term 2.\n${USAGE}`);
    return 1;
  }
  const contentDir = parsed.values.content ?? contentDirFromEnv();
  const started = performance.now();
  try {
    const { report } = await importTimetable(file, contentDir, { dryRun: parsed.values['dry-run'] ?? false, ...(term ? { term } : {}) });
    print(report);
    print(`Готово за ${Math.round(performance.now() - started)} мс.`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      print(`Расписание не загружено: ${error.message}.\nПапка ${contentDir} не изменилась.`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) {
  runImport(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Внутренняя ошибка загрузки (это ошибка программы, а не файла): ${String(error)}`);
      process.exitCode = 2;
    },
  );
}
