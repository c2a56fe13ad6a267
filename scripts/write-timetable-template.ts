/**
 * `npm run template`: writes the spreadsheet template of the timetable import —
 * templates/raspisanie.csv and templates/raspisanie.xlsx, the same header and example rows — so the
 * files the editors' guide links to always match what `npm run import` reads (tests import both).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATE_HEADER } from '../src/import/table.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Example rows: a plain lesson, a link, split groups, a joint lesson of two classes, A/B weeks, two teachers. */
export const TEMPLATE_ROWS: string[][] = [
  ['5А', 'Понедельник', '1', 'Русский язык', 'Иванова М.П.', '', 'https://sferum.ru/?call_link=Primer1', ''],
  ['5А', 'Понедельник', '2', 'Математика', 'Петров И.В.', '', '', ''],
  ['5А', 'Вторник', '1', 'Английский язык', 'Орлов С.П.', '1 группа', '', ''],
  ['5А', 'Вторник', '1', 'Английский язык', 'Гусева А.Н.', '2 группа', '', ''],
  ['10А, 10Б', 'Среда', '5', 'Физическая культура', 'Гусев П.А.', '', '', ''],
  ['10А', 'Четверг', '3', 'Астрономия', 'Орлов С.П.', '', '', 'А'],
  ['10А', 'Четверг', '3', 'Черчение', 'Орлов С.П.', '', '', 'Б'],
  ['10Б', 'Пятница', '2', 'Информатика', 'Орлов С.П., Петров И.В.', '', '', ''],
];

const csvCell = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export async function writeTemplates(dir = resolve(ROOT, 'templates')): Promise<void> {
  const rows = [[...TEMPLATE_HEADER], ...TEMPLATE_ROWS];
  // Semicolons and a BOM: what Russian Excel opens correctly with a double click.
  writeFileSync(resolve(dir, 'raspisanie.csv'), `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Расписание');
  sheet.addRows(rows.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 2 ? Number(cell) : cell)))));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = [10, 14, 7, 24, 26, 12, 40, 9][i] ?? 12;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // A fixed date, so the file is the same on every run (exceljs would stamp the current time).
  workbook.created = workbook.modified = new Date('2026-11-01T00:00:00Z');
  await workbook.xlsx.writeFile(resolve(dir, 'raspisanie.xlsx'));
}

if (import.meta.main) {
  await writeTemplates();
  console.log('Шаблон расписания записан: templates/raspisanie.csv, templates/raspisanie.xlsx');
}
