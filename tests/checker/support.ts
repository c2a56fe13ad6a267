/**
 * Shared assertions for checker tests: run the checker on a content folder and compare its problems
 * with what an editor must be told — the file, line and column, the field, and a Russian message.
 */
import { expect } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { formatProblem } from '../../src/checker/format.ts';
import type { Problem } from '../../src/content-model/problem.ts';

/** What a test expects of one problem; `message` is matched as a pattern. */
export interface Expected {
  file: string;
  line: number;
  column: number;
  field: string;
  message: RegExp;
  severity?: Problem['severity'];
}

/** Problems of a content folder. */
export function problemsOf(contentDir: string): Problem[] {
  return checkContent(contentDir).problems;
}

/**
 * Every message must read as the contract asks: Russian, «what is wrong — how to fix it», one line,
 * and nothing that looks like a program's error (a stack line, `Error:`, `undefined`, `[object`).
 */
export function expectEditorMessage(problem: Problem): void {
  expect(problem.message, formatProblem(problem)).toMatch(/[а-яё]/i);
  expect(problem.message, formatProblem(problem)).toContain(' — ');
  expect(problem.message, formatProblem(problem)).not.toMatch(/\n|\bat \S+:\d+|Error:|undefined|\[object /);
}

function matches(problem: Problem, expected: Expected): boolean {
  return (
    problem.file === expected.file &&
    problem.line === expected.line &&
    problem.column === expected.column &&
    problem.field === expected.field &&
    problem.severity === (expected.severity ?? 'error') &&
    expected.message.test(problem.message)
  );
}

/** Readable dump for failure messages. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems.length === 0 ? '(нет проблем)' : problems.map((problem) => `${problem.severity} ${formatProblem(problem)}`).join('\n');
}

/** Asserts that one of the problems is exactly the expected one, and that all read as editor messages. */
export function expectProblem(problems: readonly Problem[], expected: Expected): Problem {
  const found = problems.find((problem) => matches(problem, expected));
  expect(
    found,
    `ожидалась проблема ${JSON.stringify({ ...expected, message: String(expected.message) })}\nполучено:\n${describeProblems(problems)}`,
  ).toBeDefined();
  problems.forEach(expectEditorMessage);
  return found!;
}

/** Asserts that the folder has exactly these problems (in any order) and no others. */
export function expectExactly(contentDir: string, ...expected: Expected[]): Problem[] {
  const problems = problemsOf(contentDir);
  for (const one of expected) expectProblem(problems, one);
  expect(problems.length, `лишние проблемы:\n${describeProblems(problems)}`).toBe(expected.length);
  return problems;
}

/** Asserts that the folder passes: no errors and no warnings. */
export function expectClean(contentDir: string): void {
  const problems = problemsOf(contentDir);
  expect(problems, describeProblems(problems)).toEqual([]);
}
