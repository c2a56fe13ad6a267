/**
 * Markdown nested too deeply. The Markdown parser slows down with the cube of the nesting: a list
 * nested 400 levels took 22 s to parse, 2,000 levels would take hours (in the checker and again in
 * the build), and 5,000 quotes in quotes overflowed the renderer's stack, so the page was published
 * without its text. No editor nests that deep on purpose — it is a paste gone wrong — so the checker
 * reads the start of every line before any parser sees the text, and reports the first line too deep.
 */
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { LIMITS } from '../limits.ts';

/** The run of quote and list markers and indentation a line starts with. */
const LEADING = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const MARKER = />|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The first line (0-based) of a text nested deeper than the limits allow, outside fenced code. */
export function tooDeepLine(text: string): number | undefined {
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
    if (markers > LIMITS.nestingMarkers || columns > LIMITS.indentColumns) return index;
  }
  return undefined;
}

/** Entries nested too deeply (each with its problem), and the rest, which are safe to parse. */
export function splitByDepth<T extends Pick<RawEntry, 'file' | 'source'>>(entries: readonly T[]): { problems: Problem[]; safe: T[] } {
  const problems: Problem[] = [];
  const safe: T[] = [];
  for (const entry of entries) {
    const line = entry.source.body === undefined ? undefined : tooDeepLine(entry.source.body);
    if (line === undefined) {
      safe.push(entry);
      continue;
    }
    problems.push({
      severity: 'error',
      file: entry.file,
      line: (entry.source.bodyLine ?? 1) + line,
      column: 1,
      field: '',
      message: `слишком глубокая вложенность: в начале строки больше ${LIMITS.nestingMarkers} знаков цитаты или списка («>», «-», «1.») или больше ${LIMITS.indentColumns} пробелов — так текст не разобрать; уберите лишние знаки и отступы (обычно это ошибка при вставке текста)`,
    });
  }
  return { problems, safe };
}
