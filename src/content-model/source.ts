/**
 * Reading one content file into data that remembers where every value came from. Everything that can
 * go wrong with a file an editor saved — empty, binary, not UTF-8, tabs, broken YAML, a missing
 * frontmatter — becomes a Problem with a line and column, never an exception.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
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

function fileProblem(file: string, message: string, position: Position = { line: 1, column: 1 }): Problem {
  return { severity: 'error', file, line: position.line, column: position.column, field: '', message };
}

/** Decodes bytes as UTF-8 text, or says in Russian why the file is not text we can read. */
export function decodeText(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  if (bytes.length === 0 || bytes.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) {
    return { ok: false, problems: [fileProblem(file, 'файл пуст — заполните его по образцу или удалите')] };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      problems: [fileProblem(file, 'это не текстовый файл (похоже на картинку или документ) — сохраните его как обычный текст или уберите из папки content')],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          'файл сохранён не в кодировке UTF-8 (вероятно, Windows-1251) — откройте его в редакторе и сохраните как «UTF-8»',
        ),
      ],
    };
  }
}

/** Russian wording for the YAML library's error codes. */
function yamlErrorMessage(code: string, fallback: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'в отступе стоит табуляция — в YAML отступы делаются только пробелами (по два на уровень)';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'неверный отступ — выровняйте строку пробелами так же, как соседние поля того же уровня';
    case 'DUPLICATE_KEY':
      return 'поле указано дважды — оставьте одно из них';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return 'не удаётся разобрать строку — проверьте двоеточие после имени поля и кавычки вокруг текста с «:» или «#»';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'после имени поля нет двоеточия или отступ сбит — напишите «поле: значение»';
    case 'MISSING_QUOTE':
    case 'BAD_DQ_ESCAPE':
      return 'кавычка открыта, но не закрыта — закройте её в конце значения';
    default:
      return `ошибка в разметке YAML (${fallback.split('\n')[0]}) — сравните строку с образцом`;
  }
}

/** Finds the node of a field path in a YAML document. */
function nodeAt(doc: Document, path: readonly PropertyKey[], on: 'key' | 'value'): Node | undefined {
  let node: unknown = doc.contents;
  let best: Node | undefined = (doc.contents as Node | null) ?? undefined;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      if (last && on === 'key' && isScalar(pair.key)) return pair.key;
      node = pair.value;
      best = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      node = isPair(item) ? item.value : item;
      best = (node as Node | null) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** Parses YAML text; `lineOffset` shifts positions when the YAML is a Markdown frontmatter. */
export function parseYamlSource(file: string, text: string, lineOffset = 0): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const toPosition = (offset: number | undefined): Position => {
    const position = lineCounter.linePos(offset ?? 0);
    return { line: position.line + lineOffset, column: position.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => fileProblem(file, yamlErrorMessage(error.code, error.message), toPosition(error.pos[0]))),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  return {
    ok: true,
    source: {
      data,
      locate: (path, on = 'value') => {
        const node = nodeAt(doc, path, on);
        return toPosition(node?.range?.[0]);
      },
    },
  };
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML frontmatter (parsed) and its body. */
export function parseMarkdownSource(file: string, text: string): ReadResult {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          'в начале файла нет блока полей между строками «---» — начните файл со строки «---», перечислите поля (title: …) и закройте блок строкой «---»',
        ),
      ],
    };
  }
  const frontmatter = match[1] ?? '';
  if (frontmatter.trim() === '') {
    return { ok: false, problems: [fileProblem(file, 'блок полей между строками «---» пуст — заполните его по образцу')] };
  }
  const parsed = parseYamlSource(file, frontmatter, 1);
  if (!parsed.ok) return parsed;
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  return { ok: true, source: { ...parsed.source, body, bodyLine } };
}
