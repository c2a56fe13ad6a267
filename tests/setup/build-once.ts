/**
 * Builds the sample school once per test run into a temporary folder, so build-level tests read the
 * real HTML. The folder is handed to tests as `inject('sampleSite')`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasChromium, MISSING_CHROMIUM_MESSAGE } from '../../scripts/lib/chromium.ts';
import { buildDate } from '../../src/lib/dates.ts';
import { sampleContent } from '../helpers/sample-content.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleSite: string;
    /** What `npm run build` printed (checker summary, search index figures). */
    sampleBuildOutput: string;
    /**
     * The school's date the sample was built on (its BUILD_DATE): tests compare dated output with it,
     * not with the date they run on, which is the next day when the school's midnight falls in between.
     */
    sampleBuildDate: string;
  }
}

/** One build per test run, shared by every project that asks for it (site and browser). */
let built: { root: string; outDir: string; output: string; date: string; users: number } | undefined;

export default function setup(project: TestProject) {
  if (!built) {
    const root = mkdtempSync(join(tmpdir(), 'school-site-'));
    const outDir = join(root, 'dist');
    const date = buildDate(sampleContent().school.timezone);
    const output = execFileSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, OUT_DIR: outDir, BUILD_WORK_DIR: join(root, 'work'), BUILD_DATE: date },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stdout.write(output);
    built = { root, outDir, output, date, users: 0 };
  }
  const site = built;
  site.users += 1;
  project.provide('sampleSite', site.outDir);
  project.provide('sampleBuildOutput', site.output);
  project.provide('sampleBuildDate', site.date);
  return () => {
    site.users -= 1;
    if (site.users > 0) return;
    rmSync(site.root, { recursive: true, force: true });
    built = undefined;
    // Once more at the very end, under the summary, so skipped browser tests cannot go unnoticed.
    if (!hasChromium) console.warn(MISSING_CHROMIUM_MESSAGE);
  };
}
