/** Generated schools written to temporary folders, and the check every size must pass. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { generateSchool, SIZES, writeSchool, type SizeName } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/checker/check-content.ts';
import { formatProblem } from '../../src/checker/format.ts';

const made: string[] = [];

/** Writes the school of this seed and size to a new temporary folder. */
export function written(seed: number, size: SizeName): string {
  const dir = mkdtempSync(join(tmpdir(), 'generated-school-'));
  made.push(dir);
  writeSchool(generateSchool({ seed, size }), dir);
  return dir;
}

/** Removes every folder made by `written` (call from `afterAll`). */
export function removeWritten(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A generated school of this size passes the checker with no errors and holds what its size promises. */
export function expectPassesChecker(size: SizeName): void {
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
}
