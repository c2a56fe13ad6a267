/**
 * Phone numbers, the one place that knows them: whether what an editor wrote is a real Russian
 * number («8 (3843) 36-43-66», «+7 905 123-45-67», «112»), the number a phone dials (E.164) and its
 * `tel:` link, the unbreakable text, the phones inside free text (YAML notes and Markdown prose alike),
 * and numbers typed into the search box. libphonenumber-js decides what is a real number.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Russian short service numbers (emergency, reference services), written as bare digits: «112». */
const SHORT_NUMBER = /^\d{2,4}$/;

function digitsOf(text: string): string {
  return text.replace(/[^\d+]/g, '');
}

/**
 * What the library lets through as «valid» Russian numbers but is not written as one: a leading «8 »
 * or «8 (» is the trunk prefix, so ten digits must follow (else «8 (38451) 4-12-3» passes as
 * +7 838…); an extension («доб. 12») is not counted in them; and a number with «+» must be «+7», since
 * the site is for Russian numbers.
 */
function isWrittenAsRussian(text: string, extension: string): boolean {
  const digits = text.replace(/\D/g, '').length - extension.length;
  if (/^8\s*[\s(-]/.test(text) && digits !== 11) return false;
  return !text.startsWith('+') || text.startsWith('+7');
}

/**
 * True when the text is a Russian number written in full (an extension «доб. 12» may follow) or a
 * short service number written as bare digits («112»; «4-12» is a cut-off local number, not one).
 */
export function isPublishablePhone(text: string): boolean {
  const written = text.trim();
  if (SHORT_NUMBER.test(written)) return true;
  const parsed = parsePhoneNumberFromString(written, 'RU');
  return parsed !== undefined && parsed.isValid() && isWrittenAsRussian(written, parsed.ext ?? '');
}

/** The number in E.164 (`+79051234567`), to compare numbers written differently; undefined if not a full number. */
export function phoneKey(text: string): string | undefined {
  const parsed = parsePhoneNumberFromString(text, 'RU');
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * A Russian mobile number (+7 9xx…): every Russian number whose code starts with 9 is a mobile one.
 * It is most often a person's own phone, so publishing it needs that person's consent (152-ФЗ).
 */
export function isMobilePhone(text: string): boolean {
  const parsed = parsePhoneNumberFromString(text, 'RU');
  return parsed !== undefined && parsed.isValid() && parsed.countryCallingCode === '7' && parsed.nationalNumber.startsWith('9');
}

/**
 * The number a phone dials: E.164 (`+73843364366`), or the digits of a short number (`112`). An
 * extension is not dialled: it stays in the text the reader sees, to be asked for on the line.
 */
export function dialNumber(text: string): string {
  const digits = digitsOf(text);
  if (SHORT_NUMBER.test(digits)) return digits;
  const parsed = parsePhoneNumberFromString(text, 'RU');
  return parsed?.isValid() ? parsed.number : digits;
}

/** The `tel:` URL for a phone: `tel:+73843364366`, or `tel:112`. */
export function telHref(text: string): string {
  return `tel:${dialNumber(text)}`;
}

/** The phone as written, but unbreakable: a number split across two lines is misdialled. */
export function unbreakablePhone(text: string): string {
  return text.trim().replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/**
 * A Russian number written out in full inside a sentence: «+7» or a lone «8» (no letter or digit
 * glued before it), then exactly ten more digits with spaces, brackets or hyphens between them (the
 * no-break forms too, as unbreakablePhone writes them), and no further digit glued after it — a
 * longer run is an account or document number, not a phone. Times («08:00»), dates («2026-11-13»,
 * «13.11.2026») and years never start with «+7» or «8 » and a ten-digit tail, so they stay text.
 */
const NUMBER_IN_TEXT = /(?:(?<![\d+])\+7|(?<![\d\p{L}+])8)(?:[\s()\u2011-]{0,3}\d){10}(?![\d]|[-\u2011]\d)/gu;

/** A phone found in free text: where it starts and its text exactly as written. */
export interface PhoneInText {
  index: number;
  text: string;
}

/** Whether a text has the eleven digits a phone in text has: most texts have far fewer, and need no closer look. */
export function mayHoldPhone(text: string): boolean {
  let digits = 0;
  for (let index = 0; index < text.length && digits < 11; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return digits >= 11;
}

/** Every real phone in an editor's text, in order; an extension after one («доб. 12») stays outside it. */
export function findPhones(text: string): PhoneInText[] {
  // Most of a school's texts skip the pattern (the checker reads them all).
  if (!mayHoldPhone(text)) return [];
  return [...text.matchAll(NUMBER_IN_TEXT)]
    .filter((match) => isPublishablePhone(match[0]))
    .map((match) => ({ index: match.index, text: match[0] }));
}

/**
 * A number typed with separators (in a search query): digits with spaces, hyphens, brackets or dots
 * between, five characters or more («66-15», the end of a number, is the shortest).
 */
const TYPED_NUMBER = /\+?\d[\d\s\-().]{3,}\d/g;
/**
 * Typed numbers that are not phones: a date (13.11.2026, 13.11, 2026-11-13), a school year (2025-2026)
 * or a span of grades («10-11 классы»).
 */
const NOT_A_PHONE = [
  /^\d{1,2}\.\d{1,2}(\.\d{2,4})?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^(?:19|20)\d\d\s*-\s*(?:19|20)\d\d$/,
  /^(?:1[01]|[1-9])\s*-\s*(?:1[01]|[1-9])$/,
];

/**
 * A query with every phone written with separators made compact, as the index keeps phones:
 * «36-43-66» → «364366», «8 (3843) 36-43-66» → «83843364366». Dates and school years stay as typed.
 */
export function compactTypedPhones(query: string): string {
  return query.replace(TYPED_NUMBER, (typed) => (NOT_A_PHONE.some((shape) => shape.test(typed.trim())) ? typed : typed.replace(/\D/g, '')));
}
