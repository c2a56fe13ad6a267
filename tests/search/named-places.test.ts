/**
 * The named places of a one-record page (src/search/named-places.ts): the indexer writes them from
 * the page (src/search/split-page.ts), the search box leads a result to the one the query names.
 */
import { describe, expect, test } from 'vitest';
import { atPlaceAsked, formatPlaces, placeAsked, PLACES_META } from '../../src/search/named-places.ts';
import { queryWords } from '../../src/search/query/understand.ts';
import { splitPage } from '../../src/search/split-page.ts';

const bellsPage = `<!doctype html><html lang="ru"><head><title>t</title></head><body><main>
  <div id="bells" data-pagefind-body><h1>Расписание звонков</h1>
    <section id="shift-1" aria-labelledby="shift-1-title"><h2 id="shift-1-title" data-search-names>Пер\u00adвая смена</h2><p>1 08:30 09:00</p></section>
    <section id="shift-2" aria-labelledby="shift-2-title"><h2 id="shift-2-title" data-search-names>Вторая смена</h2><p>1 13:40 14:10</p></section>
  </div></main></body></html>`;

const wordsOf = (query: string) => queryWords(query).map((word) => word.text);

describe('named places', () => {
  const [record] = splitPage(bellsPage, '/timetable/bells/');
  const value = /data-pagefind-meta="places:([^"]*)"/.exec(record!.html)?.[1] ?? '';

  test('a one-record page carries each outermost part with an id and a naming heading, named by its alias words', () => {
    expect(record!.url).toBe('/timetable/bells/');
    expect(value).toBe(
      formatPlaces([
        { id: 'shift-1', name: 'Первая смена', words: ['1смена'] },
        { id: 'shift-2', name: 'Вторая смена', words: ['2смена'] },
      ]),
    );
  });

  test('the place a query names, in words or by number; none when the words name every place alike', () => {
    expect(placeAsked(value, wordsOf('во сколько начинается вторая смена'))?.id).toBe('shift-2');
    expect(placeAsked(value, wordsOf('1 смена звонки'))?.id).toBe('shift-1');
    expect(placeAsked(value, wordsOf('звонки 2 смены'))?.id).toBe('shift-2');
    expect(placeAsked(value, wordsOf('расписание звонков'))).toBeUndefined();
    // «Первый урок» is no shift.
    expect(placeAsked(value, wordsOf('во сколько начинается первый урок'))).toBeUndefined();
    expect(placeAsked(value, ['смена'])).toBeUndefined();
    expect(placeAsked(undefined, ['2смена'])).toBeUndefined();
  });

  test('a result leads to the place asked; a result at an anchor already, or without places, is left alone', () => {
    const data = { url: '/timetable/bells/', meta: { [PLACES_META]: value, title: 'Расписание звонков' }, content: '' };
    expect(atPlaceAsked(data, ['2смена']).url).toBe('/timetable/bells/#shift-2');
    // The title says where the result leads.
    expect(atPlaceAsked(data, ['2смена']).meta['title']).toBe('Расписание звонков — Вторая смена');
    expect(atPlaceAsked(data, ['звонки']).meta['title']).toBe('Расписание звонков');
    expect(atPlaceAsked(data, ['звонки']).url).toBe('/timetable/bells/');
    expect(atPlaceAsked({ ...data, url: '/contacts/#psiholog' }, ['2смена']).url).toBe('/contacts/#psiholog');
    expect(atPlaceAsked({ ...data, meta: {} }, ['2смена']).url).toBe('/timetable/bells/');
  });

  test('parts whose headings have no alias words are named by the headings’ words', () => {
    const [record] = splitPage(
      `<!doctype html><html lang="ru"><body><main><div data-pagefind-body><h1>Памятка</h1><section id="pupils"><h2 data-search-names>Ученикам</h2></section><section id="parents"><h2 data-search-names>Родителям</h2></section></div></main></body></html>`,
      '/memo/',
    );
    const places = /data-pagefind-meta="places:([^"]*)"/.exec(record!.html)?.[1];
    expect(placeAsked(places, ['родителям'])?.id).toBe('parents');
  });

  test('named parts beside the indexed heading count too; what holds the indexed block is no place', () => {
    const [record] = splitPage(
      `<!doctype html><html lang="ru"><body><main id="main"><div data-pagefind-body><h1>Инструкции</h1><p>Пошагово</p></div>
        <section id="pupils"><h2 data-search-names>Ученикам</h2></section><section id="parents"><h2 data-search-names>Родителям</h2></section></main></body></html>`,
      '/guides/',
    );
    const places = /data-pagefind-meta="places:([^"]*)"/.exec(record!.html)?.[1];
    expect(places).toBe(
      formatPlaces([
        { id: 'pupils', name: 'Ученикам', words: ['ученикам'] },
        { id: 'parents', name: 'Родителям', words: ['родителям'] },
      ]),
    );
    expect(placeAsked(places, wordsOf('инструкции для родителей'))?.id).toBe('parents');
  });

  test('a page with one named part has no places: the page is the place', () => {
    const [guide] = splitPage(
      `<!doctype html><html lang="ru"><body><main><article data-pagefind-body><h1>Инструкция</h1><section id="steps"><h2 data-search-names>Шаги</h2></section><div id="x"><p>Текст</p></div></article></main></body></html>`,
      '/guides/a/',
    );
    expect(guide!.html).not.toContain('places:');
  });
});
