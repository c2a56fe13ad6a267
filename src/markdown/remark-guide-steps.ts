/**
 * Guides are plain Markdown: their top-level ordered lists are the steps. This remark
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

/** Whether a file is a guide: `…/guides/<name>.md|mdx`, whatever the content folder is called. */
export function isGuide(file: VFileLike): boolean {
  const path = (file.path ?? file.history?.[0] ?? '').replace(/\\/g, '/');
  return /\/guides\/[^/]+\.mdx?$/.test(path);
}

/** Marks the top-level ordered lists of a guide as steps. */
export function markSteps(tree: Root): void {
  for (const node of tree.children) {
    if (node.type !== 'list' || !node.ordered) continue;
    const list = node as List;
    // The numbers are drawn by a CSS counter, which ignores `start`: a list written from «6.» goes on from 6.
    const from = list.start ?? 1;
    const properties = from === 1 ? { className: [STEPS_CLASS] } : { className: [STEPS_CLASS], style: `counter-reset: step ${from - 1}` };
    list.data = { ...list.data, hProperties: { ...list.data?.hProperties, ...properties } };
    for (const item of list.children) {
      item.data = { ...item.data, hProperties: { ...item.data?.hProperties, className: [STEP_CLASS] } };
    }
  }
}

export function remarkGuideSteps() {
  return (tree: Root, file: VFileLike) => {
    if (isGuide(file)) markSteps(tree);
  };
}
