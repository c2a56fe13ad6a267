/**
 * Phones in editors' prose («позвоните 8 (3843) 36-43-71») become tap-to-call links, like every phone
 * the site shows from data (src/components/PhoneLink.astro): same `tel:` (E.164) and same unbreakable
 * text. Only full Russian numbers (eleven digits starting +7 or 8) that libphonenumber accepts.
 */
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import { isPublishablePhone, telHref, unbreakablePhone } from '../lib/phone.ts';

/** A run that may hold a phone: «+7» or a lone «8», then digits, spaces, brackets and hyphens. */
const CANDIDATE = /(?:\+7|(?<![\d\p{L}])8)[\d\s()\u00a0\u2011-]{9,}\d/gu;

/** Nodes whose text is not prose to link: existing links, code, raw HTML. */
const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition']);

/** The phone at the start of a candidate run: up to its eleventh digit, if that is a real number. */
export function phoneAt(run: string): string | undefined {
  let digits = 0;
  for (let i = 0; i < run.length; i++) {
    if (!/\d/.test(run[i]!)) continue;
    digits++;
    if (digits < 11) continue;
    // A twelfth digit glued to the eleventh means this is not a phone but a longer number.
    if (/\d/.test(run[i + 1] ?? '')) return undefined;
    const phone = run.slice(0, i + 1);
    return isPublishablePhone(phone) ? phone : undefined;
  }
  return undefined;
}

/** Splits a text into text and tel: links. */
export function linkPhones(text: string): (Text | Link)[] {
  const parts: (Text | Link)[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const phone = phoneAt(match[0]);
    if (!phone) continue;
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: text.slice(last, start) });
    parts.push({ type: 'link', url: telHref(phone), children: [{ type: 'text', value: unbreakablePhone(phone) }] });
    last = start + phone.length;
  }
  if (last === 0) return [{ type: 'text', value: text }];
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

function visit(parent: Parent): void {
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'text') children.push(...linkPhones(child.value));
    else {
      if (!SKIP.has(child.type) && 'children' in child) visit(child as Parent);
      children.push(child);
    }
  }
  parent.children = children as Parent['children'];
}

/** Links every phone in the prose of a document. */
export function markPhones(tree: Root): void {
  visit(tree);
}

export function remarkPhoneLinks() {
  return (tree: Root) => markPhones(tree);
}
