/**
 * Reading one content file into data that remembers where every value came from. Everything that can
 * go wrong with a file an editor saved — empty, binary, not UTF-8, tabs, broken YAML, a missing
 * frontmatter — becomes a Problem with a line and column, never an exception.
 */
import type { Document, Node } from 'yaml';
import { onFirstUse } from '../lib/on-first-use.ts';
import type { Position, Problem } from './problem.ts';
import { quickYamlData } from './quick-yaml.ts';

/** The exact YAML reader (positions, error codes), loaded only when a file needs it (quick-yaml.ts). */
const yamlPackage = onFirstUse<typeof import('yaml')>('yaml');

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

/**
 * Russian wording for the YAML library's errors. Some codes cover several mistakes (MISSING_CHAR is a
 * missing closing quote as well as a missing comma or bracket), so the library's English text decides.
 */
function yamlErrorMessage(code: string, fallback: string): string {
  if (code === 'MISSING_CHAR' || code === 'BAD_INDENT') {
    if (/Missing closing .?quote/.test(fallback)) return 'кавычка открыта, но не закрыта — закройте её в конце значения';
    if (/flow (sequence|map|collection)|to end with|Missing , /i.test(fallback)) {
      return 'скобка [ или { не закрыта или между элементами нет запятой — проверьте скобки и запятые: [mon, wed, fri]';
    }
    if (/Comments must be separated/.test(fallback))
      return 'перед «#» нет пробела — если «#» часть текста, возьмите всё значение в кавычки';
    if (/Implicit map keys need to be followed/.test(fallback)) return 'после имени поля нет двоеточия — напишите «поле: значение»';
    if (/Sequence item without - indicator/.test(fallback))
      return 'у элемента списка нет «- » — начните строку с «- », как у соседних элементов';
  }
  if (/Maximum call stack size exceeded/.test(fallback)) {
    return 'вложенность слишком глубокая — скобки [ { или отступы вложены друг в друга тысячи раз; сравните файл с образцом (обычно это ошибка при вставке текста)';
  }
  if (/Nested mappings are not allowed in compact mappings/.test(fallback)) {
    // «title: Сферум: как войти» — the commonest slip: a colon and a space inside an unquoted value.
    return 'в значении есть двоеточие с пробелом — возьмите всё значение в кавычки: title: "Сферум: как войти"';
  }
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
    case 'BAD_DQ_ESCAPE':
      return 'в тексте в двойных кавычках стоит «\\» — возьмите текст в одинарные кавычки или уберите «\\»';
    case 'BAD_SCALAR_START':
      // «handle: @petrov_iv» is the usual case: @ and ` cannot start a bare value.
      return 'значение начинается со знака, который в YAML нельзя ставить первым (@, `, %, |, >) — возьмите значение в кавычки: "@ivanova_mp"';
    case 'MULTIPLE_DOCS':
      return 'в файле лишняя строка «---» — в файлах .yaml она не нужна, удалите её';
    default:
      return `ошибка в разметке YAML (${fallback.split('\n')[0]}) — сравните строку с образцом`;
  }
}

/**
 * Where to point for a YAML error. The library reports an unclosed quote or bracket where the file
 * ends or the next line starts; the editor's mistake is at the opening quote or bracket before it.
 */
function yamlErrorOffset(text: string, message: string, offset: number): number {
  const opener = /Missing closing "quote/.test(message)
    ? '"'
    : /Missing closing 'quote/.test(message)
      ? "'"
      : /end with a \]/.test(message)
        ? '['
        : /end with a \}/.test(message)
          ? '{'
          : undefined;
  if (opener === undefined) return offset;
  const found = text.lastIndexOf(opener, Math.max(0, offset - 1));
  return found >= 0 ? found : offset;
}

/** Finds the node of a field path in a YAML document. */
function nodeAt(doc: Document, path: readonly PropertyKey[], on: 'key' | 'value'): Node | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlPackage();
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

/**
 * Keys that repeat an earlier key of the same map (their offsets; one pass per map, with a set), and
 * the first value with an explicit YAML tag (`!secret`, `!!binary`): editors never need one, our reader
 * and Astro's read them differently (text, bytes, or an «unknown tag» crash), so none is accepted.
 * One walk over the document finds both: it is a good part of reading a file.
 */
function duplicatesAndTag(doc: Document): { duplicates: number[]; tagged?: { tag: string; offset: number } } {
  const duplicates: number[] = [];
  let tagged: { tag: string; offset: number } | undefined;
  const { isMap, isScalar, isSeq, visit } = yamlPackage();
  visit(doc, (_key, node) => {
    if (tagged === undefined && (isScalar(node) || isMap(node) || isSeq(node)) && node.tag !== undefined && node.range) {
      tagged = { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!'), offset: node.range[0] };
    }
    if (!isMap(node)) return;
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (seen.has(key) && isScalar(pair.key) && pair.key.range) duplicates.push(pair.key.range[0]);
      seen.add(key);
    }
  });
  return tagged === undefined ? { duplicates } : { duplicates, tagged };
}

/** Where the tag before a value starts: the value's node begins after it. */
function tagStart(text: string, valueOffset: number): number {
  const found = text.slice(0, valueOffset).search(/!+[^\s!]*\s*$/);
  return found >= 0 ? found : valueOffset;
}

/**
 * Parses YAML text; `lineOffset` shifts positions when the YAML is a Markdown frontmatter. A plain file
 * is read quickly and read again exactly only if a position in it is asked for (quick-yaml.ts).
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): ReadResult {
  const quick = quickYamlData(text);
  if (quick === undefined) return parseYamlExactly(file, text, lineOffset);
  let exact: ReadResult | undefined;
  return {
    ok: true,
    source: {
      data: quick.data,
      locate: (path, on) => {
        exact ??= parseYamlExactly(file, text, lineOffset);
        // The exact reader accepts whatever the quick one does (tested); the start of the file is only a fallback.
        return exact.ok ? exact.source.locate(path, on) : { line: 1 + lineOffset, column: 1 };
      },
    },
  };
}

/** Parses YAML text with the `yaml` package: positions for every value, and Russian words for its errors. */
export function parseYamlExactly(file: string, text: string, lineOffset: number): ReadResult {
  const { LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  // Duplicate keys are found by duplicatesAndTag below: the library's own check compares every pair of
  // keys, and a map of 50,000 keys kept the checker busy for three minutes.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, version: '1.2' });
  const toPosition = (offset: number | undefined): Position => {
    const position = lineCounter.linePos(offset ?? 0);
    return { line: position.line + lineOffset, column: position.col };
  };
  if (doc.errors.length > 0) {
    // Nesting that overflowed the parser's stack is reported once, not at every level it unwound.
    const overflow = doc.errors.find((error) => /Maximum call stack size exceeded/.test(error.message));
    return {
      ok: false,
      problems: (overflow ? [overflow] : doc.errors).map((error) =>
        fileProblem(file, yamlErrorMessage(error.code, error.message), toPosition(yamlErrorOffset(text, error.message, error.pos[0]))),
      ),
    };
  }
  const { duplicates, tagged } = duplicatesAndTag(doc);
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: duplicates.map((offset) => fileProblem(file, yamlErrorMessage('DUPLICATE_KEY', ''), toPosition(offset))),
    };
  }
  if (tagged !== undefined) {
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          `пометка «${tagged.tag}» в YAML здесь не нужна — уберите её; если «!» часть текста, возьмите всё значение в кавычки: "!Важно"`,
          toPosition(tagStart(text, tagged.offset)),
        ),
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // The only way toJS fails on a parsed document is a «billion laughs» of aliases; report, never throw.
    return {
      ok: false,
      problems: [
        fileProblem(file, 'в файле слишком много ссылок-псевдонимов (*имя) — перепишите значения полностью, без «&» и «*»', toPosition(0)),
      ],
    };
  }
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
