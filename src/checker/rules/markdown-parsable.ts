/**
 * Markdown the parser cannot take in reasonable time. It slows down with the cube of the nesting: a
 * list nested 400 levels took 22 s to parse, 2,000 levels would take hours (in the checker and again
 * in the build), and 5,000 quotes in quotes overflowed the renderer's stack, so the page was published
 * without its text. A long run of `*` or `_` costs it the square of the run: 4,000 stars took 2 s,
 * 20,000 about a minute. No editor writes either on purpose — it is a paste gone wrong — so the
 * checker reads every line before any parser sees the text, and reports the first such line.
 */
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { LIMITS } from '../limits.ts';

/** The run of quote and list markers and indentation a line starts with. */
const LEADING = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const MARKER = />|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A run of emphasis marks longer than the limit. */
const LONG_RUN = new RegExp(`[*_]{${LIMITS.markRun + 1}}`);

export type Unparsable = { line: number; reason: 'nesting' | 'marks' };

/** The first line (0-based) of a text the parser could not take, and why; fenced code is left alone. */
export function unparsableLine(text: string): Unparsable | undefined {
  let fence: string | undefined;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const opener = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      continue;
    }
    const lead = LEADING.exec(line)![0];
    const markers = lead.match(MARKER)?.length ?? 0;
    const columns = lead.replace(/\t/g, '    ').length;
    if (markers > LIMITS.nestingMarkers || columns > LIMITS.indentColumns) return { line: index, reason: 'nesting' };
    if (LONG_RUN.test(line)) return { line: index, reason: 'marks' };
  }
  return undefined;
}

const MESSAGES: Record<Unparsable['reason'], string> = {
  nesting: `слишком глубокая вложенность: в начале строки больше ${LIMITS.nestingMarkers} знаков цитаты или списка («>», «-», «1.») или больше ${LIMITS.indentColumns} пробелов — так текст не разобрать; уберите лишние знаки и отступы (обычно это ошибка при вставке текста)`,
  marks: `в строке подряд больше ${LIMITS.markRun} звёздочек или подчёркиваний — так текст не разобрать; уберите лишние (для черты между частями текста достаточно строки «---»)`,
};

/** Entries the parser could not take (each with its problem), and the rest, which are safe to parse. */
export function splitParsable<T extends Pick<RawEntry, 'file' | 'source'>>(entries: readonly T[]): { problems: Problem[]; safe: T[] } {
  const problems: Problem[] = [];
  const safe: T[] = [];
  for (const entry of entries) {
    const found = entry.source.body === undefined ? undefined : unparsableLine(entry.source.body);
    if (found === undefined) {
      safe.push(entry);
      continue;
    }
    problems.push({
      severity: 'error',
      file: entry.file,
      line: (entry.source.bodyLine ?? 1) + found.line,
      column: 1,
      field: '',
      message: MESSAGES[found.reason],
    });
  }
  return { problems, safe };
}
