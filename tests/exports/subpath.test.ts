/**
 * The exports of a site published under a sub-path (BASE_PATH=/distant/, SITE_URL=https://school47.example):
 * the memo's QR codes, rasterised with resvg and decoded with jsQR, lead to the absolute URLs of the
 * connection guides and the timetable; the embed block and its <iframe> code; absolute links in feeds
 * and calendars.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleContent } from '../helpers/sample-content.ts';
import { attr, rawText } from '../helpers/html-tree.ts';
import { e164, htmlNodes, parseCalendar } from './support.ts';

const ORIGIN = 'https://school47.example';
const BASE = '/distant/';
const ROOT_URL = `${ORIGIN}${BASE}`;

let root: string;
let site: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'school-exports-'));
  site = join(root, 'dist');
  // Vitest puts Vite's BASE_URL=/, MODE, DEV, PROD and SSR into process.env; a child build that
  // inherits them takes BASE_URL=/ over BASE_PATH, so they are left out.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
  execFileSync(process.execPath, ['scripts/build.ts'], {
    env: { ...env, OUT_DIR: site, BUILD_WORK_DIR: join(root, 'work'), BASE_PATH: BASE, SITE_URL: `${ORIGIN}/` },
    stdio: 'pipe',
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(site, path), 'utf8');

/** The file an absolute URL of this site is served from. */
function fileOf(url: string): string {
  expect(url.startsWith(ROOT_URL), url).toBe(true);
  const local = new URL(url).pathname.slice(BASE.length);
  return join(site, local === '' || local.endsWith('/') ? `${local}index.html` : local);
}

function decodeQr(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

const content = sampleContent();

describe('printable memo', () => {
  test('QR codes decode to the absolute URLs of the connection guides and the timetable', () => {
    const primary = content.platforms.find((platform) => platform.primary)!;
    const connect = content.guides.filter((guide) => guide.topic === 'connect');
    const ofPrimary = connect.filter((guide) => guide.platform === primary.id);
    const guides = [...(ofPrimary.length > 0 ? ofPrimary : connect)].sort((a, b) => a.order - b.order).slice(0, 2);
    const expected = [...guides.map((guide) => `${ROOT_URL}guides/${guide.id}/`), `${ROOT_URL}timetable/`];

    const svgs = page('memo/index.html').match(/<svg class="qr"[\s\S]*?<\/svg>/g) ?? [];
    const decoded = svgs.map(decodeQr);
    expect(decoded).toEqual(expected);
    for (const url of decoded) expect(existsSync(fileOf(url!)), url).toBe(true);
    // The URL is also printed under each code, for those who type it.
    const text = rawText({
      nodeName: 'root',
      childNodes: htmlNodes(page('memo/index.html')).filter((node) => node.nodeName === 'figcaption'),
    });
    for (const url of expected) expect(text).toContain(url);
  });

  test('prints on A4, with the key contacts as tel: links', () => {
    const html = page('memo/index.html');
    expect(html).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(html).toMatch(/@media print/);
    const tels = htmlNodes(html)
      .map((node) => attr(node, 'href'))
      .filter((href) => href?.startsWith('tel:'));
    for (const contact of content.contacts.filter((c) => ['hotline', 'psychologist', 'social'].includes(c.kind))) {
      for (const phone of contact.phones) expect(tels).toContain(`tel:${e164(phone)}`);
    }
  });
});

describe('embed block', () => {
  test('small, self-contained, no site chrome, links open in the whole window', () => {
    const html = page('embed/index.html');
    expect(gzipSync(html).length).toBeLessThan(8 * 1024);
    const nodes = htmlNodes(html);
    expect(nodes.filter((node) => ['header', 'nav', 'footer'].includes(node.nodeName))).toEqual([]);
    expect(nodes.filter((node) => node.nodeName === 'link' && attr(node, 'rel') === 'stylesheet')).toEqual([]);
    expect(nodes.filter((node) => node.nodeName === 'script' && attr(node, 'src'))).toEqual([]);
    expect(nodes.some((node) => node.nodeName === 'base' && attr(node, 'target') === '_top')).toBe(true);
    const links = nodes.filter((node) => node.nodeName === 'a');
    for (const link of links.filter((node) => !attr(node, 'href')!.startsWith('tel:'))) {
      expect(attr(link, 'target'), attr(link, 'href')).toBe('_top');
      const href = attr(link, 'href')!;
      if (!/^https?:/.test(href)) expect(href.startsWith(BASE), href).toBe(true);
    }
    const tels = links.map((node) => attr(node, 'href')).filter((href) => href?.startsWith('tel:'));
    const hotlines = content.contacts.filter((contact) => contact.kind === 'hotline');
    expect(hotlines.length).toBeGreaterThan(0);
    expect(tels).toEqual(hotlines.flatMap((contact) => contact.phones.map((phone) => `tel:${e164(phone)}`)));
  });

  test('the code page shows an <iframe> with the absolute URL, a title and lazy loading', () => {
    const code = htmlNodes(page('embed/code/index.html')).find((node) => node.nodeName === 'code' && attr(node, 'id') === 'embed-code')!;
    const iframe = htmlNodes(rawText(code)).find((node) => node.nodeName === 'iframe')!;
    expect(attr(iframe, 'src')).toBe(`${ROOT_URL}embed/`);
    expect(attr(iframe, 'title')).toContain(content.school.shortName);
    expect(attr(iframe, 'width')).toBe('100%');
    expect(Number(attr(iframe, 'height'))).toBeGreaterThan(200);
    expect(attr(iframe, 'loading')).toBe('lazy');
    expect(existsSync(fileOf(attr(iframe, 'src')!))).toBe(true);
  });
});

describe('absolute addresses under the sub-path', () => {
  test('calendars: UIDs use the site host, links the sub-path', () => {
    const { events } = parseCalendar(page('calendar/meetings.ics'));
    expect(events.length).toBe(content.meetings.length);
    for (const event of events) expect(event.uid).toMatch(/@school47\.example$/);
    expect(events[0]!.description).toContain(`${ROOT_URL}meetings/`);
  });

  test('info.json and rss.xml point at the sub-path', () => {
    const info = JSON.parse(page('info.json'));
    expect(info.site).toBe(ROOT_URL);
    for (const contact of info.contacts) expect(existsSync(fileOf(contact.vcard)), contact.vcard).toBe(true);
    for (const cls of info.classes) expect(existsSync(fileOf(cls.calendar)), cls.calendar).toBe(true);
    const links = [...page('rss.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.startsWith(ROOT_URL), link).toBe(true);
  });
});
