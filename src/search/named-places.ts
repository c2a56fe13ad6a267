/**
 * The named places of a page that is one search record: the parts of it with an `id` that hold a
 * heading marked as naming them (`data-search-names`), such as each shift's table on the bells page.
 * «Во сколько начинается вторая смена» finds the bells page; the result then leads to the second
 * shift's table, not to the top of the page, on a phone a few screens above it. The places travel in
 * the record's data (a Pagefind meta field), written by the indexer (src/search/split-page.ts) and
 * read by the search box.
 */
import { matchesQueryWord } from './excerpt.ts';

export interface NamedPlace {
  /** The `id` of the part, the anchor a result leads to. */
  id: string;
  /** Its heading as shown («Вторая смена»): the result says where it leads. */
  name: string;
  /** The words that name it: its heading's search aliases («2смена»), else the heading's words. */
  words: string[];
}

/** The Pagefind meta field that holds a record's named places. */
export const PLACES_META = 'places';

/** A heading without the characters that separate the places' fields. */
const fieldText = (text: string) => text.replace(/[=;]/g, ' ').replace(/\s+/g, ' ').trim();

/** `shift-1=Первая смена=1смена;shift-2=Вторая смена=2смена`: a meta value is one line of text. */
export function formatPlaces(places: readonly NamedPlace[]): string {
  return places.map(({ id, name, words }) => `${id}=${fieldText(name)}=${words.join(' ')}`).join(';');
}

function parsePlaces(value: string): NamedPlace[] {
  return value
    .split(';')
    .map((place) => place.split('='))
    .filter((parts): parts is [string, string, string] => parts.length === 3 && parts[0]!.length > 0)
    .map(([id, name, words]) => ({ id, name, words: words.split(' ').filter(Boolean) }));
}

/**
 * The place the query's words name, when one place holds more of them than any other; `undefined`
 * when none does or two tie (the words «смена» and «звонки» name every shift alike).
 */
export function placeAsked(value: string | undefined, queryWords: readonly string[]): NamedPlace | undefined {
  if (!value) return undefined;
  const held = parsePlaces(value).map((place) => ({
    place,
    count: queryWords.filter((queryWord) => place.words.some((word) => matchesQueryWord(word, queryWord))).length,
  }));
  const [best, next] = held.sort((a, b) => b.count - a.count);
  return best && best.count > 0 && best.count > (next?.count ?? 0) ? best.place : undefined;
}

/**
 * A record's data leading to the place the query names, if it names one: its address ends in the
 * anchor, and its title names the place too («Расписание звонков — Вторая смена»), so the result says
 * where it leads.
 */
export function atPlaceAsked<Data extends { url: string; meta: Record<string, string> }>(data: Data, queryWords: readonly string[]): Data {
  const place = placeAsked(data.meta[PLACES_META], queryWords);
  if (!place || data.url.includes('#')) return data;
  const title = data.meta['title'];
  return { ...data, url: `${data.url}#${place.id}`, meta: { ...data.meta, ...(title ? { title: `${title} — ${place.name}` } : {}) } };
}
