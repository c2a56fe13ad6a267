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
 * a fraction of it when it names none of the records found (`namingWeights`). Steps 1 to 4 and that
 * reordering are src/search/query/match-words.ts; this module then puts first what the question asks
 * for (src/search/query/intent.ts): the school's own card, a whole list's page, a person, a measure
 * of the plan.
 */

import { OWN_CARD_FILTER } from '../markers.ts';
import {
  asksAboutThePlan,
  asksForAllContacts,
  asksForList,
  asksForOneMeasure,
  asksForPlaceKind,
  asksForTheSchoolItself,
  isListWord,
  isOfAskedKind,
  readIntent,
  sectionOf,
  sectionsAskedFor,
  wordsAskingForNumber,
} from './intent.ts';
import { findMatching, wordsHeld, type Asking, type FoundRecords, type RecordData, type SearchIndex } from './match-words.ts';
import { missionRecords } from './mission-concepts.ts';
import { matchesQueryWord } from '../excerpt.ts';
import { titleIsQuery, wordsOf } from './rank.ts';
import { queryWords } from './understand.ts';

export type { FoundRecord, FoundRecords, RecordData, SearchIndex } from './match-words.ts';

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
  const { more, ...found } = await recordsFirst({ index, query, filters, vocabulary, limit, base }, sectionFilters);
  if (!more || found.shown.length >= limit) return found;
  // The records holding some of the words come after those holding all, whatever went first.
  const keyOf = (data: Data) => data.url ?? data.content;
  const held = new Set(found.shown.map(keyOf));
  const shown = [...found.shown, ...(await more()).filter((data) => !held.has(keyOf(data)))].slice(0, limit);
  return { ...found, shown, total: Math.max(found.total, shown.length) };
}

/** The records of `findRecords` with what the question asks for first. */
async function recordsFirst<Data extends RecordData>(
  asking: Asking<Data>,
  sectionFilters: Readonly<Record<string, string>>,
): Promise<FoundRecords<Data>> {
  const { index, query, filters, limit, base } = asking;
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
  // «Требования к планшету»: the list's name and one item's, the item before the list's page.
  const item = readIntent(query, asksForList) ? undefined : itemNamedOnItsPage(found, base);
  if (item) return withAskedKindFirst(withFirst(found, item, limit), asking, sectionFilters);
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

/** `found`, with the best record of the kind the question asks for first when none of its first records is of that kind. */
async function withAskedKindFirst<Data extends RecordData>(
  found: FoundRecords<Data>,
  asking: Asking<Data>,
  sectionFilters: Readonly<Record<string, string>>,
): Promise<FoundRecords<Data>> {
  const { query, filters, limit, base } = asking;
  const asked = readIntent(query, sectionsAskedFor).filter((section) => sectionFilters[section] !== undefined);
  const aboutThePlan = readIntent(query, asksAboutThePlan);
  // «План мероприятия срок 3 декабря», «мероприятие 4 план-график», «план мероприятий по питанию»: one
  // measure is asked for, and the plan's own page is no answer of that kind.
  const oneMeasure = aboutThePlan && !asksForList(query) && asksForOneMeasure(found.words);
  const ofKind = (data: Data) =>
    data.url !== undefined && isOfAskedKind(data.url, asked, base) && !(oneMeasure && isListOf(data, asked, base));
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
  // A first record whose title is the question itself («Можно ли заниматься музыкой с телефона?») is
  // not put aside for another kind of place, except for the plan's measure.
  const titled = titleIsQuery(first.meta?.title ?? '', found.words, first.meta?.title_words);
  const decisive = listed || aboutThePlan || (readIntent(query, asksForPlaceKind) && !titled);
  if (ofAskedKind && !ofKind(first) && decisive) return withFirst(found, ofAskedKind, limit);
  if (found.shown.slice(0, FIRST_PLACES).some(ofKind)) return found;
  // A first record whose title is the question itself («Можно ли заниматься музыкой с телефона?») stays first.
  if (titled && !oneMeasure) return found;
  // Only a record that holds a word of the subject: a staff card that holds «телефон» of «памятка
  // распечатать телефоны» and nothing else is no answer to it.
  const numberWords = wordsAskingForNumber(query);
  const subject = found.words.filter((word) => !numberWords.includes(word));
  for (const section of asked) {
    // The first of the kind among the section's first records: the plan's own page is no measure.
    const inSection = await findMatching({ ...asking, filters: { ...filters, section: sectionFilters[section]! }, limit: FIRST_PLACES });
    const best = inSection.shown.find(ofKind);
    if (best && (subject.length === 0 || wordsHeld(best, subject).length > 0)) return withFirst(found, best, limit);
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

/**
 * When a list's page comes first, the item among the next records whose whole title the query names
 * beside the page's name («Планшет» on «Требования к устройствам» for «требования к планшету»).
 */
function itemNamedOnItsPage<Data extends RecordData>(found: FoundRecords<Data>, base: string): Data | undefined {
  const [page] = found.shown;
  if (!page || !isSectionPage(page, base)) return undefined;
  const named = (titleWords: readonly string[]) => found.words.filter((word) => titleWords.some((name) => matchesQueryWord(name, word)));
  const pageNamed = named(wordsOf(page.meta?.title ?? ''));
  return found.shown.slice(1, FIRST_PLACES).find((item) => {
    const title = wordsOf(item.meta?.title ?? '');
    return (
      item.url?.startsWith(`${page.url}#`) === true &&
      title.length > 0 &&
      title.every((name) => found.words.some((word) => matchesQueryWord(name, word))) &&
      named(title).some((word) => !pageNamed.includes(word))
    );
  });
}

/** Whether a record is the page of a list the question asks an item of (`/coordinators/` for «кто координатор…»). */
const isListOf = (data: RecordData, sections: readonly string[], base: string) =>
  data.url !== undefined && !data.url.includes('#') && sections.includes(sectionOf(data.url, base));

/** `found` with `first` before its records (and not again among them). */
function withFirst<Data extends RecordData>(found: FoundRecords<Data>, first: Data, limit: number): FoundRecords<Data> {
  const rest = found.shown.filter((data) => data.url !== first.url).slice(0, limit - 1);
  return { ...found, shown: [first, ...rest], total: Math.max(found.total, rest.length + 1) };
}
