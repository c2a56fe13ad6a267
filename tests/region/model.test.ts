/**
 * The region's content model: region.yaml and municipalities/*.yaml checked with positions and Russian
 * messages, the school's municipality rule, and the generated region passing all of it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateRegion } from '../../scripts/bench/generate-region.ts';
import { writeSchool } from '../../scripts/bench/generate.ts';
import { formatProblem } from '../../src/checker/format.ts';
import { readRegion } from '../../src/region/read-region.ts';
import { checkSchool } from '../../src/region/school-record.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Generated regions by their arguments: generating is the slow part, and the same seed gives the same files. */
const generated = new Map<string, ReturnType<typeof generateRegion>>();

/** A fresh copy of a generated region on disk, for one test to edit. */
function region(seed = 3, schools = 4, municipalities = 2): string {
  const dir = mkdtempSync(join(tmpdir(), 'region-model-'));
  made.push(dir);
  const key = `${seed}/${schools}/${municipalities}`;
  if (!generated.has(key)) generated.set(key, generateRegion({ seed, schools, municipalities, sizes: ['tiny'] }));
  writeSchool(generated.get(key)!, dir);
  return dir;
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const lines = (dir: string) => readRegion(dir).problems.map((problem) => formatProblem(problem));

describe('region files', () => {
  test('a generated region has no problems, for other seeds and sizes too', () => {
    for (const seed of [1, 7]) {
      const dir = region(seed, 5, 3);
      const read = readRegion(dir);
      expect(read.problems.map((problem) => formatProblem(problem))).toEqual([]);
      expect(read.region?.target).toBe(50);
      expect(read.municipalities.map((m) => m.id)).toHaveLength(3);
    }
  });

  test('a wrong target and a broken phone are reported with file, line and field in Russian', () => {
    const dir = region();
    edit(join(dir, 'region.yaml'), (text) => text.replace('target: 50', 'target: 150').replace(/phone: (.*)\n/, 'phone: "12-34"\n'));
    const problems = lines(dir);
    expect(problems.some((line) => /^region\.yaml:\d+:\d+  target  /.test(line))).toBe(true);
    expect(problems.some((line) => /^region\.yaml:\d+:\d+  coordinators\[0\]\.phone  .*номер телефона/.test(line))).toBe(true);
  });

  test('a municipality reporting on a measure the region does not have is pointed at, with the closest one', () => {
    const dir = region();
    edit(join(dir, 'municipalities', 'novokuznetsk.yaml'), (text) =>
      text.replace('item: "3"', 'item: "33"').replace('item: "3"', 'item: "33"'),
    );
    const problems = lines(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/^municipalities\/novokuznetsk\.yaml:\d+:\d+  plan\[1\]\.item  в региональном плане нет мероприятия «33»/),
    );
  });

  test('a coordinator on the form has exactly its columns: an extra field is named', () => {
    const dir = region();
    edit(join(dir, 'municipalities', 'kemerovo.yaml'), (text) => text.replace(/(\n  - name: .*\n)/, '$1    level: municipal\n'));
    expect(lines(dir)).toContainEqual(
      expect.stringMatching(/^municipalities\/kemerovo\.yaml:\d+:\d+  coordinators\[0\]\.level  неизвестное поле «level»/),
    );
  });

  test('a missing region.yaml and unknown fields are named', () => {
    const dir = region();
    rmSync(join(dir, 'region.yaml'));
    expect(lines(dir)).toContainEqual(expect.stringContaining('region.yaml  —  нет файла region.yaml'));
    const other = region();
    edit(join(other, 'municipalities', 'kemerovo.yaml'), (text) => text.replace('name:', 'nme:'));
    expect(lines(other)).toContainEqual(
      expect.stringMatching(/municipalities\/kemerovo\.yaml:1:1  nme  неизвестное поле «nme» — возможно, имелось в виду «name»/),
    );
  });
});

describe('a school in a region', () => {
  test('passes with its municipality, and gives the portal its record', () => {
    const dir = region();
    const read = readRegion(dir);
    const result = checkSchool(join(dir, 'schools', 'kemerovo-school-001'), 'kemerovo-school-001', read.municipalities, '2026-11-16');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.municipality).toBe('kemerovo');
    expect(result.record.hotline.phone).toMatch(/^8 \(3843\)/);
    expect(result.record.distanceLearning.order?.number).toBe('214-о');
    expect(result.record.urgent.map((notice) => notice.title)).toHaveLength(1);
  });

  test('the municipality may be written as its name', () => {
    const dir = region();
    const school = join(dir, 'schools', 'kemerovo-school-001');
    edit(join(school, 'school.yaml'), (text) => text.replace('municipality: kemerovo', 'municipality: Кемеровский городской округ'));
    expect(checkSchool(school, 'x', readRegion(dir).municipalities, '2026-11-16').ok).toBe(true);
  });

  test('an unknown or missing municipality is an error at its line, with a suggestion', () => {
    const dir = region();
    const school = join(dir, 'schools', 'kemerovo-school-001');
    edit(join(school, 'school.yaml'), (text) => text.replace('municipality: kemerovo', 'municipality: kemerovoo'));
    const result = checkSchool(school, 'x', readRegion(dir).municipalities, '2026-11-16');
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => formatProblem(problem))).toContainEqual(
      expect.stringMatching(
        /^school\.yaml:\d+:\d+  municipality  муниципалитета «kemerovoo» нет в папке municipalities\/ региона — возможно, имелось в виду «kemerovo»/,
      ),
    );
    edit(join(school, 'school.yaml'), (text) => text.replace('municipality: kemerovoo\n', ''));
    const missing = checkSchool(school, 'x', readRegion(dir).municipalities, '2026-11-16');
    expect(missing.problems.map((problem) => problem.message)).toContainEqual(
      expect.stringContaining('в регионе у школы должно быть поле municipality'),
    );
  });

  test("a school's own content error makes it fail with the checker's message", () => {
    const dir = region();
    const school = join(dir, 'schools', 'novokuznetsk-school-001');
    edit(join(school, 'school.yaml'), (text) => text.replace(/timezone: .*/, 'timezone: Kuzbass'));
    const result = checkSchool(school, 'x', readRegion(dir).municipalities, '2026-11-16');
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => formatProblem(problem))).toContainEqual(
      expect.stringMatching(/^school\.yaml:\d+:\d+  timezone  неизвестный часовой пояс/),
    );
  });
});

describe('the date of the last content change', () => {
  test("is git's last commit of the school's folder, or the newest file's day outside git", async () => {
    const { execFileSync } = await import('node:child_process');
    const { lastChangeDate } = await import('../../src/region/school-record.ts');
    const dir = region();
    const school = join(dir, 'schools', 'kemerovo-school-001');
    const { readdirSync, utimesSync } = await import('node:fs');
    for (const entry of readdirSync(school, { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        utimesSync(join(entry.parentPath, entry.name), new Date('2026-10-01T12:00:00Z'), new Date('2026-10-01T12:00:00Z'));
    }
    utimesSync(join(school, 'school.yaml'), new Date('2026-10-05T20:00:00Z'), new Date('2026-10-05T20:00:00Z'));
    // 20:00 UTC is already the 6th in Novokuznetsk (UTC+7): the day is the region's.
    expect(lastChangeDate(school, 'Asia/Novokuznetsk')).toBe('2026-10-06');
    const env = {
      ...process.env,
      GIT_AUTHOR_DATE: '2026-09-14T10:00:00+07:00',
      GIT_COMMITTER_DATE: '2026-09-14T10:00:00+07:00',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    };
    execFileSync('git', ['init', '-q'], { cwd: dir, env });
    execFileSync('git', ['add', '.'], { cwd: dir, env });
    execFileSync('git', ['commit', '-q', '-m', 'x'], { cwd: dir, env });
    expect(lastChangeDate(school, 'Asia/Novokuznetsk')).toBe('2026-09-14');
    // An uncommitted edit is newer than the last commit: the files' time counts again.
    edit(join(school, 'school.yaml'), (text) => `${text}# правка\n`);
    expect(lastChangeDate(school, 'Asia/Novokuznetsk')).not.toBe('2026-09-14');
  });
});
