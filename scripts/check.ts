/**
 * `npm run check [-- DIR]`: checks the content folder and prints every problem in Russian.
 * Exit code 1 when there are errors, 0 otherwise (warnings included).
 *
 * The checker runs from one bundled file (scripts/lib/checker-bundle.ts), made again whenever its
 * sources change, and Node's compile cache is switched on before it is loaded, so a run does not
 * spend its time finding and compiling hundreds of modules. NODE_DISABLE_COMPILE_CACHE=1 turns the
 * cache off; CHECKER_FROM_SOURCES=1 loads the checker from its sources instead of the bundle.
 */
import { enableCompileCache } from 'node:module';

if (import.meta.main) {
  enableCompileCache();
  const { loadChecker } = await import('./lib/checker-bundle.ts');
  const { runCheck, contentDirFromEnv } = await loadChecker();
  const contentDir = process.argv[2] ?? contentDirFromEnv();
  try {
    process.exitCode = runCheck(contentDir) ? 0 : 1;
  } catch (error) {
    console.error(`Внутренняя ошибка проверки (это ошибка программы, а не содержимого): ${String(error)}`);
    process.exitCode = 2;
  }
}
