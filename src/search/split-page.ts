/**
 * Splits a built page into search records. A page whose content is one block (a guide, a class
 * timetable) is one record. A page that lists many items (contacts, staff, FAQ, meetings, documents)
 * marks each item with `data-pagefind-body` and an `id`; each becomes its own record whose URL ends
 * in that anchor, so a result leads to the exact place and carries its own phone and filters. Such a
 * page also gets a record of its own (its heading and summary), so a question about the whole list
 * («план-график», «координаторы») finds the page.
 */
import { parse } from 'parse5';
import { HIDDEN_WEIGHTS, hiddenBlock, hiddenWords } from './hidden-words.ts';
import { attribute, escapeHtml, find, findAll, linksOut, phonesOf, showsWebAddress, textOf, walk, type Element } from './html-nodes.ts';
import { KIND_ATTRIBUTE, NAMES_ATTRIBUTE, SECONDARY_ATTRIBUTE } from './markers.ts';
import { formatPlaces, PLACES_META, type NamedPlace } from './named-places.ts';
import { searchAliases } from './aliases.ts';

export interface SearchRecord {
  /** Site path with the anchor, e.g. `/contacts/#psychologist` (no base: Pagefind adds it). */
  url: string;
  /** A small HTML document Pagefind indexes as it would a page. */
  html: string;
}

/**
 * Pages of the school's own organisation (the plan-schedule, the communication schedule) mention
 * «психолог», «директор», «видеоурок» in passing; parents who type those words want the contact, the
 * staff card or the guide. Their items weigh less — text and headings alike (Pagefind gives every
 * heading its own weight, so a weight on the block alone would not reach them).
 */
const SECONDARY_PAGES = ['/plan/', '/communication/'];
const SECONDARY_WEIGHT = { text: '0.5', heading: '2' };
/**
 * The heading of a record that is an entity's own page (a class timetable, a guide, a page): above
 * Pagefind's default for `<h1>` (7), so «1 А класс» finds the class's timetable before a meeting of
 * that class, which names it in a smaller heading.
 */
const OWN_PAGE_HEADING_WEIGHT = '10';

/**
 * Demoted content, marked as such in the record's data too: the search box's own ranking
 * (src/search/query/rank.ts) would otherwise lift such an item by its title.
 */
function demoted(content: string): string {
  return `<span data-pagefind-meta="secondary:yes"></span><div data-pagefind-weight="${SECONDARY_WEIGHT.text}">${content.replace(/<h([1-6])(?=[\s>])/g, `<h$1 data-pagefind-weight="${SECONDARY_WEIGHT.heading}"`)}</div>`;
}

/** Closing tags after which a reader sees a break, so the indexed text needs a space. */
const BLOCK_END = /<\/(p|div|li|dt|dd|h[1-6]|td|th|tr|section|article|header|footer|ul|ol|dl|figcaption|blockquote)>/g;
/** One element closing right where the next opens («…Владимировна</span><span>Педагог…»): separate words for a reader. */
const ADJACENT_ELEMENTS = /(<\/[a-z][a-z0-9]*>)(?=<[a-z])/g;
/** Text running straight into a block («…2026<p>…»). */
const TEXT_BEFORE_BLOCK = /(?<=[^\s>])(?=<(p|div|li|dt|dd|h[1-6]|td|th|tr|br|section|article|ul|ol|dl)[\s>/])/g;

/** The blocks' HTML with their own body markers removed and a space wherever a reader sees a break. */
function spaced(blocks: string[]): string {
  return (
    blocks
      .map((block) => block.replace(/^(<[^>]*?)\s+data-pagefind-body(="[^"]*")?/, '$1'))
      .join('')
      // The built HTML is compressed (no whitespace between tags), and Pagefind joins the text of
      // adjacent elements as it finds it: «Когда</dt><dd>вт» would become «Когдавт» in excerpts and words.
      .replace(BLOCK_END, '$& ')
      .replace(ADJACENT_ELEMENTS, '$1 ')
      .replace(TEXT_BEFORE_BLOCK, ' ')
  );
}

const documentOf = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${body}</main></body></html>`;

/** The shown title of a block: the element marked as the result title, else its first heading. */
function titleOf(node: Element): string {
  const title =
    find(node, (child) => attribute(child, 'data-pagefind-meta') === 'title') ?? find(node, (child) => /^h[1-3]$/.test(child.nodeName));
  return title ? textOf(title).trim() : '';
}

interface PageParts {
  lang: string;
  bodies: Element[];
  heading?: Element;
  description: string;
  /**
   * What the page is: the sections above it in its breadcrumbs («Инструкции» for a guide), without
   * «Главная», and the text the page marks as naming it (a guide's topic, «Домашнее задание»).
   */
  sections: string[];
}

function partsOf(document: Element): PageParts {
  const parts: PageParts = { lang: 'ru', bodies: [], description: '', sections: [] };
  walk(document, (node) => {
    if (node.nodeName === 'html') parts.lang = attribute(node, 'lang') ?? parts.lang;
    if (attribute(node, 'data-pagefind-body') !== undefined) parts.bodies.push(node);
    if (node.nodeName === 'h1') parts.heading ??= node;
    if (node.nodeName === 'meta' && attribute(node, 'name') === 'description') parts.description = attribute(node, 'content') ?? '';
    if (node.nodeName === 'nav' && /\bbreadcrumbs\b/.test(attribute(node, 'class') ?? '')) {
      walk(node, (link) => {
        if (link.nodeName === 'a' && attribute(link, 'href') !== undefined) parts.sections.push(textOf(link).trim());
      });
      parts.sections.shift();
    }
    if (attribute(node, NAMES_ATTRIBUTE) !== undefined) parts.sections.push(textOf(node).trim());
  });
  return parts;
}

/**
 * What a list page's own record is besides its title: the list of its items. «Все учителя список»,
 * «список документов» ask for the page, not for one card.
 */
const LIST_WORDS = 'список перечень';

/** The record of a list page itself: its heading (and what the heading's `data-search-kind` says) and summary. */
function pageRecord(lang: string, url: string, heading: Element, description: string, filter: string | undefined): SearchRecord {
  const title = textOf(heading).trim();
  const filterAttribute = filter ? ` data-pagefind-filter="${escapeHtml(filter)}"` : '';
  // What the heading says the page is besides its title (the plan's statuses: «что уже выполнено»).
  const kind = `${LIST_WORDS} ${attribute(heading, KIND_ATTRIBUTE) ?? ''}`.trim();
  const hidden = hiddenBlock(hiddenWords({ title, text: description, kind, phones: [] }), HIDDEN_WEIGHTS.page);
  return {
    url,
    html: documentOf(
      lang,
      `<h1 data-pagefind-meta="title" data-pagefind-weight="${OWN_PAGE_HEADING_WEIGHT}"${filterAttribute}>${escapeHtml(title)}</h1> <p>${escapeHtml(description)}</p> ${hidden}`,
    ),
  };
}

/**
 * The parts of a one-record page with an `id` that hold a naming heading (src/search/named-places.ts):
 * the outermost such part (a shift's section, not its heading's own `id` inside it), inside the indexed
 * content or beside it (the groups of the guides' list, under its indexed heading).
 */
function namedPlaces(document: Element): NamedPlace[] {
  const places: NamedPlace[] = [];
  const visit = (node: Element) => {
    // The indexed block, and what holds it (`<main id="main">`), are the page, not a place on it.
    const holdsPage = (child: Element) => find(child, (inner) => attribute(inner, 'data-pagefind-body') !== undefined) !== undefined;
    const id = attribute(node, 'id') !== undefined && !holdsPage(node) ? attribute(node, 'id') : undefined;
    const names = id === undefined ? [] : findAll(node, (child) => attribute(child, NAMES_ATTRIBUTE) !== undefined);
    if (id === undefined || names.length === 0) {
      for (const child of node.childNodes ?? []) visit(child);
      return;
    }
    // Without soft hyphens, should the page come hyphenated already (src/lib/hyphenate-html.ts).
    const text = names.map(textOf).join(' ').replaceAll('\u00ad', '');
    // The alias words alone when there are any: «1смена» is the first shift, while «первая» would also
    // take «во сколько начинается первый урок» there.
    const aliases = searchAliases(text, []);
    const words = (aliases.trim() || text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    places.push({ id, name: text.replace(/\s+/g, ' ').trim(), words: [...new Set(words)] });
  };
  visit(document);
  return places;
}

/** The record's named places as its data, or nothing when it has fewer than two (one place is the page). */
function placesMeta(document: Element): string {
  const places = namedPlaces(document);
  return places.length > 1 ? `<span data-pagefind-meta="${PLACES_META}:${escapeHtml(formatPlaces(places))}"></span>` : '';
}

/** The section filter's value on an item («section:План-график» → «План-график»): the list it stands in. */
const listOf = (node: Element) => /(?:^|,)\s*section:([^,]+)/.exec(attribute(node, 'data-pagefind-filter') ?? '')?.[1]?.trim() ?? '';

/**
 * Records for one page; `pageUrl` is its site path such as `/contacts/`. `document` is the page parsed
 * with source positions, when the caller has it already.
 */
export function splitPage(
  html: string,
  pageUrl: string,
  document: unknown = parse(html, { sourceCodeLocationInfo: true }),
): SearchRecord[] {
  const { lang, bodies, heading, description, sections } = partsOf(document as Element);
  if (bodies.length === 0) return [];
  const slice = (node: Element) => html.slice(node.sourceCodeLocation!.startOffset, node.sourceCodeLocation!.endOffset);
  const secondaryPage = SECONDARY_PAGES.includes(pageUrl);

  const items = bodies.filter((node) => attribute(node, 'id'));
  if (bodies.length > 1 && items.length === bodies.length) {
    const own =
      heading && textOf(heading).trim()
        ? [pageRecord(lang, pageUrl, heading, description, attribute(items[0]!, 'data-pagefind-filter'))]
        : [];
    return [
      ...own,
      ...items.map((node) => {
        const secondary = secondaryPage || attribute(node, SECONDARY_ATTRIBUTE) !== undefined;
        const phones = phonesOf(node);
        const names = findAll(node, (child) => attribute(child, NAMES_ATTRIBUTE) !== undefined);
        const words = hiddenWords({
          title: titleOf(node),
          text: textOf(node),
          kind: [attribute(node, KIND_ATTRIBUTE) ?? '', ...names.map(textOf)].join(' ').trim(),
          list: listOf(node),
          phones,
          linksOut: linksOut(node),
          webAddress: showsWebAddress(node),
        });
        const content = spaced([slice(node)]) + hiddenBlock(words, secondary ? HIDDEN_WEIGHTS.secondary : HIDDEN_WEIGHTS.item, phones[0]);
        return { url: `${pageUrl}#${attribute(node, 'id')}`, html: documentOf(lang, secondary ? demoted(content) : content) };
      }),
    ];
  }
  const text = bodies.map(textOf).join(' ');
  // What the page's marked elements say it is in words they do not show (a class's other spellings).
  const kinds = bodies
    .flatMap((body) => findAll(body, (node) => attribute(node, KIND_ATTRIBUTE) !== undefined))
    .map((node) => attribute(node, KIND_ATTRIBUTE)!);
  const words = hiddenWords({
    title: heading ? textOf(heading).trim() : '',
    text,
    kind: [...sections, ...kinds].join(' '),
    phones: bodies.flatMap(phonesOf),
    linksOut: bodies.some(linksOut),
    webAddress: bodies.some(showsWebAddress),
  });
  const content =
    spaced(bodies.map(slice)) +
    hiddenBlock(words, secondaryPage ? HIDDEN_WEIGHTS.secondary : HIDDEN_WEIGHTS.page) +
    placesMeta(document as Element);
  const weighted = secondaryPage
    ? demoted(content)
    : content.replace(/<h1(?=[\s>])/, `<h1 data-pagefind-weight="${OWN_PAGE_HEADING_WEIGHT}"`);
  return [{ url: pageUrl, html: documentOf(lang, weighted) }];
}
