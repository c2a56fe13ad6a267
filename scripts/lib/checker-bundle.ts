/**
 * The checker as one bundled file, for `npm run check`. Loading the checker from its sources meant
 * Node finding, reading and stripping the types of some four hundred modules (the checker's own, zod,
 * the phone metadata, the sanitizer) on every run: about half of the whole run on a large school. A
 * bundle made by esbuild loads as one file, and Node's compile cache keeps it compiled between runs.
 *
 * The bundle is made on the first run and again whenever one of the files it was made from changed
 * (their sizes and times are kept next to it), so an edited checker or an updated package is never
 * run stale. If bundling fails for any reason the checker is loaded from its sources as before.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What `npm run check` needs of the checker. */
export interface CheckerModule {
  runCheck: typeof import('../../src/checker/run-check.ts').runCheck;
  contentDirFromEnv: typeof import('../../src/content-model/collections.ts').contentDirFromEnv;
}

const PROJECT_DIR = resolve(import.meta.dirname, '..', '..');
/** The bundle's folder: in .build/, which is never committed, one per project checkout. */
const BUNDLE_DIR = join(PROJECT_DIR, '.build', 'checker');
const BUNDLE = join(BUNDLE_DIR, 'check.mjs');
/** The files the bundle was made from, with their sizes and modification times. */
const INPUTS = join(BUNDLE_DIR, 'inputs.json');

/** The bundle's entry: the two functions of CheckerModule, from their sources. */
const ENTRY = [
  "export { runCheck } from './src/checker/run-check.ts';",
  "export { contentDirFromEnv } from './src/content-model/collections.ts';",
].join('\n');

type Stamps = Record<string, string>;

function stampOf(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'absent';
}

/** Whether the bundle exists and every file it was made from is as it was then. */
function bundleIsCurrent(): boolean {
  let stamps: Stamps;
  try {
    stamps = JSON.parse(readFileSync(INPUTS, 'utf8')) as Stamps;
  } catch {
    return false;
  }
  if (stampOf(BUNDLE) === 'absent') return false;
  return Object.entries(stamps).every(([file, stamp]) => stampOf(join(PROJECT_DIR, file)) === stamp);
}

/** Bundles the checker; written under temporary names and renamed, so parallel runs never read half a file. */
async function makeBundle(): Promise<void> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: PROJECT_DIR, sourcefile: 'checker-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS packages call require(); an ES module has none unless it is made.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const stamps: Stamps = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.startsWith('<stdin>')) continue;
    stamps[input] = stampOf(join(PROJECT_DIR, input));
  }
  // A package updated without changing its files' sizes and times still changes the lock file.
  stamps['package-lock.json'] = stampOf(join(PROJECT_DIR, 'package-lock.json'));
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const unique = `${process.pid}-${Date.now()}`;
  writeFileSync(`${BUNDLE}.${unique}`, result.outputFiles[0]!.contents);
  writeFileSync(`${INPUTS}.${unique}`, JSON.stringify(stamps));
  renameSync(`${BUNDLE}.${unique}`, BUNDLE);
  renameSync(`${INPUTS}.${unique}`, INPUTS);
}

/** The checker: from its bundle (made or remade first when needed), or from its sources if bundling fails. */
export async function loadChecker(): Promise<CheckerModule> {
  if (process.env['CHECKER_FROM_SOURCES'] !== '1') {
    try {
      if (!bundleIsCurrent()) await makeBundle();
      return (await import(pathToFileURL(BUNDLE).href)) as CheckerModule;
    } catch {
      rmSync(INPUTS, { force: true });
    }
  }
  const [{ runCheck }, { contentDirFromEnv }] = await Promise.all([
    import('../../src/checker/run-check.ts'),
    import('../../src/content-model/collections.ts'),
  ]);
  return { runCheck, contentDirFromEnv };
}
