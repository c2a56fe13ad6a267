/**
 * `npm run check -- DIR` as editors and CI run it: every problem on its own line, the summary with the
 * number of files and the time, exit code 1 on errors and 0 with warnings only — and never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, MINIMAL_SCHOOL, removeContentCopies, replace, windows1251, fixtureText } from '../helpers/content-fixture.ts';

afterAll(removeContentCopies);

const ROOT = resolve(import.meta.dirname, '..', '..');
const SUMMARY = /^Проверка (пройдена|не пройдена): \d+ ошиб\S*, \d+ предупрежден\S*; проверено (\d+) файл\S* за (\d+) мс\.$/m;
/** A line of a JavaScript stack trace. */
const STACK_LINE = /^\s{2,}at .+/m;

function runCheck(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', 'check', ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectNoStackTrace(output: { stdout: string; stderr: string }): void {
  expect(output.stdout).not.toMatch(STACK_LINE);
  expect(output.stderr).not.toMatch(STACK_LINE);
  expect(`${output.stdout}\n${output.stderr}`).not.toMatch(/Внутренняя ошибка|TypeError|ReferenceError|RangeError|SyntaxError|ERR_/);
}

describe('npm run check -- DIR', () => {
  test('the fixture: exit 0 and the summary with the number of files and the time in ms', () => {
    const output = runCheck([MINIMAL_SCHOOL]);
    expect(output.status, output.stdout + output.stderr).toBe(0);
    const summary = SUMMARY.exec(output.stdout);
    expect(summary, output.stdout).not.toBeNull();
    expect(summary![0]).toMatch(/^Проверка пройдена: 0 ошибок, 0 предупреждений; проверено 20 файлов за \d+ мс\.$/);
    expect(Number(summary![3])).toBeGreaterThanOrEqual(0);
    expectNoStackTrace(output);
  });

  test('CONTENT_DIR is used when no folder is given', () => {
    const output = runCheck([], { CONTENT_DIR: MINIMAL_SCHOOL });
    expect(output.status).toBe(0);
    expect(output.stdout).toMatch(/проверено 20 файлов за \d+ мс\./);
  });

  test('errors: exit 1, each problem as `path:line:column  field  message`, then the summary', () => {
    const dir = contentCopy({
      'staff/petrov-i-v.yaml': replace('position:', 'positon:'),
      'meetings/2026-11-19-5a.yaml': replace('date: 2026-11-19', 'date: 2026-02-30'),
    });
    const output = runCheck([dir]);
    expect(output.status).toBe(1);
    const lines = output.stdout.split('\n').filter((line) => line.startsWith(dir));
    expect(lines.map((line) => line.slice(dir.length))).toEqual([
      '/meetings/2026-11-19-5a.yaml:2:7  date  такой даты нет в календаре — напишите дату в виде ГГГГ-ММ-ДД, например 2026-11-16',
      '/staff/petrov-i-v.yaml:1:1  position  нет обязательного поля «position» — добавьте его по образцу (см. руководство редактора)',
      '/staff/petrov-i-v.yaml:2:1  positon  неизвестное поле «positon» — возможно, имелось в виду «position»',
    ]);
    expect(output.stdout).toMatch(/^Проверка не пройдена: 3 ошибки, 0 предупреждений; проверено 20 файлов за \d+ мс\.$/m);
    expectNoStackTrace(output);
  });

  test('warnings only: exit 0, the warning printed and counted', () => {
    const dir = contentCopy({ 'contacts.yaml': (text) => text.slice(0, text.indexOf('\n- id: psiholog')) + '\n' });
    const output = runCheck([dir]);
    expect(output.status).toBe(0);
    expect(output.stdout).toContain(`${dir}/contacts.yaml  —  предупреждение: нет телефона психологической поддержки`);
    expect(output.stdout).toMatch(/^Проверка пройдена: 0 ошибок, 1 предупреждение; проверено 20 файлов за \d+ мс\.$/m);
  });

  test('the nastiest files at once: exit 1, every one reported, no stack trace', () => {
    const aliasBomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    const dir = contentCopy({
      'school.yaml': `${aliasBomb}\n`,
      'staff/petrov-i-v.yaml': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xd8]),
      'pages/devices.md': windows1251(fixtureText('pages/devices.md')),
      'contacts.yaml': '',
      'documents.yaml': '- id: [unclosed\n',
      'faq/ocenki.md': '---\n---\n',
      'contact.yml': 'x: 1\n',
    });
    mkdirSync(join(dir, 'staff', 'folder.yaml'));
    symlinkSync(join(dir, 'deleted.md'), join(dir, 'guides', 'lost.md'));
    const output = runCheck([dir]);
    expect(output.status, output.stderr).toBe(1);
    expectNoStackTrace(output);
    for (const file of [
      'school.yaml',
      'staff/petrov-i-v.yaml',
      'pages/devices.md',
      'contacts.yaml',
      'documents.yaml',
      'faq/ocenki.md',
      'contact.yml',
      'staff/folder.yaml',
      'guides/lost.md',
    ]) {
      expect(output.stdout, file).toMatch(new RegExp(`^${dir}/${file.replace('.', '\\.')}:\\d+:\\d+  `, 'm'));
    }
    expect(output.stdout).toMatch(SUMMARY);
  });

  test('a folder that does not exist: exit 1, a Russian message, no stack trace', () => {
    const missing = join(contentCopy(), 'no-such-folder');
    const output = runCheck([missing]);
    expect(output.status).toBe(1);
    // The folder is named once, not twice («/x/no-such-folder//x/no-such-folder»).
    expect(output.stdout).toContain(
      `\n${missing}/  —  папка с содержимым не найдена — проверьте путь (CONTENT_DIR) или создайте папку content\n`,
    );
    expectNoStackTrace(output);
  });

  test('a file instead of a folder: exit 1, no stack trace', () => {
    const output = runCheck([join(MINIMAL_SCHOOL, 'school.yaml')]);
    expect(output.status).toBe(1);
    expect(output.stdout).toMatch(/папка с содержимым не найдена — /);
    expectNoStackTrace(output);
  });
});

describe('the bundled checker (scripts/lib/checker-bundle.ts)', () => {
  const BUNDLE_DIR = join(ROOT, '.build', 'checker');
  const inputs = () => JSON.parse(readFileSync(join(BUNDLE_DIR, 'inputs.json'), 'utf8')) as Record<string, string>;

  test('a run leaves the bundle and the stamps of the files it was made from, the checker sources and packages among them', () => {
    expect(runCheck([MINIMAL_SCHOOL]).status).toBe(0);
    const stamps = inputs();
    expect(Object.keys(stamps)).toEqual(
      expect.arrayContaining(['src/checker/run-check.ts', 'src/content-model/source.ts', 'package-lock.json']),
    );
    expect(Object.keys(stamps).some((file) => file.startsWith('node_modules/zod/'))).toBe(true);
    const stat = statSync(join(ROOT, 'src', 'checker', 'run-check.ts'));
    expect(stamps['src/checker/run-check.ts']).toBe(`${stat.size}:${stat.mtimeMs}`);
  });

  test('a source changed since the bundle was made (its stamp differs) makes the next run bundle again', () => {
    expect(runCheck([MINIMAL_SCHOOL]).status).toBe(0);
    const stamps = inputs();
    writeFileSync(join(BUNDLE_DIR, 'inputs.json'), JSON.stringify({ ...stamps, 'src/checker/run-check.ts': '1:1' }));
    const before = statSync(join(BUNDLE_DIR, 'check.mjs')).mtimeMs;
    expect(runCheck([MINIMAL_SCHOOL]).status).toBe(0);
    expect(inputs()['src/checker/run-check.ts']).toBe(stamps['src/checker/run-check.ts']);
    expect(statSync(join(BUNDLE_DIR, 'check.mjs')).mtimeMs).toBeGreaterThan(before);
  });

  test('says exactly what the checker run from its sources says, on a folder full of problems', () => {
    const dir = contentCopy({
      'contacts.yaml': replace('kind: hotline', 'kind: hotlne'),
      'documents.yaml': '- id: [unclosed\n',
      'school.yaml': replace('timezone: Asia/Novokuznetsk', 'timezone: Mars/Olympus'),
    });
    const strip = (text: string) => text.replace(/ за \d+ мс/, '');
    const bundled = runCheck([dir]);
    const fromSources = runCheck([dir], { CHECKER_FROM_SOURCES: '1' });
    expect(bundled.status).toBe(1);
    expect(bundled.stdout).toMatch(/documents\.yaml:1:7/);
    expect(bundled.stdout).toMatch(/contacts\.yaml:\d+:\d+  kind/);
    expect(bundled.stdout).toMatch(/school\.yaml:\d+:\d+  timezone/);
    expect(strip(bundled.stdout)).toBe(strip(fromSources.stdout));
    expect(bundled.stderr).toBe(fromSources.stderr);
  });
});
