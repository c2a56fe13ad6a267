/**
 * One search over every school's site: the portal's own Pagefind bundle is the primary index and each
 * school's bundle (`<id>/pagefind/`) is merged into it with the school's name as the `school` filter.
 * Everything loads on the first search, not with the page.
 */
const form = document.querySelector('form[data-region-search]');
const base = new URL('..', new URL(location.href)).pathname;
if (form) {
  document.documentElement.classList.add('js');
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  const schools = JSON.parse(document.querySelector('[data-region-schools]').textContent ?? '[]');
  let loading;
  const load = () =>
    (loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind) => {
      await pagefind.options({ baseUrl: base });
      for (const school of schools) {
        await pagefind.mergeIndex(`${base}${school.id}/pagefind/`, {
          baseUrl: `${base}${school.id}/`,
          mergeFilter: { school: school.name },
        });
      }
      return pagefind;
    }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = form.elements.namedItem('q').value.trim();
    const school = form.elements.namedItem('school').value;
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
        // Pagefind's merge filter selects results but is not among a result's own filters: the school is
        // the one whose folder the result's address is in.
        const school = schools.find((s) => data.url.startsWith(`${base}${s.id}/`));
        from.textContent = school?.name ?? form.dataset['portal'] ?? '';
        const excerpt = document.createElement('p');
        excerpt.innerHTML = data.excerpt;
        item.append(link, from, excerpt);
        return item;
      }),
    );
    status.textContent = results.length === 0 ? (form.dataset['nothing'] ?? '') : `${form.dataset['found'] ?? ''} ${found.results.length}`;
  });
}
