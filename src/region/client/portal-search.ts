/**
 * One search over every school's site: the portal's own Pagefind bundle is the primary index and each
 * school's bundle (`<id>/pagefind/`) is merged into it with the school's name as the `school` filter.
 * Everything loads on the first search, not with the page.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-region-search]');
const base = new URL('..', new URL(location.href)).pathname;
if (form) {
  document.documentElement.classList.add('js');
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const schools = JSON.parse(document.querySelector('[data-region-schools]')!.textContent ?? '[]') as { id: string; name: string }[];
  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({ baseUrl: base });
      for (const school of schools) {
        await pagefind.mergeIndex(`${base}${school.id}/pagefind/`, { baseUrl: `${base}${school.id}/`, mergeFilter: { school: school.name } });
      }
      return pagefind;
    }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
    const school = (form.elements.namedItem('school') as HTMLSelectElement).value;
    if (!query) return;
    status.textContent = form.dataset['loading'] ?? 'Ищем…';
    const pagefind = await load();
    const found = await pagefind.search(query, school ? { filters: { school } } : {});
    const results = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((data) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = data.url;
        link.textContent = data.meta['title'] ?? data.url;
        const from = document.createElement('div');
        from.className = 'school';
        from.textContent = data.filters['school']?.[0] ?? form.dataset['portal'] ?? '';
        const excerpt = document.createElement('p');
        excerpt.innerHTML = data.excerpt;
        item.append(link, from, excerpt);
        return item;
      }),
    );
    status.textContent = results.length === 0 ? (form.dataset['nothing'] ?? '') : `${form.dataset['found'] ?? ''} ${found.results.length}`;
  });
}
