/**
 * `npm run build`: check the content, build the site into a fresh folder, index it for search, and
 * only then put it in place of the old one. A failed check or build leaves the previous site exactly
 * as it was.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { domainToUnicode } from 'node:url';
import { performance } from 'node:perf_hooks';
import { contentDirFromEnv } from '../src/content-model/collections.ts';
import { siteSettingsFromEnv, type SiteSettings } from '../src/site/settings.ts';
import { swapInto } from '../src/publish/swap-folder.ts';
import { heavyPageWarnings } from '../src/checker/limits.ts';
import { backendFromEnv, EditorSettingsError } from '../src/editor/backend.ts';
import { runCheck } from '../src/checker/run-check.ts';
import { contentCacheDir } from './lib/content-cache.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Vite reads these from the environment and they would override the configured base: a build started
// from a test runner (which sets BASE_URL=/) must still honour BASE_PATH.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

/** Where calendars, QR codes and canonical links lead, and how to change it (a .рф name in letters, not punycode). */
export function siteAddressLine({ site, siteFrom, base }: SiteSettings): string {
  const url = new URL(site);
  const address = `${url.protocol}//${domainToUnicode(url.hostname)}${url.port ? `:${url.port}` : ''}${base}`;
  if (siteFrom === 'SITE_URL') return `Адрес сайта: ${address} (SITE_URL).`;
  if (siteFrom === 'school.yaml') return `Адрес сайта: ${address} — взят из school.yaml (website); другой адрес задайте в SITE_URL.`;
  return `Внимание: адрес сайта неизвестен, ссылки в календарях и QR-кодах ведут на ${address}. Укажите website в school.yaml или SITE_URL.`;
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

  // The editor's forge settings (EDITOR_*) are checked before the long build, in Russian.
  try {
    backendFromEnv();
  } catch (error) {
    if (!(error instanceof EditorSettingsError)) throw error;
    console.error(`Сайт не собран: ${error.message}. Прежняя версия сайта в ${target} не тронута.`);
    return 1;
  }

  mkdirSync(workDir, { recursive: true });
  // Astro writes its intermediate files inside the output folder only when that folder is inside the
  // project; elsewhere it shares ./.astro between builds, and parallel builds break each other.
  const fresh = resolve('.build', `dist-${process.pid}-${Date.now()}`);
  const started = performance.now();
  try {
    const { build } = await import('astro');
    process.env['OUT_DIR'] = fresh;
    // One content store per content folder (builds of different schools, or parallel test builds, never
    // see each other's entries) and per version of the code.
    await build({
      outDir: fresh,
      cacheDir: contentCacheDir(workDir, contentDir, resolve(import.meta.dirname, '..')),
      logLevel: process.env['ASTRO_LOG_LEVEL'] === 'info' ? 'info' : 'warn',
    });
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    console.error(`Сборка не удалась: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`Прежняя версия сайта в ${target} не тронута.`);
    return 1;
  }
  const heavy = heavyPageWarnings(fresh);
  swapInto(fresh, target);
  console.log(`Сайт собран в ${target} за ${((performance.now() - started) / 1000).toFixed(1)} с.`);
  for (const warning of heavy) console.log(warning);
  console.log(siteAddressLine(siteSettingsFromEnv()));
  return 0;
}

if (import.meta.main) process.exitCode = await main();
