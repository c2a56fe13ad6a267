/**
 * Links from a text to the site itself (src/checker/rules/site-links.ts): a link to a page or file the
 * site has is fine, one that leads nowhere is a warning at its own line and column, in Russian.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies } from '../helpers/content-fixture.ts';
import { expectExactly, problemsOf } from './support.ts';
import type { Root } from 'mdast';
import { remarkSiteLinks, siteLinksOf } from '../../src/markdown/site-links.ts';

afterAll(removeContentCopies);

const file = 'pages/devices.md';
const withText = (markdown: string) => contentCopy({ [file]: (text) => `${text}\n${markdown}\n` });

describe('links to the site in a text', () => {
  test('sections, a guide, a class, a free page, a contact card, a calendar and a public file are fine', () => {
    const dir = withText(
      [
        'Телефоны — на странице [«Контакты»](/contacts/), без косой черты тоже: [контакты](/contacts).',
        'Инструкция: [вход](/guides/sferum-vhod/), расписание [5А](/timetable/5a/#changes-title), [о ноутбуках](/devices/).',
        'Карточка: [горячая линия](/contacts/goryachaya-liniya.vcf), [календарь](/calendar/meetings-5a.ics), [значок](/favicon.svg).',
        'Сотрудник: [учитель](/staff/#petrov-i-v). Поиск: [найти](/search/?q=психолог). По ссылке-сноске: [план][план].',
        '',
        '[план]: /plan/',
        '',
        'Другие сайты, почта, телефон и место на странице не проверяются: [Госуслуги](https://www.gosuslugi.ru/), [почта](mailto:a@b.ru), [позвонить](tel:+78002000122), [наверх](#top).',
      ].join('\n'),
    );
    expect(problemsOf(dir).filter((problem) => problem.file === file)).toEqual([]);
  });

  test('a page or file the site does not have: a warning at the link', () => {
    const dir = withText('Скачайте [бланк](/blank.docx) и прочитайте [правила](/pravila/).');
    const message = (url: string) =>
      new RegExp(`^ссылка «${url.replace(/[./]/g, '\\$&')}» ведёт на страницу или файл, которых на сайте нет — проверьте адрес`);
    expectExactly(
      dir,
      { file, ...positionOf(dir, file, '[бланк]'), field: '', severity: 'warning', message: message('/blank.docx') },
      { file, ...positionOf(dir, file, '[правила]'), field: '', severity: 'warning', message: message('/pravila/') },
    );
  });

  test('a relative link: to a page, the address from the site root is suggested; to a file next to the text, what to do instead', () => {
    const dir = withText('Звоните по телефонам со страницы [контакты](../contacts/). Бланк: [заявление](files/zayavlenie.pdf).');
    expectExactly(
      dir,
      {
        file,
        ...positionOf(dir, file, '[контакты]'),
        field: '',
        severity: 'warning',
        message:
          /^ссылка «\.\.\/contacts\/» записана от этой страницы, а текст может показываться и на других — напишите адрес от начала сайта: \/contacts\/$/,
      },
      {
        file,
        ...positionOf(dir, file, '[заявление]'),
        field: '',
        severity: 'warning',
        message:
          /^ссылка «files\/zayavlenie\.pdf» никуда не ведёт: файлы из папки content попадают на сайт, только если текст показывает их как картинку — /,
      },
    );
  });

  test('a link to a guide that is gone is reported', () => {
    const link = 'Смотрите [инструкцию](/guides/sferum-vhod/).';
    const gone = contentCopy({ [file]: (text) => `${text}\n${link}\n`, 'guides/sferum-vhod.md': null });
    expect(problemsOf(gone).some((problem) => problem.file === file && /ссылка «\/guides\/sferum-vhod\/»/.test(problem.message))).toBe(
      true,
    );
  });
});

describe('the build puts the base path before links from the site root', () => {
  const tree = (): Root => ({
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '/contacts/', children: [{ type: 'text', value: 'контакты' }] },
          { type: 'link', url: '../guides/', children: [{ type: 'text', value: 'инструкции' }] },
          { type: 'link', url: 'https://sferum.ru/', children: [{ type: 'text', value: 'Сферум' }] },
          { type: 'link', url: '/distant/plan/', children: [{ type: 'text', value: 'план' }] },
          { type: 'linkReference', identifier: 'x', label: 'x', referenceType: 'full', children: [{ type: 'text', value: 'учитель' }] },
        ],
      },
      { type: 'definition', identifier: 'x', label: 'x', url: '/staff/#petrov-i-v' },
      // A picture's definition is not a link (the picture rules check it).
      { type: 'paragraph', children: [{ type: 'imageReference', identifier: 'p', label: 'p', referenceType: 'full', alt: 'схема' }] },
      { type: 'definition', identifier: 'p', label: 'p', url: 'images/shema.png' },
    ],
  });
  const urls = (root: Root) => siteLinksOf(root).map(({ url }) => url);

  test('under /distant/, root links get it once; relative links, other sites and links already under it stay', () => {
    const root = tree();
    remarkSiteLinks({ base: '/distant/' })(root);
    expect(urls(root)).toEqual(['/distant/contacts/', '../guides/', '/distant/plan/', '/distant/staff/#petrov-i-v']);
  });

  test('at the root of a domain nothing changes', () => {
    const root = tree();
    remarkSiteLinks({ base: '/' })(root);
    expect(urls(root)).toEqual(['/contacts/', '../guides/', '/distant/plan/', '/staff/#petrov-i-v']);
  });
});
