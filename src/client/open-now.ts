/** «Сейчас работает / не работает» next to each contact's hours, by the school's clock. */
import { isOpenAt } from '../lib/hours.ts';

const OPEN = 'Сейчас работает';
const CLOSED = 'Сейчас не работает';

for (const element of document.querySelectorAll<HTMLElement>('[data-hours]')) {
  try {
    const hours = JSON.parse(element.dataset['hours'] ?? '[]');
    const open = isOpenAt(hours, new Date(), element.dataset['timezone'] ?? 'Europe/Moscow');
    element.dataset['open'] = String(open);
    element.textContent = ` · ${open ? OPEN : CLOSED}`;
  } catch {
    element.remove();
  }
}
