/** The home page's «Моё расписание: 5А» — shown only when a class was opened on this device before. */
import { recalledClass } from '../lib/my-class.ts';

const block = document.querySelector<HTMLElement>('[data-my-class]');
const remembered = recalledClass();
const link = block?.querySelector<HTMLAnchorElement>('a');
const name = block?.querySelector<HTMLElement>('[data-my-class-name]');
if (block && link && name && remembered) {
  link.href = remembered.path;
  name.textContent = remembered.name;
  block.hidden = false;
}
