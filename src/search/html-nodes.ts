/** The few parse5 tree helpers the indexer needs (src/search/split-page.ts). */

export interface Element {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Element[];
  value?: string;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

export function attribute(node: Element, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

export function walk(node: Element, visit: (node: Element) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
}

export function textOf(node: Element): string {
  let text = '';
  walk(node, (child) => {
    if (child.nodeName === '#text') text += `${child.value ?? ''} `;
  });
  return text;
}

/** Every element under `node` (itself included) that passes `test`, in document order. */
export function findAll(node: Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(node, (child) => {
    if (test(child)) found.push(child);
  });
  return found;
}

/** The first element inside `node` (itself included) that passes the test. */
export const find = (node: Element, test: (node: Element) => boolean): Element | undefined => findAll(node, test)[0];

export interface Phone {
  /** The number dialled (`tel:` target). */
  dial: string;
  /** The number as written on the page. */
  written: string;
}

/** The tap-to-call links of a block. */
export function phonesOf(node: Element): Phone[] {
  const phones: Phone[] = [];
  walk(node, (child) => {
    const target = child.nodeName === 'a' ? attribute(child, 'href') : undefined;
    if (target?.startsWith('tel:')) phones.push({ dial: target.slice(4), written: textOf(child).trim() });
  });
  return phones;
}

/** Whether a block links to another site (a platform's address, a lesson's or a meeting's call link, a document's file). */
export function linksOut(node: Element): boolean {
  let found = false;
  walk(node, (child) => {
    if (child.nodeName === 'a' && /^https?:/.test(attribute(child, 'href') ?? '')) found = true;
  });
  return found;
}

/** Whether a block shows a web address as a link's text («sferum.ru»): the record is where that site's address is. */
export function showsWebAddress(node: Element): boolean {
  let found = false;
  walk(node, (child) => {
    if (
      child.nodeName === 'a' &&
      /^https?:/.test(attribute(child, 'href') ?? '') &&
      /^[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/u.test(textOf(child).trim())
    )
      found = true;
  });
  return found;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
