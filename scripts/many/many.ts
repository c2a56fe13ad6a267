/**
 * Builds many schools with one copy of the project: one content folder per school (SCHOOLS/<name>/),
 * one site per school (OUT/<name>/), a few builds at a time. A failing school never stops the others.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearBuildState, makeBuildRoot } from './build-root.ts';
import { runBuild, type BuildResult } from './run-build.ts';

/** School folders: every sub-folder of `dir` not starting with «.» or «_», sorted by name. */
export function listSchools(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export interface Shard {
  /** 1-based number of this shard. */
  index: number;
  count: number;
}

/** `2/8` → {index: 2, count: 8}; undefined for a malformed value. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * The schools of one shard: sorted names, every `count`-th starting at `index`. The split depends only
 * on the names, so every machine of a region computes the same shards without talking to the others.
 */
export function selectShard(names: readonly string[], shard: Shard | undefined): string[] {
  const sorted = [...names].sort();
  return shard ? sorted.filter((_, i) => i % shard.count === shard.index - 1) : sorted;
}

export interface SchoolResult extends BuildResult {
  school: string;
}

export interface ManyOptions {
  schoolsDir: string;
  outDir: string;
  /** Builds at a time. */
  jobs: number;
  shard?: Shard;
  /** Extra environment for every build. */
  env?: Record<string, string>;
  /** Extra environment for one school's build (e.g. its BASE_PATH under a region's portal). */
  envFor?: (school: string) => Record<string, string>;
  /** Build only these schools (already sharded), instead of every folder of `schoolsDir`. */
  schools?: readonly string[];
  /** Astro's cache per school; default `outDir/.build`. */
  workDir?: string;
  /** Called as each school finishes. */
  onResult?: (result: SchoolResult) => void;
}

export interface ManyReport {
  results: SchoolResult[];
  /** Wall time of the whole run, seconds. */
  seconds: number;
}

export async function buildMany(options: ManyOptions): Promise<ManyReport> {
  const started = performance.now();
  const schoolsDir = resolve(options.schoolsDir);
  const outDir = resolve(options.outDir);
  const queue = options.schools ? [...options.schools] : selectShard(listSchools(schoolsDir), options.shard);
  const scratch = mkdtempSync(join(tmpdir(), 'build-many-'));
  const results: SchoolResult[] = [];
  try {
    const worker = async (slot: number) => {
      const root = makeBuildRoot(join(scratch, `root-${slot}`));
      for (let school = queue.shift(); school !== undefined; school = queue.shift()) {
        clearBuildState(root);
        const result = await runBuild({
          root,
          contentDir: join(schoolsDir, school),
          outDir: join(outDir, school),
          // The work folder keeps Astro's cache per school, so the next run of the same school is faster.
          workDir: options.workDir ?? join(outDir, '.build'),
          env: { ...options.env, ...options.envFor?.(school) },
        });
        const named = { school, ...result };
        results.push(named);
        options.onResult?.(named);
      }
    };
    const slots = Math.max(1, Math.min(options.jobs, queue.length));
    await Promise.all(Array.from({ length: slots }, (_, slot) => worker(slot)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  results.sort((a, b) => (a.school < b.school ? -1 : a.school > b.school ? 1 : 0));
  return { results, seconds: (performance.now() - started) / 1000 };
}
