/**
 * Astro's smart punctuation (straight quotes to curly ones, `--` to a dash, `...` to an ellipsis), run
 * only on a text that has something for it to change. remark-smartypants runs the whole text of a page
 * through retext twice, 0.8 s of the large benchmark school's cold build, while almost no Russian text
 * has a straight quote, two hyphens or three dots in a row (1 body of 514 there). retext gives back any
 * other text exactly as it was, so skipping it changes nothing. astro.config.mjs turns Astro's own
 * run off and lists this plugin first, where Astro ran its own.
 */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor } from 'unified';
import type { Node } from 'unist';

/** What SmartyPants rewrites: quotes and backticks, two or more hyphens, dots (spaced or not), a dash and a hyphen. */
const REWRITABLE = /["'`]|--|\.\s*\.|[—–]-/;

function hasRewritable(node: Node): boolean {
  if (node.type === 'text' && REWRITABLE.test((node as Node & { value: string }).value)) return true;
  return 'children' in node && Array.isArray(node.children) && (node.children as Node[]).some(hasRewritable);
}

export function remarkSmartPunctuation(this: Processor): (tree: Root) => void {
  const smartypants = remarkSmartypants.call(this, {}) as unknown as (tree: Root) => void;
  return (tree) => {
    if (hasRewritable(tree)) smartypants(tree);
  };
}
