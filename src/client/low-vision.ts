/** The panel of the version for the visually impaired: turns it on and off and remembers the choice. */
import { applyStoredSettings, lowVisionDefaults, sanitizeSettings, STORAGE_KEY } from '../lib/low-vision.ts';

const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-lv-toggle]');
const panel = document.querySelector<HTMLElement>('[data-lv-panel]');
const form = panel?.querySelector<HTMLElement>('[data-lv-form]');

function stored(): Record<string, unknown> | null {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
  } catch {
    return null;
  }
}

function render(): void {
  const settings = stored();
  const on = settings !== null;
  if (toggle) {
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = on ? (toggle.dataset['labelOff'] ?? '') : (toggle.dataset['labelOn'] ?? '');
  }
  if (panel) panel.hidden = !on;
  if (form && on) {
    const current = sanitizeSettings(settings);
    for (const [name, value] of Object.entries(current)) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    }
  }
}

function save(settings: Record<string, unknown> | null): void {
  try {
    if (settings) localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* Private mode without storage: the choice lasts for this page only. */
  }
  applyStoredSettings(root, localStorage, STORAGE_KEY);
  render();
}

toggle?.addEventListener('click', () => {
  const on = stored() !== null;
  save(on ? null : { ...lowVisionDefaults });
  if (!on) {
    const details = panel?.querySelector<HTMLDetailsElement>('[data-lv-details]');
    if (details) details.open = true;
    panel?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }
});

form?.addEventListener('change', () => {
  const checked = form.querySelectorAll<HTMLInputElement>('input:checked');
  save(sanitizeSettings(Object.fromEntries([...checked].map((input) => [input.name, input.value]))));
});
panel?.querySelector<HTMLButtonElement>('[data-lv-off]')?.addEventListener('click', () => {
  save(null);
  toggle?.focus();
});

render();
