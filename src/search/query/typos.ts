/**
 * One missing, extra, wrong or swapped letter («псхолог», «расписанее», «ракписание»), corrected
 * against the words the index actually holds (the vocabulary written at build time).
 */

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true; // one letter replaced
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2); // swapped
  }
  return short.slice(i) === long.slice(i + 1); // one letter missing or extra
}

/**
 * Words of the vocabulary one edit away from `word`, most frequent first (the vocabulary is stored in
 * that order). Short words are left alone: at three letters almost everything is one edit away.
 */
export function corrections(word: string, vocabulary: readonly string[], limit = 3): string[] {
  if (word.length < 4) return [];
  const found: string[] = [];
  for (const known of vocabulary) {
    if (known !== word && Math.abs(known.length - word.length) <= 1 && withinOneEdit(word, known)) {
      found.push(known);
      if (found.length === limit) break;
    }
  }
  return found;
}

/** Case endings of a surname or noun typed in a question («написать Сидоровой», «найти Степанову»). */
const TYPED_ENDINGS = ['ой', 'ою', 'ей', 'ову', 'ым', 'ом', 'ам', 'ах', 'у', 'ю', 'е', 'ы', 'и', 'а'];

/**
 * A typo in a word typed with a case ending: «сдиоровой» is no one edit from «сидорова», but its
 * stem «сдиоров» is one swap from «сидоров». The vocabulary words whose stem (the word, or without its
 * last «а»/«я») is one edit from a stem of the typed word (without a case ending), most frequent
 * first; stems of five letters or more only.
 */
export function formCorrections(word: string, vocabulary: readonly string[], limit = 3): string[] {
  const stems = TYPED_ENDINGS.filter((ending) => word.endsWith(ending))
    .map((ending) => word.slice(0, -ending.length))
    .filter((stem) => stem.length >= 5);
  if (stems.length === 0) return [];
  const found: string[] = [];
  for (const known of vocabulary) {
    if (known === word) continue;
    const knownStems = [known, known.replace(/[ая]$/u, '')].filter((stem) => stem.length >= 5);
    if (stems.some((stem) => knownStems.some((knownStem) => knownStem !== stem && withinOneEdit(stem, knownStem)))) {
      found.push(known);
      if (found.length === limit) break;
    }
  }
  return found;
}

/** Unstressed vowels written by ear sound alike: «а» and «о»; «е», «и», «я», «ё» and «э». */
const byEar = (word: string) => word.replace(/[ао]/gu, 'а').replace(/[еиёяэ]/gu, 'и');

/**
 * Vocabulary words of the same length that differ from the word only in vowels that sound alike
 * unstressed («дериктор» → «директор», «роспесание» → «расписание»), most frequent first: more than one
 * letter may be wrong, which `corrections` does not reach. Words of five letters or more only.
 */
export function vowelCorrections(word: string, vocabulary: readonly string[], limit = 3): string[] {
  if (word.length < 5) return [];
  const heard = byEar(word);
  return vocabulary.filter((known) => known !== word && known.length === word.length && byEar(known) === heard).slice(0, limit);
}

/** How many first letters a word must share with a vocabulary word to be taken for its root. */
const ROOT = 5;

/**
 * Words of the vocabulary that share the word's first letters — its root, roughly («беспокоится» →
 * «беспокойство»), most frequent first. The last resort of a query that found nothing at all: looser
 * than a form of the word (src/search/query/word-forms.ts, `isKnown`), so only for words long enough
 * that five letters are a root, not a prefix of everything.
 */
export function sameRoot(word: string, vocabulary: readonly string[], limit = 3): string[] {
  if (word.length <= ROOT || /\d/.test(word)) return [];
  const root = word.slice(0, ROOT);
  return vocabulary.filter((known) => known !== word && known.startsWith(root)).slice(0, limit);
}
