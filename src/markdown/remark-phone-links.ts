/**
 * Phones in editors' prose («позвоните 8 (3843) 36-43-71») become tap-to-call links, like every phone
 * the site shows from data (src/components/PhoneLink.astro): same `tel:` (E.164), same unbreakable
 * text, and the same phones as in YAML notes (findPhones in src/lib/phone.ts).
 */
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import { findPhones, telHref, unbreakablePhone } from '../lib/phone.ts';

/** Nodes whose text is not prose to link: existing links, code, raw HTML. */
const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition']);

/** Splits a text into text and tel: links. */
export function linkPhones(text: string): (Text | Link)[] {
  const parts: (Text | Link)[] = [];
  let last = 0;
  for (const phone of findPhones(text)) {
    if (phone.index > last) parts.push({ type: 'text', value: text.slice(last, phone.index) });
    parts.push({ type: 'link', url: telHref(phone.text), children: [{ type: 'text', value: unbreakablePhone(phone.text) }] });
    last = phone.index + phone.text.length;
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
export function remarkPhoneLinks() {
  return (tree: Root) => visit(tree);
}
