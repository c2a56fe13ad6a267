/**
 * FET's timetable CSV and the spreadsheet template (CSV in UTF-8 and Windows-1251, and XLSX made
 * with exceljs) into a content folder: A/B days, groups named after their class, joint lessons,
 * several teachers, times as hours, links from the sheet, and the rows skipped with their reasons.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { importTimetable } from '../../src/import/index.ts';
import { writeTemplates } from '../../scripts/write-timetable-template.ts';
import { removeContentCopies, windows1251 } from '../helpers/content-fixture.ts';
import { filesOf, fixture, readYaml, schoolToImportInto, type ClassYaml } from './support.ts';

afterAll(removeContentCopies);

describe('FET timetable CSV', () => {
  test('A/B days, groups, a joint lesson, two teachers and bells from the hours’ times', async () => {
    const dir = schoolToImportInto();
    const { report } = await importTimetable(fixture('fet-messy_timetable.csv'), dir);
    const fiveA = readYaml<ClassYaml>(dir, 'timetable/classes/5a.yaml');
    expect(fiveA.days['mon']!.map(({ period, subject, week }) => [period, subject, week])).toEqual([
      [1, 'Русский язык', 'a'],
      [1, 'Литература', 'b'],
      [2, 'Математика', 'a'],
      [2, 'Математика', 'b'],
    ]);
    expect(fiveA.days['mon']![0]).toMatchObject({ platform: 'sferum', link: 'https://sferum.ru/?call_link=Aa1Bb2Cc3' });
    expect(fiveA.days['tue']!.map(({ group, teacher }) => [group, teacher])).toEqual([
      ['гр1', 'semina-o-n'],
      ['гр2', 'fedorov-d-s'],
    ]);
    const tenB = readYaml<ClassYaml>(dir, 'timetable/classes/10b.yaml');
    expect(tenB.days['wed']).toEqual([
      { period: 3, subject: 'Физическая культура', teacher: 'gusev-p-a', week: 'a', withClasses: ['11a'], online: true },
      { period: 4, subject: 'Информатика', teacher: ['orlov-s-p', 'petrov-i-v'], week: 'a', online: true },
      { period: 4, subject: 'Информатика', teacher: 'orlov-s-p', week: 'b', online: true },
    ]);
    expect(readYaml<ClassYaml>(dir, 'timetable/classes/11a.yaml')).toMatchObject({
      class: '11A',
      days: { wed: [{ withClasses: ['10b'] }] },
    });
    expect(readFileSync(join(dir, 'timetable/bells.yaml'), 'utf8')).toContain('{ n: 4, from: "16:00", to: "16:30" }');
    expect(report).toContain('группа учащихся «Кружок»: название не похоже на класс');
    expect(report).toContain('строка 12: день «Воскресенье» не распознан');
    expect(report).toContain('строка 13: не указан предмет');
    expect(checkContent(dir).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

/** The template's rows as the hand-written CSV fixture has them. */
function templateRows(): string[][] {
  return readFileSync(fixture('table-messy.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) =>
      line.startsWith('"') ? [line.slice(1, line.indexOf('"', 1)), ...line.slice(line.indexOf('"', 1) + 2).split(';')] : line.split(';'),
    );
}

async function expectTemplateImported(dir: string, report: string) {
  const fiveA = readYaml<ClassYaml>(dir, 'timetable/classes/5a.yaml');
  expect(fiveA.days['mon']).toEqual([
    {
      period: 1,
      subject: 'Русский язык',
      teacher: 'ivanova-m-p',
      platform: 'sferum',
      link: 'https://sferum.ru/?call_link=Aa1Bb2Cc3',
      online: true,
    },
    {
      period: 2,
      subject: 'Математика',
      teacher: 'petrov-i-v',
      platform: 'sferum',
      link: 'https://sferum.ru/?call_link=Table123',
      online: true,
    },
  ]);
  expect(readYaml<ClassYaml>(dir, 'timetable/classes/1a.yaml').days['tue']!.map(({ period, week }) => [period, week])).toEqual([
    [15, 'a'],
    [15, 'b'],
  ]);
  expect(readYaml<ClassYaml>(dir, 'timetable/classes/5a-1.yaml').class).toBe('5А-1');
  expect(report).toContain('строка 11: «Кружок» — не класс');
  expect(report).toContain('строка 13: номер урока «первый» — не число');
  expect(report).toContain('строка 14: ссылка «http://insecure.example» должна начинаться с https://');
  // The template has no times: period 15 is not in the bells, and the report says so before the checker does.
  expect(report).toContain(
    'Нет времени звонков — допишите эти уроки в timetable/bells.yaml, иначе проверка не пройдёт:\n  смена 1: 15-й урок',
  );
  const errors = checkContent(dir).problems.filter((problem) => problem.severity === 'error');
  expect(errors.map((problem) => problem.message)).toEqual([
    expect.stringMatching(/^урока № 15 нет в смене 1/),
    expect.stringMatching(/^урока № 15 нет в смене 1/),
  ]);
}

describe('the spreadsheet template', () => {
  test('CSV with semicolons (as Russian Excel saves it)', async () => {
    const dir = schoolToImportInto();
    const { report } = await importTimetable(fixture('table-messy.csv'), dir);
    await expectTemplateImported(dir, report);
  });

  test('the same CSV in Windows-1251', async () => {
    const dir = schoolToImportInto();
    const file = join(dir, '..', 'cp1251.csv');
    writeFileSync(file, windows1251(readFileSync(fixture('table-messy.csv'), 'utf8')));
    const { report } = await importTimetable(file, dir);
    await expectTemplateImported(dir, report);
  });

  test('XLSX, with a hyperlink cell in «Ссылка»', async () => {
    const dir = schoolToImportInto();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Расписание');
    for (const row of templateRows()) sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    sheet.getCell('G3').value = { text: 'войти', hyperlink: 'https://sferum.ru/?call_link=Table123' };
    const file = join(dir, '..', 'timetable.xlsx');
    await workbook.xlsx.writeFile(file);
    const { report } = await importTimetable(file, dir);
    await expectTemplateImported(dir, report);
    expect(filesOf(dir)['timetable/.import.json']).toContain('timetable/classes/5a.yaml');
  });
});

describe('the template files the guide links to (templates/)', () => {
  test.each(['raspisanie.csv', 'raspisanie.xlsx'])('%s imports every example row', async (name) => {
    const dir = schoolToImportInto();
    const { plan } = await importTimetable(join(import.meta.dirname, '..', '..', 'templates', name), dir);
    expect(plan.skipped).toEqual([]);
    expect(plan.classes.map((entry) => [entry.name, entry.lessons])).toEqual([
      ['5А', 4],
      ['10А', 3],
      ['10Б', 2],
    ]);
    const tenA = readYaml<ClassYaml>(dir, 'timetable/classes/10a.yaml');
    expect(tenA.days['wed']).toEqual([
      { period: 5, subject: 'Физическая культура', teacher: 'gusev-p-a', withClasses: ['10b'], online: true },
    ]);
    expect(tenA.days['thu']!.map((lesson) => lesson.week)).toEqual(['a', 'b']);
  });

  test('the CSV is what npm run template writes today', async () => {
    const dir = schoolToImportInto();
    await writeTemplates(dir);
    expect(readFileSync(join(dir, 'raspisanie.csv'), 'utf8')).toBe(
      readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'raspisanie.csv'), 'utf8'),
    );
  });
});
