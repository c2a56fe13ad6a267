/**
 * Other ways people type the same class names and phone numbers. The indexer appends these to each
 * record (hidden from readers), and the search box rewrites queries to the compact forms, so «5 Б»,
 * «5-б» and «5б» — or «36-43-66» and «364366» — all find the same entry.
 */
import { compactTypedPhones } from '../lib/phone.ts';
import { thesaurusWords } from './thesaurus.ts';

/** «5 Б», «5-б», «5б», «10 А», «5"Б"», «5«б»» → the compact lower-case form «5б». */
const CLASS_NAME = /(?<![\d\p{L}])(1[01]|[1-9])\s*[-–]?\s*["«“']?([А-ЯЁа-яё])["»”']?(?![\p{L}])/gu;

/** The compact forms of class names in the text: `5б`, `10а`. */
export function classAliases(text: string): string[] {
  return [...text.matchAll(CLASS_NAME)].map((match) => `${match[1]}${match[2]!.toLowerCase()}`);
}

/**
 * Digit-only forms of a phone: all digits, the number without 8/+7, and the last 7, 6 and 4 digits
 * («номер заканчивается на 2797», «66-15»).
 */
export function phoneAliases(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 5) return [digits];
  const national = digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8')) ? digits.slice(1) : digits;
  return [
    ...new Set([digits, national, `8${national}`, `7${national}`, national.slice(-7), national.slice(-6), national.slice(-4)]),
  ].filter((form) => form.length >= 4);
}

/**
 * The parts of hyphenated words («педагог-психолог» → «педагог», «психолог»): Pagefind keeps such a
 * word whole, so a parent typing «психолог» would match it only as a prefix, weaker than a passing
 * «психологом» elsewhere.
 */
export function hyphenParts(text: string): string[] {
  return [...text.matchAll(/\p{L}{2,}(?:-\p{L}{2,})+/gu)].flatMap((match) => match[0].toLowerCase().split('-'));
}

/** All alias words for a record's visible text and its phone numbers. */
export function searchAliases(text: string, phones: readonly string[]): string {
  const words = new Set<string>([
    ...classAliases(text),
    ...gradeAliases(text),
    ...shiftAliases(text),
    ...platformAliases(text),
    ...initialsAliases(text),
    ...itemAliases(text),
    ...phones.flatMap(phoneAliases),
    ...thesaurusWords(text),
    ...hyphenParts(text),
  ]);
  return [...words].join(' ');
}

/**
 * Grades written as ordinal words, by their stems: «пятый б», «в пятом Б» are «5б». Only before a
 * lone letter, so «первый урок» stays as typed.
 */
const ORDINAL_STEMS = ['перв', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат'];
const ORDINAL_CLASS = new RegExp(
  `(?<![\\p{L}])(${ORDINAL_STEMS.join('|')})(?:ий|ый|ой|ого|ому|ом|ая|ей|ые|ых|ьего|ьем|ьему|ья)?\\s+([А-ЯЁа-яё])(?![\\p{L}\\d])`,
  'giu',
);
/** The grade a matched stem stands for: its place in `stems` (patterns, first is grade 1), compiled once. */
const gradeByStem = (stems: readonly string[]) => {
  const patterns = stems.map((pattern) => new RegExp(`^${pattern}$`, 'iu'));
  return (stem: string) => patterns.findIndex((pattern) => pattern.test(stem)) + 1;
};
const gradeOfStem = gradeByStem(ORDINAL_STEMS);

/**
 * A whole grade, not one class: «2 класс», «2-й класс», «6-х классов», «второй класс», «вторые классы»,
 * «первоклассники», «первоклашки». Its one word in the index is «2класс»: every class of the grade
 * («2А», «2Б») and every text that names the grade answers to it, and a grade typed alone no longer
 * reads as the digit «2» (which matches any number beginning with it).
 */
const GRADE_WORD = (grade: number | string) => `${grade}класс`;
// «5-м классе» is the fifth grade, «5 М класс» a class: a lone «м» counts only after a hyphen. The end
// of a span («5–9 классы») is no grade of its own.
const GRADE_BY_NUMBER =
  /(?<![\d\p{L}–-])(1[01]|[1-9])\s*(?:-\s*(?:м|ом|ым)|(?:-\s*)?(?:й|ый|ой|ий|го|ого|х|ых|ые|ом|му))?\s+класс\p{L}*/giu;
const GRADE_BY_ORDINAL = new RegExp(
  `(?<![\\p{L}])(${ORDINAL_STEMS.join('|')})(?:ий|ый|ой|ого|ому|ом|ая|ей|ые|ых|ьего|ьем|ьему|ья|ьи|ьих)?\\s+класс\\p{L}*`,
  'giu',
);
const PUPIL_STEMS = ['перво', 'второ', 'трет[ье]е', 'четвер[ео]', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти', 'одиннадцати'];
const GRADE_BY_PUPIL = new RegExp(`(?<![\\p{L}])(?:(${PUPIL_STEMS.join('|')})класс\\p{L}*|(перво)клашк\\p{L}*)`, 'giu');
const gradeOfPupilStem = gradeByStem(PUPIL_STEMS);

/** A text with each grade it names as one word: «второй класс» → «2класс». */
function withGradeWords(text: string): string {
  return text
    .replace(GRADE_BY_NUMBER, (_all, grade: string) => GRADE_WORD(grade))
    .replace(GRADE_BY_ORDINAL, (_all, stem: string) => GRADE_WORD(gradeOfStem(stem)))
    .replace(GRADE_BY_PUPIL, (_all, stem: string | undefined, first: string | undefined) => GRADE_WORD(gradeOfPupilStem(stem ?? first!)));
}

/** The grade words of a text: of each class it names («5Б» → «5класс») and each grade («пятые классы»). */
export function gradeAliases(text: string): string[] {
  const named = withGradeWords(text).match(/(?<![\d\p{L}])(1[01]|[1-9])класс(?!\p{L})/gu) ?? [];
  return [...new Set([...classAliases(text).map((name) => GRADE_WORD(name.slice(0, -1))), ...named])];
}

/**
 * A shift, however it is written: «Первая смена», «1-я смена», «во вторую смену», «смена 2». Its one word
 * in the index is «1смена», on the shift's own record and on each text that names it, and a query's
 * «1 смена», «первую смену» are read so: «1 смена какие классы» asks for the shift, not for the digit
 * «1» (which matches any number beginning with it).
 */
const SHIFT_WORD = (shift: number | string) => `${shift}смена`;
// «Смена» in its case forms only: «сменная обувь» is no shift.
const SHIFT = 'смен(?:а|ы|е|у|ой|ою|ам|ах)?(?!\\p{L})';
const SHIFT_BY_NUMBER = new RegExp(
  `(?<![\\d\\p{L}–-])([1-3])\\s*(?:-?\\s*(?:я|ая|ой|ую|й))?\\s+${SHIFT}|(?<!\\p{L})${SHIFT}\\s+(?:№\\s*)?([1-3])(?![\\d\\p{L}])`,
  'giu',
);
const SHIFT_BY_ORDINAL = new RegExp(`(?<![\\p{L}])(${ORDINAL_STEMS.slice(0, 3).join('|')})(?:ая|ой|ую|ья|ью|ьей)?\\s+${SHIFT}`, 'giu');

/** A text with each shift it names as one word: «первую смену» → «1смена». */
function withShiftWords(text: string): string {
  return text
    .replace(SHIFT_BY_NUMBER, (_all, before: string | undefined, after: string | undefined) => SHIFT_WORD(before ?? after!))
    .replace(SHIFT_BY_ORDINAL, (_all, stem: string) => SHIFT_WORD(gradeOfStem(stem)));
}

/** The shift words of a text: «Первая смена» → «1смена». */
export function shiftAliases(text: string): string[] {
  return [...new Set(withShiftWords(text).match(/(?<![\d\p{L}])[1-3]смена(?!\p{L})/gu) ?? [])];
}

/**
 * «Моя школа», the state platform every school here uses, in any case form («в Моей школе», «из
 * «Моей школы»»): one word in the index and in a query, «мояшкола». Its two words are stop words on
 * their own («моя», «школа» name nothing), and their forms do not match each other by their
 * beginnings («моей» is no form of «моя» to the index), so a guide titled «…в «Моя школа»» would lose
 * «как сдать дз в моей школе» to a class's page that says «в «Моей школе»».
 */
const PLATFORM_WORD = 'мояшкола';
const MY_SCHOOL = /(?<!\p{L})мо(?:я|ей|ю|ею)\s+[«"]?\s*школ(?:а|ы|е|у|ой|ою)(?!\p{L})\s*[»"]?/giu;

/** The same, for a test (a global pattern's `test` would carry its position from one text to the next). */
const NAMES_MY_SCHOOL = new RegExp(MY_SCHOOL.source, 'iu');

/** The platform words of a text: «Моя школа» in any form → «мояшкола». */
export function platformAliases(text: string): string[] {
  return NAMES_MY_SCHOOL.test(text) ? [PLATFORM_WORD] : [];
}

/**
 * A person named by initials, as letters and notices do («Козлова А. Н.», «написать Фёдоровой Л.Ю.»):
 * the initials as one word, «ан», on the record that names the person in full («Козлова Анна
 * Николаевна») and in the query — among namesakes («Ильина К. П.», «Ильина Л. Д.») they tell who.
 */
const FULL_NAME = /(?<!\p{L})\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(\p{Lu})\p{Ll}+\s+(\p{Lu})\p{Ll}+(?:вна|вич|ична|ич|оглы|кызы)(?!\p{L})/gu;
const TYPED_INITIALS = /(?<!\p{L})(\p{L})\.\s?(\p{L})(?:\.|(?!\p{L}))/gu;

/** The initials of each full name in the text: «Козлова Анна Николаевна» → «ан». */
export function initialsAliases(text: string): string[] {
  return [...new Set([...text.matchAll(FULL_NAME)].map((match) => `${match[1]}${match[2]}`.toLowerCase()))];
}

/**
 * A numbered item («пункт 3», «п. 7.1», «пункт № 2» of the plan): one word, «3пункт», «7-1пункт», on the
 * item named so and in the query — the number alone would match every number beginning with it.
 */
const NUMBERED_ITEM = /(?<!\p{L})(?:пункт(?:а|у|е|ом|ы|ов|ам|ах)?|п\.)\s*№?\s*(\d{1,2}(?:\.\d{1,2})*)(?![\d\p{L}])/giu;
// The number first, like «1смена»: «пункт1» would be a beginning of «пункт10».
export const itemWord = (number: string) => `${number.replace(/\./g, '-')}пункт`;

/** The numbered-item words of a text: «пункт 3» → «3пункт». */
export function itemAliases(text: string): string[] {
  return [...new Set([...text.matchAll(NUMBERED_ITEM)].map((match) => itemWord(match[1]!)))];
}

/**
 * A class letter typed as the Latin letter that looks the same («5a», «10B»): the Cyrillic one. Only
 * letters whose look-alike is a usual class letter; the others (Latin «p», «t», «y», «x») are read in
 * the other keyboard layout like any Latin word (src/search/query/keyboard-layout.ts).
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о' };
const LATIN_CLASS = /(?<![\d\p{L}])(1[01]|[1-9])\s*[-–]?\s*([abcehkmo])(?![\p{L}\d])/giu;

/** Rewrites a query to the compact forms the index knows: «5 Б» → «5б», «пятый б» → «5б», «36-43-66» → «364366». */
export function normalizeQuery(query: string): string {
  // «расписание7а»: a word run into a class or a number is two words.
  return withShiftWords(withGradeWords(compactTypedPhones(query.replace(/(\p{L}{3,})(?=\d)/gu, '$1 '))))
    .replace(MY_SCHOOL, ` ${PLATFORM_WORD} `)
    .replace(NUMBERED_ITEM, (_all, number: string) => itemWord(number))
    .replace(TYPED_INITIALS, (_all, first: string, second: string) => `${first}${second}`.toLowerCase())
    .replace(LATIN_CLASS, (_all, grade: string, letter: string) => `${grade}${LOOK_ALIKES[letter.toLowerCase()]!}`)
    .replace(ORDINAL_CLASS, (_all, stem: string, letter: string) => `${gradeOfStem(stem)}${letter.toLowerCase()}`)
    .replace(CLASS_NAME, (_all, grade: string, letter: string) => `${grade}${letter.toLowerCase()}`)
    .replace(/\s+/g, ' ')
    .trim();
}
