/**
 * Guides are plain Markdown: their first top-level ordered list is the list of steps. This remark
 * plugin marks it so the site can show large numbered steps (and print them as a clean instruction),
 * without asking editors to write any HTML or MDX.
 */
import type { Root, List } from 'mdast';

/** The class on the steps list and on each step. */
export const STEPS_CLASS = 'guide-steps';
export const STEP_CLASS = 'guide-step';

interface VFileLike {
  path?: string;
  history?: string[];
}

function isGuide(file: VFileLike): boolean {
  const path = (file.path ?? file.history?.[0] ?? '').replace(/\\/g, '/');
  return /\/guides\/[^/]+\.mdx?$/.test(path);
}

/** Marks the top-level ordered lists of a guide as steps. */
export function markSteps(tree: Root): void {
  for (const node of tree.children) {
    if (node.type !== 'list' || !node.ordered) continue;
    const list = node as List;
    list.data = { ...list.data, hProperties: { className: [STEPS_CLASS] } };
    for (const item of list.children) {
      item.data = { ...item.data, hProperties: { className: [STEP_CLASS] } };
    }
  }
}

export function remarkGuideSteps() {
  return (tree: Root, file: VFileLike) => {
    if (isGuide(file)) markSteps(tree);
  };
}
