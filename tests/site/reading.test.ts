/**
 * The reading pages of the built sample school: guides with their numbered steps, the next guide,
 * answers with anchors, free pages, notices and a helpful 404. Expectations come from content/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { describe, expect, inject, test } from 'vitest';
import { collections, contentDirFromEnv } from '../../src/content-model/collections.ts';
import { readCollection } from '../../src/content-model/read-collection.ts';
import { t } from '../../src/i18n/ru.ts';
import { telHref } from '../../src/lib/phone.ts';
import { attr, findAll, hasClass, parseHtmlFile, rawText, squash, type HtmlNode } from '../helpers/html-tree.ts';
import { renderMarkdown } from '../markdown/render.ts';

const site = inject('sampleSite');
const contentDir = contentDirFromEnv();
const page = (path: string): HtmlNode => parseHtmlFile(join(site, path));
const read = (name: keyof typeof collections) =>
  readCollection(contentDir, name, collections[name]).entries.map((entry) => ({
    id: entry.id,
    data: entry.data as Record<string, unknown>,
    body: entry.source.body ?? '',
  }));

const guides = read('guides').sort((a, b) => Number(a.data['order']) - Number(b.data['order']) || a.id.localeCompare(b.id, 'ru'));
const faq = read('faq');
const pages = read('pages');
const contacts = readCollection(contentDir, 'contacts', collections.contacts).entries.map(
  (entry) => entry.data as { kind: string; phones: string[] },
);

/** Items of the top-level ordered lists of a Markdown body, counted on plain rendering (no project plugins). */
async function orderedItemsOf(markdown: string): Promise<number> {
  const html = await renderMarkdown(markdown, '/plain/text.md', []);
  const fragment = parseFragment(html) as unknown as HtmlNode;
  return (fragment.childNodes ?? [])
    .filter((node) => node.nodeName === 'ol')
    .reduce((sum, list) => sum + (list.childNodes ?? []).filter((child) => child.nodeName === 'li').length, 0);
}

/** Resolves a site link (`/guides/x/`) to its built file. */
function fileOf(link: string): string {
  const path = link.split('#')[0]!.replace(/^\//, '');
  return join(site, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

describe('guides', () => {
  test('the sample has guides with steps', () => {
    expect(guides.length).toBeGreaterThan(1);
  });

  test.each(guides.map((guide) => [guide.id, guide] as const))('%s: one h1, its steps as large numbered steps', async (_id, guide) => {
    const doc = page(`guides/${guide.id}/index.html`);
    const headings = findAll(doc, (node) => node.nodeName === 'h1');
    expect(headings.map((h) => squash(rawText(h)))).toEqual([guide.data['title']]);
    const expected = await orderedItemsOf(guide.body);
    expect(expected).toBeGreaterThan(0);
    const lists = findAll(doc, (node) => node.nodeName === 'ol' && hasClass(node, 'guide-steps'));
    const steps = lists.flatMap((list) =>
      (list.childNodes ?? []).filter((child) => child.nodeName === 'li' && hasClass(child, 'guide-step')),
    );
    expect(steps).toHaveLength(expected);

    const body = findAll(doc, (node) => attr(node, 'data-pagefind-body') !== undefined);
    expect(body).toHaveLength(1);
    expect(findAll(body[0]!, (node) => node.nodeName === 'ol' && hasClass(node, 'guide-steps')).length).toBe(lists.length);
    const links = findAll(doc, (node) => node.nodeName === 'a').map((a) => attr(a, 'href') ?? '');
    expect(links).toContain(`/platforms/#${guide.data['platform']}`);
    expect(links.some((href) => href.startsWith('tel:'))).toBe(true);
    // Its topic is shown among its facts, marked as naming the guide for search (src/search/split-page.ts).
    const topic = findAll(doc, (node) => node.nodeName === 'dd' && attr(node, 'data-search-names') !== undefined);
    expect(topic.map((dd) => squash(rawText(dd)).replace(/\u00ad/g, ''))).toEqual([t.guides.topic[String(guide.data['topic'])]]);
  });

  test("every picture of a guide is on its page, inside its step, with the editor's description and a file that exists", () => {
    const pictures = guides.flatMap((guide) =>
      [...guide.body.matchAll(/!\[([^\]]+)\]\(([^)\s]+)\)/g)].map((match) => ({ guide: guide.id, alt: match[1]!, src: match[2]! })),
    );
    expect(pictures.length).toBeGreaterThanOrEqual(3); // the sample shows pictures in several guides
    for (const picture of pictures) {
      const doc = page(`guides/${picture.guide}/index.html`);
      const image = findAll(doc, (node) => node.nodeName === 'img' && attr(node, 'alt') === picture.alt)[0];
      expect(image, `${picture.guide}: ${picture.alt}`).toBeDefined();
      expect(existsSync(fileOf(attr(image!, 'src')!)), attr(image!, 'src')).toBe(true);
      expect(attr(image!, 'width'), 'width and height keep the page from jumping while it loads').toMatch(/^\d+$/);
      expect(attr(image!, 'height')).toMatch(/^\d+$/);
      const inStep = findAll(doc, (node) => hasClass(node, 'guide-step')).some(
        (step) => findAll(step, (node) => node === image).length > 0,
      );
      expect(inStep, `${picture.guide}: ${picture.src} belongs to its step`).toBe(true);
    }
  });

  test('«next guide» follows the order and leads to a built guide; the last one has none', () => {
    guides.forEach((guide, index) => {
      const doc = page(`guides/${guide.id}/index.html`);
      const next = findAll(doc, (node) => node.nodeName === 'a' && attr(node, 'rel') === 'next').map((a) => attr(a, 'href')!);
      const expected = guides[index + 1];
      if (!expected) {
        expect(next, guide.id).toEqual([]);
        return;
      }
      expect(next, guide.id).toEqual([`/guides/${expected.id}/`]);
      expect(existsSync(fileOf(next[0]!)), next[0]).toBe(true);
    });
  });

  test('the index lists every guide under its audience', () => {
    const doc = page('guides/index.html');
    for (const guide of guides) {
      const section = findAll(doc, (node) => node.nodeName === 'section' && attr(node, 'id') === guide.data['audience'])[0];
      expect(section, `${guide.id}: section #${String(guide.data['audience'])}`).toBeDefined();
      const hrefs = findAll(section!, (node) => node.nodeName === 'a').map((a) => attr(a, 'href'));
      expect(hrefs).toContain(`/guides/${guide.id}/`);
    }
  });
});

describe('questions and answers', () => {
  test('every question is on /faq/ as a heading in its own anchored, searchable item, linked from the list', () => {
    const doc = page('faq/index.html');
    const links = findAll(doc, (node) => node.nodeName === 'a').map((a) => attr(a, 'href'));
    expect(faq.length).toBeGreaterThan(0);
    for (const entry of faq) {
      const item = findAll(doc, (node) => attr(node, 'id') === entry.id);
      expect(item, entry.id).toHaveLength(1);
      expect(attr(item[0]!, 'data-pagefind-body')).toBeDefined();
      const heading = findAll(item[0]!, (node) => node.nodeName === 'h3')[0];
      expect(squash(rawText(heading!))).toBe(entry.data['question']);
      expect(squash(rawText(item[0]!)).length).toBeGreaterThan(squash(String(entry.data['question'])).length + 20);
      expect(links).toContain(`#${entry.id}`);
    }
  });
});

describe('free pages', () => {
  test.each(pages.map((p) => [p.id, p] as const))('%s is built with its title', (_id, entry) => {
    const doc = page(`${entry.id}/index.html`);
    expect(findAll(doc, (node) => node.nodeName === 'h1').map((h) => squash(rawText(h)))).toEqual([entry.data['title']]);
    if (entry.data['nav']) {
      const current = findAll(doc, (node) => node.nodeName === 'a' && attr(node, 'aria-current') === 'page');
      expect(current.map((a) => attr(a, 'href'))).toContain(`/${entry.id}/`);
    }
  });
});

describe('announcements', () => {
  test('every urgent banner link lands on an anchored notice', () => {
    const doc = page('index.html');
    const banner = findAll(doc, (node) => node.nodeName === 'section' && hasClass(node, 'banner'));
    const targets = banner.flatMap((section) => findAll(section, (node) => node.nodeName === 'a').map((a) => attr(a, 'href')!));
    const notices = page('announcements/index.html');
    for (const target of targets) {
      expect(target).toMatch(/^\/announcements\/#/);
      expect(
        findAll(notices, (node) => attr(node, 'id') === target.split('#')[1]),
        target,
      ).toHaveLength(1);
    }
  });
});

describe('404', () => {
  test('says so, and offers the hotline as tap-to-call links and the way back', () => {
    const doc = page('404.html');
    expect(squash(rawText(findAll(doc, (node) => node.nodeName === 'h1')[0]!))).toBe('Страница не найдена');
    const hrefs = findAll(doc, (node) => node.nodeName === 'a').map((a) => attr(a, 'href') ?? '');
    const hotline = contacts.filter((contact) => contact.kind === 'hotline').flatMap((contact) => contact.phones);
    expect(hotline.length).toBeGreaterThan(0);
    for (const phone of hotline) expect(hrefs).toContain(telHref(phone));
    for (const path of ['/timetable/', '/contacts/', '/guides/', '/search/']) expect(hrefs).toContain(path);
  });
});
