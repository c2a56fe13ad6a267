/**
 * vCard 3.0 (RFC 2426) contact cards a phone saves with one tap. Version 3.0, not 4.0, because it is
 * the one every phone imports: Android's contacts app and iOS read 3.0, while 4.0 (RFC 6350) support
 * is patchy. Written here rather than with an npm package: the format is a dozen lines, and the
 * packages that exist (vcards-js and the like) target person cards, do not fold long lines by octets,
 * and have not kept pace with fixes; what matters is escaping and folding, which this module does and
 * tests/exports/vcard.test.ts checks with an independent parser (ical.js).
 */
import { t } from '../i18n/ru.ts';
import { formatHours } from '../lib/hours.ts';
import { dialNumber } from '../lib/phone.ts';
import type { Contact } from '../schemas/contact.ts';
import { contactPath } from '../site/routes.ts';

/** TEXT value escaping (RFC 2426 §4, RFC 6350 §3.4): backslash, comma, semicolon and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per physical line (CRLF + one space before each
 * continuation), never inside a UTF-8 character nor between a backslash and the character it
 * escapes, so Cyrillic text and `\n` survive even a careless reader.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const [unit] of line.matchAll(/\\.|[\s\S]/gu)) {
    const size = encoder.encode(unit).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += unit;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface Card {
  /** Stable identifier: re-importing the card updates the contact instead of duplicating it. */
  uid: string;
  /** Name shown in the phone's contact list. */
  fn: string;
  /** Organisation. */
  org: string;
  /** Phone numbers in E.164 (or a short service number). */
  tels: readonly string[];
  emails: readonly string[];
  note?: string | undefined;
  url?: string | undefined;
}

/** One card, CRLF line ends, each line folded. */
export function vcard(card: Card): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Shkolnaya stranitsa//vCard//RU',
    `UID:${escapeText(card.uid)}`,
    `FN:${escapeText(card.fn)}`,
    // N is required in 3.0; a service line has no surname, so its whole name goes first.
    `N:${escapeText(card.fn)};;;;`,
    `ORG:${escapeText(card.org)}`,
    ...card.tels.map((tel) => `TEL;TYPE=WORK,VOICE:${tel}`),
    ...card.emails.map((email) => `EMAIL;TYPE=INTERNET,WORK:${escapeText(email)}`),
    ...(card.note ? [`NOTE:${escapeText(card.note)}`] : []),
    ...(card.url ? [`URL:${card.url}`] : []),
    'END:VCARD',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** NOTE text: hours first (why one saves the card: when to call), then who answers and the remark. */
export function contactNote(contact: Pick<Contact, 'hours' | 'person' | 'note'>): string {
  return [contact.hours.length > 0 && `${t.exportTexts.hours}: ${contact.hours.map(formatHours).join(', ')}`, contact.person, contact.note]
    .filter(Boolean)
    .join('\n');
}

/** The card of one contact point of the school. */
export function contactCard(contact: Contact, ctx: { org: string; host: string; url: (path: string) => string }): string {
  return vcard({
    uid: `contact-${contact.id}@${ctx.host}`,
    fn: contact.title,
    org: ctx.org,
    tels: contact.phones.map(dialNumber),
    emails: contact.email ? [contact.email] : [],
    note: contactNote(contact),
    url: ctx.url(contactPath(contact.id)),
  });
}
