/**
 * `npm run build` reports the search index it made — pages, records, words, time — and the figures
 * are the index's own: the record count is what Pagefind wrote, the page count is the pages that
 * carry searchable content (the 404 page is left out on purpose).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { filesOf } from '../helpers/built-site.ts';

const site = inject('sampleSite');
const output = inject('sampleBuildOutput');

test('the build prints the index figures, and they match the index Pagefind wrote', () => {
  const line = output.split('\n').find((text) => text.startsWith('Поиск:'));
  expect(line, `в выводе сборки нет строки «Поиск: …»:\n${output}`).toBeDefined();
  const match = /^Поиск: (\d+) страниц\S* в индексе \((\d+) запис\S*, (\d+) слов\S*\) за (\d+\.\d+) с\.$/.exec(line!);
  expect(match, line).not.toBeNull();
  const [pages = 0, records = 0, words = 0] = match!.slice(1, 4).map(Number);

  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(records).toBe(entry.languages['ru']?.page_count);
  const searchable = filesOf(site, '.html').filter(
    (file) => !file.endsWith('/404.html') && readFileSync(file, 'utf8').includes('data-pagefind-body'),
  );
  expect(pages).toBe(searchable.length);
  expect(records).toBeGreaterThan(pages); // list pages are split into one record per item
  expect(words).toBeGreaterThan(1000);
});
