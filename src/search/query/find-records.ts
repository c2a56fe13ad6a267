/**
 * How a query becomes results, for both search boxes (the header's and the search page's):
 * 1. every meaningful word must match (Pagefind's own rule) but those that only ask for a number
 *    («телефон» of «телефон классной руководительницы 9а», src/search/query/intent.ts); the records
 *    shown are those whose text holds every such word — Pagefind also answers a word it does not have
 *    with words that only share its beginning («псхолог» finds «пс…»), so its answer is checked;
 * 2. if no shown record holds every word, each word is looked at alone against the index's vocabulary
 *    (downloaded only now, src/search/query/read-word.ts): a word it does not know is read in the
 *    other keyboard layout, else corrected by one letter, else dropped; the words understood are tried
 *    together again;
 * 3. if still no record holds them all, the records that hold the most words come first (rarer words
 *    count more), then by Pagefind's score;
 * 4. if nothing holds any of them, nor a word of the same root, the words naming the site's topic
 *    («дистанционка»), dropped so far beside the others, are searched too; failing that, the records
 *    of the site's mission are offered instead (src/search/query/mission-concepts.ts).
 * Pagefind's first records are then reordered: those holding more of the words, then the record whose
 * subject the query is (src/search/query/rank.ts). A word counts by its rarity in the index, and only
 * a fraction of it when it names none of the records found (`namingWeights`).
 */
import { matchesQueryWord } from '../excerpt.ts';
import { OWN_CARD_FILTER } from '../markers.ts';
import {
  asksAboutThePlan,
  asksForAllContacts,
  asksForList,
  asksForTheSchoolItself,
  isWayToReach,
  isListWord,
  isOfAskedKind,
  sectionOf,
  sectionsAskedFor,
  sectionsPreferredBy,
  wordsAskingForNumber,
} from './intent.ts';
import { inRussianLayout } from './keyboard-layout.ts';
import { missionRecords } from './mission-concepts.ts';
import { namingWeights, RANK_WEIGHTS, rankByWordsMatched, rarity, subjectScore, titleIsQuery, type RankedData } from './rank.ts';
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
}

/** Which of the words a record's text holds (as word beginnings, like the index). */
function wordsHeld(data: RecordData, words: readonly string[]): string[] {
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

/** How many of the first records are looked at for the kind of place the question asks for. */
const FIRST_PLACES = 3;

/**
 * The records the query finds; when it finds none at all, the records of the site's mission
 * (src/search/query/mission-concepts.ts), marked `suggested` so the box says they are not matches.
 * `sectionFilters` names the `section` filter of each section a question can ask for
 * (src/search/query/intent.ts): when none of the first records is of the kind asked for («когда
 * звонить учителю» finds staff cards, not the communication schedule), the same query is asked again
 * of that kind's records alone, and the best of them goes first.
 */
export async function findRecords<Data extends RecordData>(
  index: SearchIndex<Data>,
  query: string,
  filters: Record<string, string>,
  vocabulary: () => Promise<readonly string[]>,
  limit = 8,
  base = '/',
  sectionFilters: Readonly<Record<string, string>> = {},
): Promise<FoundRecords<Data>> {
  const asking: Asking<Data> = { index, query, filters, vocabulary, limit, base };
  const found = await findMatching(asking);
  if (readIntent(query, asksForTheSchoolItself)) {
    const [own] = (await index.search(null, { filters: { ...filters, [OWN_CARD_FILTER.name]: OWN_CARD_FILTER.school } })).results;
    if (own) return withFirst(found, await own.data(), limit);
  }
  // «Все учителя школы списком»: the page of the list, when it holds every word, before any record that
  // holds them too (a guide that says «выберите из списка учителя»).
  if (found.shown.length > 1 && readIntent(query, asksForList)) {
    const named = found.words.filter((word) => !isListWord(word));
    const list = found.shown.find((data) => isSectionPage(data, base) && wordsHeld(data, named).length === named.length);
    if (list && list !== found.shown[0]) return withFirst(found, list, limit);
  }
  const contacts = sectionFilters['contacts'];
  if (contacts && readIntent(query, asksForAllContacts)) {
    const page = await listPage(index, contacts, filters);
    if (page) return withFirst(found, page, limit);
  }
  if (found.shown.length > 0) return withAskedKindFirst(found, asking, sectionFilters);
  if (queryWords(query).length === 0) return found;
  // The words beside the site's topic found nothing: the topic is what is left of the question.
  if (queryWords(query, true).length > queryWords(query).length) {
    const withTopic = await findMatching({ ...asking, keepSiteTopic: true });
    if (withTopic.shown.length > 0) return withAskedKindFirst(withTopic, { ...asking, keepSiteTopic: true }, sectionFilters);
  }
  const suggested = await missionRecords(async (text) => (await index.search(text, { filters })).results, limit);
  if (suggested.length === 0) return found;
  return { shown: await Promise.all(suggested.map((record) => record.data())), total: suggested.length, words: [], suggested: true };
}

/**
 * What the query asks (src/search/query/intent.ts), read as typed, else with its wrong-layout words in
 * the Russian layout («ntktajy irjks» is «телефон школы»; «email» as typed is the e-mail already).
 */
function readIntent<T extends boolean | readonly string[]>(query: string, read: (query: string) => T): T {
  const asTyped = read(query);
  return (Array.isArray(asTyped) ? asTyped.length > 0 : asTyped) ? asTyped : read(inRussianLayout(query));
}

/** One question put to the index: what `findRecords` was given. */
interface Asking<Data> {
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

/** `found`, with the best record of the kind the question asks for first when none of its first records is of that kind. */
async function withAskedKindFirst<Data extends RecordData>(
  found: FoundRecords<Data>,
  asking: Asking<Data>,
  sectionFilters: Readonly<Record<string, string>>,
): Promise<FoundRecords<Data>> {
  const { query, filters, limit, base } = asking;
  const asked = readIntent(query, sectionsAskedFor).filter((section) => sectionFilters[section] !== undefined);
  const ofKind = (data: Data) => data.url !== undefined && isOfAskedKind(data.url, asked, base);
  if (asked.length === 0) return found;
  // «Кто координатор в управлении образования»: a person, not the page that lists them, unless all are
  // asked for; «что по плану 17 ноября»: the plan's measure, not a notice of that day.
  const first = found.shown[0]!;
  const ofAskedKind = found.shown.slice(1, FIRST_PLACES).find(ofKind);
  // The person only when they hold as many of the words: «кто координирует обучение в районе и области»
  // asks for two of them, which only the page holds together.
  const listed =
    isListOf(first, asked, base) &&
    !asksForList(query) &&
    ofAskedKind !== undefined &&
    wordsHeld(ofAskedKind, found.words).length >= wordsHeld(first, found.words).length;
  const decisive = listed || readIntent(query, asksAboutThePlan);
  if (ofAskedKind && !ofKind(first) && decisive) return withFirst(found, ofAskedKind, limit);
  if (found.shown.slice(0, FIRST_PLACES).some(ofKind)) return found;
  // A first record whose title is the question itself («Можно ли заниматься музыкой с телефона?») stays first.
  if (titleIsQuery(first.meta?.title ?? '', found.words, first.meta?.title_words)) return found;
  for (const section of asked) {
    const inSection = await findMatching({ ...asking, filters: { ...filters, section: sectionFilters[section]! }, limit: 1 });
    const best = inSection.shown[0];
    if (best && ofKind(best)) return withFirst(found, best, limit);
  }
  return found;
}

/**
 * The page of a list itself (`/contacts/`), not one of its items: its section filter's name is its
 * heading too (the search box is given the names of the sections' filters, src/search/query/intent.ts).
 */
async function listPage<Data extends RecordData>(
  index: SearchIndex<Data>,
  section: string,
  filters: Record<string, string>,
): Promise<Data | undefined> {
  const { results } = await index.search(section, { filters: { ...filters, section } });
  const data = await Promise.all(results.slice(0, 3).map((record) => record.data()));
  return data.find((entry) => entry.url !== undefined && !entry.url.includes('#'));
}

/** Whether a record is a section's own page (`/staff/`, `/documents/`): no anchor, one level deep. */
const isSectionPage = (data: RecordData, base: string) =>
  data.url !== undefined && data.url.startsWith(base) && /^[^/#?]+\/$/u.test(data.url.slice(base.length));

/** Whether a record is the page of a list the question asks an item of (`/coordinators/` for «кто координатор…»). */
const isListOf = (data: RecordData, sections: readonly string[], base: string) =>
  data.url !== undefined && !data.url.includes('#') && sections.includes(sectionOf(data.url, base));

/** `found` with `first` before its records (and not again among them). */
function withFirst<Data extends RecordData>(found: FoundRecords<Data>, first: Data, limit: number): FoundRecords<Data> {
  const rest = found.shown.filter((data) => data.url !== first.url).slice(0, limit - 1);
  return { ...found, shown: [first, ...rest], total: Math.max(found.total, rest.length + 1) };
}

async function findMatching<Data extends RecordData>({
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

  const typed = words.map((word) => word.text);
  const typedContext = await rarities(typed);
  // The index is asked for the subject's words alone: a record need not hold «телефон» to be the answer.
  const first = await shownOf(await search(subjectWordsOf(typed, typedContext).join(' ')), typed, limit, typedContext);
  if (first.complete) return { ...first, words: typed };
  // «Написать Антоновой»: a way to reach someone that no record holds beside the other words only says
  // how to reach them (the guide «Как написать учителю» holds «написать» beside «учителю»).
  const reached = typed.filter((word) => !isWayToReach(word));
  if (reached.length > 0 && reached.length < typed.length) {
    const withoutWay = await shownOf(await search(subjectWordsOf(reached, typedContext).join(' ')), reached, limit, typedContext);
    if (withoutWay.complete) return { ...withoutWay, words: reached };
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
    if (together.complete) return { ...together, words: understood };
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
