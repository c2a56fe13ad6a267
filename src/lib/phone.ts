/**
 * Phone numbers as editors write them («8 (3843) 36-43-66», «+7 905 123-45-67», «112»): whether they
 * are real, and the `tel:` link (E.164) that a phone dials.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Russian short service numbers that are dialled as they are (emergency, reference services). */
const SHORT_NUMBER = /^\d{2,4}$/;

function digitsOf(text: string): string {
  return text.replace(/[^\d+]/g, '');
}

/** True when the text is a valid Russian number or a short service number. */
export function isPublishablePhone(text: string): boolean {
  if (SHORT_NUMBER.test(digitsOf(text))) return true;
  const parsed = parsePhoneNumberFromString(text, 'RU');
  return parsed !== undefined && parsed.isValid();
}

/** The `tel:` URL for a phone: E.164 (`tel:+73843364366`), or the digits of a short number. */
export function telHref(text: string): string {
  const digits = digitsOf(text);
  if (SHORT_NUMBER.test(digits)) return `tel:${digits}`;
  const parsed = parsePhoneNumberFromString(text, 'RU');
  return `tel:${parsed?.isValid() ? parsed.number : digits}`;
}

/** The phone as written, but unbreakable: a number split across two lines is misdialled. */
export function unbreakablePhone(text: string): string {
  return text.trim().replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
