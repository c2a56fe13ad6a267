/**
 * Valid HTML by the W3C's own Nu HTML Checker (`vnu-jar`), over every built page, in one Java start.
 *
 * Only HTML errors count: the checker's CSS grammar lags behind browsers (it reports container
 * queries — `container-type`, `@container` — as unknown), so messages about CSS are left out.
 * A canary page with two known faults (a script after `</html>`, `aria-labelledby` on a `<pre>`) is
 * checked in the same run, so the test shows the checker is really finding errors.
 * Java is needed: `.ci/run` installs a JRE when `java` is missing; without it outside CI the test
 * says so loudly and is skipped, in CI it fails.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { filesOf } from '../helpers/built-site.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const hasJava = (() => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasJava && !process.env['CI'])
  console.warn('\n#  Java не найдена: проверка HTML валидатором W3C (vnu) ПРОПУЩЕНА. Установите JRE 17+.\n');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Runs the checker once over the given files; vnu exits 1 when it finds errors, so the exit code is not used. */
function runNu(files: string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        try {
          resolve((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
        } catch {
          reject(error ?? new Error(stderr));
        }
      },
    );
  });
}

const canaryDir = mkdtempSync(join(tmpdir(), 'nu-canary-'));
const canary = join(canaryDir, 'canary.html');
writeFileSync(
  canary,
  '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title><style>@container (min-width: 1rem) { p { color: red } } div { container-type: inline-size }</style></head>' +
    '<body><h2 id="t">Код</h2><pre aria-labelledby="t">x</pre></body></html><script src="x.js"></script>',
);
afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

describe.skipIf(!hasJava && !process.env['CI'])('valid HTML by the Nu checker', () => {
  test("every built page has zero HTML errors (CSS messages aside); the canary's faults are found", { timeout: 240_000 }, async () => {
    const site = inject('sampleSite');
    const pages = filesOf(site, '.html').filter((file) => !file.includes(`${join(site, 'pagefind')}`));
    expect(pages.length).toBeGreaterThan(20);
    const messages = await runNu([...pages, canary]);
    const htmlErrors = messages.filter((m) => m.type === 'error' && !m.message.startsWith('CSS:'));
    const where = (m: NuMessage) => (m.url ?? '').replace(/^file:/, '');
    const canaryErrors = htmlErrors.filter((m) => where(m) === canary).map((m) => m.message);
    expect(
      canaryErrors.some((m) => /after.*end tag.*html|Stray start tag “script”/i.test(m)),
      canaryErrors.join('\n'),
    ).toBe(true);
    expect(
      canaryErrors.some((m) => /aria-labelledby/.test(m)),
      canaryErrors.join('\n'),
    ).toBe(true);
    const siteErrors = htmlErrors
      .filter((m) => where(m) !== canary)
      .map((m) => `${relative(site, where(m))}:${m.lastLine ?? '?'} ${m.message}`);
    expect(siteErrors).toEqual([]);
  });
});
