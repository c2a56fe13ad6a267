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

/**
 * Hyphenated texts by their text: the header, menu and footer repeat on every page, and most words on
 * many pages. Lives as long as the build (a few megabytes for the large benchmark school).
 */
const hyphenated = new Map<string, string>();

/** Soft hyphens in the long Russian words of a piece of text; tokens that look like an address, a phone or code stay whole. */
export function hyphenateText(text: string): string {
  let result = hyphenated.get(text);
  if (result === undefined) hyphenated.set(text, (result = hyphenateTokens(text)));
  return result;
}

function hyphenateTokens(text: string): string {
  return text.replace(/[^\s]+/g, (token) => {
    if (/[0-9@/\\_:.a-zA-Z&]/.test(token.replace(/[.,:;!?»)…]+$/, ''))) return token;
    return token.replace(/[А-Яа-яЁё]+/g, (word) =>
      word.length < MIN_LETTERS || word === word.toUpperCase() || word.includes(SOFT_HYPHEN)
        ? word
        : hyphen.hyphenateSync(word, { minWordLength: MIN_LETTERS }),
    );
  });
}

/** A built page parsed with the source positions the hyphenation (and the search indexer) need. */
export function parsePage(html: string): unknown {
  return parse(html, { sourceCodeLocationInfo: true });
}

type Ranges = { start: number; end: number }[];

/**
 * Text ranges of pages the search indexer parsed (by file, with the page's HTML), so the hyphenation
 * pass after it does not parse every page a second time (1.2 s of the large benchmark school's build).
 */
const indexedPages = new Map<string, { html: string; ranges: Ranges }>();

/** Remembers the text ranges of a page parsed elsewhere (`document` from `parsePage(html)`), for `hyphenatePage`. */
export function rememberParsedPage(file: string, html: string, document: unknown): void {
  indexedPages.set(file, { html, ranges: textRanges(document as Node) });
}

/** The page of a built file with soft hyphens, using the ranges remembered for the same HTML if there are. */
export function hyphenatePage(file: string, html: string): string {
  const known = indexedPages.get(file);
  indexedPages.delete(file);
  return known?.html === html ? withHyphens(html, known.ranges) : hyphenateHtml(html);
}

/** The page with soft hyphens in its Russian text; everything else unchanged. */
export function hyphenateHtml(html: string): string {
  return withHyphens(html, textRanges(parsePage(html) as Node));
}

/** Where the text to hyphenate is in the page's source, in order. */
function textRanges(document: Node): Ranges {
  const ranges: Ranges = [];
  const visit = (node: Node) => {
    if (skips(node)) return;
    if (node.nodeName === '#text' && node.sourceCodeLocation)
      ranges.push({ start: node.sourceCodeLocation.startOffset, end: node.sourceCodeLocation.endOffset });
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(document);
  return ranges.sort((a, b) => a.start - b.start);
}

function withHyphens(html: string, ranges: Ranges): string {
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at) continue;
    out += html.slice(at, start) + hyphenateText(html.slice(start, end));
    at = end;
  }
  return out + html.slice(at);
}
