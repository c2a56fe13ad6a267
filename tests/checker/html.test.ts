/**
 * HTML typed into Markdown (.md and .mdx): each element or attribute the build's sanitizer drops is
 * reported at its line and column — an error for what would run code, a warning for the rest.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies, replace } from '../helpers/content-fixture.ts';
import { describeProblems, expectClean, expectExactly, problemsOf } from './support.ts';

afterAll(removeContentCopies);

const file = 'guides/sferum-vhod.md';
const withText = (markdown: string) =>
  contentCopy({ [file]: replace('Это нужно сделать один раз.\n', `Это нужно сделать один раз.\n\n${markdown}\n`) });

describe('HTML in Markdown', () => {
  test('allowed: the short list of inline elements, and HTML inside code', () => {
    expectClean(
      withText(
        'Нажми <kbd>Ctrl</kbd> + <kbd>V</kbd>, H<sub>2</sub>O, <mark>важно</mark>, <a href="https://sferum.ru" title="Сферум">сайт</a>.\n\n`<script>` и\n\n```\n<script>alert(1)</script>\n```',
      ),
    );
  });

  test('a <script> is an error at its place', () => {
    const dir = withText('Текст <script>alert(1)</script> дальше.');
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '<script>'),
      field: '',
      message: /^<script>: программа — на сайте такое не публикуется и будет удалено; уберите это из текста$/,
    });
  });

  test('an event attribute is an error, on a kept element too', () => {
    const dir = withText('Нажми <b onclick="steal()">Войти</b>.\n\n<img src="x" onerror="alert(1)">');
    expectExactly(
      dir,
      {
        file,
        ...positionOf(dir, file, '<b onclick'),
        field: '',
        message: /^у тега <b> атрибут onclick запускает программу \(обработчик событий или адрес javascript:\) — /,
      },
      { file, ...positionOf(dir, file, '<img'), field: '', message: /^<img>: обработчик событий \(onerror\) — / },
    );
  });

  test('javascript: in a Markdown link and in an HTML link (with a tab inside the scheme)', () => {
    const dir = withText('[Войти](javascript:alert(1)) и <a href="java&#x09;script:alert(2)">тут</a>');
    expectExactly(
      dir,
      {
        file,
        ...positionOf(dir, file, '[Войти]'),
        field: '',
        message:
          /^адрес «javascript:alert\(1\)» не откроется: можно только http, https, mailto, tel или путь к файлу — ссылка на javascript: запускает программу/,
      },
      { file, ...positionOf(dir, file, '<a href'), field: '', message: /^у тега <a> атрибут href запускает программу/ },
    );
  });

  test('<svg onload>, <iframe srcdoc> and <details ontoggle>: one error each, nothing inside reported twice', () => {
    const dir = withText(
      '<svg onload="alert(1)"><script>alert(2)</script></svg>\n\n<iframe srcdoc="<script>alert(3)</script>"></iframe>\n\n<details ontoggle="alert(4)" open><summary>Ещё</summary>текст</details>',
    );
    const problems = problemsOf(dir).filter((problem) => problem.file === file);
    expect(
      problems.map((problem) => `${problem.severity} ${problem.line}:${problem.column} ${problem.message.split(' — ')[0]}`),
      describeProblems(problems),
    ).toEqual([
      `error ${positionOf(dir, file, '<svg').line}:1 <svg>: обработчик событий (onload)`,
      `error ${positionOf(dir, file, '<iframe').line}:1 <iframe>: <iframe> встраивает чужую страницу или программу`,
      `error ${positionOf(dir, file, '<details').line}:1 <details>: обработчик событий (ontoggle)`,
      `warning ${positionOf(dir, file, '<summary>').line}:${positionOf(dir, file, '<summary>').column} HTML-тег <summary> на сайте не показывается (остаётся только его текст)`,
    ]);
  });

  test('other HTML is a warning naming what may be used instead', () => {
    const dir = withText('<div align="center">Текст</div>\n\nКрасный <span style="color:red">текст</span>.');
    expectExactly(
      dir,
      {
        file,
        ...positionOf(dir, file, '<div'),
        field: '',
        severity: 'warning',
        message: /^HTML-тег <div> на сайте не показывается \(остаётся только его текст\) — уберите тег; можно: <a> <abbr> <b> /,
      },
      {
        file,
        ...positionOf(dir, file, '<span'),
        field: '',
        severity: 'warning',
        message: /^у тега <span> атрибут style на сайте не сохраняется — уберите его/,
      },
    );
  });

  test('the same rules in an .mdx file (lowercase tags are HTML there)', () => {
    const mdx = 'guides/extra.mdx';
    const dir = contentCopy({
      [mdx]:
        '---\ntitle: Как открыть урок\nplatform: sferum\naudience: pupils\ndevice: any\ntopic: lesson\ngrades: [1, 9]\nminutes: 5\norder: 3\n---\n\n1. Нажми <b onclick="x()">Войти</b>.\n2. <iframe src="https://example.org" />\n',
    });
    expectExactly(
      dir,
      { file: mdx, line: 12, column: 10, field: '', message: /^у тега <b> атрибут onclick запускает программу/ },
      { file: mdx, line: 13, column: 4, field: '', message: /^<iframe>: <iframe> встраивает чужую страницу или программу/ },
    );
  });
});

describe('addresses other than http(s), mailto, tel and paths', () => {
  test('a link the build leaves without its address is a warning', () => {
    const dir = withText('[Архив](ftp://school.example/archive)');
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '[Архив]'),
      field: '',
      severity: 'warning',
      message:
        /^адрес «ftp:\/\/school\.example\/archive» не откроется: можно только http, https, mailto, tel или путь к файлу — на сайте ссылка останется без адреса, исправьте его$/,
    });
  });
});
