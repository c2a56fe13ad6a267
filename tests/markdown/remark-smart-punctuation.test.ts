/** Smart punctuation only where it changes something: the same trees as remark-smartypants on every text. */
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkSmartPunctuation } from '../../src/markdown/remark-smart-punctuation.ts';

const texts = [
  'Обычный текст без кавычек — с тире, «ёлочками» и ссылкой https://example.ru/a-b.',
  'Он сказал "привет" и ушёл...',
  "It's a **\"bold\" quote** -- and `code 'here'`.",
  'Точки . . . с пробелами и ---- дефисы.',
];

function treeWith(plugin: typeof remarkSmartPunctuation, text: string) {
  const processor = unified().use(remarkParse).use(plugin);
  return processor.runSync(processor.parse(text));
}

describe('smart punctuation', () => {
  test.each(texts)('gives what remark-smartypants gives: %s', (text) => {
    expect(treeWith(remarkSmartPunctuation, text)).toEqual(treeWith(remarkSmartypants as unknown as typeof remarkSmartPunctuation, text));
  });

  test('still turns straight quotes into curly ones', () => {
    expect(JSON.stringify(treeWith(remarkSmartPunctuation, 'Он сказал "привет"'))).toContain('“привет”');
  });
});
