/**
 * How a query's words find records, for src/search/query/find-records.ts (steps 1 to 4 of its
 * comment): every word Pagefind must match, the vocabulary's readings of the words no record holds,
 * the partial matches, and the words of the same root.
 */

import { matchesQueryWord } from '../excerpt.ts';
import { readIntent, sectionsPreferredBy, wordsAskingForNumber, isWayToReach } from './intent.ts';
import { namingWeights, RANK_WEIGHTS, rankByWordsMatched, rarity, subjectScore, type RankedData } from './rank.ts';
import { STOP_WORDS } from './stop-words.ts';
import { sameRoot } from './typos.ts';
import { readingToSearch } from './read-word.ts';
import { queryWords, type QueryWord } from './understand.ts';

/** The part of a Pagefind result this needs. */
export interface FoundRecord<Data> {
  id: string;
  score: number;
  data(): Promise<Data>;
}
export interface SearchIndex<Data> {
  /** `null` gives every record the filters keep. */
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: FoundRecord<Data>[] }>;
}
/** A record's data: at least its whole text, hidden words included, its title and address (src/search/query/rank.ts). */
export type RecordData = RankedData;

export interface FoundRecords<Data> {
  /** The records to show, best first, with their data. */
  shown: Data[];
  /** How many records were found in all. */
  total: number;
  /** The words that were searched in the end, for marking them in excerpts. */
  words: string[];
  /** Nothing matched: `shown` are the records of the site's mission instead. */
  suggested?: boolean;
  /** Records holding only some of the words, best first, to show after `shown` when it is short. */
  more?: () => Promise<Data[]>;
}

/** Which of the words a record's text holds (as word beginnings, like the index). */
export function wordsHeld(data: RecordData, words: readonly string[]): string[] {
  const textWords = data.content.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  return words.filter((word) => textWords.some((textWord) => matchesQueryWord(textWord, word)));
}

/** How many of Pagefind's first records are read and reordered (more than are shown: the right one is often just below). */
const CANDIDATES = 16;

/**
 * The first `limit` records with their data: those holding more of the words first (each word
 * weighed by its rarity), then the record whose subject the query is (src/search/query/rank.ts),
 * else in Pagefind's order.
 */
async function shownOf<Data extends RecordData>(
  records: readonly FoundRecord<Data>[],
  words: readonly string[],
  limit: number,
  rankContext: RankContext,
) {
  const data = await Promise.all(records.slice(0, Math.max(limit, CANDIDATES)).map((record) => record.data()));
  const context = { ...rankContext, weightOf: namingWeights(data, words, rankContext.weightOf) };
  const held = data.map((entry) => wordsHeld(entry, words));
  // A word that only asks for a number says nothing of the subject (src/search/query/intent.ts): «телефон
  // классной руководительницы 9а» is the class teacher's card, though it gives no phone. Holding it
  // only tips the balance between records about the subject alike.
  const about = subjectWordsOf(words, context);
  const heldWeight = held.map((list) => list.filter((word) => about.includes(word)).reduce((sum, word) => sum + context.weightOf(word), 0));
  const subject = data.map(
    (entry, i) =>
      subjectScore(entry, about, context.weightOf, context.sections, context.base) +
      (held[i]!.some((word) => !about.includes(word)) ? RANK_WEIGHTS.numberHeld : 0),
  );
  const order = data.map((_, i) => i).sort((a, b) => heldWeight[b]! - heldWeight[a]! || subject[b]! - subject[a]! || a - b);
  return {
    shown: order.slice(0, limit).map((i) => data[i]!),
    complete: held.some((list) => about.every((word) => list.includes(word))),
    total: records.length,
  };
}

/** What `shownOf` gives. */
type Shown<Data> = Awaited<ReturnType<typeof shownOf<Data & RecordData>>>;

/** The words that say what the query is about: all but those only asking for a number, unless that is all. */
function subjectWordsOf(words: readonly string[], context: Pick<RankContext, 'numberWords'>): readonly string[] {
  const about = words.filter((word) => !context.numberWords.includes(word));
  return about.length > 0 ? about : words;
}

/** What the ranking knows of the query besides its words. */
interface RankContext {
  /** A word's rarity in the index. */
  weightOf: (word: string) => number;
  /** The sections the question asks for. */
  sections: readonly string[];
  /** The site's base path, before each record's section. */
  base: string;
  /** The query's words that only ask for a number. */
  numberWords: readonly string[];
}

/** One question put to the index: what `findRecords` was given. */
export interface Asking<Data> {
  index: SearchIndex<Data>;
  query: string;
  /** Pagefind filters the person chose (and, asking one kind of place alone, its section). */
  filters: Record<string, string>;
  vocabulary: () => Promise<readonly string[]>;
  /** How many records to show. */
  limit: number;
  /** The site's base path. */
  base: string;
  /** Whether words naming the site's topic are searched too (src/search/query/understand.ts). */
  keepSiteTopic?: boolean;
}

export async function findMatching<Data extends RecordData>({
  index,
  query,
  filters,
  vocabulary,
  limit,
  base,
  keepSiteTopic = false,
}: Asking<Data>): Promise<FoundRecords<Data>> {
  const words = queryWords(query, keepSiteTopic);
  if (words.length === 0) return { shown: [], total: 0, words: [] };
  const search = async (text: string) => (await index.search(text, { filters })).results;
  const alone = new Map<string, FoundRecord<Data>[]>();
  const searchAlone = async (word: string) => {
    if (!alone.has(word)) alone.set(word, await search(word));
    return alone.get(word)!;
  };
  // Each word's rarity: how many records hold it alone (the index chunks are loaded already, so this
  // downloads nothing more).
  const rarities = async (list: readonly string[]): Promise<RankContext> => {
    const found = new Map(await Promise.all(list.map(async (word) => [word, (await searchAlone(word)).length] as const)));
    return {
      weightOf: (word) => rarity(found.get(word) ?? 0),
      sections: readIntent(query, sectionsPreferredBy),
      base,
      numberWords: wordsAskingForNumber(query),
    };
  };

  /**
   * Records that hold every word, and `more`: when they are fewer than are shown, those holding the
   * most of the words, to show after them (src/search/query/find-records.ts adds them once it has put
   * first what the question asks for). «Техподдержка школы не могу зайти на урок» finds one guide
   * that mentions all four in passing; the card of the technical support should still be shown.
   */
  const completed = (found: Shown<Data>, list: readonly string[], context: RankContext): FoundRecords<Data> => {
    const more = async () => {
      const about = subjectWordsOf(list, context);
      await Promise.all(about.map(searchAlone));
      const partial = rankByWordsMatched(
        about.map((word) => alone.get(word) ?? []),
        about.map((word) => context.weightOf(word)),
      );
      return (await shownOf(partial, list, limit, context)).shown;
    };
    // One word finds the same records alone: nothing more to show, nor to download.
    const short = found.shown.length < limit && subjectWordsOf(list, context).length > 1;
    return { ...found, words: [...list], ...(short ? { more } : {}) };
  };

  const typed = words.map((word) => word.text);
  const typedContext = await rarities(typed);
  // The index is asked for the subject's words alone: a record need not hold «телефон» to be the answer.
  const first = await shownOf(await search(subjectWordsOf(typed, typedContext).join(' ')), typed, limit, typedContext);
  if (first.complete) return completed(first, typed, typedContext);
  // «Написать Антоновой»: a way to reach someone that no record holds beside the other words only says
  // how to reach them (the guide «Как написать учителю» holds «написать» beside «учителю»).
  const reached = typed.filter((word) => !isWayToReach(word));
  if (reached.length > 0 && reached.length < typed.length) {
    const withoutWay = await shownOf(await search(subjectWordsOf(reached, typedContext).join(' ')), reached, limit, typedContext);
    if (withoutWay.complete) return completed(withoutWay, reached, typedContext);
  }
  const understood: string[] = [];
  for (const word of words) {
    const chosen = await readingToSearch(word, searchAlone, vocabulary);
    if (chosen && !understood.includes(chosen)) understood.push(chosen);
  }
  if (understood.length === 0) {
    const byRoot = await byRoots(words, searchAlone, vocabulary, limit, rarities);
    if (byRoot) return byRoot;
    // Pagefind answers a word it lacks by a shorter beginning («абырвалг» by «аб…»): with the vocabulary
    // at hand no typed word is the index's, so nothing is found (and the mission's pages are offered);
    // without it, Pagefind's answer is all there is.
    return (await vocabulary()).length > 0 ? { shown: [], total: 0, words: typed } : { ...first, words: typed };
  }
  const context = await rarities(understood);
  if (understood.length > 1) {
    const together = await shownOf(await search(subjectWordsOf(understood, context).join(' ')), understood, limit, context);
    if (together.complete) return completed(together, understood, context);
  }
  const partial = await shownOf(
    rankByWordsMatched(
      understood.map((word) => alone.get(word) ?? []),
      understood.map((word) => context.weightOf(word)),
    ),
    understood,
    limit,
    context,
  );
  if (partial.shown.length > 0) return { ...partial, words: understood };
  return (await byRoots(words, searchAlone, vocabulary, limit, rarities)) ?? { ...partial, words: understood };
}

/**
 * The last resort of a query that found nothing: the records holding words of the same root as the
 * typed ones («беспокоится» → «беспокойство»), those holding the most first; undefined when there are none.
 */
async function byRoots<Data extends RecordData>(
  words: readonly QueryWord[],
  searchAlone: (word: string) => Promise<FoundRecord<Data>[]>,
  vocabulary: () => Promise<readonly string[]>,
  limit: number,
  rarities: (list: readonly string[]) => Promise<RankContext>,
): Promise<FoundRecords<Data> | undefined> {
  const known = (await vocabulary()).filter((word) => !STOP_WORDS.has(word));
  const roots = [...new Set(words.flatMap((word) => [word.text, word.otherLayout ?? ''].flatMap((reading) => sameRoot(reading, known))))];
  const found = await Promise.all(roots.map(searchAlone));
  if (found.every((results) => results.length === 0)) return undefined;
  const context = await rarities(roots);
  const shown = await shownOf(
    rankByWordsMatched(
      found,
      roots.map((word) => context.weightOf(word)),
    ),
    roots,
    limit,
    context,
  );
  return { ...shown, words: roots };
}
