/**
 * The build takes the checker's parse of a Markdown body instead of parsing it again: the tree it
 * takes must be the one Astro's own parse of the trimmed body would give, positions included.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/checker/rules/markdown-tree.ts';
import { takeCheckedTree } from '../../src/markdown/checked-trees.ts';
import type { RawEntry } from '../../src/content-model/read-collection.ts';

const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text);
const entryOf = (file: string, body: string) =>
  ({ file, source: { data: {}, locate: () => ({ line: 1, column: 1 }), body, bodyLine: 5 } }) as Pick<RawEntry, 'file' | 'source'>;

describe('the checker’s Markdown trees handed to the build', () => {
  test('a body with blank lines around it gives the tree of the trimmed text', () => {
    const body =
      '\n\n# Как войти\n\nТекст со ссылкой https://example.ru и **важным**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- один\n- два\n\n\n';
    parseBody(entryOf('guides/a.md', body));
    const text = body.trim();
    expect(takeCheckedTree(text)).toEqual(parse(text));
    expect(takeCheckedTree(text)).toBeUndefined(); // taken once: the build's plugins change it
  });

  test('a body that starts with spaces, and MDX, are left for the build to parse', () => {
    parseBody(entryOf('guides/b.md', '    отступ\n'));
    expect(takeCheckedTree('отступ')).toBeUndefined();
    parseBody(entryOf('guides/c.mdx', '\nТекст MDX\n'));
    expect(takeCheckedTree('Текст MDX')).toBeUndefined();
  });
});
