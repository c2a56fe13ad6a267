/**
 * Markdown nested too deeply: the parser's time grows with the cube of the nesting (a 2,000-level list
 * would take hours, in the checker and again in the build) and 5,000 quotes in quotes overflowed the
 * renderer, publishing the page without its text. The checker reads line starts before parsing.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, test } from 'vitest';
import { tooDeepLine } from '../../src/checker/rules/markdown-depth.ts';
import { positionOf, removeContentCopies, withFile } from '../helpers/content-fixture.ts';
import { guide } from '../build/gate-cases.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const FILE = 'guides/extra.md';
const MESSAGE = /^слишком глубокая вложенность: в начале строки больше 16 знаков цитаты или списка .* больше 64 пробелов — /;

describe('Markdown nested too deeply', () => {
  test('a list nested 300 levels: an error at the first line too deep, found at once (parsing it takes over ten seconds)', () => {
    const body = '1. Шаг.\n' + Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}- пункт ${i}`).join('\n') + '\n';
    const dir = withFile(FILE, guide('', body));
    const started = performance.now();
    expectExactly(dir, { file: FILE, ...positionOf(dir, FILE, `${'  '.repeat(32)}- пункт 31\n`), column: 1, field: '', message: MESSAGE });
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  test('5,000 quotes in quotes on one line', () => {
    const dir = withFile(FILE, guide('', `1. Шаг.\n\n${'>'.repeat(5000)} текст\n`));
    expectExactly(dir, { file: FILE, ...positionOf(dir, FILE, '>>>>'), field: '', message: MESSAGE });
  });

  test('allowed: ordinary nesting, a thematic break, and deep indentation inside fenced code', () => {
    const body = [
      '1. Шаг.',
      '   - пункт',
      '     - подпункт',
      '       > цитата в подпункте',
      '',
      '---',
      '',
      '```',
      `${' '.repeat(80)}код с большим отступом`,
      '```',
      '',
    ].join('\n');
    expectClean(withFile(FILE, guide('', body)));
  });

  test('the line scan: markers and columns counted from the line start only', () => {
    expect(tooDeepLine(`${'- '.repeat(16)}x`)).toBeUndefined();
    expect(tooDeepLine(`${'- '.repeat(17)}x`)).toBe(0);
    expect(tooDeepLine(`a\n${' '.repeat(65)}x`)).toBe(1);
    expect(tooDeepLine(`x ${'> '.repeat(40)}`)).toBeUndefined();
  });
});
