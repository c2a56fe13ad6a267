/** The guide-steps plugin marks a guide's top-level ordered lists, and nothing else. */
import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { isGuide, markSteps, remarkGuideSteps, STEP_CLASS, STEPS_CLASS } from '../../src/markdown/remark-guide-steps.ts';
import { renderMarkdown } from './render.ts';

const guide = `Вступление.

1. Открой приложение.
2. Нажми **Войти**.
   1. вложенный пункт
   2. ещё один
3. Введи код.

- не шаг
- тоже не шаг

> **Совет.** Подсказка.
`;

const render = (markdown: string, file: string) => renderMarkdown(markdown, file, [remarkGuideSteps]);
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('remarkGuideSteps in the real processor', () => {
  test('a guide gets one steps list with one step per top-level item', async () => {
    const html = await render(guide, '/site/content/guides/vhod.md');
    expect(count(html, new RegExp(`<ol class="${STEPS_CLASS}"`, 'g'))).toBe(1);
    expect(count(html, new RegExp(`<li class="${STEP_CLASS}"`, 'g'))).toBe(3);
    // The nested list and the bullet list stay ordinary lists.
    expect(html).toMatch(/<ol>\s*<li>вложенный пункт/);
    expect(html).toMatch(/<ul>\s*<li>не шаг/);
  });

  test('every top-level ordered list is marked; one written from «4.» goes on from 4', async () => {
    const html = await render('1. Раз\n2. Два\n\nТекст между списками.\n\n4. Четыре\n5. Пять\n', '/c/guides/two.mdx');
    expect(count(html, new RegExp(`class="${STEPS_CLASS}"`, 'g'))).toBe(2);
    expect(count(html, new RegExp(`<li class="${STEP_CLASS}"`, 'g'))).toBe(4);
    expect(html).toContain('style="counter-reset: step 3"');
  });

  test('other Markdown (an answer, a page) is left alone', async () => {
    for (const file of ['/c/faq/ocenki.md', '/c/pages/devices.md', '/c/guides-old/x.md', '/c/guides/sub/x.md']) {
      const html = await render(guide, file);
      expect(html, file).not.toContain(STEPS_CLASS);
      expect(html, file).not.toContain(STEP_CLASS);
    }
  });
});

describe('isGuide', () => {
  test('recognises guides in any content folder, on any system', () => {
    expect(isGuide({ path: '/srv/school/content/guides/vhod.md' })).toBe(true);
    expect(isGuide({ path: 'C:\\school\\content\\guides\\vhod.mdx' })).toBe(true);
    expect(isGuide({ history: ['/tmp/fixture/guides/a.md'] })).toBe(true);
    expect(isGuide({ path: '/srv/school/content/guides/readme.txt' })).toBe(false);
    expect(isGuide({})).toBe(false);
  });
});

describe('markSteps on a hand-built tree', () => {
  test('sets the classes as hast properties, keeping existing data', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'list',
          ordered: true,
          start: 1,
          data: { hProperties: { id: 'steps' } },
          children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Шаг' }] }] }],
        },
        { type: 'list', ordered: false, children: [{ type: 'listItem', children: [] }] },
      ],
    };
    markSteps(tree);
    expect(tree.children[0]!.data).toEqual({ hProperties: { id: 'steps', className: [STEPS_CLASS] } });
    expect(tree.children[1]!.data).toBeUndefined();
  });
});
