/**
 * Russian hyphenation at build time: soft hyphens (U+00AD) inside long Russian words of a built HTML
 * page, so large print (the version for the visually impaired at 200 %) breaks a word with a visible
 * hyphen on every browser — CSS `hyphens: auto` for Russian is missing from Chromium on Android and
 * Windows. The patterns are the `hyphen` package's (TeX's Russian patterns).
 *
 * Only text is touched, never markup: parse5 locates each text node in the source and only those
 * ranges are rewritten, so the rest of the page stays byte for byte as Astro wrote it. Left alone:
 * scripts, styles, code, the title, phone and e-mail links, microdata values (`itemprop`), anything
 * not in Russian (`lang`), and
 * any word that is part of a web address, e-mail, phone or code (it has digits, Latin letters, `@`,
 * `/`, `.` or `_` in it); short words (they fit a line anyway) and abbreviations in capitals.
 */
import { parse } from 'parse5';
import hyphen from 'hyphen/ru/index.js';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

export const SOFT_HYPHEN = '\u00ad';
/** Shorter words fit a 320 px line even at 200 % print with the widest spacing (a 7-letter «Горячая» did not). */
const MIN_LETTERS = 6;
const SKIPPED = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'title', 'svg', 'math', 'template', 'head']);

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

function skips(node: Node): boolean {
  if (SKIPPED.has(node.nodeName)) return true;
  const lang = attr(node, 'lang');
  if (lang !== undefined && !/^ru\b/i.test(lang)) return true;
  if (attr(node, 'translate') === 'no' || attr(node, 'data-no-hyphens') !== undefined) return true;
  // A microdata value (staff's `fio`, `post`) is read by machines: it keeps its words whole.
  if (attr(node, 'itemprop') !== undefined && attr(node, 'itemscope') === undefined) return true;
  const href = attr(node, 'href');
  return node.nodeName === 'a' && href !== undefined && /^(tel|mailto|webcal):/i.test(href);
}

/** Soft hyphens in the long Russian words of a piece of text; tokens that look like an address, a phone or code stay whole. */
export function hyphenateText(text: string): string {
  return text.replace(/[^\s]+/g, (token) => {
    if (/[0-9@/\\_:.a-zA-Z&]/.test(token.replace(/[.,:;!?»)…]+$/, ''))) return token;
    return token.replace(/[А-Яа-яЁё]+/g, (word) =>
      word.length < MIN_LETTERS || word === word.toUpperCase() || word.includes(SOFT_HYPHEN) ? word : hyphen.hyphenateSync(word, { minWordLength: MIN_LETTERS }),
    );
  });
}

/** The page with soft hyphens in its Russian text; everything else unchanged. */
export function hyphenateHtml(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  const ranges: { start: number; end: number }[] = [];
  const visit = (node: Node) => {
    if (skips(node)) return;
    if (node.nodeName === '#text' && node.sourceCodeLocation) ranges.push({ start: node.sourceCodeLocation.startOffset, end: node.sourceCodeLocation.endOffset });
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(document);
  ranges.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at) continue;
    out += html.slice(at, start) + hyphenateText(html.slice(start, end));
    at = end;
  }
  return out + html.slice(at);
}
