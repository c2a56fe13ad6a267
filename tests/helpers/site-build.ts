/**
 * Runs `scripts/build.ts` (what `npm run build` runs) on a content folder in a child process, the way
 * tests/setup/build-once.ts does, with a fixed build date and its own output and work folders, so
 * several builds can run side by side.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUILD_TIMEOUT = 300_000;

/** A line of a JavaScript stack trace («    at build (file.ts:12:3)»). */
export const STACK_LINE = /^\s{2,}at .+/m;

export interface BuildRun {
  status: number | null;
  /** stdout, then stderr. */
  output: string;
}

/**
 * A fresh folder for one build's output and work files. Inside the project (.build/ is git-ignored),
 * not in /tmp: for an OUT_DIR outside the working folder Astro writes its prerender chunks to the
 * shared ./.astro/.prerender/, where a build running at the same time deletes them mid-build.
 */
export function buildFolder(prefix: string): string {
  mkdirSync(join(ROOT, '.build'), { recursive: true });
  return mkdtempSync(join(ROOT, '.build', `${prefix}-`));
}

/** Builds `contentDir` into `outDir`; resolves with the exit status and everything printed. */
export function buildSite(contentDir: string, outDir: string, workDir: string, env: Record<string, string> = {}): Promise<BuildRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/build.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          OUT_DIR: outDir,
          BUILD_WORK_DIR: workDir,
          BUILD_DATE: '2026-11-18',
          ASTRO_TELEMETRY_DISABLED: '1',
          ...env,
        },
        encoding: 'utf8',
        timeout: BUILD_TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        const extra = error && typeof error.code !== 'number' ? `\n${String(error)}` : '';
        done({ status, output: `${stdout}\n${stderr}${extra}` });
      },
    );
  });
}

/** Runs `work` over `items` with at most `limit` at a time (builds are heavy; the machine is shared). */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
