/**
 * What the search box makes of a query before asking the index: class names and phones in the
 * index's compact forms, punctuation and question words dropped, and for a word that looks typed in
 * the wrong keyboard layout, its Cyrillic reading alongside.
 */
import { classAliases, normalizeQuery } from '../aliases.ts';
import { looksLikeWrongLayout, toCyrillicLayout } from './keyboard-layout.ts';
import { STOP_WORDS, synonymOf } from './stop-words.ts';
import { datesAsWeekdays, withNumericDates } from './typed-dates.ts';

export interface QueryWord {
  /** The word as typed, lower case, without punctuation. */
  text: string;
  /** The same keys in the Russian layout, when the word looks typed with the wrong one. */
  otherLayout?: string;
}

/** Letters, digits and inner hyphens only: «время?» → «время», «план-график» stays. */
const bare = (token: string) => token.replace(/[^\p{L}\p{N}-]/gu, '').replace(/^-+|-+$/g, '');

/**
 * A noun whose last vowel drops in its other forms («звонок» → «звонки», «ребёнок» → «ребёнка»)
 * is searched by the part every form shares: Pagefind's stemmer keeps «звонок» and «звонки» apart,
 * and a word is found by its beginning. Only when four letters or more remain.
 */
export function withoutFleetingVowel(word: string): string {
  // After «р» the vowel stays («урок» → «урока», «видеоурок»), but not after «ёр» / «ер»: «планёрок»
  // is «планёрка», «пятёрок» «пятёрка».
  const stem = word.replace(/(?<=[^р]|[её]р)[оеё][кц]$/u, '');
  return stem !== word && stem.length >= 4 && /\p{L}$/u.test(stem) ? stem : word;
}

/**
 * «Моя школа», the state platform every school here uses, is named by two stop words: dropped, «моя
 * школа сайт» would be «сайт». The positions of the words that name it, in any case form («в моей
 * школе»).
 */
function namedByStopWords(texts: readonly string[]): Set<number> {
  const named = new Set<number>();
  texts.forEach((text, i) => {
    if (/^мо(я|ей|ю)$/.test(text) && /^школ(а|ы|е|у|ой)$/.test(texts[i + 1] ?? '')) named.add(i).add(i + 1);
  });
  return named;
}

/** «Не на чем учиться» is «нечем учиться»: three stop words that together say a device is lacking. */
const NOTHING_TO_WORK_ON = /(?<!\p{L})не на ч[её]м(?!\p{L})/giu;

/**
 * The query's meaningful words. Words that name the site's topic are dropped beside others, unless
 * `keepSiteTopic` (the search asks again so when the others find nothing: «куда звонить по
 * дистанционке, если ничего не понятно»).
 */
export function queryWords(query: string, keepSiteTopic = false): QueryWord[] {
  const words: QueryWord[] = [];
  const normalized = normalizeQuery(withNumericDates(query.replace(NOTHING_TO_WORK_ON, 'нечем')));
  // Beside a class, a date asks for the class's day of the week (src/search/query/typed-dates.ts).
  const read = classAliases(normalized).length > 0 ? datesAsWeekdays(normalized) : normalized;
  for (const token of read.toLowerCase().split(/\s+/)) {
    if (looksLikeWrongLayout(token)) {
      const otherLayout = bare(toCyrillicLayout(token));
      // «j» for «о», «r» for «к»: a preposition typed in the wrong layout is dropped like any other.
      if (token.length <= 3 && STOP_WORDS.has(otherLayout)) continue;
      words.push({ text: bare(token), otherLayout });
    } else {
      const text = bare(token);
      if (text) words.push({ text: withoutFleetingVowel(synonymOf(text) ?? text) });
    }
  }
  const named = namedByStopWords(words.map((word) => word.text));
  const meaningful = words.filter((word, i) => !STOP_WORDS.has(word.text) || word.otherLayout || named.has(i));
  // A query made only of such words («что где когда») is searched as typed rather than not at all.
  if (meaningful.length === 0) return words;
  if (keepSiteTopic) return meaningful;
  const subject = meaningful.filter((word) => !namesSiteTopic(word.text));
  return subject.length > 0 ? subject : meaningful;
}

/**
 * «Дистанционное обучение», «дистанционка», «удалёнка»: what every page of the site is about, so beside
 * another word they say nothing of which page answers («какой планшет подойдёт для дистанционного
 * обучения» asks about a tablet) — and kept, they make the index prefer a page that names the topic in
 * passing over the one that answers. Alone («дистанционное обучение») they are the query.
 */
export function namesSiteTopic(word: string): boolean {
  return /^(дистанцион|дистант|удал[её]нк|обучени)/u.test(word);
}
