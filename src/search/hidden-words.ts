/**
 * The words a record is found by but a reader never sees: class and phone spellings, colloquial and
 * thesaurus words, and the sections a page stands in. They follow HIDDEN_WORDS_MARK at the end
 * of the record, so excerpts stop before them (src/search/excerpt.ts). Words that stand for the
 * record's title («горячая линия» for «Единый телефон по вопросам…») weigh like a heading; the rest
 * like body text.
 */
import { hyphenParts, searchAliases } from './aliases.ts';
import { entityWords } from './everyday-words.ts';
import { HIDDEN_WORDS_MARK } from './excerpt.ts';
import { escapeHtml, type Phone } from './html-nodes.ts';

/**
 * Pagefind weights of hidden words: a heading's and body text's. An item's title words weigh like its
 * `<h3>` (5 by default), a page's like its `<h1>` (7); on secondary records (src/search/split-page.ts)
 * like their lowered headings and text.
 */
export const HIDDEN_WEIGHTS = { item: { title: 5, body: 1 }, page: { title: 7, body: 1 }, secondary: { title: 2, body: 0.5 } } as const;
export type HiddenWeights = (typeof HIDDEN_WEIGHTS)[keyof typeof HIDDEN_WEIGHTS];

export interface HiddenWordsSource {
  /** The record's title as shown. */
  title: string;
  /** The record's whole visible text. */
  text: string;
  /** Words that name what the record is (the sections above a page, «Инструкции»): found like its title. */
  kind?: string;
  /**
   * The name of the list the item stands in («План-график», «Контакты»): «срок выдачи устройств по
   * плану» names the plan to say where to look, so each of its items answers to it, like body text.
   */
  list?: string;
  /** The record's call links. */
  phones: readonly Phone[];
  /** Whether the record links to another site. */
  linksOut?: boolean;
  /** Whether the record shows a site's address («sferum.ru»). */
  webAddress?: boolean;
}

/** The hidden words of a record: those that stand for its title, and the others. */
export function hiddenWords({ title, text, kind = '', list = '', phones, linksOut = false, webAddress = false }: HiddenWordsSource): {
  title: string[];
  body: string[];
} {
  const kindWords = kind.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  const titleWords = [
    ...new Set([
      ...searchAliases(`${title} ${kind}`, []).split(' '),
      ...entityWords(`${title} ${kind}`).join(' ').split(' '),
      ...kindWords,
    ]),
  ].filter(Boolean);
  // People type «телефон психолога»: an item with a call link answers to «телефон» even when its text
  // shows only the number.
  const callWords = phones.length > 0 ? ['телефон', 'номер', 'позвонить', 'связаться', 'поговорить'] : [];
  // «ссылка на урок 5а», «ссылка на сферум»: the link is the record's, but its address is no word of its text.
  const linkWords = [...(linksOut ? ['ссылка', 'ссылку', 'ссылки'] : []), ...(webAddress ? ['сайт', 'сайта', 'адрес'] : [])];
  const body = [
    ...searchAliases(
      text,
      phones.map((phone) => phone.dial),
    ).split(' '),
    // The list's own words only: its thesaurus words («мероприятия» for «План-график») would make every
    // item answer for the page.
    ...(list ? [...list.toLowerCase().split(/[^\p{L}\p{N}-]+/u), ...hyphenParts(list)] : []),
    ...callWords,
    ...linkWords,
  ].filter(Boolean);
  const seen = new Set(titleWords);
  return { title: titleWords, body: [...new Set(body)].filter((word) => !seen.has(word)) };
}

/** The hidden block's HTML, and for an item with a phone the `phone`/`tel` meta the result list shows as a call link. */
export function hiddenBlock(words: { title: string[]; body: string[] }, weight: HiddenWeights, phone?: Phone): string {
  const meta = phone
    ? `<span data-pagefind-meta="phone:${escapeHtml(phone.written)}"></span><span data-pagefind-meta="tel:${escapeHtml(phone.dial)}"></span>`
    : '';
  if (words.title.length === 0 && words.body.length === 0) return meta;
  // The title's words also go to the result's data, where the search box tells an entity's own record
  // from a mention (src/search/query/find-records.ts).
  const titleMeta = words.title.length > 0 ? `<span data-pagefind-meta="title_words:${escapeHtml(words.title.join(' '))}"></span>` : '';
  const part = (list: string[], value: number) =>
    list.length > 0 ? `<p data-pagefind-weight="${value}">${escapeHtml(list.join(' '))}</p>` : '';
  return `${meta}${titleMeta}<div>${HIDDEN_WORDS_MARK} ${part(words.title, weight.title)}${part(words.body, weight.body)}</div>`;
}
