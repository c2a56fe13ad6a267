/**
 * A small generated region (3 municipalities, 9 tiny schools) built once with `npm run build:region`
 * and shared by the region's build tests and its Chromium test. The output folder lives in the system's
 * temporary folder and is rebuilt incrementally: a later run rebuilds only what changed (code, content).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateRegion } from '../../scripts/bench/generate-region.ts';
import { writeSchool } from '../../scripts/bench/generate.ts';

const run = promisify(execFile);
const PROJECT = resolve(import.meta.dirname, '..', '..');
export const REGION_OPTIONS = { seed: 2, municipalities: 3, schools: 9, sizes: ['tiny'] } as const;
export const REGION_BUILD_DATE = '2026-11-16';

/** Writes the generated region into `dir` (emptied first). */
export function writeRegion(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  writeSchool(generateRegion({ ...REGION_OPTIONS, sizes: [...REGION_OPTIONS.sizes] }), dir);
}

/** Runs `npm run build:region` with the given arguments; resolves with its output and exit code. */
export async function buildRegionCli(args: readonly string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/build-region.ts', ...args], {
      cwd: PROJECT,
      env: { ...process.env, BUILD_DATE: REGION_BUILD_DATE, SITE_URL: '', BASE_PATH: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const ROOT = join(tmpdir(), `region-tests-${process.getuid?.() ?? 0}`);

/** Waits for another test file building the region at the same time (a folder as the lock). */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(ROOT, '.lock');
  mkdirSync(ROOT, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 20 minutes was left by a killed run.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 20 * 60_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface BuiltRegion {
  regionDir: string;
  outDir: string;
  output: string;
}

/** The region built (or brought up to date) into a shared folder. */
export function builtRegion(): Promise<BuiltRegion> {
  return withLock(async () => {
    const regionDir = join(ROOT, 'region');
    const outDir = join(ROOT, 'out');
    writeRegion(regionDir);
    const { code, output } = await buildRegionCli(['--region', regionDir, '--out', outDir, '--jobs', '2']);
    if (code !== 0) throw new Error(`build:region failed:\n${output}`);
    return { regionDir, outDir, output };
  });
}
