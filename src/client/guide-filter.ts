/**
 * Enhancement of the guides list: choosing a device hides the guides written for another one (a guide
 * for «any device» always stays). Without JavaScript the control is hidden and every guide is shown.
 */
const filter = document.querySelector<HTMLFieldSetElement>('[data-guide-filter]');

function apply(device: string): void {
  for (const item of document.querySelectorAll<HTMLElement>('[data-device]')) {
    const fits = device === '' || item.dataset['device'] === device || item.dataset['device'] === 'any';
    item.hidden = !fits;
  }
  // A group left without a visible guide is hidden too, so no heading stands over an empty list.
  for (const group of document.querySelectorAll<HTMLElement>('[data-guide-group]')) {
    group.hidden = group.querySelector('[data-device]:not([hidden])') === null;
  }
}

filter?.addEventListener('change', (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.name === 'device') apply(input.value);
});
// The browser may restore a checked radio when the visitor comes back to the page.
const restored = filter?.querySelector<HTMLInputElement>('input[name="device"]:checked');
if (restored) apply(restored.value);
