/**
 * The example nginx configuration (deploy/nginx/school-site.conf) with the built sample site, served
 * by real nginx: every page opens in Chromium under its Content-Security-Policy without a single
 * violation (search included, which runs WebAssembly), and the cache and security headers are sent.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pageUrlOf } from '../../src/search/build-index.ts';
import { hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { filesOf } from '../helpers/built-site.ts';
import { removeTempFolders, writeSite } from '../helpers/fake-site.ts';
import { exampleCsp, hasNginx, MISSING_NGINX_MESSAGE, startNginx, type RunningNginx } from '../helpers/nginx.ts';

if (!hasNginx) console.warn(MISSING_NGINX_MESSAGE);
// In CI a missing nginx is a failure, not a skip (.ci/run installs it).
test.runIf(process.env['CI'])('nginx is installed for the example configuration test', () =>
  expect(hasNginx, MISSING_NGINX_MESSAGE).toBe(true),
);

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

describe.runIf(hasChromium && hasNginx)('the example nginx configuration', () => {
  let nginx: RunningNginx;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  /** Violations reported on the console (also for frames and workers), with the page they came from. */
  const consoleViolations: string[] = [];

  beforeAll(async () => {
    nginx = await startNginx(inject('sampleSite'));
    browser = await launchChromium();
    context = await browser.newContext();
    // Nothing may leave for another origin; a slip is stopped here rather than hanging the test.
    const origin = new URL(nginx.url).origin;
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    // Injected by the browser's protocol, not by the page, so the policy does not apply to it.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations!.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    removeTempFolders();
  });

  /** A new tab whose console reports of blocked loads are collected; `go` opens a path in it. */
  async function newTab(): Promise<{ page: Page; go: (path: string) => Promise<void> }> {
    const page = await context.newPage();
    let current = '';
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleViolations.push(`${current}: ${message.text()}`);
    });
    const go = async (path: string): Promise<void> => {
      current = path;
      await page.goto(new URL(path, nginx.url).href);
      await page.waitForLoadState('networkidle');
    };
    return { page, go };
  }
  async function open(path: string): Promise<Page> {
    const tab = await newTab();
    await tab.go(path);
    return tab.page;
  }
  const violationsOf = (page: Page): Promise<string[]> => page.evaluate(() => window.cspViolations ?? []);

  test('every page opens without a Content-Security-Policy violation', async () => {
    const dir = inject('sampleSite');
    const files = filesOf(dir, '.html');
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    let withHeadScript = 0;
    const { page, go } = await newTab();
    for (const file of files) {
      const path = pageUrlOf(dir, file);
      await go(path);
      for (const violation of await violationsOf(page)) found.push(`${path}: ${violation}`);
      // The inline head script (settings of the version for the visually impaired) ran, not just loaded.
      if (readFileSync(file, 'utf8').includes("classList.add('js')")) {
        withHeadScript += 1;
        expect(await page.evaluate(() => document.documentElement.classList.contains('js')), path).toBe(true);
      }
    }
    await page.close();
    expect(withHeadScript).toBeGreaterThan(20);
    expect([...found, ...consoleViolations]).toEqual([]);
    // Every page of the sample, one after another: minutes on a loaded machine.
  }, 300_000);

  test('search (Pagefind, WebAssembly) works under the policy', async () => {
    const page = await open(`search/?q=${encodeURIComponent('психолог')}`);
    await page.waitForSelector('.search-page [data-search-results] li');
    expect(await violationsOf(page)).toEqual([]);
    expect(consoleViolations).toEqual([]);
    await page.close();
  });

  test('the policy does stop what it should (the check above can fail)', async () => {
    const page = await open('');
    await page.evaluate(() => {
      const picture = document.createElement('img');
      picture.src = 'https://maps.example/tile.png';
      document.body.append(picture);
      const script = document.createElement('script');
      script.src = 'https://cdn.example/counter.js';
      document.head.append(script);
    });
    await expect
      .poll(async () => (await violationsOf(page)).sort())
      .toEqual([
        expect.stringMatching(/^img-src blocked https:\/\/maps\.example\/tile\.png/),
        expect.stringMatching(/^script-src-elem blocked https:\/\/cdn\.example\/counter\.js/),
      ]);
    await page.close();
  });

  test('headers: the policy from the file, frames only for /embed/, a year of cache only for hashed assets', async () => {
    const home = await fetch(nginx.url);
    expect(home.headers.get('content-security-policy')).toBe(exampleCsp('/'));
    expect(exampleCsp('/')).toMatch(
      /^default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval';.*; frame-ancestors 'self'$/,
    );
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const embed = await fetch(new URL('embed/', nginx.url));
    expect(embed.headers.get('content-security-policy')).toBe(exampleCsp('/embed/'));
    expect(exampleCsp('/embed/')).toMatch(/; frame-ancestors 'self' https:$/);
    // The editor's entry differs (it reaches the school's forge); not served by this branch's build.
    expect(exampleCsp('/admin/index.html')).toMatch(/connect-src 'self' blob: data: https:;.*frame-ancestors 'self'$/);
    const html = await home.text();
    const asset = /src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(new URL(asset!, nginx.url));
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(new URL('no-such-page/', nginx.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html');
    expect(missing.headers.get('content-security-policy')).toBe(exampleCsp('/404.html'));
    const calendar = await fetch(new URL('calendar/class-5a.ics', nginx.url));
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
  });

  test('the browser editor at /admin/ gets its own header policy (served by nginx from a small site with an admin page)', async () => {
    const site = writeSite({
      'index.html': '<!doctype html><title>Школа</title>',
      'admin/index.html': '<!doctype html><title>Редактор</title>',
      '404.html': '<!doctype html><title>Нет</title>',
    });
    const small = await startNginx(site);
    try {
      const admin = await fetch(new URL('admin/', small.url));
      expect(admin.status).toBe(200);
      expect(admin.headers.get('content-security-policy')).toBe(exampleCsp('/admin/index.html'));
      expect((await fetch(small.url)).headers.get('content-security-policy')).toBe(exampleCsp('/'));
    } finally {
      await small.stop();
    }
  });
});
