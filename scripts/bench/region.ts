/**
 * Region benchmarks: a region of N small schools built in full and then again after one school changed
 * (`build:region`'s incremental path), and the portal alone for a region of M schools — every school
 * checked once for its record, then a run in which no school changed: hashing every content folder and
 * writing the portal, which is what each change costs a region beyond the changed school's own build.
 *
 * Runs inside `npm run bench`, or alone (`node scripts/bench/region.ts`) with
 * BENCH_REGION (100; empty to skip), BENCH_REGION_SIZE (small), BENCH_PORTAL (1000; empty to skip),
 * BENCH_JOBS. A tiny trial: `BENCH_REGION=2 BENCH_REGION_SIZE=tiny BENCH_PORTAL=5 node scripts/bench/region.ts`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readRegion } from '../../src/region/read-region.ts';
import { checkSchool, contentHash } from '../../src/region/school-record.ts';
import { buildRegion, builderKey, recordFile, regionSettings } from '../region/build.ts';
import { DEFAULT_JOBS } from '../build-many.ts';
import { generateRegion } from './generate-region.ts';
import { writeSchool, type SizeName } from './generate.ts';
import { listSchools } from '../many/many.ts';

export interface RegionFigures {
  schools: number;
  size: string;
  jobs: number;
  fullSeconds: number;
  /** The build after one school's school.yaml changed. */
  rebuildSeconds: number;
  rebuilt: number;
}

export interface PortalFigures {
  schools: number;
  /** Checking every school once (what a first build does before building). */
  checkSeconds: number;
  /** A run with no school changed: hash every folder, write the portal and its search index. */
  unchangedSeconds: number;
  portalMb: number;
}

const quiet = () => undefined;

function region(dir: string, schools: number, size: SizeName): string {
  writeSchool(generateRegion({ seed: 11, municipalities: Math.max(1, Math.round(schools / 12)), schools, sizes: [size] }), dir);
  return dir;
}

export async function benchRegionBuild(scratch: string, schools: number, size: SizeName, jobs: number): Promise<RegionFigures> {
  const dir = region(join(scratch, `region-${schools}`), schools, size);
  const out = join(scratch, `region-${schools}-out`);
  const full = await buildRegion({ regionDir: dir, outDir: out, jobs, log: quiet });
  if (!full.ok) throw new Error(`регион не собран: ${full.failed.join(', ')}`);
  const id = full.built[Math.floor(full.built.length / 2)]!;
  const file = join(dir, 'schools', id, 'school.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/active: (true|false)/, (_, value) => `active: ${value === 'true' ? 'false' : 'true'}`),
  );
  const again = await buildRegion({ regionDir: dir, outDir: out, jobs, log: quiet });
  rmSync(out, { recursive: true, force: true });
  return { schools, size, jobs, fullSeconds: full.seconds, rebuildSeconds: again.seconds, rebuilt: again.built.length };
}

export async function benchPortal(scratch: string, schools: number): Promise<PortalFigures> {
  const dir = region(join(scratch, `portal-${schools}`), schools, 'tiny');
  const out = join(scratch, `portal-${schools}-out`);
  const read = readRegion(dir);
  const settings = regionSettings(read.region!);
  const salt = builderKey(settings);
  const started = performance.now();
  const ids = listSchools(join(dir, 'schools'));
  for (const id of ids) {
    const result = checkSchool(join(dir, 'schools', id), id, read.municipalities, settings.today);
    if (!result.ok) throw new Error(`${id}: ошибки в содержимом`);
    // The school's site is taken as built (a one-line page): this measures the region around it.
    mkdirSync(join(out, id), { recursive: true });
    writeFileSync(join(out, id, 'index.html'), '<!DOCTYPE html><title>школа</title>');
    const record = { ...result.record, hash: contentHash(join(dir, 'schools', id), salt), lastChange: settings.today };
    mkdirSync(join(out, '.region', 'records'), { recursive: true });
    writeFileSync(recordFile(out, id), JSON.stringify(record));
  }
  const checkSeconds = (performance.now() - started) / 1000;
  const unchanged = await buildRegion({ regionDir: dir, outDir: out, jobs: 1, log: quiet });
  if (unchanged.built.length > 0 || !unchanged.ok) throw new Error('портал: школы пересобирались, хотя не менялись');
  const skip = new Set([...ids, '.region', '.build']);
  const bytes = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        !skip.has(
          join(entry.parentPath, entry.name)
            .slice(out.length + 1)
            .split('/')[0]!,
        ),
    )
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  rmSync(out, { recursive: true, force: true });
  return { schools, checkSeconds, unchangedSeconds: unchanged.seconds, portalMb: bytes / 2 ** 20 };
}

/** The region part of the bench's printout. */
export function formatRegion(build: RegionFigures | undefined, portal: PortalFigures | undefined): string {
  const lines: string[] = [];
  if (build) {
    lines.push(
      `Регион: ${build.schools} школ (${build.size}, по ${build.jobs}): полная сборка ${build.fullSeconds.toFixed(1)} с (${(build.fullSeconds / build.schools).toFixed(2)} с на школу); после изменения одной школы ${build.rebuildSeconds.toFixed(1)} с (пересобрано ${build.rebuilt}).`,
    );
  }
  if (portal) {
    lines.push(
      `Портал без сборки школ, ${portal.schools} школ: проверка всех школ ${portal.checkSeconds.toFixed(1)} с (${((portal.checkSeconds * 1000) / portal.schools).toFixed(0)} мс на школу); прогон без изменений (хеши + портал) ${portal.unchangedSeconds.toFixed(1)} с; портал ${portal.portalMb.toFixed(1)} МБ.`,
    );
  }
  return lines.join('\n');
}

/** BENCH_REGION, BENCH_REGION_SIZE, BENCH_PORTAL from the environment (empty skips a part). */
export async function benchRegionFromEnv(
  scratch: string,
  log: (line: string) => void,
): Promise<{ build?: RegionFigures; portal?: PortalFigures }> {
  const count = (name: string, fallback: string) => {
    const value = (process.env[name] ?? fallback).trim();
    return value === '' ? undefined : Number(value);
  };
  const schools = count('BENCH_REGION', '100');
  const portalSchools = count('BENCH_PORTAL', '1000');
  const size = (process.env['BENCH_REGION_SIZE'] ?? 'small') as SizeName;
  const jobs = Number(process.env['BENCH_JOBS'] ?? DEFAULT_JOBS);
  const figures: { build?: RegionFigures; portal?: PortalFigures } = {};
  if (schools) {
    log(`Регион: ${schools} школ (${size}, по ${jobs}), затем изменение одной…`);
    figures.build = await benchRegionBuild(scratch, schools, size, jobs);
  }
  if (portalSchools) {
    log(`Портал региона на ${portalSchools} школ…`);
    figures.portal = await benchPortal(scratch, portalSchools);
  }
  return figures;
}

if (import.meta.main) {
  process.env['BUILD_DATE'] ??= '2026-11-22';
  const scratch = mkdtempSync(join(tmpdir(), 'region-bench-'));
  try {
    const figures = await benchRegionFromEnv(scratch, (line) => process.stderr.write(`${line}\n`));
    console.log(formatRegion(figures.build, figures.portal));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
