/**
 * Reading one content file into data that remembers where every value came from. Everything that can
 * go wrong with a file an editor saved — empty, binary, not UTF-8, tabs, broken YAML, a missing
 * frontmatter — becomes a Problem with a line and column, never an exception.
 *
 * This file holds what every kind of file shares: the result of reading one, and turning its bytes
 * into text. YAML is read by yaml-source.ts (its errors worded by yaml-errors.ts), Markdown by
 * markdown-source.ts.
 */
import type { Position, Problem } from './problem.ts';

/** Parsed data of a file, and a way back from a field path to its line and column. */
export interface ParsedSource {
  /** The plain data (what the schema validates). */
  data: unknown;
  /** Where a field is; for a missing field, where its parent object is. */
  locate(path: readonly PropertyKey[], on?: 'key' | 'value'): Position;
  /** The Markdown body after the frontmatter (Markdown files only). */
  body?: string;
  /** Line on which the body starts (1-based). */
  bodyLine?: number;
}

export type ReadResult = { ok: true; source: ParsedSource } | { ok: false; problems: Problem[] };

/** A problem with the file itself (not with one field), at its start unless a position is given. */
export function fileProblem(file: string, message: string, position: Position = { line: 1, column: 1 }): Problem {
  return { severity: 'error', file, line: position.line, column: position.column, field: '', message };
}

/** Decodes bytes as UTF-8 text, or says in Russian why the file is not text we can read. */
export function decodeText(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  if (bytes.length === 0 || bytes.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) {
    return { ok: false, problems: [fileProblem(file, 'файл пуст — заполните его по образцу или удалите')] };
  }
  // Notepad's «Юникод» saves UTF-16 with a byte-order mark; its NUL bytes would otherwise read as «binary».
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      problems: [fileProblem(file, 'файл сохранён в кодировке UTF-16 («Юникод») — откройте его в редакторе и сохраните как «UTF-8»')],
    };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          'это не текстовый файл (похоже на картинку или документ) — сохраните его как обычный текст или уберите из папки content',
        ),
      ],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return {
      ok: false,
      problems: [
        fileProblem(file, 'файл сохранён не в кодировке UTF-8 (вероятно, Windows-1251) — откройте его в редакторе и сохраните как «UTF-8»'),
      ],
    };
  }
}
