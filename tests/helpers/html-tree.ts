/**
 * Reading built HTML in tests: parse5's tree with the few lookups the tests need, in one place.
 * Tests check what a reader sees, so text comes in two forms: raw (as written) and as read
 * (whitespace collapsed, non-breaking spaces and hyphens read as ordinary ones).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';

/** A node of parse5's default tree, as far as the tests look at it. */
export interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  /** A <template>'s content. */
  content?: HtmlNode;
}

/** A whole document. */
export function parseHtml(html: string): HtmlNode {
  return parse(html) as unknown as HtmlNode;
}

/** A whole document from a file. */
export function parseHtmlFile(file: string): HtmlNode {
  return parseHtml(readFileSync(file, 'utf8'));
}

/** Visits a node and everything under it in document order, template content included. */
export function walk(node: HtmlNode, visit: (node: HtmlNode) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

/** Every node under `root` (itself included) that matches, in document order. */
export function findAll(root: HtmlNode, matches: (node: HtmlNode) => boolean): HtmlNode[] {
  const found: HtmlNode[] = [];
  walk(root, (node) => {
    if (matches(node)) found.push(node);
  });
  return found;
}

/** An attribute's value, or undefined. */
export function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

/** Whether the element has this class among its classes. */
export function hasClass(node: HtmlNode, name: string): boolean {
  return (attr(node, 'class') ?? '').split(/\s+/).includes(name);
}

/** The text under a node as written, without the soft hyphens the build adds (src/lib/hyphenate-html.ts): no reader sees them. */
export function rawText(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node.value ?? '').replace(/\u00ad/g, '');
  return (node.childNodes ?? []).map(rawText).join('');
}

/** Whitespace collapsed to single spaces, trimmed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A string as a reader sees it: soft hyphens unseen, non-breaking spaces and hyphens read as ordinary ones, whitespace collapsed. */
export function asRead(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\u2011/g, '-')
    .trim();
}

/** The text under a node as a reader sees it (see asRead). */
export function readerText(node: HtmlNode): string {
  return asRead(rawText(node));
}
