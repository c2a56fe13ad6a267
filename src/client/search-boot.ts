/**
 * Starts search only when someone begins to search: the interface and the index are downloaded on
 * the first focus of a search box, never with the page.
 */
const forms = document.querySelectorAll<HTMLFormElement>('form[data-search-form]');
let started: Promise<void> | undefined;

function start(): Promise<void> {
  started ??= import('./search-ui.ts').then((ui) => forms.forEach((form) => ui.attachSearch(form)));
  return started;
}

for (const form of forms) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  input?.addEventListener('focus', () => void start(), { once: true });
  // The search page arrives with a query in the address (?q=…) and starts at once.
  if (input && form.dataset['searchPage'] !== undefined && new URLSearchParams(location.search).get('q')) void start();
}
