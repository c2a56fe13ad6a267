/**
 * The checker's parse of each Markdown body, handed to the build's Markdown processor. `npm run build`
 * checks the content and then builds it in the same process; both parse a body with remark-parse and
 * GFM and nothing else (src/checker/rules/markdown-tree.ts, astro.config.mjs), so the same text gives
 * the same tree, and the build takes the checker's instead of parsing again (about 1 s of the large
 * benchmark school's cold build). A tree is taken once, as the build's plugins change it. The store
 * lives on globalThis: Vite loads the Markdown config in its own module graph.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { Node, Point } from 'unist';

const TREES = Symbol.for('shkolnaya-stranitsa.checked-markdown-trees');
/** Trees by the text Astro renders (the body trimmed), with the lines and characters trimmed off its start. */
type Stored = { tree: Root; lines: number; offset: number };
const trees = ((globalThis as Record<symbol, unknown>)[TREES] ??= new Map()) as Map<string, Stored>;

/**
 * Keeps the tree the checker parsed from a Markdown body (.md, not MDX) for the build. Astro renders
 * the body trimmed; a body that differs from that only by blank lines before and after gives the
 * same tree, its positions moved up by the lines before (done when the build takes it, after the
 * checker used the positions for its messages).
 */
export function rememberCheckedTree(body: string, tree: Root): void {
  const text = body.trim();
  const start = body.indexOf(text);
  const [before, after] = [body.slice(0, start), body.slice(start + text.length)];
  if (!/^[\r\n]*$/.test(before) || !/^[\r\n]*$/.test(after)) return;
  trees.set(text, { tree, lines: before.split('\n').length - 1, offset: before.length });
}

/** The remembered tree of this exact text, once; undefined if the checker did not parse it. */
export function takeCheckedTree(text: string): Root | undefined {
  const stored = trees.get(text);
  if (!stored) return undefined;
  trees.delete(text);
  const { tree, lines, offset } = stored;
  if (lines > 0 || offset > 0) {
    const move = (point: Point | undefined) => {
      if (!point) return;
      point.line -= lines;
      if (point.offset !== undefined) point.offset -= offset;
    };
    const visit = (node: Node) => {
      move(node.position?.start);
      move(node.position?.end);
      if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) visit(child);
    };
    visit(tree);
  }
  // The document's end is the end of the text, wherever the body's trailing blank lines ended.
  const lastBreak = text.lastIndexOf('\n');
  tree.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: text.split('\n').length, column: text.length - lastBreak, offset: text.length },
  };
  return tree;
}

/**
 * A remark plugin, first in the list: the processor's parser, but a body the checker parsed comes
 * from its tree. Wraps the parser remark-parse set (plugins attach in order). MDX files (which get the
 * same plugins) are always parsed: their syntax differs.
 */
export function remarkCheckedTrees(this: Processor): void {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => (file.path?.endsWith('.mdx') ? undefined : takeCheckedTree(document)) ?? parse(document, file);
}
