/**
 * Free text written by editors («перезвоните по телефону 8 (3843) 36-43-68 или напишите на
 * dot@school47-nk.ru») cut into plain text, phones and e-mails, so a page can make every phone a
 * tap-to-call link and every address a mailto link.
 */
import { isPublishablePhone } from './phone.ts';

export type TextPart = { kind: 'text' | 'phone' | 'email'; text: string };

/** A Russian number written out in full (+7 or 8 and ten more digits) or an e-mail address. */
const CANDIDATE = /(?<phone>(?<![\d+])(?:\+7|8)[\d\s\u00a0()-]{9,18}\d)|(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gu;

function isFullPhone(text: string): boolean {
  return text.replace(/\D/g, '').length === 11 && isPublishablePhone(text);
}

/** The text in order as parts; joined back they give the text unchanged. */
export function splitContactText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const found = match[0];
    const kind = match.groups?.['email'] !== undefined ? 'email' : isFullPhone(found) ? 'phone' : undefined;
    if (kind === undefined) continue;
    plain += text.slice(last, match.index);
    if (plain) parts.push({ kind: 'text', text: plain });
    plain = '';
    parts.push({ kind, text: found });
    last = match.index + found.length;
  }
  plain += text.slice(last);
  if (plain) parts.push({ kind: 'text', text: plain });
  return parts;
}
