/**
 * `npm run build`: check the content, build the site into a fresh folder, index it for search, and
 * only then put it in place of the old one. A failed check or build leaves the previous site exactly
 * as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentDirFromEnv } from '../src/content-model/collections.ts';
import { siteSettingsFromEnv } from '../src/site/settings.ts';
import { runCheck } from './check.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

/** Replaces `target` with `fresh` by two renames, so the site is never half-written. */
export function swapInto(fresh: string, target: string, workDir: string): void {
  const old = join(workDir, `old-${process.pid}-${Date.now()}`);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const contentDir = contentDirFromEnv();
  const target = resolve(siteSettingsFromEnv().outDir);
  const workDir = resolve(process.env['BUILD_WORK_DIR'] ?? join(dirname(target), '.build'));

  console.log(`Проверка содержимого (${contentDir})…`);
  if (!runCheck(contentDir)) {
    console.error(`Сайт не собран: исправьте ошибки выше. Прежняя версия сайта в ${target} не тронута.`);
    return 1;
  }

  mkdirSync(workDir, { recursive: true });
  const fresh = join(workDir, `dist-${process.pid}-${Date.now()}`);
  const started = performance.now();
  try {
    const { build } = await import('astro');
    process.env['OUT_DIR'] = fresh;
    // Astro keeps the content store in its cache folder; one per content folder, so builds of
    // different schools (or parallel test builds) never see each other's entries.
    const cacheKey = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
    await build({ outDir: fresh, cacheDir: join(workDir, `cache-${cacheKey}`), logLevel: process.env['ASTRO_LOG_LEVEL'] === 'info' ? 'info' : 'warn' });
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    console.error(`Сборка не удалась: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`Прежняя версия сайта в ${target} не тронута.`);
    return 1;
  }
  swapInto(fresh, target, workDir);
  console.log(`Сайт собран в ${target} за ${((performance.now() - started) / 1000).toFixed(1)} с.`);
  return 0;
}

if (import.meta.main) process.exitCode = await main();
