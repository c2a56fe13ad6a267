/**
 * Entries that get their own address must get a free one: a free page named like a page of the site,
 * a class named like the bells page, a contact named like the card of all contacts, or two Markdown
 * files of one name made Astro publish one and silently drop the other.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { reservedIds } from '../../src/checker/rules/addresses.ts';
import { contentCopy, fixtureText, removeContentCopies, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const PAGES = resolve(import.meta.dirname, '..', '..', 'src', 'pages');

/** The first segment of every address src/pages gives, with `[param]` routes left out. */
function siteAddresses(dir = PAGES): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('[') || entry.name.startsWith('_')) continue;
    names.add(entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|ts)$/, ''));
  }
  names.delete('index');
  return names;
}

describe('reserved addresses', () => {
  test('every top-level page and folder of src/pages is reserved for free pages', () => {
    // Besides src/pages, integrations write the search index, the sitemap and the service worker at the top.
    expect(new Set(reservedIds.pages)).toEqual(new Set([...siteAddresses(), 'pagefind', 'sitemap-index.xml', 'sitemap-0.xml', 'sw.js']));
  });

  test('every fixed page under timetable/ and contacts/ is reserved for classes and contacts', () => {
    expect([...siteAddresses(join(PAGES, 'timetable'))]).toEqual([...reservedIds.classes]);
    expect([...siteAddresses(join(PAGES, 'contacts'))].map((name) => name.replace(/\.vcf$/, ''))).toEqual([...reservedIds.contacts]);
  });

  test('a free page named like a page of the site', () => {
    const file = 'pages/search.md';
    const dir = withFile(file, '---\ntitle: Поиск по школе\norder: 2\nnav: true\n---\n\nТекст.\n');
    expectExactly(dir, {
      file,
      line: 1,
      column: 1,
      field: '',
      message: /^адрес \/search\/ уже занят самим сайтом — переименуйте файл, например «search-2»$/,
    });
  });

  test('two guides of one name, .md and .mdx: the second is named', () => {
    const file = 'guides/sferum-vhod.mdx';
    const dir = withFile(file, fixtureText('guides/sferum-vhod.md'));
    expectExactly(dir, {
      file,
      line: 1,
      column: 1,
      field: '',
      message: /^у файлов guides\/sferum-vhod\.md и guides\/sferum-vhod\.mdx одно имя/,
    });
  });

  test('allowed: a free page whose name only begins like a page of the site', () => {
    expectClean(contentCopy({ 'pages/contacts-rayona.md': '---\ntitle: Телефоны района\norder: 2\nnav: true\n---\n\nТекст.\n' }));
  });
});
