/** Browser tests need Chromium. Locally its absence is reported loudly; in CI it fails the run. */
import { expect, test } from 'vitest';
import { CHROMIUM_PATH, hasChromium, MISSING_CHROMIUM_MESSAGE } from '../../scripts/lib/chromium.ts';

test(`Chromium is installed at ${CHROMIUM_PATH}`, (context) => {
  if (!hasChromium && !process.env['CI']) {
    console.warn(MISSING_CHROMIUM_MESSAGE);
    context.skip('Chromium is missing: browser tests are skipped (CI fails here)');
  }
  expect(hasChromium, MISSING_CHROMIUM_MESSAGE).toBe(true);
});
