/**
 * The checker parses a .md text only when it holds something its rules look at (a picture, a link,
 * HTML): skipping a text must never hide a problem the full parse would find.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyProblems, needsParse } from '../../src/checker/rules/markdown-bodies.ts';
import { readFileEntry } from '../../src/content-model/read-collection.ts';
import { MINIMAL_SCHOOL } from '../helpers/content-fixture.ts';
import { describeProblems } from './support.ts';

const entry = (body: string, file = 'faq/vopros.md') => ({
  file,
  source: { data: {}, locate: () => ({ line: 1, column: 1 }), body, bodyLine: 5 },
});

describe('which texts the Markdown rules parse', () => {
  test.each([
    ['a picture', 'Смотрите: ![Экран входа](images/net-takogo.png)'],
    ['a link with a script address', 'Нажмите [сюда](javascript:alert(1)).'],
    ['a reference link whose definition has a script address', 'Нажмите [сюда][вход].\n\n[вход]: javascript:alert(1)'],
    ['HTML', 'Текст <script>alert(1)</script> дальше.'],
    ['a web address typed in capitals', 'Сайт: HTTP://school.ru/'],
  ])('parsed: %s, and the rules report it', (_what, text) => {
    expect(needsParse(entry(text))).toBe(true);
    expect(bodyProblems(MINIMAL_SCHOOL, entry(text)).length, describeProblems(bodyProblems(MINIMAL_SCHOOL, entry(text)))).toBeGreaterThan(
      0,
    );
  });

  test.each([
    ['plain text', 'Откройте приложение и нажмите «Войти».\n\n- шаг один\n- шаг два\n\n| а | б |\n|---|---|\n| 1 | 2 |'],
    [
      'bare addresses GFM links and the site keeps',
      'Сайт https://school.ru, www.school.ru, почта uchitel@school.ru, mailto:direktor@school.ru и xmpp:uchitel@school.ru',
    ],
  ])('skipped: %s, where the full parse finds nothing either', (_what, text) => {
    expect(needsParse(entry(text))).toBe(false);
    expect(bodyProblems(MINIMAL_SCHOOL, entry(text))).toEqual([]);
  });

  test('an .mdx text is always parsed: it may not parse at all', () => {
    expect(needsParse(entry('Просто текст.', 'guides/vhod.mdx'))).toBe(true);
    expect(bodyProblems(MINIMAL_SCHOOL, entry('Текст {не код}', 'guides/vhod.mdx'))).toHaveLength(1);
  });

  test('every skipped text of the sample and the test school has no problem when parsed', () => {
    const schools = [{ dir: 'content' }, { dir: MINIMAL_SCHOOL }];
    let skipped = 0;
    for (const { dir } of schools) {
      for (const folder of ['guides', 'faq', 'pages', 'announcements']) {
        const files = readdirSync(join(dir, folder), { withFileTypes: true }).filter((file) => file.isFile() && /\.mdx?$/.test(file.name));
        for (const file of files) {
          const read = readFileEntry(dir, `${folder}/${file.name}`, true).entry!;
          if (needsParse(read)) continue;
          skipped++;
          expect(bodyProblems(dir, read), read.file).toEqual([]);
        }
      }
    }
    expect(skipped).toBeGreaterThan(0);
  });
});
