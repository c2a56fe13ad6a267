/**
 * Free text written by editors («перезвоните по телефону 8 (3843) 36-43-68 или напишите на
 * dot@school47-nk.ru») cut into plain text, phones and e-mails, so a page can make every phone a
 * tap-to-call link and every address a mailto link. Phones are found as in Markdown prose
 * (findPhones in ./phone.ts), so a note and a page agree on what is a phone.
 */
import { findPhones } from './phone.ts';

export type TextPart = { kind: 'text' | 'phone' | 'email'; text: string };

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** The text in order as parts; joined back they give the text unchanged. */
export function splitContactText(text: string): TextPart[] {
  const found = [
    // Addresses first, so a sort that keeps ties in order lets «89051234567@mail.ru» stay an address.
    ...[...text.matchAll(EMAIL)].map((match) => ({ kind: 'email' as const, index: match.index, text: match[0] })),
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
