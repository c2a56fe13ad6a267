/**
 * `npm run check [-- DIR]`: checks the content folder and prints every problem in Russian.
 * Exit code 1 when there are errors, 0 otherwise (warnings included).
 *
 * Node's compile cache is switched on before the checker is imported, so a second run skips compiling
 * the checker's few hundred modules again (a tenth of the whole run); NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. The checker is therefore loaded with `import()`, after that.
 */
import { enableCompileCache } from 'node:module';

if (import.meta.main) {
  enableCompileCache();
  const { contentDirFromEnv } = await import('../src/content-model/collections.ts');
  const { runCheck } = await import('../src/checker/run-check.ts');
  const contentDir = process.argv[2] ?? contentDirFromEnv();
  try {
    process.exitCode = runCheck(contentDir) ? 0 : 1;
  } catch (error) {
    console.error(`Внутренняя ошибка проверки (это ошибка программы, а не содержимого): ${String(error)}`);
    process.exitCode = 2;
  }
}
