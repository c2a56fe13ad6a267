/**
 * Pictures in guides, answers and pages: the file must exist in the content folder, come from no other
 * site, and say what it shows — each error on the picture's own line and column, in Russian.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies, replace } from '../helpers/content-fixture.ts';
import { expectExactly, problemsOf } from './support.ts';

afterAll(removeContentCopies);

const file = 'guides/sferum-vhod.md';
/** A tiny valid SVG, as an editor would save next to the guide. */
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
const withPicture = (markdown: string, files: Record<string, string> = { 'guides/images/vhod.svg': PICTURE }) =>
  contentCopy({
    ...files,
    [file]: replace('2. Открой его и нажми **Войти**.\n', `2. Открой его и нажми **Войти**.\n\n   ${markdown}\n\n`),
  });

describe('pictures in Markdown', () => {
  test('a picture next to the text, with a description, is fine', () => {
    const dir = withPicture('![Кнопка «Войти» внизу экрана](images/vhod.svg)');
    expect(problemsOf(dir).filter((problem) => problem.file === file)).toEqual([]);
  });

  test('a missing file names the path and where it should lie', () => {
    const dir = withPicture('![Кнопка «Войти»](images/vhod.png)');
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '![Кнопка'),
      field: '',
      message:
        /^картинки «images\/vhod\.png» нет — проверьте имя файла \(большие и маленькие буквы различаются\) и что файл лежит в guides\/images\/$/,
    });
  });

  test('a picture without a description', () => {
    const dir = withPicture('![](images/vhod.svg)');
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '![]'),
      field: '',
      message: /^у картинки «images\/vhod\.svg» нет описания — напишите в квадратных скобках, что на ней видно/,
    });
  });

  test('a picture from another site', () => {
    const dir = withPicture('![Кнопка](https://cdn.example.org/vhod.png)');
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '![Кнопка'),
      field: '',
      message: /^картинка с другого сайта \(https:\/\/cdn\.example\.org\/vhod\.png\) — скачайте её в папку images рядом с текстом/,
    });
  });

  test('a path out of the content folder', () => {
    const dir = withPicture('![Логотип](../../logo.svg)', { '../logo.svg': PICTURE });
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '![Логотип'),
      field: '',
      message: /^путь к картинке «\.\.\/\.\.\/logo\.svg» ведёт за пределы папки с содержимым — положите картинку в папку images/,
    });
  });

  test('a picture inside a code block is text, not a picture', () => {
    const dir = withPicture('```\n   ![](images/nothing.png)\n   ```');
    expect(problemsOf(dir).filter((problem) => problem.file === file)).toEqual([]);
  });
});
