/** The synthetic-school generator: deterministic, seed-dependent, and its content passes the checker. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateSchool, SIZES, writeSchool, type SizeName } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/checker/check-content.ts';
import { formatProblem } from '../../src/checker/format.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function written(seed: number, size: SizeName): string {
  const dir = mkdtempSync(join(tmpdir(), 'generated-school-'));
  made.push(dir);
  writeSchool(generateSchool({ seed, size }), dir);
  return dir;
}

/** Every file under a folder with its bytes, by relative path. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [file.slice(dir.length + 1), readFileSync(file, 'base64')]),
  );
}

describe('generateSchool', () => {
  test('the same seed writes byte-identical files', () => {
    const first = snapshot(written(7, 'medium'));
    const second = snapshot(written(7, 'medium'));
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, bytes] of first) expect(second.get(file), file).toBe(bytes);
  });

  test('a different seed gives a different school', () => {
    const one = generateSchool({ seed: 1, size: 'small' });
    const two = generateSchool({ seed: 2, size: 'small' });
    expect(two.get('school.yaml')).not.toBe(one.get('school.yaml'));
    const changed = [...one].filter(([path, text]) => two.get(path) !== text);
    expect(changed.length).toBeGreaterThan(one.size / 2);
  });

  test.each(['small', 'large'] as const)('the %s school passes the checker with no errors', (size) => {
    const dir = written(3, size);
    const { problems, fileCount, model } = checkContent(dir);
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => formatProblem(problem, dir))).toEqual([]);
    const spec = SIZES[size];
    expect(model.classes).toHaveLength(spec.classes);
    expect(model.guides).toHaveLength(spec.guides);
    expect(model.faq).toHaveLength(spec.faq);
    expect(model.meetings).toHaveLength(spec.meetings);
    expect(model.staff.length).toBeGreaterThanOrEqual(spec.staff * 0.9);
    expect(fileCount).toBe(generateSchool({ seed: 3, size }).size);
  });

  test('the huge size has at least 1,000 content files, for timing the checker', () => {
    expect(generateSchool({ seed: 1, size: 'huge' }).size).toBeGreaterThanOrEqual(1000);
  });
});
