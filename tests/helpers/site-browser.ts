/** One Chromium and one static server for a browser test file, started and stopped with the suite. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type RunningServer } from '../../scripts/lib/static-server.ts';

export interface SiteBrowser {
  browser: Browser;
  server: RunningServer;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function useSiteBrowser(site: () => string = () => inject('sampleSite'), base = '/'): SiteBrowser {
  const handle = {} as SiteBrowser;
  beforeAll(async () => {
    handle.server = await serveSite(site(), base);
    handle.browser = await launchChromium();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.server?.close();
  });
  return handle;
}
