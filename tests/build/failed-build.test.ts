/**
 * A failed build must leave the published site exactly as it was: `scripts/build.ts` checks the content,
 * builds into a fresh folder and only then swaps it in. We build the fixture school into a temporary
 * OUT_DIR, fingerprint every file, then build broken content into the same OUT_DIR and compare.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeBuildRoot } from '../../scripts/many/build-root.ts';
import { contentCopy, removeContentCopies, replace } from '../helpers/content-fixture.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUILD_TIMEOUT = 300_000;

// Inside the project (.build/ is git-ignored), not in /tmp: for an OUT_DIR outside the working folder
// Astro writes its prerender chunks to the shared ./.astro/.prerender/, where a build running at the
// same time (another test, a developer) deletes them mid-build. Inside, they stay in this build's folder.
mkdirSync(join(ROOT, '.build'), { recursive: true });
const root = mkdtempSync(join(ROOT, '.build', 'test-failed-build-'));
const outDir = join(root, 'dist');
const workDir = join(root, 'work');

interface BuildRun {
  status: number | null;
  output: string;
}

/** Runs `scripts/build.ts` the way tests/setup/build-once.ts does, with a fixed build date. */
function build(contentDir: string, env: Record<string, string> = {}, cwd = ROOT): BuildRun {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd,
    env: {
      ...process.env,
      ...env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      BUILD_WORK_DIR: workDir,
      BUILD_DATE: '2026-11-18',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}${result.error ? `\n${String(result.error)}` : ''}` };
}

/** Every entry under a folder: `path → sha256` for files, `dir` for folders, `-> target` for links. */
function fingerprint(dir: string, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const relative = prefix ? posix.join(prefix, name) : name;
    const absolute = join(dir, relative);
    const stat = lstatSync(absolute);
    if (stat.isSymbolicLink()) entries.set(relative, `-> ${readlinkSync(absolute)}`);
    else if (stat.isDirectory()) {
      entries.set(relative, 'dir');
      for (const [path, value] of fingerprint(dir, relative)) entries.set(path, value);
    } else entries.set(relative, createHash('sha256').update(readFileSync(absolute)).digest('hex'));
  }
  return entries;
}

/** Temporary folders the build script left in BUILD_WORK_DIR (fresh builds, old sites). */
function leftovers(): string[] {
  return existsSync(workDir) ? readdirSync(workDir).filter((name) => /^(dist|old)-/.test(name)) : [];
}

let published: Map<string, string>;
let publishedInode: number;

beforeAll(() => {
  const first = build(contentCopy());
  expect(first.status, first.output).toBe(0);
  published = fingerprint(outDir);
  publishedInode = statSync(outDir).ino;
}, BUILD_TIMEOUT);

afterAll(() => {
  removeContentCopies();
  rmSync(root, { recursive: true, force: true });
});

describe('a failed build leaves the previous site untouched', () => {
  test('the first build published the fixture school', () => {
    expect(published.size).toBeGreaterThan(10);
    expect(published.get('index.html')).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('ООШ № 3');
  });

  test(
    'content errors: exit 1, the errors printed, OUT_DIR byte-for-byte the same',
    () => {
      const broken = contentCopy({
        'staff/petrov-i-v.yaml': replace('email:', 'emial:'),
        'school.yaml': replace('shortName: МБОУ «ООШ № 3»', 'shortName: Новое имя, которое не должно попасть на сайт'),
        'contacts.yaml': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      });
      const run = build(broken);
      expect(run.status, run.output).toBe(1);
      expect(run.output).toContain('неизвестное поле «emial» — возможно, имелось в виду «email»');
      expect(run.output).toMatch(/Сайт не собран: исправьте ошибки выше\. Прежняя версия сайта в .+ не тронута\./);
      expect(run.output).not.toMatch(/^\s{2,}at .+/m);
      expect(fingerprint(outDir)).toEqual(published);
      expect(statSync(outDir).ino).toBe(publishedInode);
      expect(leftovers()).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'the checker passes but Astro fails (a page of the site throws): exit 1, OUT_DIR byte-for-byte the same',
    () => {
      // Every content case that once passed the checker and broke Astro is now a checker error
      // (tests/build/gate-cases.ts), so the failure here comes from the site's own code: a private
      // build root (a copy of the code, as build:many uses) with a page that throws while rendering.
      const codeRoot = makeBuildRoot(join(root, 'broken-code'));
      writeFileSync(join(codeRoot, 'src', 'pages', 'broken.astro'), "---\nthrow new Error('ошибка в коде страницы');\n---\n");
      const broken = contentCopy({
        'school.yaml': replace('shortName: МБОУ «ООШ № 3»', 'shortName: Новое имя, которое не должно попасть на сайт'),
      });
      const run = build(broken, {}, codeRoot);
      expect(run.output).toMatch(/Проверка пройдена: 0 ошибок/);
      expect(run.status, run.output).toBe(1);
      expect(run.output).toMatch(/Сборка не удалась: /);
      expect(run.output).toMatch(/Прежняя версия сайта в .+ не тронута\./);
      expect(fingerprint(outDir)).toEqual(published);
      expect(statSync(outDir).ino).toBe(publishedInode);
      expect(leftovers()).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'a wrong setting of the browser editor (EDITOR_BACKEND): exit 1 before building, in Russian, OUT_DIR the same',
    () => {
      const run = build(contentCopy(), { EDITOR_BACKEND: 'bitbucket' });
      expect(run.status, run.output).toBe(1);
      expect(run.output).toMatch(
        /Сайт не собран: EDITOR_BACKEND=bitbucket: такого хранилища редактор не знает — напишите github, gitlab, gitea или forgejo\. Прежняя версия сайта в .+ не тронута\./,
      );
      expect(run.output).not.toMatch(/^\s{2,}at .+/m);
      expect(fingerprint(outDir)).toEqual(published);
      expect(leftovers()).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'control: a good build does replace the site (so the comparison above can fail)',
    () => {
      const changed = contentCopy({ 'school.yaml': replace('shortName: МБОУ «ООШ № 3»', 'shortName: Школа № 3 (новое имя)') });
      const run = build(changed);
      expect(run.status, run.output).toBe(0);
      const rebuilt = fingerprint(outDir);
      expect(rebuilt).not.toEqual(published);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Школа № 3 (новое имя)');
      expect(leftovers()).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});
