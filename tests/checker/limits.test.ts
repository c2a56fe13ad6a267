/**
 * Limits (src/checker/limits.ts): a content file over 1 MB, a collection over 1,000 entries and a built
 * page over 200 KB of gzipped HTML are warnings naming the file and the figure; below them, silence.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatSize, heavyPageWarnings, LIMITS } from '../../src/checker/limits.ts';
import { contentCopy, fixtureText, removeContentCopies, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { guide } from '../build/gate-cases.ts';
import { expectClean, expectProblem, problemsOf } from './support.ts';

const made: string[] = [];
afterAll(() => {
  removeContentCopies();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** contacts.yaml with `count` valid entries. */
function contacts(count: number): string {
  const one = (n: number) =>
    `- id: liniya-${n}\n  kind: other\n  title: Линия номер ${n}\n  phones: []\n  email: line${n}@school3-yurga.ru\n  hours: []\n  audience: [parents]\n`;
  return fixtureText('contacts.yaml') + '\n' + Array.from({ length: count - 2 }, (_, i) => one(i + 1)).join('');
}

describe('content limits', () => {
  test("the limits are the ones the editors' guide quotes", () => {
    expect(LIMITS).toEqual({
      fileBytes: 1024 * 1024,
      listItems: 1000,
      pageGzipBytes: 200 * 1024,
      periodDays: 366,
      nestingMarkers: 16,
      indentColumns: 64,
      markRun: 64,
    });
    expect(formatSize(LIMITS.fileBytes)).toBe('1,0 МБ');
    expect(formatSize(LIMITS.pageGzipBytes)).toBe('200 КБ');
  });

  test('a Markdown file over 1 MB: a warning naming the file and its size', () => {
    const file = 'guides/bolshaya.md';
    const body = `1. Шаг.\n\n${'Очень длинный абзац текста. '.repeat(24_000)}\n`;
    const dir = withFile(file, guide('', body));
    const problems = problemsOf(dir);
    expectProblem(problems, {
      file,
      line: 1,
      column: 1,
      field: '',
      severity: 'warning',
      message: /^файл весит 1,2 МБ, больше предела в 1,0 МБ — /,
    });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('a list of 1,001 contacts: a warning naming the file and the count; 1,000 pass', () => {
    const file = 'contacts.yaml';
    const over = problemsOf(withFile(file, contacts(1001)));
    expectProblem(over, {
      file,
      line: 1,
      column: 1,
      field: '',
      severity: 'warning',
      message: /^здесь 1001 запись, больше предела в 1000 — /,
    });
    expect(problemsOf(withFile(file, contacts(1000))).filter((problem) => /предела/.test(problem.message))).toEqual([]);
  });

  test('a folder of 1,001 staff files: the warning names the folder', () => {
    const staff = Object.fromEntries(
      Array.from({ length: 999 }, (_, i) => [
        `staff/uchitel-${i + 1}.yaml`,
        `name: Учитель Номер ${i + 1}\nposition: Учитель\nemail: t${i + 1}@school3-yurga.ru\n`,
      ]),
    );
    const problems = problemsOf(contentCopy(staff));
    expectProblem(problems, {
      file: 'staff/',
      line: 1,
      column: 1,
      field: '',
      severity: 'warning',
      message: /^здесь 1001 запись, больше предела в 1000 — /,
    });
  });

  test('the fixture is far below every limit', () => {
    expectClean(contentCopy());
  });
});

describe('built pages over 200 KB of gzipped HTML', () => {
  test('each heavy page is named with its gzip size; light pages are not', () => {
    const site = mkdtempSync(join(tmpdir(), 'heavy-site-'));
    made.push(site);
    mkdirSync(join(site, 'staff'), { recursive: true });
    // Random bytes do not compress: 300 KB of them in base64 stay well over 200 KB after gzip.
    writeFileSync(join(site, 'staff', 'index.html'), `<!doctype html><p>${randomBytes(300 * 1024).toString('base64')}</p>`);
    writeFileSync(join(site, 'index.html'), `<!doctype html><p>${'лёгкая страница '.repeat(20_000)}</p>`);
    const warnings = heavyPageWarnings(site);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Предупреждение: страница staff\/index\.html весит \d+ КБ в сжатом виде \(gzip\), больше предела в 200 КБ — /,
    );
    const reported = Number(/весит (\d+) КБ/.exec(warnings[0]!)![1]);
    expect(reported).toBeGreaterThan(200);
  });
});

describe('the distance-learning period', () => {
  test('longer than a year: an error on its end date; a whole year passes', () => {
    const file = 'school.yaml';
    const dir = withFile(file, (text) => text.replace('to: 2026-11-27', 'to: 2027-11-18'));
    expectProblem(problemsOf(dir), {
      file,
      ...valuePositionOf(dir, file, 'to: 2027-11-18'),
      field: 'distanceLearning.to',
      message: /^период с 2026-11-16 по 2027-11-18 длиннее года — /,
    });
    expectClean(withFile(file, (text) => text.replace('to: 2026-11-27', 'to: 2027-11-17')));
  });
});
