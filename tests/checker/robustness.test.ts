/**
 * Whatever an editor saves into the content folder — empty, binary, in the wrong encoding, with tabs,
 * broken YAML, no frontmatter, a misspelt file name — becomes a located Russian problem, never a crash.
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { contentCopy, fixtureText, positionOf, removeContentCopies, replace, windows1251, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly, problemsOf } from './support.ts';

afterAll(removeContentCopies);

describe('files that are not readable text', () => {
  test('an empty file', () => {
    const dir = withFile('contacts.yaml', '');
    expectExactly(dir, {
      file: 'contacts.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^файл пуст — заполните его по образцу или удалите$/,
    });
  });

  test('a file of spaces and blank lines', () => {
    const dir = withFile('staff/petrov-i-v.yaml', '  \n\n\t\n');
    expectExactly(dir, { file: 'staff/petrov-i-v.yaml', line: 1, column: 1, field: '', message: /^файл пуст — / });
  });

  test('binary junk (a picture saved as .yaml)', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = withFile('staff/petrov-i-v.yaml', png);
    // The staff member is referenced from five files; only the broken file itself is reported.
    expectExactly(dir, {
      file: 'staff/petrov-i-v.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^это не текстовый файл \(похоже на картинку или документ\) — /,
    });
  });

  test('a Word document saved into the faq folder as .md', () => {
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]);
    const dir = withFile('faq/ocenki.md', docx);
    expectExactly(dir, { file: 'faq/ocenki.md', line: 1, column: 1, field: '', message: /^это не текстовый файл/ });
  });

  test('a file saved in Windows-1251', () => {
    const dir = withFile('school.yaml', windows1251(fixtureText('school.yaml')));
    expectExactly(dir, {
      file: 'school.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^файл сохранён не в кодировке UTF-8 \(вероятно, Windows-1251\) — откройте его в редакторе и сохраните как «UTF-8»$/,
    });
  });

  test('a Markdown file saved in Windows-1251', () => {
    const dir = withFile('pages/devices.md', windows1251(fixtureText('pages/devices.md')));
    expectExactly(dir, { file: 'pages/devices.md', line: 1, column: 1, field: '', message: /Windows-1251/ });
  });

  test('a file saved as UTF-16 («Юникод» in Notepad) is not called binary', () => {
    const text = fixtureText('faq/ocenki.md');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const dir = withFile('faq/ocenki.md', bytes);
    expectExactly(dir, { file: 'faq/ocenki.md', line: 1, column: 1, field: '', message: /^файл сохранён в кодировке UTF-16 .* — .*UTF-8/ });
  });

  test('allowed: a UTF-8 byte-order mark and Windows line endings', () => {
    expectClean(
      contentCopy({
        'school.yaml': (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
        'guides/sferum-vhod.md': (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
      }),
    );
  });

  test('a folder named like a data file', () => {
    const dir = contentCopy();
    mkdirSync(join(dir, 'staff', 'sidorova-a-a.yaml'));
    expectExactly(dir, { file: 'staff/sidorova-a-a.yaml', line: 1, column: 1, field: '', message: /^файл не удаётся прочитать .* — / });
  });

  test('a shortcut to a deleted file', () => {
    const dir = contentCopy();
    symlinkSync(join(dir, 'no-such-file.md'), join(dir, 'pages', 'lost.md'));
    expectExactly(dir, { file: 'pages/lost.md', line: 1, column: 1, field: '', message: /^файл не удаётся прочитать .* — / });
  });

  test('a content folder that does not exist', () => {
    const { problems } = checkContent(join(contentCopy(), 'nope'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^папка с содержимым не найдена — /);
  });
});

describe('broken YAML', () => {
  test('a tab in the indentation', () => {
    const file = 'platforms/moya-shkola.yaml';
    const dir = withFile(file, replace('primary: false', 'support:\n\tphone: "112"\nprimary: false'));
    const problems = problemsOf(dir);
    expect(problems[0]).toEqual({
      severity: 'error',
      file,
      ...positionOf(dir, file, '\tphone'),
      field: '',
      message: 'в отступе стоит табуляция — в YAML отступы делаются только пробелами (по два на уровень)',
    });
    // Nothing outside the broken file: moya-shkola is referenced from a guide, a staff file and a lesson.
    expect(problems.filter((problem) => problem.file !== file)).toEqual([]);
  });

  test('a tab in a Markdown frontmatter is placed on the right line of the .md file', () => {
    const file = 'faq/ocenki.md';
    const dir = withFile(file, replace('order: 1', 'order:\n\t1'));
    const problems = problemsOf(dir);
    expect(problems[0]).toMatchObject({ file, line: 5, column: 1, message: expect.stringMatching(/^в отступе стоит табуляция/) });
  });

  test('an unclosed quote is placed at the opening quote, not at the end of the file', () => {
    const file = 'contacts.yaml';
    const dir = withFile(file, replace('- "8 (38451) 4-12-35"', '- "8 (38451) 4-12-35'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '"8 (38451)'),
      field: '',
      message: /^кавычка открыта, но не закрыта — закройте её в конце значения$/,
    });
  });

  test('an unclosed bracket is placed at the opening bracket', () => {
    const file = 'staff/ivanova-m-p.yaml';
    const dir = withFile(file, replace('subjects: [Русский язык, Литература]', 'subjects: [Русский язык, Литература'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '[Русский'),
      field: '',
      message: /^скобка \[ или \{ не закрыта или между элементами нет запятой — /,
    });
  });

  test('an unclosed bracket in a frontmatter is placed on the line of the .md file', () => {
    const file = 'guides/sferum-vhod.md';
    const dir = withFile(file, replace('grades: [1, 9]', 'grades: [1, 9'));
    expectExactly(dir, { file, line: 7, column: 9, field: '', message: /^скобка \[ или \{ не закрыта/ });
  });

  test('a handle starting with @ without quotes asks for quotes', () => {
    const file = 'staff/ivanova-m-p.yaml';
    const dir = withFile(file, replace('handle: "@ivanova_mp"', 'handle: @ivanova_mp'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '@ivanova_mp'),
      field: '',
      message: /^значение начинается со знака, который в YAML нельзя ставить первым .* — возьмите значение в кавычки/,
    });
  });

  test('a backslash in double quotes is not called an unclosed quote', () => {
    const file = 'documents.yaml';
    const dir = withFile(file, replace('number: "57-о"', 'number: "57\\о"'));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line: positionOf(dir, file, 'number').line, field: '' });
    expect(problems[0]!.message).toMatch(/^в тексте в двойных кавычках стоит «\\» — /);
  });

  test('a stray `---` line in a YAML file', () => {
    const file = 'roadmap.yaml';
    const dir = withFile(
      file,
      (text) => `${text}---
- id: "3"
  title: Ещё пункт
  deadline: декабрь 2026
  status: planned
`,
    );
    expectExactly(dir, { file, ...positionOf(dir, file, '---'), field: '', message: /^в файле лишняя строка «---» — / });
  });

  test('a colon and a space inside an unquoted value ask for quotes', () => {
    const file = 'documents.yaml';
    const dir = withFile(file, replace('title: О временном переходе', 'title: Приказ: о временном переходе'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'Приказ:'),
      field: '',
      message: /^в значении есть двоеточие с пробелом — возьмите всё значение в кавычки/,
    });
  });

  test('allowed: the same title in quotes', () => {
    expectClean(withFile('documents.yaml', (text) => text.replace(/title: (.*)/, 'title: "Приказ: $1"')));
  });

  test('a line with no colon after the field name', () => {
    const file = 'documents.yaml';
    const dir = withFile(file, replace('  kind: order\n', '  kind order\n  x: 1\n'));
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(
      problems.every((problem) => problem.file === file && problem.line >= 3 && problem.line <= 4),
      problems.map((p) => `${p.line} ${p.message}`).join('\n'),
    ).toBe(true);
  });

  test('a key written twice', () => {
    const dir = withFile('school.yaml', (text) => `${text}name: Ещё одно имя\n`);
    expectExactly(dir, {
      file: 'school.yaml',
      ...positionOf(dir, 'school.yaml', 'name: Ещё'),
      field: '',
      message: /^поле указано дважды — оставьте одно из них$/,
    });
  });

  test('an alias bomb («billion laughs») is refused, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [previous, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    const dir = withFile('school.yaml', `${levels.join('\n')}\n`);
    expectExactly(dir, { file: 'school.yaml', line: 1, column: 1, field: '', message: /^в файле слишком много ссылок-псевдонимов .* — / });
  });

  test('a file of comments only', () => {
    expectExactly(withFile('school.yaml', '# заполню завтра\n'), {
      file: 'school.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^ожидался набор полей «имя: значение», а указано: пустое значение — /,
    });
    expectExactly(withFile('roadmap.yaml', '# заполню завтра\n'), {
      file: 'roadmap.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^файл должен быть списком/,
    });
  });

  test('plain text instead of fields', () => {
    const dir = withFile('staff/petrov-i-v.yaml', 'Петров Игорь Васильевич, учитель математики\n');
    expectExactly(dir, {
      file: 'staff/petrov-i-v.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^ожидался набор полей «имя: значение», а указано: текст — /,
    });
  });
});

describe('Markdown files', () => {
  test('no frontmatter', () => {
    const dir = withFile('faq/ocenki.md', 'Да, оценки ставят, как обычно.\n');
    expectExactly(dir, {
      file: 'faq/ocenki.md',
      line: 1,
      column: 1,
      field: '',
      message: /^в начале файла нет блока полей между строками «---» — начните файл со строки «---»/,
    });
  });

  test('a frontmatter that is never closed', () => {
    const dir = withFile('pages/devices.md', (text) => text.replace(/^---\n([\s\S]*?)\n---\n/, '---\n$1\n'));
    expectExactly(dir, { file: 'pages/devices.md', line: 1, column: 1, field: '', message: /^в начале файла нет блока полей/ });
  });

  test('an empty frontmatter', () => {
    const dir = withFile('faq/ocenki.md', '---\n\n---\n\nОтвет.\n');
    expectExactly(dir, { file: 'faq/ocenki.md', line: 1, column: 1, field: '', message: /^блок полей между строками «---» пуст — / });
  });

  test('a guide without numbered steps', () => {
    const file = 'guides/domashnee-zadanie.md';
    const dir = withFile(file, (text) => text.replace(/^\d\. /gm, '- '));
    expectExactly(dir, {
      file,
      line: 11,
      column: 1,
      field: '',
      message: /^в инструкции нет нумерованных шагов — запишите шаги списком «1\. …», «2\. …», по одному действию в шаге$/,
    });
  });

  test('a numbered list inside a code block is not a list of steps', () => {
    const file = 'guides/domashnee-zadanie.md';
    const dir = withFile(file, (text) => text.replace(/^\d\. (.*)$/gm, '- $1').replace('---\n\n', '---\n\n```\n1. пример\n```\n\n'));
    expectExactly(dir, { file, line: 11, column: 1, field: '', message: /^в инструкции нет нумерованных шагов — / });
  });

  test('allowed: steps written «1)»', () => {
    expectClean(withFile('guides/domashnee-zadanie.md', (text) => text.replace(/^(\d)\. /gm, '$1) ')));
  });
});

describe('MDX bodies', () => {
  const GUIDE = 'guides/extra.mdx';
  const frontmatter =
    '---\ntitle: Как открыть урок\nplatform: sferum\naudience: pupils\ndevice: any\ntopic: lesson\ngrades: [1, 9]\nminutes: 5\norder: 3\n---\n\n';

  test('an unclosed tag (it would stop the Astro build) is an error on its line', () => {
    const dir = contentCopy({ [GUIDE]: `${frontmatter}1. Открой «Сферум».\n2. Нажми <b>Войти.\n` });
    expectExactly(dir, { file: GUIDE, line: 13, column: 4, field: '', message: /^тег <b> не закрыт — закройте его/ });
  });

  test('an HTML comment and an autolink in angle brackets', () => {
    const dir = contentCopy({
      [GUIDE]: `${frontmatter}1. Открой «Сферум».\n\n<!-- черновик -->\n`,
      'pages/kak-uchimsya.mdx': '---\ntitle: Как мы учимся\norder: 2\nnav: false\n---\n\nСайт: <https://sferum.ru>\n',
    });
    expectExactly(
      dir,
      { file: GUIDE, line: 14, column: 2, field: '', message: /^комментарий <!-- … --> в MDX не работает — / },
      {
        file: 'pages/kak-uchimsya.mdx',
        line: 7,
        column: 14,
        field: '',
        message: /^ссылку в угловых скобках <https:\/\/…> MDX не понимает — /,
      },
    );
  });

  test('text in curly braces', () => {
    const dir = contentCopy({ [GUIDE]: `${frontmatter}1. Нажми {Войти через Госуслуги}.\n` });
    expectExactly(dir, { file: GUIDE, line: 12, column: 16, field: '', message: /^в фигурных скобках \{ \} MDX ждёт код, а там текст — / });
  });

  test('allowed: the same text in a .md file', () => {
    expectClean(contentCopy({ 'guides/extra.md': `${frontmatter}1. Нажми <b>Войти.\n2. {Госуслуги}\n\n<!-- черновик -->\n` }));
  });
});

describe('files the content model does not know', () => {
  test('`contact.yaml` suggests `contacts.yaml`', () => {
    const dir = contentCopy({ 'contact.yaml': fixtureText('contacts.yaml') });
    expectExactly(dir, {
      file: 'contact.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^файл не относится ни к одному разделу сайта — возможно, имелось в виду «contacts\.yaml»$/,
    });
  });

  test('a `.yml` file asks for `.yaml`', () => {
    const dir = contentCopy({ 'staff/sidorova-a-a.yml': fixtureText('staff/ivanova-m-p.yaml') });
    expectExactly(dir, {
      file: 'staff/sidorova-a-a.yml',
      line: 1,
      column: 1,
      field: '',
      message: /^файл не относится ни к одному разделу сайта — переименуйте файл: расширение должно быть \.yaml$/,
    });
  });

  test('a `.txt` note in a known folder names the allowed extensions', () => {
    const dir = contentCopy({ 'faq/chernovik.txt': 'черновик' });
    expectExactly(dir, {
      file: 'faq/chernovik.txt',
      line: 1,
      column: 1,
      field: '',
      message: /^файл не относится ни к одному разделу сайта — у файла неподходящее расширение/,
    });
  });

  test('a misspelt folder suggests the right one', () => {
    const dir = contentCopy({ 'gudes/zoom.md': fixtureText('guides/sferum-vhod.md') });
    expectExactly(dir, { file: 'gudes/zoom.md', line: 1, column: 1, field: '', message: /возможно, имелось в виду «guides\/»/ });
  });

  test('allowed: pictures next to guides, README.md, hidden and `_` files', () => {
    expectClean(
      contentCopy({
        // A real picture: a file that only starts like a PNG is a broken picture (tests/checker/picture-files.test.ts).
        'guides/sferum-vhod-1.png': readFileSync(
          join(import.meta.dirname, '..', '..', 'content', 'guides', 'images', 'domashnee-zadanie-prikrepit.png'),
        ),
        'README.md': '# Как редактировать\n',
        '.DS_Store': Uint8Array.from([0, 0, 0, 1]),
        'faq/_chernovik.md': 'без полей',
      }),
    );
  });

  test('a required section missing altogether', () => {
    const dir = contentCopy({ 'timetable/bells.yaml': null });
    expectExactly(dir, {
      file: 'timetable/bells.yaml',
      line: 0,
      column: 0,
      field: '',
      message: /^нет обязательного раздела «расписание звонков» — создайте файл timetable\/bells\.yaml по образцу$/,
    });
  });
});

describe('YAML the parser could choke on', () => {
  test('brackets nested ten thousand deep: a Russian error, not a stack overflow', () => {
    const dir = withFile('school.yaml', (text) => `${text}extra: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    const problems = problemsOf(dir);
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^school\\.yaml:${positionOf(dir, 'school.yaml', 'extra').line} вложенность слишком глубокая — `)),
    ]);
  });

  test('a map of 50,000 keys is read in linear time, and a repeated key is still found', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const dir = withFile('school.yaml', (text) => `${text}extra:\n${keys.replace(/^/gm, '  ')}\n  k7: again\n`);
    expectExactly(dir, {
      file: 'school.yaml',
      ...positionOf(dir, 'school.yaml', 'k7: again'),
      field: '',
      message: /^поле указано дважды — оставьте одно из них$/,
    });
  });
});
