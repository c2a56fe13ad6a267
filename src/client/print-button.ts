/** «Распечатать» buttons: open the browser's print dialog (the page prints without it, too). */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.addEventListener('click', () => window.print());
}
