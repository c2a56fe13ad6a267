/**
 * «Скопировать» next to a code block: copies the block's text to the clipboard. Only an enhancement:
 * without scripts the button stays hidden (`js-only`) and the code can be selected by hand.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
  const target = document.getElementById(button.dataset['copyTarget'] ?? '');
  const status = document.getElementById(button.dataset['copyStatus'] ?? '');
  button.addEventListener('click', async () => {
    if (!target) return;
    try {
      await navigator.clipboard.writeText(target.textContent ?? '');
      if (status) status.textContent = button.dataset['copied'] ?? '';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(target);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      if (status) status.textContent = button.dataset['failed'] ?? '';
    }
  });
}
