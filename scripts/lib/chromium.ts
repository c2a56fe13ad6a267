/**
 * Real Chromium for browser tests and `npm run editor:screenshots`: Debian's /usr/bin/chromium driven
 * by playwright-core (Playwright's own browser download cannot work here). When Chromium is missing
 * the tests say so loudly; in CI its absence is a failure (see tests/browser/chromium.test.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

/** Flags that keep Chromium off the network (the machine has none) and quiet in a container. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

export const MISSING_CHROMIUM_MESSAGE = `
############################################################################
#  Chromium не найден (${CHROMIUM_PATH}): браузерные тесты ПРОПУЩЕНЫ.       
#  Установите: apt-get install chromium   (или укажите CHROMIUM_PATH)       
############################################################################`;
