/** «Сейчас работает / не работает» next to each contact's hours, by the school's clock. */
import { isOpenAt } from '../lib/hours.ts';

for (const element of document.querySelectorAll<HTMLElement>('[data-hours]')) {
  try {
    const hours = JSON.parse(element.dataset['hours'] ?? '[]');
    const open = isOpenAt(hours, new Date(), element.dataset['timezone'] ?? 'Europe/Moscow');
    element.dataset['open'] = String(open);
    // The words come from the dictionary (src/i18n), rendered on the element by the page.
    element.textContent = ` · ${(open ? element.dataset['openText'] : element.dataset['closedText']) ?? ''}`;
  } catch {
    element.remove();
  }
}
