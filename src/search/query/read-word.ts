/**
 * Which reading of a typed word the search asks the index for, when the query's words were not all
 * found together (src/search/query/find-records.ts): the word, its base form, its other-layout
 * reading, or a one-letter correction — each only when the index holds it.
 */
import { STOP_WORDS } from './stop-words.ts';
import { corrections, formCorrections, vowelCorrections } from './typos.ts';
import type { QueryWord } from './understand.ts';
import { baseForm, formGap } from './word-forms.ts';

/**
 * The index's base form of the word or of its other-layout or transliterated reading («антонову» →
 * «антонов»); else
 * either reading when the index knows it but for its last letter; else a one-letter correction of
 * either; else either reading when the index knows it but for two or three letters; else a correction
 * of its stem when it has a case ending. A word the index does not know is not trusted to Pagefind: it
 * would match it by a shorter beginning («анрдеева» would find «Анна»), which hides the typo.
 */
export async function readingToSearch(
  word: QueryWord,
  searchAlone: (word: string) => Promise<unknown[]>,
  vocabulary: () => Promise<readonly string[]>,
): Promise<string | undefined> {
  // Latin letters beside a digit («6f») are nearly always a class typed in the wrong layout: its
  // Cyrillic reading goes first (the index answers «6f» by its digit alone).
  const layoutReadings = !word.otherLayout
    ? [word.text]
    : /\d/.test(word.text)
      ? [word.otherLayout, word.text]
      : [word.text, word.otherLayout];
  const readings = word.transliterated ? [...layoutReadings, word.transliterated] : layoutReadings;
  const known = await vocabulary();
  for (const reading of readings) {
    const base = baseForm(reading, known);
    if (base && (await searchAlone(base)).length > 0) return base;
  }
  // A known form that differs by one last letter is the word; one that differs by two or three
  // («директар» beside «директор») is weighed against a one-letter correction, which wins.
  const gaps = readings.map((reading) => formGap(reading, known));
  const asKnown = async (near: boolean) => {
    for (const [i, reading] of readings.entries()) {
      const gap = gaps[i];
      if (gap !== undefined && gap <= 1 === near && (await searchAlone(reading)).length > 0) return reading;
    }
    return undefined;
  };
  const nearForm = await asKnown(true);
  if (nearForm) return nearForm;
  for (const reading of readings) {
    // A correction to a question word («такое» → «какое») would be dropped had it been typed so.
    for (const corrected of corrections(reading, known).filter((word) => !STOP_WORDS.has(word)))
      if ((await searchAlone(corrected)).length > 0) return corrected;
  }
  const farForm = await asKnown(false);
  if (farForm) return farForm;
  // A typo in a word with a case ending («написать Сдиоровой»): its stem is corrected.
  for (const reading of readings)
    for (const corrected of formCorrections(reading, known)) if ((await searchAlone(corrected)).length > 0) return corrected;
  // Vowels written by ear («дериктор»): more than one letter off, but each sounds as typed.
  for (const reading of readings)
    for (const corrected of vowelCorrections(reading, known).filter((word) => !STOP_WORDS.has(word)))
      if ((await searchAlone(corrected)).length > 0) return corrected;
  // Without a vocabulary (it failed to load) every word is worth a try.
  if (known.length === 0 && (await searchAlone(word.text)).length > 0) return word.text;
  return undefined;
}
