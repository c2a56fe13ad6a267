/**
 * `npm run bench`: build speed and page weight for one school and for many. Builds the sample school
 * and a large generated one (a warm-up and BENCH_RUNS measured builds each), times the checker on over
 * 1,000 files, compares the unified Markdown pipeline with Astro's default Sätteri on both, and
 * builds the same schools' Markdown with Astro Starlight (installed into .bench/ on first use, runs
 * interleaved with the project's), and builds 1, 5 and 20 generated schools with build:many. Prints
 * tables and writes bench-results/latest.json.
 *
 * Then a region (scripts/bench/region.ts): 100 small schools built in full and after one change, and
 * the portal alone for 1,000 schools.
 *
 * Environment: BENCH_STARLIGHT=0 skips Starlight, BENCH_RUNS (3), BENCH_MANY (`1,5,20`; empty to skip), BENCH_MANY_SIZE (small),
 * BENCH_JOBS (as build:many), BENCH_REGION (100), BENCH_REGION_SIZE (small), BENCH_PORTAL (1000; each
 * empty to skip), BENCH_KEEP=1 keeps the temporary folder, BUILD_DATE (2026-11-22).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/checker/check-content.ts';
import { siteSettingsFromEnv } from '../src/site/settings.ts';
import { PROJECT_DIR, clearBuildState, makeBuildRoot } from './many/build-root.ts';
import { generateSchool, SIZES, writeSchool, type SizeName } from './bench/generate.ts';
import { buildMany } from './many/many.ts';
import { formatResults, type BenchResults, type MarkdownCost, type SchoolFigures, type StarlightComparison } from './bench/report.ts';
import { runBuild, tail, type BuildResult } from './many/run-build.ts';
import { median, siteStats } from './bench/site-stats.ts';
import { buildStarlight, ensureStarlight, writeStarlightDocs, type StarlightBuild } from './bench/starlight.ts';
import { DEFAULT_JOBS } from './build-many.ts';
import { benchRegionFromEnv, formatRegion } from './bench/region.ts';

process.env['BUILD_DATE'] ??= '2026-11-22'; // the same «today» in every run, so pages compare
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const MANY = (process.env['BENCH_MANY'] ?? '1,5,20')
  .split(',')
  .filter((n) => n.trim() !== '')
  .map(Number);
const MANY_SIZE = (process.env['BENCH_MANY_SIZE'] ?? 'small') as SizeName;
const JOBS = Number(process.env['BENCH_JOBS'] ?? DEFAULT_JOBS);
const STARLIGHT = process.env['BENCH_STARLIGHT'] !== '0';

const scratch = mkdtempSync(join(tmpdir(), 'school-bench-'));
const root = makeBuildRoot(join(scratch, 'root'));
let buildCount = 0;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** One cold build (fresh Astro cache and output folder); throws with the build's output if it fails. */
async function build(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult & { outDir: string }> {
  const run = join(scratch, `build-${++buildCount}`);
  clearBuildState(root);
  const outDir = join(run, 'dist');
  const result = await runBuild({ root, contentDir, outDir, workDir: join(run, 'work'), env });
  if (!result.ok) throw new Error(`сборка ${contentDir} не удалась:\n${tail(result.output)}`);
  log(
    `  сборка ${buildCount}: ${result.seconds.toFixed(1)} с (ЦП ${result.cpuSeconds?.toFixed(1) ?? '?'} с)${env['MARKDOWN_PROCESSOR'] ? ` [${env['MARKDOWN_PROCESSOR']}]` : ''}`,
  );
  return { ...result, outDir };
}

/** Median time of checkContent over RUNS calls after one unmeasured call. */
function timeChecker(contentDir: string): { medianMs: number; files: number } {
  const { fileCount, problems } = checkContent(contentDir);
  if (problems.some((problem) => problem.severity === 'error')) throw new Error(`в ${contentDir} есть ошибки содержимого`);
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    checkContent(contentDir);
    return performance.now() - started;
  });
  return { medianMs: median(times), files: fileCount };
}

/**
 * Median wall times of the checker as a whole process, ms, in turn so both see the same load: `node
 * scripts/check.ts` (Node's start-up and the imports included), and `npm run check -- DIR` as an editor
 * types it (npm's own start-up on top). At least 5 runs each: one process is noisy.
 */
function timeCheckProcess(contentDir: string): { node: number; npmRun: number } {
  const time = (command: string, args: string[]) => {
    const started = performance.now();
    execFileSync(command, args, { cwd: PROJECT_DIR, stdio: 'ignore' });
    return performance.now() - started;
  };
  const node = () => time(process.execPath, [join(PROJECT_DIR, 'scripts', 'check.ts'), contentDir]);
  const npmRun = () => time(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'check', '--', contentDir]);
  node();
  npmRun();
  const runs = Array.from({ length: Math.max(5, RUNS) }, () => ({ node: node(), npmRun: npmRun() }));
  return { node: median(runs.map((r) => r.node)), npmRun: median(runs.map((r) => r.npmRun)) };
}

function generated(seed: number, size: SizeName, dir: string): string {
  writeSchool(generateSchool({ seed, size }), dir);
  return dir;
}

/** One cold Starlight build of the school written by writeStarlightDocs; throws if it fails. */
async function starlightBuild(): Promise<StarlightBuild> {
  const result = await buildStarlight();
  if (!result.ok) throw new Error(`сборка Starlight не удалась:\n${tail(result.output)}`);
  log(`  Starlight: ${result.seconds.toFixed(1)} с, ${result.pages} стр.`);
  return result;
}

/**
 * Builds a school: one warm-up, then RUNS measured builds; with `compare`, a Sätteri build and a
 * Starlight build of the same Markdown after each, so all three see the same machine load.
 */
async function measureSchool(name: string, contentDir: string, compare = false) {
  const withStarlight = compare && STARLIGHT;
  log(
    `${name}: проверка и ${RUNS + 1} сборки${compare ? ` (+ ${RUNS} с Sätteri${withStarlight ? ` и ${RUNS + 1} Starlight` : ''})` : ''}…`,
  );
  const checker = timeChecker(contentDir);
  if (withStarlight) {
    ensureStarlight(log);
    writeStarlightDocs(contentDir);
    await starlightBuild(); // its warm-up
  }
  const warmUp = await build(contentDir);
  rmSync(warmUp.outDir, { recursive: true, force: true });
  const runs: (BuildResult & { outDir: string })[] = [];
  const satteri: BuildResult[] = [];
  const starlight: StarlightBuild[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await build(contentDir);
    if (i < RUNS - 1) rmSync(run.outDir, { recursive: true, force: true }); // the last one is weighed
    runs.push(run);
    if (compare) satteri.push(await build(contentDir, { MARKDOWN_PROCESSOR: 'satteri' }));
    if (withStarlight) starlight.push(await starlightBuild());
  }
  const seconds = median(runs.map((r) => r.seconds));
  const site = siteStats(runs.at(-1)!.outDir, siteSettingsFromEnv().base);
  const figures: SchoolFigures = {
    name,
    contentFiles: checker.files,
    buildSeconds: seconds,
    runs: runs.map((r) => r.seconds),
    warmUpSeconds: warmUp.seconds,
    cpuSeconds: median(runs.map((r) => r.cpuSeconds ?? Number.NaN)),
    pagesPerSecond: site.pages / seconds,
    checkerMs: checker.medianMs,
    indexSeconds: median(runs.map((r) => (r.search?.milliseconds ?? Number.NaN) / 1000)),
    site,
  };
  return { figures, runs, satteri, starlight };
}

/** Project pages per second against Starlight's, from the interleaved runs. */
function starlightComparison({ figures, starlight }: Awaited<ReturnType<typeof measureSchool>>): StarlightComparison[] {
  if (starlight.length === 0) return [];
  const starlightSeconds = median(starlight.map((b) => b.seconds));
  const starlightPages = starlight[0]!.pages;
  return [
    {
      school: figures.name,
      projectPages: figures.site.pages,
      projectSeconds: figures.buildSeconds,
      starlightPages,
      starlightSeconds,
      starlightRuns: starlight.map((b) => b.seconds),
      ratio: figures.pagesPerSecond / (starlightPages / starlightSeconds),
    },
  ];
}

/** The unified builds of a school against its Sätteri builds, made in turn within the same run. */
function markdownCost({ figures, runs, satteri }: Awaited<ReturnType<typeof measureSchool>>): MarkdownCost {
  const wall = (builds: BuildResult[]) => median(builds.map((b) => b.seconds));
  const cpu = (builds: BuildResult[]) => median(builds.map((b) => b.cpuSeconds ?? Number.NaN));
  return {
    school: figures.name,
    unifiedSeconds: wall(runs),
    satteriSeconds: wall(satteri),
    ratio: wall(runs) / wall(satteri),
    unifiedCpu: cpu(runs),
    satteriCpu: cpu(satteri),
    cpuRatio: cpu(runs) / cpu(satteri),
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: PROJECT_DIR, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const sample = await measureSchool('образец (content/)', join(PROJECT_DIR, 'content'), true);
  const large = await measureSchool('большая (large, seed 1)', generated(1, 'large', join(scratch, 'large')), true);

  log('Проверка на 1000+ файлах…');
  const hugeDir = generated(1, 'huge', join(scratch, 'huge'));
  const huge = timeChecker(hugeDir);
  const checkProcessMs = timeCheckProcess(hugeDir);

  const manyRows: BenchResults['many']['rows'] = [];
  for (const count of MANY) {
    log(`Много школ: ${count} (${MANY_SIZE}, по ${JOBS})…`);
    const schoolsDir = join(scratch, `many-${count}`);
    for (let i = 1; i <= count; i++) generated(100 + i, MANY_SIZE, join(schoolsDir, `school-${String(i).padStart(2, '0')}`));
    const report = await buildMany({ schoolsDir, outDir: join(scratch, `many-${count}-out`), jobs: JOBS });
    const failed = report.results.filter((r) => !r.ok);
    failed.forEach((r) => log(`  ✗ ${r.school}:\n${tail(r.output)}`));
    manyRows.push({ schools: count, seconds: report.seconds, perSchool: report.seconds / count, failed: failed.length });
    rmSync(join(scratch, `many-${count}-out`), { recursive: true, force: true });
  }

  const region = await benchRegionFromEnv(scratch, log);

  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain']) ? ' (с незакоммиченными изменениями)' : ''}`,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? '?',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: loadavg(),
    },
    runsPerBuild: RUNS,
    schools: [sample.figures, large.figures],
    checker: {
      files: huge.files,
      medianMs: huge.medianMs,
      filesPerSecond: huge.files / (huge.medianMs / 1000),
      processMedianMs: checkProcessMs.node,
      npmRunMedianMs: checkProcessMs.npmRun,
    },
    starlight: [...starlightComparison(sample), ...starlightComparison(large)],
    markdown: [markdownCost(sample), markdownCost(large)],
    many: { size: MANY_SIZE, jobs: JOBS, rows: manyRows },
    region,
  };
  console.log(formatResults(results));
  console.log(`\n${formatRegion(region.build, region.portal)}`);
  const file = join(PROJECT_DIR, 'bench-results', 'latest.json');
  mkdirSync(join(PROJECT_DIR, 'bench-results'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nЦифры в JSON: ${file} (весь замер — ${((performance.now() - started) / 1000 / 60).toFixed(1)} мин)`);
}

if (!(MANY_SIZE in SIZES)) throw new Error(`BENCH_MANY_SIZE: ${Object.keys(SIZES).join(', ')}`);
try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  if (process.env['BENCH_KEEP'] === '1') console.log(`Временная папка: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
