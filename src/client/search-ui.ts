/**
 * The search interface: Pagefind's JavaScript API and the project's own small result list, so results
 * can lead to an anchor, show a contact's phone as a call link, and be read by a screen reader.
 */
import { excerptOf, type ExcerptPart } from '../search/excerpt.ts';
import { atPlaceAsked } from '../search/named-places.ts';
import { findRecords, type SearchIndex } from '../search/query/find-records.ts';
import { parseVocabulary, VOCABULARY_PATH } from '../search/vocabulary.ts';

interface ResultData {
  url: string;
  meta: Record<string, string>;
  /** The record's whole text, hidden words included (src/search/excerpt.ts cuts them off). */
  content: string;
}
interface Pagefind extends SearchIndex<ResultData> {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 8;

/** The words of the result list come from the dictionary (src/i18n), rendered into the form as JSON. */
interface SearchWords {
  nothing: string;
  /** Said before the records of the site's mission, offered when nothing matched. */
  suggested: string;
  found: string;
  firstShown: string;
  all: string;
  filters: Record<string, string>;
}
function wordsOf(form: HTMLFormElement): SearchWords {
  return JSON.parse(form.dataset['searchWords'] ?? '{}') as SearchWords;
}
/** The `section` filter's name of each kind of place a question can ask for (src/search/query/intent.ts). */
function sectionFiltersOf(form: HTMLFormElement): Record<string, string> {
  return JSON.parse(form.dataset['searchSections'] ?? '{}') as Record<string, string>;
}
let pagefind: Promise<Pagefind> | undefined;

function base(): string {
  return document.documentElement.dataset['base'] ?? '/';
}

/**
 * Pagefind's API, searching in the page's own thread: since Pagefind 1.5 it would first fetch a web
 * worker (12 KB gzip, a copy of what pagefind.js already holds) to keep a large index's search off the
 * main thread — a school's index is small, and a phone on a slow connection feels the download more.
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base()}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
    await module.options({ noWorker: true });
    return module;
  });
  return pagefind;
}

let vocabulary: Promise<readonly string[]> | undefined;

/** The index's words for typo correction: fetched only when a query has a word that matches nothing. */
function loadVocabulary(): Promise<readonly string[]> {
  vocabulary ??= fetch(`${base()}${VOCABULARY_PATH}`)
    .then((response) => (response.ok ? response.text() : ''))
    .then(parseVocabulary, () => []);
  return vocabulary;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** An excerpt as text nodes and <mark> elements: nothing from the index is parsed as HTML. */
function excerptNodes(parts: readonly ExcerptPart[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of parts) fragment.append(part.marked ? element('mark', part.text) : document.createTextNode(part.text));
  return fragment;
}

function renderResult(data: ResultData, words: readonly string[]): HTMLLIElement {
  const item = element('li', undefined, { class: 'search-result' });
  item.append(element('a', data.meta['title'] ?? data.url, { href: data.url }));
  if (data.meta['phone'] && data.meta['tel']) {
    item.append(' ', element('a', data.meta['phone'], { href: `tel:${data.meta['tel']}`, class: 'button primary phone' }));
  }
  const excerpt = element('p', undefined, { class: 'meta' });
  excerpt.append(excerptNodes(excerptOf(data.content, words)));
  item.append(excerpt);
  return item;
}

/** The latest query of each form: an answer to an older one, arriving late, is dropped. */
const latest = new WeakMap<HTMLFormElement, number>();
let queries = 0;

async function run(form: HTMLFormElement, query: string, filters: Record<string, string>): Promise<void> {
  const asked = ++queries;
  latest.set(form, asked);
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLOListElement>('[data-search-results]');
  if (!status || !list) return;
  if (query.trim().length < 2) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const found = await findRecords(await loadPagefind(), query, filters, loadVocabulary, MAX_RESULTS, base(), sectionFiltersOf(form));
  if (latest.get(form) !== asked) return;
  // A result on a page of named parts leads to the part the query names (the second shift's bells).
  const data = found.shown.map((result) => atPlaceAsked(result, found.words));
  list.replaceChildren(...data.map((result) => renderResult(result, found.words)));
  // Suggestions are not answers: marked so that styles and the search evaluation can tell them apart.
  list.toggleAttribute('data-search-suggested', found.suggested === true);
  const words = wordsOf(form);
  const count = found.total;
  status.textContent =
    data.length === 0
      ? words.nothing
      : found.suggested
        ? words.suggested
        : words.found.replace('{count}', String(count)) +
          (count > MAX_RESULTS ? words.firstShown.replace('{shown}', String(MAX_RESULTS)) : '');
}

async function renderFilters(form: HTMLFormElement, onChange: () => void): Promise<void> {
  const holder = form.querySelector<HTMLElement>('[data-search-filters]');
  if (!holder) return;
  const filters = await (await loadPagefind()).filters();
  const words = wordsOf(form);
  for (const [name, values] of Object.entries(filters)) {
    const labelText = words.filters[name];
    if (!labelText) continue;
    const id = `search-filter-${name}`;
    const select = element('select', undefined, { id, name: `filter-${name}` });
    select.append(element('option', words.all, { value: '' }));
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'ru', { numeric: true })))
      select.append(element('option', value, { value }));
    select.addEventListener('change', onChange);
    const label = element('label', labelText, { for: id });
    const wrap = element('div', undefined, { class: 'search-filter' });
    wrap.append(label, select);
    holder.append(wrap);
  }
}

function chosenFilters(form: HTMLFormElement): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[name^="filter-"]')) {
    if (select.value) chosen[select.name.slice('filter-'.length)] = select.value;
  }
  return chosen;
}

/** Wires one search form: results as the user types, Escape to clear, filters on the search page. */
export function attachSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(form, input.value, chosenFilters(form)), 150);
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      update();
    }
    if (event.key === 'ArrowDown') {
      form.querySelector<HTMLAnchorElement>('[data-search-results] a')?.focus();
      event.preventDefault();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(form, input.value, chosenFilters(form));
  });
  if (form.dataset['searchPage'] !== undefined) {
    void renderFilters(form, update);
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void run(form, initial, {});
    }
  }
  if (input.value) update();
}
