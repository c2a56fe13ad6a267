/**
 * Building a region: every school's site (as build:many does, only the changed ones) and the portal.
 * State kept in the output, so the next run can skip unchanged schools and a merge can assemble shards:
 * - `OUT/.region/records/<id>.json`: the portal's record of a built school, with its content hash;
 * - `OUT/.region/part.json`: what this build (or shard) contributes to the portal;
 * - `OUT/.build/`: Astro's cache per school.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatProblem } from '../../src/checker/format.ts';
import { buildDate } from '../../src/lib/dates.ts';
import type { Problem } from '../../src/content-model/problem.ts';
import { readRegion, schoolsDirOf } from '../../src/region/read-region.ts';
import { checkSchool, contentHash, lastChangeDate, type SchoolRecord } from '../../src/region/school-record.ts';
import type { RegionPart } from '../../src/region/portal/data.ts';
import type { Region } from '../../src/region/schemas.ts';
import { writePortal } from '../../src/region/portal/write.ts';
import { normaliseBase } from '../../src/site/settings.ts';
import { PROJECT_DIR } from '../many/build-root.ts';
import { buildMany, listSchools, selectShard, type Shard } from '../many/many.ts';
import { tail } from '../many/run-build.ts';

export const STATE_DIR = '.region';
const PLACEHOLDER_SITE = 'https://region.example';

export interface RegionBuildOptions {
  regionDir: string;
  outDir: string;
  jobs: number;
  shard?: Shard | undefined;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export interface RegionBuildReport {
  ok: boolean;
  built: string[];
  skipped: string[];
  failed: string[];
  /** Schools whose folder is gone: their sites were removed from the output. */
  removed: string[];
  seconds: number;
}

/**
 * What every school's build depends on besides its content: the project's code and the build's
 * settings (address, sub-path, date). A change of any of them rebuilds every school; a new day does
 * too, since a site shows what is current and upcoming on the day it is built for.
 */
export function builderKey(settings: { site: string; base: string; today: string }): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  // The portal's own code (src/region/, its words) does not change a school's site.
  const portalOnly = new Set([join(PROJECT_DIR, 'src', 'region'), join(PROJECT_DIR, 'src', 'i18n', 'region-ru.ts')]);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (portalOnly.has(path)) continue;
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(PROJECT_DIR.length)).update(readFileSync(path));
    }
  };
  walk(join(PROJECT_DIR, 'src'));
  walk(join(PROJECT_DIR, 'public'));
  for (const file of ['astro.config.mjs', 'package.json']) hash.update(readFileSync(join(PROJECT_DIR, file)));
  return hash.digest('hex');
}

/** Where the portal is published (SITE_URL, BASE_PATH, else region.yaml's `site`) and for which day. */
export function regionSettings(
  region: Region,
  env: Record<string, string | undefined> = process.env,
): { site: string; base: string; today: string } {
  return {
    site: (env['SITE_URL'] || (region.site ? new URL(region.site).origin : PLACEHOLDER_SITE)).replace(/\/+$/, ''),
    base: normaliseBase(env['BASE_PATH'] || (region.site ? new URL(region.site).pathname : '/')),
    today: buildDate(region.timezone, env),
  };
}

export const recordFile = (outDir: string, id: string) => join(outDir, STATE_DIR, 'records', `${id}.json`);

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Prints a school's problems with paths from the region folder. */
function printProblems(problems: readonly Problem[], prefix: string, print: (line: string) => void): void {
  for (const problem of problems) print(`    ${formatProblem(problem, prefix)}`);
}

export async function buildRegion(options: RegionBuildOptions): Promise<RegionBuildReport> {
  const started = performance.now();
  const log = options.log ?? console.log;
  const error = options.error ?? console.error;
  const regionDir = resolve(options.regionDir);
  const outDir = resolve(options.outDir);
  const report: RegionBuildReport = { ok: false, built: [], skipped: [], failed: [], removed: [], seconds: 0 };
  const read = readRegion(regionDir);
  for (const problem of read.problems) error(formatProblem(problem, options.regionDir));
  if (!read.region || read.problems.some((problem) => problem.severity === 'error')) {
    error(`Регион не собран: исправьте ошибки в файлах региона выше. Прежняя версия в ${outDir} не тронута.`);
    return report;
  }
  const region = read.region;
  const { site, base, today } = regionSettings(region);
  const salt = builderKey({ site, base, today });
  const schoolsDir = schoolsDirOf(regionDir);
  const ids = existsSync(schoolsDir) ? selectShard(listSchools(schoolsDir), options.shard) : [];

  // A school whose folder is gone (or that moved to another shard) leaves the output with its record.
  const recordsDir = join(outDir, STATE_DIR, 'records');
  const kept = new Set(ids);
  for (const name of existsSync(recordsDir) ? readdirSync(recordsDir) : []) {
    const id = name.replace(/\.json$/, '');
    if (kept.has(id) || !/^[^./][^/]*$/.test(id)) continue;
    rmSync(join(outDir, id), { recursive: true, force: true });
    rmSync(join(recordsDir, name), { force: true });
    report.removed.push(id);
    log(`− ${id}: папки школы больше нет, её сайт убран`);
  }

  const records = new Map<string, SchoolRecord>();
  const pending = new Map<string, SchoolRecord>();
  for (const id of ids) {
    const dir = join(schoolsDir, id);
    const hash = contentHash(dir, salt);
    const previous = readJson<SchoolRecord>(recordFile(outDir, id));
    if (previous?.hash === hash && existsSync(join(outDir, id, 'index.html'))) {
      records.set(id, previous);
      report.skipped.push(id);
      continue;
    }
    const check = checkSchool(dir, id, read.municipalities, today);
    if (!check.ok) {
      error(`✗ ${id}: ошибки в содержимом, сайт не собран${previous ? ' (прежняя версия оставлена)' : ''}`);
      printProblems(
        check.problems.filter((problem) => problem.severity === 'error'),
        `${options.regionDir.replace(/\/+$/, '')}/schools/${id}`,
        error,
      );
      if (previous) records.set(id, previous);
      report.failed.push(id);
      continue;
    }
    pending.set(id, { ...check.record, hash, lastChange: lastChangeDate(dir, region.timezone) });
  }

  if (pending.size > 0) {
    await buildMany({
      schoolsDir,
      outDir,
      jobs: options.jobs,
      schools: [...pending.keys()],
      workDir: join(outDir, '.build'),
      envFor: (id) => ({ SITE_URL: site, BASE_PATH: `${base}${id}/`, BUILD_DATE: today }),
      onResult: (result) => {
        const record = pending.get(result.school)!;
        if (result.ok) {
          writeJson(recordFile(outDir, result.school), record);
          records.set(result.school, record);
          report.built.push(result.school);
          log(`✓ ${result.school}: собрана за ${result.seconds.toFixed(1)} с`);
        } else {
          const previous = readJson<SchoolRecord>(recordFile(outDir, result.school));
          if (previous && existsSync(join(outDir, result.school, 'index.html'))) records.set(result.school, previous);
          report.failed.push(result.school);
          error(`✗ ${result.school}: не собрана (${result.seconds.toFixed(1)} с)\n${tail(result.output).replace(/^/gm, '    ')}`);
        }
      },
    });
  }

  const part: RegionPart = {
    version: 1,
    region,
    municipalities: read.municipalities,
    today,
    site,
    base,
    ...(options.shard ? { shard: options.shard } : {}),
    schools: ids.filter((id) => records.has(id)).map((id) => records.get(id)!),
    failed: ids.filter((id) => !records.has(id)),
  };
  writeJson(join(outDir, STATE_DIR, 'part.json'), part);
  if (!options.shard) {
    await writePortal(outDir, [part]);
    log(`Портал собран в ${outDir}.`);
  }
  report.built.sort();
  report.failed.sort();
  report.seconds = (performance.now() - started) / 1000;
  report.ok = report.failed.length === 0;
  const shardText = options.shard ? `, часть ${options.shard.index} из ${options.shard.count}` : '';
  log(
    `Школ: ${ids.length}${shardText}; собрано ${report.built.length}, без изменений ${report.skipped.length}, с ошибками ${report.failed.length}; ${report.seconds.toFixed(1)} с.`,
  );
  return report;
}

/**
 * Assembles the portal from shards' outputs: copies each shard's school sites and records into `outDir`
 * (unless it is that shard's own folder) and writes the portal from all parts.
 */
export async function mergeRegion(
  partDirs: readonly string[],
  outDir: string,
  log: (line: string) => void = console.log,
): Promise<RegionBuildReport> {
  const started = performance.now();
  const out = resolve(outDir);
  const parts: RegionPart[] = [];
  for (const dir of partDirs.map((d) => resolve(d))) {
    const part = readJson<RegionPart>(join(dir, STATE_DIR, 'part.json'));
    if (!part) throw new Error(`в папке ${dir} нет ${STATE_DIR}/part.json — это не результат build:region`);
    parts.push(part);
    if (dir === out) continue;
    for (const school of part.schools) {
      rmSync(join(out, school.id), { recursive: true, force: true });
      cpSync(join(dir, school.id), join(out, school.id), { recursive: true });
      writeJson(recordFile(out, school.id), school);
    }
  }
  await writePortal(out, parts);
  const failed = parts.flatMap((part) => part.failed);
  log(
    `Портал собран из ${parts.length} частей в ${out}: школ ${parts.reduce((sum, part) => sum + part.schools.length, 0)}, не собрано ${failed.length}.`,
  );
  return { ok: failed.length === 0, built: [], skipped: [], failed, removed: [], seconds: (performance.now() - started) / 1000 };
}
