/**
 * The quick YAML reader (js-yaml) must never disagree with the exact one (`yaml`): whatever it accepts,
 * the exact reader accepts with the same data, so the checker's verdicts and the site's data do not
 * depend on which reader a file took. Checked on every file of the sample, the test school and
 * generated schools of other seeds, on hand-written files with the constructs where YAML readers are
 * known to differ, and on 2,000 mutated files (a character dropped or added, lines swapped or
 * unindented) — the mistakes editors make.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quickYamlData } from '../../src/content-model/quick-yaml.ts';
import { parseYamlExactly, parseYamlSource } from '../../src/content-model/yaml-source.ts';
import { generateSchool } from '../../scripts/bench/generate.ts';
import { createRandom } from '../../scripts/bench/random.ts';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The YAML of a content file: the whole file, or a Markdown file's frontmatter. */
function yamlOf(path: string, text: string): string | undefined {
  if (path.endsWith('.yaml')) return text;
  if (/\.mdx?$/.test(path)) return FRONTMATTER.exec(text)?.[1];
  return undefined;
}

function folderTexts(dir: string, prefix = ''): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return folderTexts(path, `${prefix}${name}/`);
    const yaml = yamlOf(name, readFileSync(path, 'utf8'));
    return yaml === undefined ? [] : [[`${prefix}${name}`, yaml]];
  });
}

const corpus: [string, string][] = [
  ...folderTexts('content').map(([path, text]): [string, string] => [`content/${path}`, text]),
  ...folderTexts('tests/fixtures/minimal-school').map(([path, text]): [string, string] => [`minimal-school/${path}`, text]),
  ...[2, 3, 5].flatMap((seed) =>
    [...generateSchool({ seed, size: 'small' })].flatMap(([path, text]): [string, string][] => {
      const yaml = yamlOf(path, text);
      return yaml === undefined ? [] : [[`seed ${seed}/${path}`, yaml]];
    }),
  ),
];

/** Files where YAML readers are known to part ways (1.1 against 1.2, numbers, keys, scalars). */
const TRICKY = [
  'start: 08:30\nend: 12:30:15\n',
  'a: 014\nb: 0o14\nc: 0x1F\nd: 1e3\ne: .5\nf: +1\ng: -0\nh: .inf\ni: -.Inf\nj: .NaN\nk: 1.\nl: 0b101\nm: 1__0\n',
  'a: yes\nb: no\nc: on\nd: off\ne: y\nf: True\ng: FALSE\nh: ~\ni: Null\nj:\nk: NULL\n',
  'date: 2026-11-13\nstamp: 2026-11-13T08:30:00Z\n',
  'text: |\n  строка один\n  строка два\n\nfolded: >\n  первая\n  вторая\n\n  после пустой\nkeep: |+\n  x\n\nstrip: >-\n  y\n',
  'plain: одна строка\n  продолжается здесь\nnext: 1\n',
  "q: \"tab\\there \\u0041 \\x41 \\\" end\"\ns: 'it''s'\n",
  '1: один\n2.5: два\ntrue: три\nnull: четыре\n',
  '- [a, b, {c: d}]\n- {e: [f, g]}\n-\n- - nested\n  - list\n',
  '--- \nkey: value\n...\n',
  '%YAML 1.2\n---\nkey: value\n',
  'key: value # comment\n# line comment\nother: "#not a comment"\n',
  'url: https://example.org/a?b=c#d\nmail: a@b.ru\n',
  'k: value with: colon\n',
  'list:\n- a\n- b\nmap:\n  x: 1\n',
  'key: "unclosed\n',
  'key: [a, b\n',
  'a: 1\na: 2\n',
  '? complex\n: value\n',
  'key:\tvalue\n',
  '\tkey: value\n',
  'key: value\r\nother: value\r\n',
  'emoji: "😀"\nescaped: "\\U0001F600"\n',
  'long: 12345678901234567890\nphone: +7 (495) 123-45-67\nphone2: 84951234567\n',
  'a: "x"y\n',
  'a: b\n  c: d\n',
  "a: 'multi\n  line'\n",
  'a: "multi\n  line"\n',
  '[a, b]: c\n',
  'a: -\n',
  'a: - b\n',
  '- a\nb: c\n',
  'a:\n  - b\n  c: d\n',
  'a: @b\n',
  'a: `b`\n',
  'a: |\n b\n  c\n',
  'a: >2\n   indented\n',
  'a: 0.1e+3\nb: 1E3\nc: 1e\nd: 0e0\n',
  'a: 1:20\nb: -1:20\n',
  '',
  '# only a comment\n',
  'just a string\n',
  '- one\n---\n- two\n',
];

const INSERTED = [
  '\r',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\\',
  '\x85',
  ' ',
  ':',
  '-',
  '#',
  '"',
  "'",
  '\t',
  '\n',
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '?',
  '%',
  '@',
  '`',
  '0',
  'а',
  ': ',
  '- ',
];

/** An editor's slip: a character dropped or added, a line repeated, unindented or moved. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + INSERTED[Math.floor(next() * INSERTED.length)] + text.slice(at);
    case 2:
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 3:
      lines[line] = (lines[line] ?? '').trimStart();
      return lines.join('\n');
    default: {
      const other = Math.floor(next() * lines.length);
      [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
      return lines.join('\n');
    }
  }
}

/** The quick reader either declines or gives exactly what the exact reader gives. */
function agreement(text: string): 'declined' | 'agreed' | string {
  const quick = quickYamlData(text);
  if (quick === undefined) return 'declined';
  const exact = parseYamlExactly('x.yaml', text, 0);
  if (!exact.ok) return `the quick reader accepted what the exact one refuses: ${exact.problems[0]?.message}`;
  try {
    expect(quick.data).toStrictEqual(exact.source.data);
  } catch {
    return `different data: ${JSON.stringify(quick.data)} against ${JSON.stringify(exact.source.data)}`;
  }
  return 'agreed';
}

describe('the quick YAML reader agrees with the exact one', () => {
  test('on every content file of the sample, the test school and schools of three other seeds', () => {
    expect(corpus.length).toBeGreaterThan(300);
    const outcomes = corpus.map(([path, text]) => [path, agreement(text)] as const);
    expect(outcomes.filter(([, outcome]) => outcome !== 'agreed' && outcome !== 'declined')).toEqual([]);
    // Most ordinary files do take the quick way, or it would save nothing.
    expect(outcomes.filter(([, outcome]) => outcome === 'agreed').length).toBeGreaterThan(corpus.length * 0.8);
  });

  test.each(TRICKY.map((text) => [JSON.stringify(text), text]))('on %s', (_name, text) => {
    expect(['agreed', 'declined']).toContain(agreement(text));
  });

  test('on 2,000 mutated files', () => {
    const { next } = createRandom(20261207);
    const disagreements: string[] = [];
    let agreed = 0;
    for (let round = 0; round < 2000; round++) {
      const [path, text] = corpus[Math.floor(next() * corpus.length)]!;
      let mutated = mutate(text, next);
      if (next() < 0.3) mutated = mutate(mutated, next);
      const outcome = agreement(mutated);
      if (outcome === 'agreed') agreed++;
      else if (outcome !== 'declined') disagreements.push(`${path}: ${JSON.stringify(mutated)} — ${outcome}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(agreed).toBeGreaterThan(300);
  });
});

describe('positions of a quickly read file', () => {
  test('are read exactly when a problem needs one', () => {
    const text = 'title: Контакты\nphones:\n  - number: "+7 495 123-45-67"\n    label: Приёмная\n';
    const read = parseYamlSource('contacts.yaml', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.source.locate(['phones', 0, 'label'])).toEqual({ line: 4, column: 12 });
    expect(read.source.locate(['phones', 0, 'label'], 'key')).toEqual({ line: 4, column: 5 });
  });

  test('in a frontmatter count the line of its opening «---»', () => {
    const read = parseYamlSource('guides/a.md', 'title: А\norder: x\n', 1);
    expect(read.ok && read.source.locate(['order'])).toEqual({ line: 3, column: 8 });
  });
});
