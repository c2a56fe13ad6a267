/**
 * The organisation pages of the built sample site — platforms, requirements, meetings, documents and
 * the plan-schedule — show everything the content holds, in the right order. Expected values are read
 * from content/ with the project's checker, never written here.
 */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { telHref } from '../../src/lib/phone.ts';
import { roadmapAnchor } from '../../src/lib/roadmap.ts';
import { asRead, attr, findAll, parseHtmlFile, readerText, type HtmlNode } from '../helpers/html-tree.ts';

const { model } = checkContent('content');
const school = model.school[0]!.data;
const site = inject('sampleSite');

const hrefsIn = (node: HtmlNode) => findAll(node, (n) => n.nodeName === 'a').map((a) => attr(a, 'href') ?? '');

/** The built page at a site path, with a lookup by id. */
function page(path: string) {
  const root = parseHtmlFile(join(site, path, 'index.html'));
  const main = findAll(root, (node) => node.nodeName === 'main')[0]!;
  const byId = (id: string) => {
    const found = findAll(root, (node) => attr(node, 'id') === id)[0];
    if (!found) throw new Error(`${path}: нет элемента с id="${id}"`);
    return found;
  };
  return { root, main, text: readerText(main), byId };
}

describe('platforms', () => {
  const platforms = model.platforms;
  const html = page('platforms');

  test('every platform has a card with its name, usage and address; the primary one is first and marked', () => {
    const cards = findAll(html.main, (node) => node.nodeName === 'article');
    expect(cards.map((card) => attr(card, 'id'))).toEqual(expect.arrayContaining(platforms.map((p) => p.id)));
    expect(attr(cards[0]!, 'id')).toBe(platforms.find((p) => p.data.primary)!.id);
    for (const platform of platforms) {
      const card = html.byId(platform.id);
      expect(readerText(card)).toContain(platform.data.name);
      expect(hrefsIn(card)).toContain(platform.data.url);
      expect(readerText(card).includes('Основная платформа')).toBe(platform.data.primary);
      if (platform.data.description) expect(readerText(card)).toContain(asRead(platform.data.description));
    }
  });

  test('support phones are tel: links, support e-mails and pages are links', () => {
    const withSupport = platforms.filter((p) => p.data.support);
    expect(withSupport.length).toBeGreaterThan(0);
    for (const platform of withSupport) {
      const links = hrefsIn(html.byId(platform.id));
      const { phone, email, url } = platform.data.support!;
      if (phone) expect(links).toContain(telHref(phone));
      if (email) expect(links).toContain(`mailto:${email}`);
      if (url) expect(links).toContain(url);
    }
  });

  test('each platform links to every guide written for it', () => {
    for (const platform of platforms) {
      const links = hrefsIn(html.byId(platform.id));
      const guides = model.guides.filter((guide) => guide.data.platform === platform.id);
      for (const guide of guides) expect(links).toContain(`/guides/${guide.id}/`);
    }
  });
});

describe('requirements', () => {
  const requirements = model.requirements[0]!.data;
  const html = page('requirements');

  test('internet speeds appear as numbers with a plain explanation', () => {
    const internet = readerText(html.byId('internet'));
    for (const mbps of [requirements.internet.minMbps, requirements.internet.recommendedMbps]) {
      expect(internet).toContain(`${String(mbps).replace('.', ',')} Мбит/с`);
    }
    expect(internet).toMatch(/хватит/);
  });

  test('every device has a card: systems, browsers, memory, and camera/microphone/headset in words', () => {
    const labels: Record<string, string> = { computer: 'Компьютер', laptop: 'Ноутбук', tablet: 'Планшет', phone: 'Телефон' };
    const cards = findAll(html.main, (node) => attr(node, 'data-device') !== undefined);
    expect(cards).toHaveLength(requirements.devices.length);
    for (const device of requirements.devices) {
      const text = cards
        .filter((card) => attr(card, 'data-device') === device.device)
        .map(readerText)
        .join(' | ');
      expect(text).toContain(labels[device.device]);
      for (const value of [...device.os, ...device.browsers]) expect(text).toContain(asRead(value));
      if (device.ramGb !== undefined) expect(text).toContain(`${device.ramGb} ГБ`);
      expect(text).toContain(device.camera ? 'Камера — нужна' : 'Камера — не обязательна');
      expect(text).toContain(device.microphone ? 'Микрофон — нужен' : 'Микрофон — не обязателен');
      expect(text).toContain(device.headset ? 'Наушники с микрофоном — желательны' : 'Наушники с микрофоном — не обязательны');
      if (device.note) expect(text).toContain(asRead(device.note));
    }
  });

  test('families without a device are sent to the lending page when there is one, else to the FAQ', () => {
    const target = model.pages.some((p) => p.id === 'devices') ? '/devices/' : '/faq/';
    const help = findAll(html.main, (node) => node.nodeName === 'aside')[0]!;
    expect(hrefsIn(help)).toContain(target);
  });
});

describe('meetings', () => {
  const today = inject('sampleBuildDate');
  const meetings = model.meetings.map((m) => ({ ...m.data, id: m.id }));
  const html = page('meetings');
  const ids = findAll(html.main, (node) => node.nodeName === 'article').map((node) => attr(node, 'id'));
  const key = (m: { date: string; from: string }) => `${m.date} ${m.from}`;

  test('every meeting is an article with its title, agenda and the person who holds it', () => {
    expect([...ids].sort()).toEqual(meetings.map((m) => m.id).sort());
    for (const meeting of meetings) {
      const card = html.byId(meeting.id);
      expect(readerText(card)).toContain(asRead(meeting.title));
      for (const point of meeting.agenda) expect(readerText(card)).toContain(asRead(point));
      if (meeting.responsible) expect(hrefsIn(card)).toContain(`/staff/#${meeting.responsible}`);
      for (const id of meeting.classes) expect(hrefsIn(card)).toContain(`/timetable/${id}/`);
      if (meeting.classes.length === 0) expect(readerText(card)).toContain('Вся школа');
    }
  });

  test('upcoming meetings (soonest first) come before past ones (latest first), relative to the build date', () => {
    const upcoming = meetings.filter((m) => m.date >= today).sort((a, b) => key(a).localeCompare(key(b)));
    const past = meetings.filter((m) => m.date < today).sort((a, b) => key(b).localeCompare(key(a)));
    expect(ids).toEqual([...upcoming, ...past].map((m) => m.id));
  });

  test('only upcoming meetings offer the link to join', () => {
    for (const meeting of meetings.filter((m) => m.link)) {
      expect(hrefsIn(html.byId(meeting.id)).includes(meeting.link!)).toBe(meeting.date >= today);
    }
  });
});

describe('documents', () => {
  const documents = model.documents.map((d) => d.data);
  const html = page('documents');

  test('every document has an anchor, its title, number and a link; newest first', () => {
    const ids = findAll(html.main, (node) => attr(node, 'data-kind') !== undefined).map((node) => attr(node, 'id')!);
    expect([...ids].sort()).toEqual(documents.map((d) => d.id).sort());
    const dates = ids.map((id) => documents.find((d) => d.id === id)!.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const doc of documents) {
      const card = html.byId(doc.id);
      expect(readerText(card)).toContain(asRead(doc.title));
      if (doc.number) expect(readerText(card)).toContain(`№ ${doc.number}`);
      if (doc.url) expect(hrefsIn(card)).toContain(doc.url);
      if (doc.file) expect(hrefsIn(card)).toContain(`/${doc.file.replace(/^public\//, '')}`);
    }
  });

  test('the order that introduced distance learning has its anchor and is marked', () => {
    const order = html.byId(school.distanceLearning.order);
    expect(readerText(order)).toContain('Основание дистанционного обучения');
    const others = documents.filter((d) => d.id !== school.distanceLearning.order);
    for (const doc of others) expect(readerText(html.byId(doc.id))).not.toContain('Основание дистанционного обучения');
  });
});

describe('plan-schedule', () => {
  const items = model.roadmap.map((entry) => entry.data);
  const html = page('plan');

  test('a summary counts the done measures of all of them', () => {
    const done = items.filter((item) => item.status === 'done').length;
    expect(html.text).toContain(`Выполнено ${done} из ${items.length}`);
  });

  test('every measure appears with its status in words; sub-items are nested in their parent', () => {
    const words: Record<string, string> = { planned: 'Запланировано', 'in-progress': 'Выполняется', done: 'Выполнено' };
    for (const item of items) {
      const node = html.byId(roadmapAnchor(item.id));
      const own = findAll(node, (n) => attr(n, 'class')?.split(' ').includes('measure-facts') ?? false)[0]!;
      expect(readerText(node)).toContain(asRead(item.title));
      expect(readerText(own)).toContain(words[item.status]);
      const parent = item.id.includes('.') ? item.id.slice(0, item.id.lastIndexOf('.')) : undefined;
      if (parent && items.some((other) => other.id === parent)) {
        expect(findAll(html.byId(roadmapAnchor(parent)), (n) => attr(n, 'id') === roadmapAnchor(item.id))).toHaveLength(1);
      }
    }
  });

  test('a dated deadline is shown as a date, a month in words as written', () => {
    for (const item of items) {
      const text = readerText(html.byId(roadmapAnchor(item.id)));
      expect(text).toContain(`Срок: ${/^\d{4}-\d{2}-\d{2}$/.test(item.deadline) ? formatDate(item.deadline) : item.deadline}`);
    }
  });
});
