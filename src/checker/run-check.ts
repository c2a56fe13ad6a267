/** What `npm run check` does once the checker is loaded: check the folder and print every problem. */
import { performance } from 'node:perf_hooks';
import { checkContent } from './check-content.ts';
import { formatProblem, formatSummary } from './format.ts';

/** Checks the folder and prints each problem and the summary; true when there are no errors. */
export function runCheck(contentDir: string, print: (line: string) => void = console.log): boolean {
  const started = performance.now();
  const { problems, fileCount } = checkContent(contentDir);
  const elapsed = performance.now() - started;
  for (const problem of problems) print(formatProblem(problem, contentDir));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  print(formatSummary(errors, problems.length - errors, fileCount, elapsed));
  return errors === 0;
}
