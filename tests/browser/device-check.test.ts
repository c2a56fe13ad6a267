/**
 * «Подойдёт ли моё устройство?» in real Chromium: the page reports this browser's own name and
 * version and its screen, counts camera and microphone without asking, measures the speed by
 * downloading a file from the site itself (no other origin), and says «slow» on a throttled line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const requirements = parse(readFileSync(join('content', 'requirements.yaml'), 'utf8')) as { internet: { minMbps: number } };

describe.skipIf(!hasChromium)('device check', () => {
  const site = useSiteBrowser();
  const row = (page: Page, key: string) => page.locator(`[data-results] [data-key="${key}"]`);

  test("reports this browser's name, version and screen, and a speed measured from the site itself", { timeout: 90_000 }, async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.server.url}device-check/`);
    await expect.poll(() => page.locator('[data-device-check]').getAttribute('data-done'), { timeout: 60_000 }).toBe('true');
    const version = site.browser.version().split('.')[0]!;
    expect(await row(page, 'browser').innerText()).toContain(`Google Chrome ${version}`);
    expect(await row(page, 'screen').innerText()).toContain('390 × 844');
    expect(await row(page, 'camera').getAttribute('data-status')).toMatch(/^(ok|bad|warn)$/);
    expect(await row(page, 'speed').innerText()).toMatch(/\d+(,\d)?\s*Мбит\/с/);
    // Nothing left the site: every request went to its own origin, the speed file among them.
    expect(requests.every((url) => url.startsWith(site.server.url))).toBe(true);
    expect(requests.some((url) => url.includes('/device-check/speed.bin'))).toBe(true);
    // No permission was asked for: the camera and microphone were only counted.
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'camera' as PermissionName })).state)).toBe('prompt');
    await context.close();
  });

  test('on a throttled line the verdict is «slow», below the school minimum', { timeout: 90_000 }, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // About 0.4 Mbit/s down, as on a weak mobile signal.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
    await page.goto(`${site.server.url}device-check/`, { timeout: 60_000 });
    await expect.poll(() => page.locator('[data-device-check]').getAttribute('data-done'), { timeout: 60_000 }).toBe('true');
    const speed = row(page, 'speed');
    expect(await speed.getAttribute('data-status')).toBe('bad');
    const text = await speed.innerText();
    expect(text).toContain('Медленно');
    const mbps = Number(/([\d,]+)\s*Мбит\/с/.exec(text)![1]!.replace(',', '.'));
    expect(mbps).toBeLessThan(requirements.internet.minMbps);
    expect(await page.locator('[data-summary]').innerText()).toContain('не хватает');
    await context.close();
  });

  test('the lending page is one link away', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}device-check/`);
    expect(await page.locator('main a[href="/devices/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
