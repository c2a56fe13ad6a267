/**
 * Free text written by editors («перезвоните по телефону 8 (3843) 36-43-68 или напишите на
 * dot@school47-nk.ru») cut into plain text, phones and e-mails, so a page can make every phone a
 * tap-to-call link and every address a mailto link. Phones are found as in Markdown prose
 * (findPhones in ./phone.ts), so a note and a page agree on what is a phone.
 */
import { findPhones } from './phone.ts';

export type TextPart = { kind: 'text' | 'phone' | 'email'; text: string };

/** An address from where it starts (sticky): name, «@», a domain with at least one dot. */
const EMAIL_AT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/uy;
const NAME_CHAR = /[\w.+-]/;

/**
 * The addresses of a text, as a global search for EMAIL_AT would find them, but starting only at the
 * name before each «@»: a search tried at every letter of a long page took a tenth of the checker's time.
 */
function findEmails(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  let end = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < end) continue;
    let start = at;
    while (start > end && NAME_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    EMAIL_AT.lastIndex = start;
    const match = EMAIL_AT.exec(text);
    if (!match) continue;
    found.push({ index: start, text: match[0] });
    end = start + match[0].length;
  }
  return found;
}

/** The text in order as parts; joined back they give the text unchanged. */
export function splitContactText(text: string): TextPart[] {
  const found = [
    // Addresses first, so a sort that keeps ties in order lets «89051234567@mail.ru» stay an address.
    ...findEmails(text).map((email) => ({ kind: 'email' as const, ...email })),
    ...findPhones(text).map((phone) => ({ kind: 'phone' as const, ...phone })),
  ].sort((a, b) => a.index - b.index);
  const parts: TextPart[] = [];
  let last = 0;
  for (const { kind, index, text: value } of found) {
    // A phone inside an address (digits before the «@») is part of the address.
    if (index < last) continue;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    parts.push({ kind, text: value });
    last = index + value.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
