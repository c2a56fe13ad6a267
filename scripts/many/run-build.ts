/**
 * Runs one `scripts/build.ts` of one content folder as a child process (the same Node as this one) and
 * times it: the check, the Astro build and the search index, as `npm run build` does them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { IndexFigures } from '../../src/search/build-index.ts';

export interface BuildJob {
  /** The Astro root to build in (see build-root.ts). */
  root: string;
  /** Absolute content folder. */
  contentDir: string;
  /** Where the site goes. */
  outDir: string;
  /** Build scratch folder: fresh dists and Astro's cache for this content folder. */
  workDir: string;
  /** Extra environment, e.g. `MARKDOWN_PROCESSOR`. */
  env?: Record<string, string>;
}

export interface BuildResult {
  ok: boolean;
  /** Wall time of the whole child process, seconds. */
  seconds: number;
  /** Everything the build printed (stdout and stderr interleaved). */
  output: string;
  /** CPU time of the build process (user + system, all its threads; not Pagefind's own process), seconds. */
  cpuSeconds?: number;
  /** What the search integration reported, if it ran. */
  search?: IndexFigures;
}

export function runBuild(job: BuildJob): Promise<BuildResult> {
  const stamp = `${process.pid}-${Math.round(performance.now() * 1000)}`;
  const figuresFile = join(job.workDir, `search-figures-${stamp}.json`);
  const cpuFile = join(job.workDir, `cpu-${stamp}.json`);
  mkdirSync(job.workDir, { recursive: true });
  const started = performance.now();
  const preload = pathToFileURL(join(import.meta.dirname, 'cpu-usage.ts')).href;
  const child = spawn(process.execPath, ['--import', preload, join(job.root, 'scripts', 'build.ts')], {
    cwd: job.root,
    env: {
      ...process.env,
      CONTENT_DIR: job.contentDir,
      OUT_DIR: job.outDir,
      BUILD_WORK_DIR: job.workDir,
      SEARCH_FIGURES_FILE: figuresFile,
      BENCH_CPU_FILE: cpuFile,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...job.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => chunks.push(Buffer.from(String(error))));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const search = readJson<IndexFigures>(figuresFile);
      const cpu = readJson<{ user: number; system: number }>(cpuFile);
      resolve({
        ok: code === 0,
        seconds,
        output: Buffer.concat(chunks).toString('utf8'),
        ...(cpu ? { cpuSeconds: (cpu.user + cpu.system) / 1e6 } : {}),
        ...(search ? { search } : {}),
      });
    });
  });
}

/** Reads and removes a small JSON file the build left, if it did. */
function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  const value = JSON.parse(readFileSync(file, 'utf8')) as T;
  rmSync(file, { force: true });
  return value;
}

/** The last lines of a build's output, for a failure report. */
export function tail(output: string, lines = 15): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}
