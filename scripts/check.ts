/**
 * `npm run check [-- DIR]`: checks the content folder and prints every problem in Russian.
 * Exit code 1 when there are errors, 0 otherwise (warnings included).
 */
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/checker/check-content.ts';
import { formatProblem, formatSummary } from '../src/checker/format.ts';
import { contentDirFromEnv } from '../src/content-model/collections.ts';

export function runCheck(contentDir: string, print: (line: string) => void = console.log): boolean {
  const started = performance.now();
  const { problems, fileCount } = checkContent(contentDir);
  const elapsed = performance.now() - started;
  for (const problem of problems) print(formatProblem(problem, contentDir));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  print(formatSummary(errors, problems.length - errors, fileCount, elapsed));
  return errors === 0;
}

if (import.meta.main) {
  const contentDir = process.argv[2] ?? contentDirFromEnv();
  try {
    process.exitCode = runCheck(contentDir) ? 0 : 1;
  } catch (error) {
    console.error(`Внутренняя ошибка проверки (это ошибка программы, а не содержимого): ${String(error)}`);
    process.exitCode = 2;
  }
}
