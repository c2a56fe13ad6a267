/**
 * The words a record is found by but a reader never sees: class and phone spellings, colloquial and
 * thesaurus words, and the words of the page around an item. They follow HIDDEN_WORDS_MARK at the end
 * of the record, so excerpts stop before them (src/search/excerpt.ts). Words that stand for the
 * record's title («горячая линия» for «Единый телефон по вопросам…») weigh like a heading; the rest
 * like body text.
 */
import { searchAliases } from './aliases.ts';
import { HIDDEN_WORDS_MARK } from './excerpt.ts';
import { escapeHtml, type Phone } from './html-nodes.ts';

/** Pagefind weights of hidden words: a heading's (h3 is 5 by default) and body text's, on ordinary and on secondary records. */
const WEIGHTS = { ordinary: { title: 5, body: 1 }, secondary: { title: 2, body: 0.5 } };

export interface HiddenWordsSource {
  /** The record's title as shown. */
  title: string;
  /** The record's whole visible text. */
  text: string;
  /** Words of the page around the record (the list's heading, the sections above a page). */
  context: string;
  /** The record's call links. */
  phones: readonly Phone[];
}

/** The hidden words of a record: those that stand for its title, and the others. */
export function hiddenWords({ title, text, context, phones }: HiddenWordsSource): { title: string[]; body: string[] } {
  const titleWords = searchAliases(title, []).split(' ').filter(Boolean);
  // People type «телефон психолога»: an item with a call link answers to «телефон» even when its text
  // shows only the number.
  const callWords = phones.length > 0 ? ['телефон', 'номер', 'позвонить', 'связаться', 'поговорить'] : [];
  const contextWords = context ? [...context.toLowerCase().split(/[^\p{L}\p{N}-]+/u), ...searchAliases(context, []).split(' ')] : [];
  const body = [...searchAliases(text, phones.map((phone) => phone.dial)).split(' '), ...callWords, ...contextWords].filter(Boolean);
  const seen = new Set(titleWords);
  return { title: titleWords, body: [...new Set(body)].filter((word) => !seen.has(word)) };
}

/** The hidden block's HTML, and for an item with a phone the `phone`/`tel` meta the result list shows as a call link. */
export function hiddenBlock(words: { title: string[]; body: string[] }, secondary: boolean, phone?: Phone): string {
  const weight = secondary ? WEIGHTS.secondary : WEIGHTS.ordinary;
  const meta = phone
    ? `<span data-pagefind-meta="phone:${escapeHtml(phone.written)}"></span><span data-pagefind-meta="tel:${escapeHtml(phone.dial)}"></span>`
    : '';
  if (words.title.length === 0 && words.body.length === 0) return meta;
  const part = (list: string[], value: number) => (list.length > 0 ? `<p data-pagefind-weight="${value}">${escapeHtml(list.join(' '))}</p>` : '');
  return `${meta}<div>${HIDDEN_WORDS_MARK} ${part(words.title, weight.title)}${part(words.body, weight.body)}</div>`;
}
