/**
 * Registers the service worker (sw.js, written by the build) that keeps the timetable, contacts and
 * guides for use without a connection, and says so in the footer: what is kept once the copy is
 * ready, and that the page is the kept copy when the connection is gone. Nothing else changes: every
 * page is complete without this script.
 */
const note = document.querySelector<HTMLElement>('[data-offline-note]');
const base = document.documentElement.dataset['base'] ?? '/';

function show(text: string | undefined): void {
  if (!note || !text) return;
  note.textContent = text;
  note.hidden = false;
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then(() => show(navigator.onLine ? note?.dataset['ready'] : note?.dataset['offline']))
    .catch(() => {
      /* no offline copy: the site works as before */
    });
  window.addEventListener('offline', () => show(note?.dataset['offline']));
  window.addEventListener('online', () => show(note?.dataset['ready']));
}

// A module, so its names stay its own (the region portal has plain scripts with the same names).
export {};
