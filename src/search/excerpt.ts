/**
 * Result excerpts drawn from a record's visible text only. Each record ends with words people type
 * but the page does not show (class and phone spellings, colloquial words, the thesaurus): they follow
 * HIDDEN_WORDS_MARK, so the index finds them while an excerpt never shows them.
 */

/** Starts the hidden words of a record; a character Pagefind keeps in the text but never indexes. */
export const HIDDEN_WORDS_MARK = '⁂';

export interface ExcerptPart {
  text: string;
  /** A word that matches the query, shown marked. */
  marked: boolean;
}

/** The text a reader sees: everything before the hidden words. */
export function visibleText(content: string): string {
  const end = content.indexOf(HIDDEN_WORDS_MARK);
  return (end === -1 ? content : content.slice(0, end)).replace(/\s+/g, ' ').trim();
}

/** Lower case, «ё» as «е», no leading punctuation: how words are compared. */
const plain = (word: string) =>
  word
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/^[^\p{L}\p{N}]+/u, '');

/** Russian case endings of three letters, which the last two letters alone do not cover: «социального». */
const LONG_ENDING = /(ого|его|ому|ему|ыми|ими|ами|ями)$/u;

/**
 * Whether a word of the text matches a word of the query the way the index does — by its beginning,
 * endings aside: «психолога» matches «психологом», «5б» matches «5Б», «социального» matches
 * «Социальный» (a three-letter ending is dropped whole).
 */
export function matchesQueryWord(textWord: string, queryWord: string): boolean {
  const word = plain(queryWord);
  const kept = LONG_ENDING.test(word) ? word.length - 3 : word.length - 2;
  const stem = word.slice(0, Math.max(3, kept));
  return stem.length > 0 && plain(textWord).startsWith(stem);
}

/** For marking: «Педагог-психолог» is marked for «психолога» by its second part, as the index finds it. */
const marks = (textWord: string, queryWord: string) =>
  [textWord, ...textWord.split('-').slice(1)].some((part) => matchesQueryWord(part, queryWord));

const matcher = (queryWords: readonly string[]) => (word: string) => queryWords.some((queryWord) => marks(word, queryWord));

/**
 * About `length` words of the visible text around the first word that matches the query (from the
 * start when none does), with matching words marked and «…» where the text was cut.
 */
export function excerptOf(content: string, queryWords: readonly string[], length = 18): ExcerptPart[] {
  const words = visibleText(content).split(' ').filter(Boolean);
  const matches = matcher(queryWords);
  const first = words.findIndex(matches);
  const start = Math.max(0, Math.min(first === -1 ? 0 : first - 4, words.length - length));
  const shown = words.slice(start, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (start > 0) push('… ', false);
  shown.forEach((word, i) => {
    if (i > 0) push(' ', false);
    push(word, matches(word));
  });
  if (start + length < words.length) push(' …', false);
  return parts;
}

/** The excerpt as plain text (tests, and anywhere markup is not wanted). */
export const excerptText = (parts: readonly ExcerptPart[]) => parts.map((part) => part.text).join('');
