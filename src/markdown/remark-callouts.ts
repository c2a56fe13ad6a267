/**
 * Tips stand out without HTML: a quote whose first words are «Совет.» or «Важно.» (bold or not, as
 * editors write `> **Совет.** …`) gets a class, so the site can show it as a tip or a warning.
 * Runs on every Markdown file (guides, answers, pages, notices).
 */
import type { Blockquote, Root, RootContent } from 'mdast';

/** Class on every marked quote, and the class of each kind. */
export const CALLOUT_CLASS = 'callout';
export const calloutKinds = { Совет: 'callout-tip', Важно: 'callout-important' } as const;

/** Plain text of a node (what a reader sees), without pulling in another dependency. */
function textOf(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

/** The kind of a quote from its first words: «Совет.», «Важно:», «**Важно!**». */
export function calloutKind(quote: Blockquote): string | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const match = /^\s*(Совет|Важно)\s*[.:!]/u.exec(textOf(first));
  return match ? calloutKinds[match[1] as keyof typeof calloutKinds] : undefined;
}

/** Marks the top-level tip and warning quotes of a document. */
export function markCallouts(tree: Root): void {
  for (const node of tree.children) {
    if (node.type !== 'blockquote') continue;
    const kind = calloutKind(node);
    if (!kind) continue;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: [CALLOUT_CLASS, kind] } };
  }
}

export function remarkCallouts() {
  return (tree: Root) => markCallouts(tree);
}
