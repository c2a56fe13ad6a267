/**
 * The installable offline app: after one visit (online), the timetable, contacts and guides open with
 * the network off (Chromium's offline emulation), and the page says what is kept. The manifest is
 * what a phone needs to add the site to its home screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';
import { sampleContent } from '../helpers/sample-content.ts';

const content = sampleContent();

describe('the manifest', () => {
  test('names the school, opens on the home page full screen, has an icon, and is linked from every page', () => {
    const site = inject('sampleSite');
    const manifest = JSON.parse(readFileSync(join(site, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest['name']).toContain(content.school.shortName);
    expect(manifest['start_url']).toBe('/');
    expect(manifest['display']).toBe('standalone');
    expect((manifest['icons'] as unknown[]).length).toBeGreaterThan(0);
    expect(readFileSync(join(site, 'contacts', 'index.html'), 'utf8')).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });
});

describe.skipIf(!hasChromium)('offline after one visit', () => {
  const site = useSiteBrowser();

  test(
    'with the network off, timetables, contacts and guides open from the kept copy; the footer says so',
    { timeout: 120_000 },
    async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(site.server.url);
      // The kept copy is ready once the service worker is active and the footer says what is kept.
      const note = page.locator('[data-offline-note]');
      await expect.poll(() => note.isVisible(), { timeout: 60_000 }).toBe(true);
      expect(await note.innerText()).toContain('Без интернета на этом устройстве откроются расписание, контакты и инструкции');

      await context.setOffline(true);
      const guide = content.guides[0]!;
      const checks = [
        ...content.classes.slice(0, 3).map((cls) => ({ path: `timetable/${cls.id}/`, text: cls.class })),
        { path: 'timetable/bells/', text: 'Расписание звонков' },
        { path: 'contacts/', text: content.contacts[0]!.title },
        { path: `guides/${guide.id}/`, text: guide.title },
        { path: '', text: 'Дистанционное обучение' },
      ];
      for (const { path, text } of checks) {
        const response = await page.goto(`${site.server.url}${path}`);
        expect(response?.ok(), path).toBe(true);
        expect((await page.locator('main').innerText()).replace(/\u00ad/g, ''), path).toContain(text);
      }
      // Offline, the page says it is the kept copy.
      await expect.poll(() => note.innerText()).toContain('Нет соединения с интернетом');
      // A page that was never kept is not invented: the kept home page answers instead.
      const staff = await page.goto(`${site.server.url}staff/`);
      expect(staff?.ok()).toBe(true);
      expect((await page.locator('h1').innerText()).replace(/\u00ad/g, '')).toBe('Дистанционное обучение');
      await context.close();
    },
  );

  test('online, pages come from the site through the service worker, not the kept copy', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url);
    await expect.poll(() => page.locator('[data-offline-note]').isVisible(), { timeout: 60_000 }).toBe(true);
    // staff/ is not kept: online it is the real page, served through the worker from the network.
    const response = await page.goto(`${site.server.url}staff/`);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(response?.ok()).toBe(true);
    expect((await page.locator('h1').innerText()).replace(/\u00ad/g, '')).toBe('Учителя и сотрудники');
    await context.close();
  });
});
