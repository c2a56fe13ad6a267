/**
 * The people and contacts pages as built: every contact, staff member, coordinator and communication
 * entry of content/ appears where a parent looks for it, every phone is a `tel:` link in E.164, and a
 * staff member's personal phone appears only when their file has one. Expectations come from the
 * content files (read by the project's checker), never from this file.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { contentDirFromEnv } from '../../src/content-model/collections.ts';
import { t } from '../../src/i18n/ru.ts';
import { SCHOOL_CONTACT_ID } from '../../src/lib/contacts.ts';
import { telHref } from '../../src/lib/phone.ts';
import { contactKinds } from '../../src/schemas/contact.ts';
import { attr, findAll, parseHtmlFile, readerText, type HtmlNode } from '../helpers/html-tree.ts';

/** A built page, queried the way a reader scans it. */
class Page {
  readonly root: HtmlNode;
  constructor(site: string, path: string) {
    this.root = parseHtmlFile(join(site, path, 'index.html'));
  }
  byId(id: string): HtmlNode | undefined {
    return findAll(this.root, (node) => attr(node, 'id') === id)[0];
  }
  /** The element with the id; fails the test with its name when missing. */
  card(id: string): HtmlNode {
    const node = this.byId(id);
    expect(node, `#${id}`).toBeDefined();
    return node!;
  }
  /** The h2 sections of the page: heading text and the ids of the items inside. */
  sections(): { heading: string; ids: string[] }[] {
    return findAll(this.root, (node) => node.nodeName === 'section')
      .map((section) => ({
        heading: readerText(findAll(section, (node) => node.nodeName === 'h2')[0] ?? { nodeName: 'none' }),
        ids: findAll(section, (node) => attr(node, 'data-pagefind-body') !== undefined).map((node) => attr(node, 'id')!),
      }))
      .filter((section) => section.heading !== '');
  }
}

const hrefsIn = (node: HtmlNode) => findAll(node, (n) => n.nodeName === 'a').map((a) => attr(a, 'href') ?? '');
const telsIn = (node: HtmlNode) => hrefsIn(node).filter((href) => href.startsWith('tel:'));

/** A phone's link: E.164 for a full number (tel:+7…), the digits for a short service number. */
function expectDialled(phone: string, links: string[]) {
  const expected = telHref(phone);
  if (phone.replace(/\D/g, '').length > 4) expect(expected).toMatch(/^tel:\+7\d{10}$/);
  expect(links, phone).toContain(expected);
}

const { model } = checkContent(contentDirFromEnv());
const data = <T>(entries: { id: string; data: T }[]) => entries.map((entry) => ({ ...entry.data, id: entry.id }));
const contacts = data(model.contacts);
const staff = data(model.staff);
const classes = data(model.classes);
const platforms = data(model.platforms);
const coordinators = data(model.coordinators);
const communication = data(model.communication);
const school = model.school[0]!.data;

let site: string;
beforeAll(() => {
  site = inject('sampleSite');
});

describe('contacts page', () => {
  test('every contact has its anchor, each phone a tel: link in E.164 and its e-mail a mailto link', () => {
    const page = new Page(site, 'contacts');
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      const card = page.card(contact.id);
      expect(readerText(card)).toContain(contact.title);
      for (const phone of contact.phones) expectDialled(phone, telsIn(card));
      if (contact.email) expect(hrefsIn(card)).toContain(`mailto:${contact.email}`);
    }
  });

  test('contacts are grouped under their kind, in the order of urgency', () => {
    const sections = new Page(site, 'contacts').sections();
    const kindHeadings = contactKinds.map((kind) => t.contacts.kinds[kind]!);
    const shown = sections.filter((section) => kindHeadings.includes(section.heading));
    const present = contactKinds.filter((kind) => contacts.some((contact) => contact.kind === kind));
    expect(shown.map((section) => section.heading)).toEqual(present.map((kind) => t.contacts.kinds[kind]));
    for (const kind of present) {
      const section = shown.find((s) => s.heading === t.contacts.kinds[kind])!;
      expect(section.ids).toEqual(contacts.filter((contact) => contact.kind === kind).map((contact) => contact.id));
    }
  });

  test("the school's reception: phone, e-mail and address", () => {
    const card = new Page(site, 'contacts').card(SCHOOL_CONTACT_ID);
    expectDialled(school.phone, telsIn(card));
    expect(hrefsIn(card)).toContain(`mailto:${school.email}`);
    expect(readerText(card)).toContain(school.address);
  });

  test("each platform's support phone, e-mail and help page", () => {
    const page = new Page(site, 'contacts');
    const withSupport = platforms.filter((platform) => platform.support);
    expect(withSupport.length).toBeGreaterThan(0);
    for (const platform of withSupport) {
      const card = page.card(`support-${platform.id}`);
      expect(readerText(card)).toContain(platform.name);
      if (platform.support?.phone) expectDialled(platform.support.phone, telsIn(card));
      if (platform.support?.email) expect(hrefsIn(card)).toContain(`mailto:${platform.support.email}`);
      if (platform.support?.url) expect(hrefsIn(card)).toContain(platform.support.url);
    }
  });

  test('the home page shows contact cards but leaves the search records to the contacts page', () => {
    const home = new Page(site, '');
    const cards = findAll(home.root, (node) => (attr(node, 'class') ?? '').split(' ').includes('contact'));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(attr(card, 'data-pagefind-body')).toBeUndefined();
  });
});

describe('staff page', () => {
  test('every staff file has a card with the name as its heading and the e-mail as a mailto link', () => {
    const page = new Page(site, 'staff');
    expect(staff.length).toBeGreaterThan(0);
    for (const person of staff) {
      const card = page.card(person.id);
      expect(readerText(findAll(card, (node) => node.nodeName === 'h3')[0]!)).toBe(person.name);
      expect(readerText(card)).toContain(person.position);
      expect(hrefsIn(card)).toContain(`mailto:${person.email}`);
      expect(attr(card, 'data-pagefind-body')).toBeDefined();
      expect(attr(card, 'data-pagefind-filter')).toBe(`section:${t.sections.staff}`);
    }
  });

  test('a personal phone appears only when the file has one', () => {
    const page = new Page(site, 'staff');
    const without = staff.filter((person) => person.phone === undefined);
    expect(without.length).toBeGreaterThan(0);
    for (const person of without) expect(telsIn(page.card(person.id)), person.id).toEqual([]);
    for (const person of staff.filter((p) => p.phone !== undefined)) expect(telsIn(page.card(person.id))).toEqual([telHref(person.phone!)]);
  });

  test("classes link to their timetables under the class's own name, those they lead once more as class teacher", () => {
    const page = new Page(site, 'staff');
    for (const person of staff) {
      const links = findAll(page.card(person.id), (node) => node.nodeName === 'a' && (attr(node, 'href') ?? '').includes('/timetable/'));
      const led = classes.filter((c) => c.classTeacher === person.id);
      const expected = [...person.classes.flatMap((id) => classes.filter((c) => c.id === id)), ...led].map((c) => ({
        href: `/timetable/${c.id}/`,
        name: c.class,
      }));
      expect(links.map((a) => ({ href: attr(a, 'href'), name: readerText(a) })).sort((a, b) => a.href!.localeCompare(b.href!))).toEqual(
        expected.sort((a, b) => a.href.localeCompare(b.href)),
      );
    }
  });

  test('a class teacher’s card says so, naming the classes', () => {
    const page = new Page(site, 'staff');
    const leaders = staff.filter((person) => classes.some((c) => c.classTeacher === person.id));
    expect(leaders.length).toBeGreaterThan(0);
    for (const person of staff) {
      const text = readerText(page.card(person.id));
      const led = classes.filter((c) => c.classTeacher === person.id).map((c) => c.class);
      if (led.length === 0) expect(text, person.id).not.toContain(t.staff.classTeacher);
      else expect(text, person.id).toContain(`${t.staff.classTeacher} ${led.join(' ')}`);
    }
  });

  test('people are listed under the heading of their group', () => {
    const sections = new Page(site, 'staff').sections();
    for (const person of staff) {
      const section = sections.find((s) => s.ids.includes(person.id));
      expect(section?.heading, person.id).toBe(t.staff.groups[person.group]);
    }
  });
});

describe('coordinators page', () => {
  test('every coordinator under their level, with a tel: link and a mailto link', () => {
    const page = new Page(site, 'coordinators');
    const sections = page.sections();
    expect(coordinators.length).toBeGreaterThan(0);
    for (const person of coordinators) {
      const card = page.card(`coordinator-${person.id}`);
      expect(readerText(card)).toContain(person.name);
      expect(readerText(card)).toContain(person.workplace);
      expectDialled(person.phone, telsIn(card));
      expect(hrefsIn(card)).toContain(`mailto:${person.email}`);
      expect(sections.find((s) => s.ids.includes(`coordinator-${person.id}`))?.heading).toBe(t.coordinators[person.level]);
    }
  });
});

describe('communication page', () => {
  test('every entry under its audience, with its form and the responsible person linked to the staff page', () => {
    const page = new Page(site, 'communication');
    const sections = page.sections();
    expect(communication.length).toBeGreaterThan(0);
    for (const item of communication) {
      const card = page.card(`communication-${item.id}`);
      expect(readerText(card)).toContain(item.title);
      expect(readerText(card)).toContain(t.communication.forms[item.form]);
      if (item.frequency) expect(readerText(card)).toContain(item.frequency.replace(/\s+/g, ' '));
      const person = staff.find((p) => p.id === item.responsible)!;
      const link = findAll(card, (node) => node.nodeName === 'a' && attr(node, 'href') === `/staff/#${person.id}`)[0];
      expect(link && readerText(link), item.title).toBe(person.name);
      expect(sections.find((s) => s.ids.includes(`communication-${item.id}`))?.heading).toBe(t.audiencePlural[item.audience]);
    }
  });

  test('phones written in a channel are tap-to-call links', () => {
    const page = new Page(site, 'communication');
    for (const item of communication.filter((i) => i.channel && /(?:\+7|\b8)[\s(-]*\d{3}/.test(i.channel))) {
      expect(telsIn(page.card(`communication-${item.id}`)).length, item.title).toBeGreaterThan(0);
    }
  });
});
