/**
 * Enhances the portal's table of schools: filters by municipality and status, and sorting by any
 * column (a button in each heading, aria-sort on the sorted one). Without JavaScript the table is
 * complete and each municipality has its own page.
 */
const table = document.querySelector('table[data-schools]');
const form = document.querySelector('form[data-filters]');
if (table && form) {
  document.documentElement.classList.add('js');
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const shown = form.querySelector('[data-shown]');
  const apply = () => {
    const municipality = form.elements.namedItem('municipality').value;
    const status = form.elements.namedItem('status').value;
    let count = 0;
    for (const row of rows) {
      const visible = (!municipality || row.dataset['municipality'] === municipality) && (!status || row.dataset['status'] === status);
      row.hidden = !visible;
      if (visible) count++;
    }
    shown.textContent = `${form.dataset['shownLabel'] ?? ''}: ${count} / ${rows.length}`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
  const headings = [...table.tHead.rows[0].cells];
  const collator = new Intl.Collator('ru', { numeric: true });
  headings.forEach((heading, column) => {
    if (!rows.some((row) => row.cells[column]?.dataset['sort'] !== undefined)) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = heading.textContent ?? '';
    heading.textContent = '';
    heading.append(button);
    button.addEventListener('click', () => {
      const ascending = heading.getAttribute('aria-sort') !== 'ascending';
      headings.forEach((other) => other.removeAttribute('aria-sort'));
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row) => row.cells[column]?.dataset['sort'] ?? '';
      rows.sort((a, b) => (ascending ? 1 : -1) * collator.compare(key(a), key(b)));
      body.append(...rows);
    });
  });
}
