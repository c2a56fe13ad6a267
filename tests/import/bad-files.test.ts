/**
 * Files that are not timetables, or are broken: each gets its Russian message (with the line where
 * the file has one), and the content folder stays exactly as it was — through the command too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runImport } from '../../scripts/import.ts';
import { importTimetable } from '../../src/import/index.ts';
import { ImportError } from '../../src/import/model.ts';
import { removeContentCopies } from '../helpers/content-fixture.ts';
import { filesOf, schoolToImportInto } from './support.ts';

afterAll(removeContentCopies);

const BAD: [string, string | Uint8Array, RegExp, number | undefined][] = [
  [
    'broken XML',
    '<?xml version="1.0"?>\n<timetable>\n  <cards>\n    <card lessonid="L1" period="1">\n  </cards>\n</timetable>\n',
    /^XML-файл повреждён \(строка 4, столбец \d+\): .+ — выгрузите расписание из программы заново/,
    4,
  ],
  [
    'XML that is not aSc',
    '<?xml version="1.0"?>\n<rss><channel/></rss>\n',
    /^это XML-файл, но не выгрузка aSc Timetables \(корневой элемент <rss>/,
    undefined,
  ],
  [
    'a FET project instead of its export',
    '<?xml version="1.0"?>\n<fet version="6.9.0"><Activities_List/></fet>\n',
    /^это файл проекта FET \(\.fet\), а не выгрузка расписания/,
    undefined,
  ],
  [
    'a CSV that is not a timetable',
    'Фамилия;Имя;Телефон\nИванова;Мария;123\n',
    /^это не расписание: первая строка файла CSV — «Фамилия, Имя, Телефон», а нужны названия столбцов шаблона \(Класс, День, Урок/,
    1,
  ],
  [
    'an unknown column in the template',
    'Класс;День;Урок;Предмет;Учитель;Кабинет\n5А;Пн;1;Математика;Петров И.В.;12\n',
    /^неизвестный столбец «Кабинет» \(строка 1, столбец 6\) — допустимые столбцы: Класс, День, Урок, Предмет, Учитель, Группа, Ссылка, Неделя/,
    1,
  ],
  [
    'a required column missing',
    'Класс;День;Предмет;Учитель\n5А;Пн;Математика;Петров И.В.\n',
    /^нет обязательных столбцов: Урок \(строка 1\)/,
    1,
  ],
  [
    'a broken quote in a CSV',
    'Класс;День;Урок;Предмет;Учитель\n5А;Пн;1;"Математика;Петров И.В.\n5Б;Вт;2;Физика;Орлов\n',
    /^CSV-файл не читается \(строка 2\): непарная кавычка/,
    2,
  ],
  ['an empty file', '', /^файл пуст$/, undefined],
  [
    'an old .xls',
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    /^это файл старого формата Excel \(\.xls\)/,
    undefined,
  ],
  [
    'a broken .xlsx',
    Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
    /^файл Excel не читается — он повреждён или это не \.xlsx/,
    undefined,
  ],
  [
    'a picture',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    /^это не текстовый файл и не таблица Excel/,
    undefined,
  ],
  [
    'a template with no lesson in it',
    'Класс;День;Урок;Предмет;Учитель\nКружок;Пн;1;Робототехника;Орлов\n',
    /^в файле не нашлось ни одного урока \(строка 2: «Кружок» — не класс/,
    undefined,
  ],
];

describe('bad files: a Russian message, nothing written', () => {
  test.each(BAD)('%s', async (_name, content, message, line) => {
    const dir = schoolToImportInto();
    const file = join(dir, '..', 'input');
    writeFileSync(file, content);
    const before = filesOf(dir);
    const error = await importTimetable(file, dir).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(message);
    expect((error as ImportError).line).toBe(line);
    expect(filesOf(dir)).toEqual(before);
  });

  test('the command prints the message, says the folder is unchanged, and exits with 1', async () => {
    const dir = schoolToImportInto();
    const file = join(dir, '..', 'bad.csv');
    writeFileSync(file, 'Класс;День;Урок;Предмет;Учитель;Кабинет\n');
    const lines: string[] = [];
    const code = await runImport(['timetable', file, '--content', dir], (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines.join('\n')).toBe(
      `Расписание не загружено: неизвестный столбец «Кабинет» (строка 1, столбец 6) — допустимые столбцы: Класс, День, Урок, Предмет, Учитель, Группа, Ссылка, Неделя; переименуйте или удалите его.\nПапка ${dir} не изменилась.`,
    );
  });

  test('a missing file, a wrong subcommand and a bad --term', async () => {
    const print = (lines: string[]) => (line: string) => lines.push(line);
    const missing: string[] = [];
    expect(await runImport(['timetable', '/nonexistent/x.xml', '--content', '/tmp'], print(missing))).toBe(1);
    expect(missing.join('\n')).toMatch(
      /^Расписание не загружено: файл «\/nonexistent\/x\.xml» не найден или не читается — проверьте путь\./,
    );
    const wrong: string[] = [];
    expect(await runImport(['staff', 'x.csv'], print(wrong))).toBe(1);
    expect(wrong.join('\n')).toMatch(
      /^Ошибка: неизвестно, что загружать: «staff» — сейчас можно загрузить только timetable\.\nКак запускать: npm run import -- timetable ФАЙЛ/,
    );
    const term: string[] = [];
    expect(await runImport(['timetable', 'x.xml', '--term', 'первая'], print(term))).toBe(1);
    expect(term.join('\n')).toMatch(/^Ошибка: --term — номер четверти или триместра/);
  });
});
