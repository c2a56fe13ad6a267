/**
 * Splits a built page into search records. A page whose content is one block (a guide, a class
 * timetable) is one record. A page that lists many items (contacts, staff, FAQ, meetings, documents)
 * marks each item with `data-pagefind-body` and an `id`; each becomes its own record whose URL ends
 * in that anchor, so a result leads to the exact place and carries its own phone and filters.
 */
import { parse } from 'parse5';
import { searchAliases } from './aliases.ts';
import { SECONDARY_ATTRIBUTE } from './markers.ts';

export interface SearchRecord {
  /** Site path with the anchor, e.g. `/contacts/#psychologist` (no base: Pagefind adds it). */
  url: string;
  /** A small HTML document Pagefind indexes as it would a page. */
  html: string;
}

interface Element {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Element[];
  value?: string;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

function attribute(node: Element, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

function walk(node: Element, visit: (node: Element) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
}

function textOf(node: Element): string {
  let text = '';
  walk(node, (child) => {
    if (child.nodeName === '#text') text += `${child.value ?? ''} `;
  });
  return text;
}

/** The tap-to-call links of a block: the number dialled and the number as written. */
function phonesOf(node: Element): { dial: string; written: string }[] {
  const phones: { dial: string; written: string }[] = [];
  walk(node, (child) => {
    const target = child.nodeName === 'a' ? attribute(child, 'href') : undefined;
    if (target?.startsWith('tel:')) phones.push({ dial: target.slice(4), written: textOf(child).trim() });
  });
  return phones;
}

/** The alias words of a block (class names and phones in other spellings). */
function aliasesOf(node: Element): string {
  const phones = phonesOf(node);
  // People type «телефон психолога»: an item with a call link answers to «телефон» even when its text
  // shows only the number.
  const callWords = phones.length > 0 ? ' телефон номер позвонить' : '';
  return `${searchAliases(textOf(node), phones.map((phone) => phone.dial))}${callWords}`.trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Alias words, and for an item with a phone the `phone`/`tel` meta the result list shows as a call link. */
function aliasBlock(words: string, phone?: { dial: string; written: string }): string {
  const meta = phone
    ? `<span data-pagefind-meta="phone:${escapeHtml(phone.written)}"></span><span data-pagefind-meta="tel:${escapeHtml(phone.dial)}"></span>`
    : '';
  return `${meta}${words ? `<p>${escapeHtml(words)}</p>` : ''}`;
}

/**
 * Pages of the school's own organisation (the plan-schedule, the communication schedule) mention
 * «психолог», «директор», «видеоурок» in passing; parents who type those words want the contact, the
 * staff card or the guide. Their records weigh less — text and headings alike (Pagefind gives every
 * heading its own weight, so a weight on the block alone would not reach them).
 */
const SECONDARY_PAGES = ['/plan/', '/communication/'];
const SECONDARY_WEIGHT = { text: '0.5', heading: '2' };

function demoted(content: string): string {
  return `<div data-pagefind-weight="${SECONDARY_WEIGHT.text}">${content.replace(/<h([1-6])(?=[\s>])/g, `<h$1 data-pagefind-weight="${SECONDARY_WEIGHT.heading}"`)}</div>`;
}

/** Closing tags after which a reader sees a break, so the indexed text needs a space. */
const BLOCK_END = /<\/(p|div|li|dt|dd|h[1-6]|td|th|tr|section|article|header|footer|ul|ol|dl|figcaption|blockquote)>/g;

/** One indexable document: the blocks (their own body markers removed) and the aliases in one body. */
function documentWith(lang: string, secondary: boolean, blocks: string[], aliases: string): string {
  const joined = blocks
    .map((block) => block.replace(/^(<[^>]*?)\s+data-pagefind-body(="[^"]*")?/, '$1'))
    .join('')
    // The built HTML is compressed (no whitespace between tags), and Pagefind joins the text of
    // adjacent elements as it finds it: «Когда</dt><dd>вт» would become «Когдавт» in excerpts and words.
    .replace(BLOCK_END, '$& ');
  const content = secondary ? demoted(joined) : joined;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${content}${aliases}</main></body></html>`;
}

/** Records for one page; `pageUrl` is its site path such as `/contacts/`. */
export function splitPage(html: string, pageUrl: string): SearchRecord[] {
  const document = parse(html, { sourceCodeLocationInfo: true }) as unknown as Element;
  const bodies: Element[] = [];
  let lang = 'ru';
  walk(document, (node) => {
    if (node.nodeName === 'html') lang = attribute(node, 'lang') ?? lang;
    if (attribute(node, 'data-pagefind-body') !== undefined) bodies.push(node);
  });
  if (bodies.length === 0) return [];

  const slice = (node: Element) => html.slice(node.sourceCodeLocation!.startOffset, node.sourceCodeLocation!.endOffset);
  const items = bodies.filter((node) => attribute(node, 'id'));
  if (bodies.length > 1 && items.length === bodies.length) {
    return items.map((node) => ({
      url: `${pageUrl}#${attribute(node, 'id')}`,
      html: documentWith(lang, SECONDARY_PAGES.includes(pageUrl) || attribute(node, SECONDARY_ATTRIBUTE) !== undefined, [slice(node)], aliasBlock(aliasesOf(node), phonesOf(node)[0])),
    }));
  }
  return [{ url: pageUrl, html: documentWith(lang, SECONDARY_PAGES.includes(pageUrl), bodies.map(slice), aliasBlock(bodies.map(aliasesOf).join(' '))) }];
}
