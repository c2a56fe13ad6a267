/** `npm run generate` with a wrong command line answers in Russian with the usage, not a stack trace. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { main } from '../../scripts/generate-school.ts';

afterEach(() => vi.restoreAllMocks());

/** The exit code and what the command printed to stderr. */
function run(args: string[]): { code: number; printed: string } {
  const printed: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
  const code = main(args);
  return { code, printed: printed.join('\n') };
}

describe('generate-school command line', () => {
  test.each([
    [['--out', '/tmp/x', '--sise', 'large'], 'Неизвестный параметр «--sise».'],
    [['--out'], 'После «--out» нужно значение.'],
    [['--out', '/tmp/x', '--force=yes'], 'Параметр «--force» пишется без значения.'],
    [['--out', '/tmp/x', 'large'], 'Лишнее слово «large»'],
  ])('%j', (args, problem) => {
    const { code, printed } = run(args);
    expect(code).toBe(2);
    expect(printed).toContain(problem);
    expect(printed).toContain('Использование: npm run generate -- --out ПАПКА');
    expect(printed).not.toMatch(/\bat \S+ \(|TypeError|ERR_PARSE_ARGS/);
  });

  test.each([['--help'], ['-h']])('%s prints the usage and succeeds', (flag) => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
    expect(main([flag])).toBe(0);
    expect(printed.join('\n')).toMatch(/^Использование: npm run generate -- --out ПАПКА/);
  });

  test('a size it does not know prints the usage', () => {
    const { code, printed } = run(['--out', '/tmp/x', '--size', 'gigantic']);
    expect(code).toBe(2);
    expect(printed).toMatch(/^Использование: /);
  });
});
