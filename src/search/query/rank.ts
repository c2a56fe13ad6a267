/**
 * How the search box orders the records Pagefind found, beyond Pagefind's own score: the record whose
 * subject the query is goes before records that only mention its words. Pagefind weighs how often and
 * where a word stands; it cannot tell «Расписание 2А» (the class's own record) from «Собрание
 * родителей 2А класса» (a record that mentions the class), nor a staff card from a question-and-answer
 * whose title names the same subject. What this adds, in one score:
 * - the query's words found in the record's name (its title and the hidden words that stand for it),
 *   each weighed by its rarity in the index (a class name or a surname tells more than «класса»);
 * - the share of the record's title the query accounts for, and a small cost for each title word the
 *   query does not account for (a short title that is just the query names that thing);
 * - the entity's own record (title ≈ query, see `titleIsQuery`) as a strong bonus;
 * - the kind of place the question asks for («кто …» a person, «куда звонить» a contact);
 * - the page a class the query names is named by («Расписание 3А»), before the pages that list the
 *   class (the bells page lists each shift's classes);
 * - records of the school's organisation pages (the plan, the communication schedule) lose as much
 *   as an own record gains: they name many subjects in their titles in passing («Приём директора по
 *   телефону» is a line of the schedule, not the director's contact);
 * - a dated notice (an announcement) loses a little: it points to the page of what it announces («Выдача
 *   ноутбуков» to the device-lending page, «Изменилось расписание 5А» to the class's timetable), and that
 *   page is the lasting answer when both match the query about as well.
 */
import type { FoundRecord } from './match-words.ts';
import { matchesQueryWord } from '../excerpt.ts';
import { SUBJECTS } from '../everyday-words.ts';
import { isOfAskedKind, sectionOf } from './intent.ts';
import { STOP_WORDS } from './stop-words.ts';

/** A record's data as the ranking reads it. */
export interface RankedData {
  url?: string;
  content: string;
  meta?: { title?: string; title_words?: string; secondary?: string };
}

/** How much each part counts (see the module comment). */
export const RANK_WEIGHTS = {
  ownRecord: 2,
  nameShare: 1,
  titleShare: 0.5,
  unmatchedTitleWord: 0.15,
  askedSection: 1,
  /** A record named by the class the query names («Расписание 3А» for «3а во сколько последний урок»). */
  namedClass: 1,
  secondary: 2.5,
  notice: 1,
  /** A record holding «телефон» of «телефон психолога», beside others about the psychologist alike. */
  numberHeld: 0.5,
  /** A query word that names none of the records found, against its rarity (src/search/query/find-records.ts). */
  unnamedWord: 0.3,
} as const;

/**
 * A class as the index writes it («3а», src/search/aliases.ts): the one thing a query can name that has
 * its own page, beside the pages that list it (the bells page lists each shift's classes).
 */
const CLASS_WORD = /^(1[01]|[1-9])[а-яё]$/u;

/**
 * Words naming a teacher: «учитель физики 8а», «классуха 7а» by the stems of a teacher's titles, and
 * pupils' names for a subject's teacher («англичанка 5б», «физик») whole — as a beginning, «физик» and
 * «биолог» would also take the subjects «физика», «биология».
 */
const TEACHER_STEMS: readonly string[] = ['учител', 'преподавател', 'руководител', 'классн', 'классух'];
const TEACHER_NICKNAMES: ReadonlySet<string> = new Set(SUBJECTS.flatMap(({ teacher }) => teacher.split(' ').filter(Boolean)));
const namesTeacher = (words: readonly string[]) =>
  words.some((word) => TEACHER_NICKNAMES.has(word) || TEACHER_STEMS.some((stem) => word.startsWith(stem)));

/**
 * Whether a record's name holds a class the query names. It counts only when the question asks for no
 * kind of place, or for the record's kind, and names no teacher: «кто ведёт русский в 6А», «учитель
 * физики 8а» ask for a teacher, not for the class's page.
 */
const namesClassOf = (named: readonly string[], words: readonly string[]) =>
  !namesTeacher(words) && named.some((name) => CLASS_WORD.test(name) && words.includes(name));

/** Sections of dated notices (see the module comment). */
const NOTICE_SECTIONS: readonly string[] = ['announcements'];

/** The meaningful words of a text, lower case. */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word && !STOP_WORDS.has(word));

/**
 * Rarity of a word in the index: few records hold it → it says more about which record is meant.
 * `found` is how many records hold the word; the scale only has to be larger than a school's
 * records for the logarithm to stay positive.
 */
export function rarity(found: number): number {
  return Math.log(1 + 200 / Math.max(1, found));
}

/**
 * Rarity weighs a word by how few records hold it, which on a school's small index also favours words
 * no page is about: «понимаю», «написать» stand in one or two bodies by chance and would outweigh
 * «географии». A word that names none of the records found (in its title or the words that stand for
 * it) counts a fraction of its rarity.
 */
export function namingWeights(data: readonly RankedData[], words: readonly string[], weightOf: (word: string) => number) {
  const naming = new Set(
    words.filter((word) =>
      data.some((entry) =>
        wordsOf(`${entry.meta?.title ?? ''} ${entry.meta?.title_words ?? ''}`).some((name) => matchesQueryWord(name, word)),
      ),
    ),
  );
  return (word: string) => weightOf(word) * (naming.has(word) ? 1 : RANK_WEIGHTS.unnamedWord);
}

/**
 * Whether a record's title is the query: more than half of the title's meaningful words match the
 * query, and more than half of the query (its words weighed by `weightOf`, all alike by default) is
 * in the title or the words that stand for it (`titleWords`: «мероприятий» for «План-график»). Weighed,
 * «план мероприятий по дистанционному обучению» is the plan's: «дистанционному обучению» stand on
 * nearly every record and say little.
 */
export function titleIsQuery(
  title: string,
  words: readonly string[],
  titleWords = '',
  weightOf: (word: string) => number = () => 1,
): boolean {
  const shown = wordsOf(title);
  const named = [...shown, ...wordsOf(titleWords)];
  const titleCovered = shown.filter((titleWord) => words.some((word) => matchesQueryWord(titleWord, word))).length / (shown.length || 1);
  const weight = (list: readonly string[]) => list.reduce((sum, word) => sum + weightOf(word), 0);
  const queryCovered = weight(words.filter((word) => named.some((titleWord) => matchesQueryWord(titleWord, word)))) / (weight(words) || 1);
  return titleCovered > 0.5 && queryCovered > 0.5;
}

/**
 * How much the record is the query's subject (higher first). `weightOf` gives each query word's
 * rarity; `sections` are the sections the question asks for (src/search/query/intent.ts).
 */
export function subjectScore(
  data: RankedData,
  words: readonly string[],
  weightOf: (word: string) => number,
  sections: readonly string[] = [],
  base = '/',
): number {
  const title = data.meta?.title ?? '';
  const shown = wordsOf(title);
  const named = [...shown, ...wordsOf(data.meta?.title_words ?? '')];
  const total = words.reduce((sum, word) => sum + weightOf(word), 0) || 1;
  const nameShare =
    words.filter((word) => named.some((name) => matchesQueryWord(name, word))).reduce((sum, word) => sum + weightOf(word), 0) / total;
  const matchedTitle = shown.filter((titleWord) => words.some((word) => matchesQueryWord(titleWord, word))).length;
  const titleShare = shown.length > 0 ? matchedTitle / shown.length : 0;
  const w = RANK_WEIGHTS;
  // The share of the title counts as far as the title names the query: a one-word title («Сферум»)
  // is all matched by any question that mentions it.
  const naming = w.nameShare * nameShare + w.titleShare * titleShare * nameShare;
  // Only for a title that names part of the query (one that names none of it is no nearer for being
  // short), and never more than half of what naming it gained: a long title that names the query
  // («О переходе на обучение с применением дистанционных технологий» for «приказ на дистанционку»)
  // stays above a short one that names none of it («Документы»).
  const longTitle = matchedTitle > 0 ? Math.min(naming / 2, w.unmatchedTitleWord * (shown.length - matchedTitle)) : 0;
  return (
    // An own record counts by how much of its title the query is: «План-график» (all of it) before
    // «Об утверждении плана-графика мероприятий по организации …» (two thirds).
    (titleIsQuery(title, words, data.meta?.title_words, weightOf) ? w.ownRecord * titleShare : 0) +
    naming -
    longTitle +
    (data.url && isOfAskedKind(data.url, sections, base) ? w.askedSection : 0) +
    (namesClassOf(named, words) && (sections.length === 0 || (data.url !== undefined && isOfAskedKind(data.url, sections, base)))
      ? w.namedClass
      : 0) -
    (data.meta?.secondary ? w.secondary : 0) -
    (data.url && NOTICE_SECTIONS.includes(sectionOf(data.url, base)) ? w.notice : 0)
  );
}

/**
 * Records found by several single-word searches: the words they hold first, each weighed by its
 * rarity (`weights`, in the order of `perWord`; all 1 when not given), then the summed score.
 */
export function rankByWordsMatched<Data>(perWord: readonly FoundRecord<Data>[][], weights: readonly number[] = []): FoundRecord<Data>[] {
  const merged = new Map<string, { record: FoundRecord<Data>; words: number; score: number }>();
  perWord.forEach((results, i) => {
    for (const record of results) {
      const entry = merged.get(record.id) ?? { record, words: 0, score: 0 };
      entry.words += weights[i] ?? 1;
      entry.score += record.score;
      merged.set(record.id, entry);
    }
  });
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.record);
}
