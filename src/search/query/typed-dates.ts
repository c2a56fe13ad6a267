/**
 * A date as people type or dictate it, in the form the pages write it: «шестнадцатого ноября» (voice
 * input writes the day in words), «двадцать третьего ноября», «16-го ноября», «18.11» → «16 ноября»,
 * «23 ноября», «18 ноября». The pages give dates so (src/lib/dates.ts: «вторник, 24 ноября 2026»), and
 * the index has no word «шестнадцатого» nor «18.11».
 */

import { commonWords } from '../../i18n/ru/common.ts';

const MONTHS: readonly string[] = commonWords.monthsGenitive;

/** Stems of the ordinal numbers 1–19 and of the tens 20 and 30, by their value. */
const UNIT_STEMS: readonly [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четв[её]рт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
];
const TEEN_STEMS: readonly [string, number][] = [
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
];
/** An ordinal's ending in the cases a date takes: «шестнадцатого», «на шестнадцатое», «третьего». */
const ENDING = '(?:ье|ьего|ьему|ьем|ого|ое|ому|ом|ий|ый)';
const stemPattern = (stems: readonly [string, number][]) => stems.map(([stem]) => stem).join('|');
const valueOf = (stems: readonly [string, number][], word: string) =>
  stems.find(([stem]) => new RegExp(`^${stem}`, 'iu').test(word))?.[1] ?? 0;

const MONTH = `(${MONTHS.join('|')})`;
/** «двадцать третьего ноября», «шестнадцатого ноября», «первого декабря». */
const DAY_IN_WORDS = new RegExp(
  `(?<!\\p{L})(?:(двадцать|тридцать)\\s+(${stemPattern(UNIT_STEMS)})|(${stemPattern(TEEN_STEMS)}|${stemPattern(UNIT_STEMS)}))${ENDING}\\s+${MONTH}(?!\\p{L})`,
  'giu',
);
/** «16-го ноября», «16го ноября». */
const DAY_WITH_ENDING = new RegExp(`(?<![\\d\\p{L}])([12]?\\d|3[01])\\s*-?\\s*(?:го|е|ое|ого)\\s+${MONTH}(?!\\p{L})`, 'giu');
/** «18.11», «18.11.2026», «03/12» (two digits of the month: «1.5 Мбит/с» is no date); never a time («18:11») nor a span of grades («10-11»). */
const DOTTED_DATE = /(?<![\d.,/])(0?[1-9]|[12]\d|3[01])[./](0[1-9]|1[0-2])(?:[./](?:20)?\d\d)?(?![\d.,/]*\d)/gu;

/** The query with each date it names as the pages write it: «собрание шестнадцатого ноября» → «собрание 16 ноября». */
export function withNumericDates(query: string): string {
  return query
    .replace(DAY_IN_WORDS, (_all, tens: string | undefined, unit: string | undefined, alone: string | undefined, month: string) => {
      const day = tens
        ? (tens.toLowerCase() === 'двадцать' ? 20 : 30) + valueOf(UNIT_STEMS, unit!)
        : valueOf([...TEEN_STEMS, ...UNIT_STEMS], alone!);
      return day >= 1 && day <= 31 ? `${day} ${month.toLowerCase()}` : _all;
    })
    .replace(DAY_WITH_ENDING, (_all, day: string, month: string) => `${Number(day)} ${month.toLowerCase()}`)
    .replace(DOTTED_DATE, (_all, day: string, month: string) => `${Number(day)} ${MONTHS[Number(month) - 1]}`);
}

/** The days' names by `Date.getUTCDay()`, Sunday first. */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((key) => commonWords.daysFull[key]!.toLowerCase());
/** A date as the pages write it, after `withNumericDates`: «19 ноября». */
const NUMERIC_DATE = new RegExp(`(?<![\\d\\p{L}])([12]?\\d|3[01]) ${MONTH}(?!\\p{L})`, 'giu');

/** The weekday of a day and month in the year that puts it nearest to `today`: a school asks about this term. */
function weekdayOf(day: number, month: number, today: Date): string | undefined {
  const dates = [-1, 0, 1]
    .map((offset) => new Date(Date.UTC(today.getUTCFullYear() + offset, month, day)))
    .filter((date) => date.getUTCDate() === day);
  const nearest = dates.sort((a, b) => Math.abs(a.getTime() - today.getTime()) - Math.abs(b.getTime() - today.getTime()))[0];
  return nearest ? WEEKDAYS[nearest.getUTCDay()] : undefined;
}

/** Whether the query names a date (in any of the ways `withNumericDates` reads). */
export const namesDate = (query: string) => new RegExp(NUMERIC_DATE.source, 'iu').test(withNumericDates(query));

/**
 * The query with each date as its weekday: beside a class, a date asks for that class's day, and a
 * class's timetable is a week of weekdays («что у 3а 19 ноября» → «что у 3а четверг»), while the
 * date itself stands on meetings and notices of that day.
 */
export function datesAsWeekdays(query: string, today = new Date()): string {
  return query.replace(
    NUMERIC_DATE,
    (all, day: string, month: string) => weekdayOf(Number(day), MONTHS.indexOf(month.toLowerCase()), today) ?? all,
  );
}
