/**
 * What the search box makes of a query before asking the index: class names and phones in the
 * index's compact forms, punctuation and question words dropped, and for a word that looks typed in
 * the wrong keyboard layout, its Cyrillic reading alongside (and its reading as Russian in Latin
 * letters); a few English words as the pages' words.
 */
import { classAliases, normalizeQuery } from '../aliases.ts';
import { looksLikeWrongLayout, toCyrillicLayout } from './keyboard-layout.ts';
import { ENGLISH_STOP_WORDS, ENGLISH_WORDS, fromTransliteration } from './latin-words.ts';
import { STOP_WORDS, synonymOf } from './stop-words.ts';
import { datesAsWeekdays, withNumericDates } from './typed-dates.ts';

export interface QueryWord {
  /** The word as typed, lower case, without punctuation. */
  text: string;
  /** The same keys in the Russian layout, when the word looks typed with the wrong one. */
  otherLayout?: string;
  /** The word read as Russian in Latin letters («zvonki» → «звонки», src/search/query/latin-words.ts). */
  transliterated?: string;
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
 * An e-mail address typed in full («bogdanova.va@school101.example»): its name part, in words. Stripped
 * of «.» and «@» it would be one word the index lacks; the domain is every address's of the school.
 */
const E_MAIL = /[\p{L}\p{N}._%+-]+(?=@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+)/gu;
const withEmailNames = (query: string) =>
  query.replace(E_MAIL, (name) => name.replace(/[._%+-]+/g, ' ')).replace(/@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/gu, ' ');

/** A greeting that opens a parent's question («Добрый день, …»): «день» would ask for a day. */
const GREETING = /(?<!\p{L})(добр(?:ый|ое|ого)\s+(?:день|дня|вечер|вечера|утро|утра)|доброго времени суток)(?!\p{L})/giu;

/**
 * «Не могу войти в сферум», «сферум не пускает», «забыл пароль»: getting back into an account, which a
 * guide «Как восстановить вход» answers (src/search/thesaurus.ts) — as words, only «войти» would stay,
 * which every guide to connecting holds. Only about an account: «не может зайти на урок» is joining a
 * lesson. «Восстановить» is added, not put instead, so a school without such a guide still finds its
 * guides to connecting (a word no record holds is dropped, src/search/query/find-records.ts).
 */
const CANNOT_GET_IN =
  /(?<!\p{L})не\s+(?:(?:могу|может|можем|могут|получается|удаётся|удается)\s+(?:войти|зайти|залогиниться)|заходит|входит|пускает)(?!\p{L})/giu;
const ACCOUNT = /(?<!\p{L})(сферум|sferum|мо(я|ю|ей)\s+школ|дневник|аккаунт|госуслуг|уч[её]тн|парол|логин)/iu;
const withLoginTrouble = (query: string) =>
  ACCOUNT.test(query) && !/(?<!\p{L})урок/iu.test(query) ? query.replace(CANNOT_GET_IN, 'войти восстановить') : query;

/** «Не на чем учиться» is «нечем учиться»: three stop words that together say a device is lacking. */
const NOTHING_TO_WORK_ON = /(?<!\p{L})не на ч[её]м(?!\p{L})/giu;

/**
 * The query's meaningful words. Words that name the site's topic are dropped beside others, unless
 * `keepSiteTopic` (the search asks again so when the others find nothing: «куда звонить по
 * дистанционке, если ничего не понятно»).
 */
export function queryWords(query: string, keepSiteTopic = false): QueryWord[] {
  const words: QueryWord[] = [];
  const normalized = normalizeQuery(
    withNumericDates(withLoginTrouble(withEmailNames(query)).replace(NOTHING_TO_WORK_ON, 'нечем').replace(GREETING, ' ')),
  );
  // Beside a class, a date asks for the class's day of the week (src/search/query/typed-dates.ts).
  const read = classAliases(normalized).length > 0 ? datesAsWeekdays(normalized) : normalized;
  for (const token of read.toLowerCase().split(/\s+/)) {
    const english = ENGLISH_WORDS.get(bare(token));
    if (english) words.push({ text: english });
    else if (ENGLISH_STOP_WORDS.has(bare(token))) continue;
    else if (looksLikeWrongLayout(token)) {
      const otherLayout = bare(toCyrillicLayout(token));
      const transliterated = fromTransliteration(bare(token));
      // «j» for «о», «r» for «к», «v» for «в»: a preposition typed in the wrong layout or in Latin
      // letters is dropped like any other; so is a question word in Latin letters («kak»).
      if (token.length <= 3 && STOP_WORDS.has(otherLayout)) continue;
      if (transliterated && STOP_WORDS.has(transliterated)) continue;
      words.push({ text: bare(token), otherLayout, ...(transliterated ? { transliterated } : {}) });
    } else {
      const text = bare(token);
      if (text) words.push({ text: withoutFleetingVowel(synonymOf(text) ?? text) });
    }
  }
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.text) || word.otherLayout);
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
