/**
 * Reading a YAML file (or a Markdown frontmatter) into data that can say where each value is: quickly
 * with js-yaml when it can (quick-yaml.ts), exactly with the `yaml` package when a position is asked
 * for or the file has a mistake; duplicate keys and YAML tags are refused here with a position.
 */
import type { Document, Node } from 'yaml';
import { onFirstUse } from '../lib/on-first-use.ts';
import type { Position } from './problem.ts';
import { quickYamlData } from './quick-yaml.ts';
import { fileProblem, type ReadResult } from './source.ts';
import { yamlErrorMessage, yamlErrorOffset } from './yaml-errors.ts';

/** The exact YAML reader (positions, error codes), loaded only when a file needs it (quick-yaml.ts). */
const yamlPackage = onFirstUse<typeof import('yaml')>('yaml');

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
