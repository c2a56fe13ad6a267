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

/**
 * The phone as written, breakable only between its groups: a group split across two lines is
 * misdialled, but «8 (3843)» over «36‑43‑66» reads right, and lets a number keep the size of the
 * text around it in large print instead of shrinking to fit. The prefix stays with the area code;
 * hyphens are non-breaking.
 */
export function phoneText(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((group) => group.replace(/-/g, '\u2011'))
    .reduce((out, group, i, groups) => (i === 0 ? group : `${out}${/^(8|\+7)$/.test(groups[i - 1]!) ? '\u00a0' : ' '}${group}`), '');
}
