/**
 * Markdown the parser cannot take: its time grows with the cube of the nesting (a 2,000-level list
 * would take hours, in the checker and again in the build) and with the square of a run of `*`;
 * 5,000 quotes in quotes overflowed the renderer, publishing the page without its text. The checker
 * reads every line before any parser sees the text.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, test } from 'vitest';
import { unparsableLine } from '../../src/checker/rules/markdown-parsable.ts';
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
    expect(unparsableLine(`${'- '.repeat(16)}x`)).toBeUndefined();
    expect(unparsableLine(`${'- '.repeat(17)}x`)).toEqual({ line: 0, reason: 'nesting' });
    expect(unparsableLine(`a\n${' '.repeat(65)}x`)).toEqual({ line: 1, reason: 'nesting' });
    expect(unparsableLine(`x ${'> '.repeat(40)}`)).toBeUndefined();
  });
});

describe('long runs of emphasis marks', () => {
  test('20,000 stars around a word (a minute of parsing): an error at its line', () => {
    const dir = withFile(FILE, guide('', `1. Открой приложение.\n2. ${'*'.repeat(20_000)}Важно${'*'.repeat(20_000)}\n`));
    expectExactly(dir, {
      file: FILE,
      ...positionOf(dir, FILE, '2. ***'),
      column: 1,
      field: '',
      message: /^в строке подряд больше 64 звёздочек или подчёркиваний — /,
    });
  });

  test('allowed: bold, a line of 64 stars, stars in fenced code', () => {
    expectClean(withFile(FILE, guide('', `1. **Важно:** ___подчёркнуто___.\n\n${'*'.repeat(64)}\n\n\`\`\`\n${'*'.repeat(500)}\n\`\`\`\n`)));
  });
});
