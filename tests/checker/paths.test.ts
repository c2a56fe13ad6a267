/**
 * Paths: every picture, in every Markdown form, must be a file inside the content folder with
 * shortcuts (symlinks) followed; shortcuts leading out are errors wherever they are; file names are
 * latin lowercase with hyphens, and the checker suggests the name.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, fixtureText, positionOf, removeContentCopies, replace } from '../helpers/content-fixture.ts';
import { describeProblems, expectClean, expectExactly, problemsOf } from './support.ts';

afterAll(removeContentCopies);

const file = 'guides/sferum-vhod.md';
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
const withText = (markdown: string, files: Record<string, string> = {}) =>
  contentCopy({ ...files, [file]: replace('Это нужно сделать один раз.\n', `Это нужно сделать один раз.\n\n${markdown}\n`) });
/** A folder outside every content copy, holding a «secret» the site must never publish. */
const outside = mkdtempSync(join(tmpdir(), 'school-outside-'));
writeFileSync(join(outside, 'secret.svg'), PICTURE);
writeFileSync(join(outside, 'secret.yaml'), fixtureText('staff/petrov-i-v.yaml'));
mkdirSync(join(outside, 'staff'));
writeFileSync(join(outside, 'staff', 'petrov-i-v.yaml'), fixtureText('staff/petrov-i-v.yaml'));

describe('pictures in every Markdown form', () => {
  test('a reference-style picture out of the content folder', () => {
    const dir = withText('![Логотип][logo]\n\n[logo]: ../../secret.svg', { '../secret.svg': PICTURE });
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '![Логотип]'),
      field: '',
      message: /^путь к картинке «\.\.\/\.\.\/secret\.svg» ведёт за пределы папки с содержимым — /,
    });
  });

  test('a reference-style picture whose file is missing, and one from another site', () => {
    const dir = withText('![Кнопка][k] и ![Схема][s]\n\n[k]: images/net-takogo.png\n[s]: https://cdn.example.org/s.png');
    expectExactly(
      dir,
      { file, ...positionOf(dir, file, '![Кнопка]'), field: '', message: /^картинки «images\/net-takogo\.png» нет — / },
      {
        file,
        ...positionOf(dir, file, '![Схема]'),
        field: '',
        message: /^картинка с другого сайта \(https:\/\/cdn\.example\.org\/s\.png\) — /,
      },
    );
  });

  test('a picture that is a shortcut to a file outside', () => {
    const dir = withText('![Кнопка](images/vhod.svg)');
    mkdirSync(join(dir, 'guides', 'images'), { recursive: true });
    symlinkSync(join(outside, 'secret.svg'), join(dir, 'guides', 'images', 'vhod.svg'));
    expectExactly(
      dir,
      {
        file,
        ...positionOf(dir, file, '![Кнопка]'),
        field: '',
        message: /^картинка «images\/vhod\.svg» — ярлык \(символическая ссылка\) на файл или папку вне папки с содержимым — /,
      },
      { file: 'guides/images/vhod.svg', line: 1, column: 1, field: '', message: /^«guides\/images\/vhod\.svg» — ярлык / },
    );
  });

  test('a raw <img> from another site is reported; the build drops it', () => {
    const dir = withText('<img src="https://cdn.example.org/a.png" alt="x">');
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '<img'),
      field: '',
      severity: 'warning',
      message: /^HTML-тег <img> на сайте не показывается — картинку вставляйте разметкой Markdown/,
    });
  });

  test('«%» in a picture name does not crash the checker: the name is reported with a suggestion', () => {
    const dir = withText('![Скидка](images/skidka-50%.svg)', { 'guides/images/skidka-50%.svg': PICTURE });
    expectExactly(dir, {
      file: 'guides/images/skidka-50%.svg',
      line: 1,
      column: 1,
      field: '',
      message:
        /^файл «skidka-50%\.svg»: в имени можно только латинские строчные буквы, цифры и дефис \(имя попадает в адрес страницы\) — переименуйте в «skidka-50\.svg» и исправьте ссылки на него$/,
    });
  });
});

describe('shortcuts (symlinks) out of the content folder', () => {
  test('a YAML file and a folder that are shortcuts are not read', () => {
    const dir = contentCopy({ 'staff/petrov-i-v.yaml': null });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'staff', 'petrov-i-v.yaml'));
    symlinkSync(join(outside, 'staff'), join(dir, 'arhiv'));
    const problems = problemsOf(dir).filter((problem) => /ярлык/.test(problem.message));
    expect(
      problems.map((problem) => `${problem.file}:${problem.line}`),
      describeProblems(problems),
    ).toEqual(['arhiv:1', 'staff/petrov-i-v.yaml:1']);
  });
});

describe('file names', () => {
  test('Cyrillic, spaces and capitals: the transliterated name is suggested', () => {
    const dir = contentCopy({ 'guides/Моя инструкция.md': fixtureText(file), [file]: null, 'guides/images/Vhod_1.PNG': 'x' });
    const problems = problemsOf(dir).filter((problem) => problem.message.includes('в имени можно только'));
    expect(
      problems.map((problem) => `${problem.file}: ${problem.message.split(' — ')[1]}`),
      describeProblems(problems),
    ).toEqual([
      'guides/images/Vhod_1.PNG: переименуйте в «vhod-1.png» и исправьте ссылки на него',
      'guides/Моя инструкция.md: переименуйте в «moya-instruktsiya.md» и исправьте ссылки на него',
    ]);
  });

  test('allowed: the fixture names, README.md, hidden and «_» files', () => {
    expectClean(contentCopy({ 'README.md': '# Заметки\n', '.Trash': 'x', 'faq/_Chernovik.md': 'x' }));
  });
});
