/**
 * Search quality, measured on the real built index in Chromium through the search page as a user
 * types: realistic Russian queries (inflections, case, class and phone spellings, typos). Each must
 * bring its expected place into the top 3. Prints precision@1 and MRR.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../helpers/browser.ts';
import { serveSite, type RunningServer } from '../helpers/static-server.ts';
import { sampleContent } from '../helpers/sample-content.ts';
import { plural } from '../../src/i18n/plural.ts';

const content = sampleContent();
const contact = (kind: string, titleWord?: string) =>
  content.contacts.find((c) => c.kind === kind && (!titleWord || c.title.toLowerCase().includes(titleWord)))!.id;
const staffBy = (predicate: (s: (typeof content.staff)[number]) => boolean) => content.staff.find(predicate)!.id;
const classId = (name: string) => content.classes.find((c) => c.class === name)!.id;
const guide = (topic: string, device?: string) => content.guides.find((g) => g.topic === topic && (!device || g.device === device))!.id;
const faqAbout = (word: string) => content.faq.find((f) => f.question.toLowerCase().includes(word))!.id;
const surname = (id: string) => content.staff.find((s) => s.id === id)!.name.split(' ')[0]!;
const phoneOf = (id: string) => content.contacts.find((c) => c.id === id)!.phones[0]!;

const psychologist = contact('psychologist', 'психолог');
const mathTeachers = content.staff.filter((s) => s.subjects.some((subject) => subject.toLowerCase().includes('математик'))).map((s) => `staff/#${s.id}`);
const director = staffBy((s) => s.position.toLowerCase() === 'директор' || s.position.toLowerCase().startsWith('директор'));
const englishTeacher = staffBy((s) => s.subjects.some((subject) => subject.toLowerCase().includes('английск')));
const psychPhone = phoneOf(psychologist);
const localDigits = psychPhone.replace(/\D/g, '').slice(-6);

/** A query and the places (site paths) any of which counts as the right answer. */
const cases: { query: string; expected: string[] }[] = [
  { query: 'телефон психолога', expected: [`contacts/#${psychologist}`] },
  { query: 'психолог', expected: [`contacts/#${psychologist}`, `staff/#${staffBy((s) => s.position.toLowerCase().includes('психолог'))}`] },
  { query: 'Психолог', expected: [`contacts/#${psychologist}`, `staff/#${staffBy((s) => s.position.toLowerCase().includes('психолог'))}`] },
  { query: 'горячая линия', expected: [`contacts/#${contact('hotline')}`] },
  { query: 'горячей линии телефон', expected: [`contacts/#${contact('hotline')}`] },
  { query: 'директор', expected: [`staff/#${director}`, `contacts/#${contact('administration', 'директор')}`] },
  { query: 'ДИРЕКТОР', expected: [`staff/#${director}`, `contacts/#${contact('administration', 'директор')}`] },
  { query: 'телефон доверия', expected: [`contacts/#${contact('psychologist', 'доверия')}`] },
  { query: 'социальный педагог', expected: [`contacts/#${contact('social', 'педагог')}`, `staff/#${staffBy((s) => s.position.toLowerCase().includes('социальн'))}`] },
  { query: 'техподдержка', expected: [`contacts/#${contact('it-support')}`] },
  { query: 'техническая поддержка', expected: [`contacts/#${contact('it-support')}`] },
  { query: 'расписание 5б', expected: [`timetable/${classId('5Б')}/`] },
  { query: '5 Б', expected: [`timetable/${classId('5Б')}/`] },
  { query: '5-б', expected: [`timetable/${classId('5Б')}/`] },
  { query: 'расписание 10А', expected: [`timetable/${classId('10А')}/`] },
  { query: 'расписание звонков', expected: ['timetable/bells/'] },
  { query: 'как сдать домашнее задание', expected: [`guides/${guide('homework')}/`] },
  { query: 'сдать домашку', expected: [`guides/${guide('homework')}/`] },
  { query: 'не работает камера', expected: [`guides/${guide('troubleshooting')}/`] },
  { query: 'нет звука', expected: [`guides/${guide('troubleshooting')}/`] },
  { query: 'войти в сферум с телефона', expected: [`guides/${guide('connect', 'phone')}/`] },
  { query: 'сферум с компьютера', expected: [`guides/${guide('connect', 'computer')}/`] },
  { query: 'видеоурок', expected: [`guides/${guide('lesson')}/`] },
  { query: 'ребенок заболел', expected: [`faq/#${faqAbout('заболел')}`] },
  { query: 'питание', expected: [`faq/#${faqAbout('питани')}`] },
  { query: 'нет компьютера', expected: [`faq/#${faqAbout('компьютер')}`, 'devices/'] },
  { query: 'родительское собрание', expected: content.meetings.map((m) => `meetings/#${m.id}`) },
  { query: 'приказ о дистанционном обучении', expected: [`documents/#${content.school.distanceLearning.order}`] },
  { query: 'учитель математики', expected: mathTeachers },
  { query: surname(englishTeacher), expected: [`staff/#${englishTeacher}`] },
  { query: psychPhone.replace(/^.*\)\s*/, ''), expected: [`contacts/#${psychologist}`, `staff/#${staffBy((s) => s.position.toLowerCase().includes('психолог'))}`] },
  { query: localDigits, expected: [`contacts/#${psychologist}`, `staff/#${staffBy((s) => s.position.toLowerCase().includes('психолог'))}`] },
  { query: 'расписанее 9а', expected: [`timetable/${classId('9А')}/`] },
  { query: 'психолг', expected: [`contacts/#${psychologist}`, `staff/#${staffBy((s) => s.position.toLowerCase().includes('психолог'))}`] },
];

describe.skipIf(!hasChromium)('search finds what parents and pupils type', () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  const ranks: number[] = [];
  const notFirst: string[] = [];

  beforeAll(async () => {
    server = await serveSite(inject('sampleSite'));
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    const found = ranks.filter((rank) => rank > 0);
    const precisionAt1 = ranks.filter((rank) => rank === 1).length / ranks.length;
    const mrr = ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / ranks.length;
    console.log(`Поиск: ${ranks.length} ${plural(ranks.length, 'запрос', 'запроса', 'запросов')}, в топ-3: ${ranks.filter((r) => r > 0 && r <= 3).length}, найдено вообще: ${found.length}, precision@1 = ${precisionAt1.toFixed(2)}, MRR = ${mrr.toFixed(2)}`);
    if (notFirst.length > 0) console.log(`Не первыми: ${notFirst.join('; ')}`);
    await browser?.close();
    await server?.close();
  });

  test.each(cases)('«$query»', async ({ query, expected }) => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (document.querySelector('#search-page-q-status')?.textContent ?? '') !== '', undefined, { timeout: 15_000 });
    const urls = await page.$$eval('.search-page [data-search-results] > li > a:first-child', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    const base = new URL(server.url).pathname;
    const paths = urls.map((url) => url.replace(base, ''));
    const rank = paths.findIndex((path) => expected.includes(path)) + 1;
    ranks.push(rank);
    if (rank !== 1) notFirst.push(`«${query}» → ${rank || 'нет'} (первым: ${paths[0] ?? '—'})`);
    expect(rank, `results: ${paths.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });
});
