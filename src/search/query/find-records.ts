/**
 * How a query becomes results, for both search boxes (the header's and the search page's):
 * 1. every meaningful word must match (Pagefind's own rule); the records shown are those whose text
 *    holds every word — Pagefind also answers a word it does not have with words that only share its
 *    beginning («псхолог» finds «пс…»), so its answer is checked;
 * 2. if no shown record holds every word, each word is looked at alone against the index's vocabulary
 *    (downloaded only now): a word it does not know is read in the other keyboard layout, else
 *    corrected by one letter, else dropped; the words understood are tried together again;
 * 3. if still no record holds them all, the records that hold the most words come first, then by
 *    Pagefind's score.
 */
import { matchesQueryWord } from '../excerpt.ts';
import { STOP_WORDS } from './stop-words.ts';
import { corrections } from './typos.ts';
import { queryWords, type QueryWord } from './understand.ts';

/** The part of a Pagefind result this needs. */
export interface FoundRecord<Data> {
  id: string;
  score: number;
  data(): Promise<Data>;
}
export interface SearchIndex<Data> {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: FoundRecord<Data>[] }>;
}
/** A record's data: at least its whole text, hidden words included, and its title. */
export interface RecordData {
  content: string;
  /** `title_words`: the hidden words that stand for the title (src/search/hidden-words.ts). */
  meta?: { title?: string; title_words?: string };
}

export interface FoundRecords<Data> {
  /** The records to show, best first, with their data. */
  shown: Data[];
  /** How many records were found in all. */
  total: number;
  /** The words that were searched in the end, for marking them in excerpts. */
  words: string[];
}

/** How many of the words a record's text holds (as word beginnings, like the index). */
function wordsHeld(data: RecordData, words: readonly string[]): number {
  const textWords = data.content.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  return words.filter((word) => textWords.some((textWord) => matchesQueryWord(textWord, word))).length;
}

/**
 * Whether a record's title is the query: more than half of the title's meaningful words match the
 * query, and more than half of the query's words are in the title or the words that stand for it
 * (`titleWords`: «мероприятий» for «План-график»). Such a record is the entity's own (the plan for
 * «план мероприятий», a class's timetable for «1 А класс») and goes before records that only mention
 * those words, however often; a short title that holds one word of a question («Сферум» for «зайти в
 * сферум») is not.
 */
export function titleIsQuery(title: string, words: readonly string[], titleWords = ''): boolean {
  const split = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((word) => word && !STOP_WORDS.has(word));
  const shown = split(title);
  const named = [...shown, ...split(titleWords)];
  const titleCovered = shown.filter((titleWord) => words.some((word) => matchesQueryWord(titleWord, word))).length / (shown.length || 1);
  const queryCovered = words.filter((word) => named.some((titleWord) => matchesQueryWord(titleWord, word))).length / (words.length || 1);
  return titleCovered > 0.5 && queryCovered > 0.5;
}

/** How many of the words name the record: found in its title or the hidden words that stand for it. */
export function titleWordsHeld(data: RecordData, words: readonly string[]): number {
  const named = `${data.meta?.title ?? ''} ${data.meta?.title_words ?? ''}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return words.filter((word) => named.some((titleWord) => matchesQueryWord(titleWord, word))).length;
}

/**
 * The first `limit` records with their data: those holding more of the words first, then those whose
 * title is the query, then those whose title holds more of the words (a guide titled «видеоурок»
 * before a page that mentions one), else in Pagefind's order.
 */
async function shownOf<Data extends RecordData>(records: readonly FoundRecord<Data>[], words: readonly string[], limit: number) {
  const data = await Promise.all(records.slice(0, limit).map((record) => record.data()));
  const held = data.map((entry) => wordsHeld(entry, words));
  const own = data.map((entry) => (titleIsQuery(entry.meta?.title ?? '', words, entry.meta?.title_words) ? 1 : 0));
  const titled = data.map((entry) => titleWordsHeld(entry, words));
  const order = data.map((_, i) => i).sort((a, b) => held[b]! - held[a]! || own[b]! - own[a]! || titled[b]! - titled[a]! || a - b);
  return { shown: order.map((i) => data[i]!), complete: held.some((count) => count === words.length), total: records.length };
}

export async function findRecords<Data extends RecordData>(
  index: SearchIndex<Data>,
  query: string,
  filters: Record<string, string>,
  vocabulary: () => Promise<readonly string[]>,
  limit = 8,
): Promise<FoundRecords<Data>> {
  const words = queryWords(query);
  if (words.length === 0) return { shown: [], total: 0, words: [] };
  const search = async (text: string) => (await index.search(text, { filters })).results;

  const typed = words.map((word) => word.text);
  const first = await shownOf(await search(typed.join(' ')), typed, limit);
  if (first.complete) return { ...first, words: typed };

  const alone = new Map<string, FoundRecord<Data>[]>();
  const searchAlone = async (word: string) => {
    if (!alone.has(word)) alone.set(word, await search(word));
    return alone.get(word)!;
  };
  const understood: string[] = [];
  for (const word of words) {
    const chosen = await firstWithResults(word, searchAlone, vocabulary);
    if (chosen && !understood.includes(chosen)) understood.push(chosen);
  }
  if (understood.length === 0) return { ...first, words: typed };
  if (understood.length > 1) {
    const together = await shownOf(await search(understood.join(' ')), understood, limit);
    if (together.complete) return { ...together, words: understood };
  }
  const partial = await shownOf(rankByWordsMatched(understood.map((word) => alone.get(word) ?? [])), understood, limit);
  return { ...partial, words: understood };
}

/**
 * The word itself or its other-layout reading when the index knows it; else a one-letter correction
 * of either. A word the index does not know is not trusted to Pagefind: it would match it by a
 * shorter beginning («анрдеева» would find «Анна»), which hides the typo.
 */
async function firstWithResults(
  word: QueryWord,
  searchAlone: (word: string) => Promise<unknown[]>,
  vocabulary: () => Promise<readonly string[]>,
): Promise<string | undefined> {
  const readings = word.otherLayout ? [word.text, word.otherLayout] : [word.text];
  const known = await vocabulary();
  for (const reading of readings) if (isKnown(reading, known) && (await searchAlone(reading)).length > 0) return reading;
  for (const reading of readings) {
    for (const corrected of corrections(reading, known)) if ((await searchAlone(corrected)).length > 0) return corrected;
  }
  // Without a vocabulary (it failed to load) every word is worth a try.
  if (known.length === 0 && (await searchAlone(word.text)).length > 0) return word.text;
  return undefined;
}

/**
 * Whether the index holds the word in some form: a vocabulary word shares its beginning, all but the
 * last three letters (Russian endings), at least four. Numbers and short words are left to Pagefind.
 */
export function isKnown(word: string, vocabulary: readonly string[]): boolean {
  if (word.length < 4 || /\d/.test(word)) return true;
  const stem = word.slice(0, Math.max(4, word.length - 3));
  return vocabulary.some((known) => known.startsWith(stem));
}

/** Records found by several single-word searches: most words matched first, then the summed score. */
export function rankByWordsMatched<Data>(perWord: readonly FoundRecord<Data>[][]): FoundRecord<Data>[] {
  const merged = new Map<string, { record: FoundRecord<Data>; words: number; score: number }>();
  for (const results of perWord) {
    for (const record of results) {
      const entry = merged.get(record.id) ?? { record, words: 0, score: 0 };
      entry.words += 1;
      entry.score += record.score;
      merged.set(record.id, entry);
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.record);
}
