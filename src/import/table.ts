/**
 * The spreadsheet template (XLSX or CSV) for schools that keep the timetable in Excel: one row per
 * lesson, columns «Класс», «День», «Урок», «Предмет», «Учитель», «Группа», «Ссылка», and optionally
 * «Неделя» (А/Б). Several teachers or classes (a joint lesson) go into one cell separated by commas.
 * Column names may also be English (class, day, period, subject, teacher, group, link, week).
 */
import { ImportError, type ImportedLesson, type ImportedTimetable, type Skipped } from './model.ts';
import { foldText, normalizeClassName, parseDay, parseWeek, splitList } from './names.ts';
import type { Row } from './rows.ts';

type Column = 'class' | 'day' | 'period' | 'subject' | 'teacher' | 'group' | 'link' | 'week';

/** Accepted header words for each column (folded: lower case, ё → е). */
const COLUMN_NAMES: Record<Column, readonly string[]> = {
  class: ['класс', 'классы', 'class', 'classes'],
  day: ['день', 'день недели', 'day'],
  period: ['урок', 'номер урока', '№ урока', 'period', 'lesson'],
  subject: ['предмет', 'subject'],
  teacher: ['учитель', 'учителя', 'преподаватель', 'teacher', 'teachers'],
  group: ['группа', 'group'],
  link: ['ссылка', 'ссылка на урок', 'link', 'url'],
  week: ['неделя', 'week'],
};
const REQUIRED: readonly Column[] = ['class', 'day', 'period', 'subject', 'teacher'];

/** The template's header, in order, for the guide and the template files. */
export const TEMPLATE_HEADER = ['Класс', 'День', 'Урок', 'Предмет', 'Учитель', 'Группа', 'Ссылка', 'Неделя'] as const;

const columnOf = (cell: string): Column | undefined =>
  (Object.keys(COLUMN_NAMES) as Column[]).find((column) => COLUMN_NAMES[column].includes(foldText(cell).replace(/:$/, '')));

/** Whether a header row looks like the template's (at least the class and day columns are there). */
export function isTableHeader(cells: readonly string[]): boolean {
  const known = cells.map(columnOf);
  return known.includes('class') && known.includes('day');
}

export function parseTable(rows: readonly Row[]): ImportedTimetable {
  const [header, ...data] = rows;
  if (!header) throw new ImportError('файл пуст — в первой строке должны быть названия столбцов: ' + TEMPLATE_HEADER.join(', '), 1);
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const column = columnOf(cell);
    if (!column) {
      throw new ImportError(
        `неизвестный столбец «${cell}» (строка ${header.line}, столбец ${i + 1}) — допустимые столбцы: ${TEMPLATE_HEADER.join(', ')}; переименуйте или удалите его`,
        header.line,
      );
    }
    if (columns.has(column)) throw new ImportError(`столбец «${cell}» повторяется (строка ${header.line}) — оставьте один`, header.line);
    columns.set(column, i);
  });
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => TEMPLATE_HEADER[Object.keys(COLUMN_NAMES).indexOf(column)]);
    throw new ImportError(
      `нет обязательных столбцов: ${names.join(', ')} (строка ${header.line}) — добавьте их, как в шаблоне`,
      header.line,
    );
  }
  const cell = (row: Row, column: Column) => (columns.has(column) ? (row.cells[columns.get(column)!] ?? '').trim() : '');

  const lessons: ImportedLesson[] = [];
  const skipped: Skipped[] = [];
  for (const row of data) {
    const origin = `строка ${row.line}`;
    const skip = (why: string) => skipped.push({ what: origin, why });
    const rawClasses = splitList(cell(row, 'class'));
    const classNames = rawClasses.map(normalizeClassName);
    const parsedDay = parseDay(cell(row, 'day'));
    const period = Number(cell(row, 'period').replace(/\s*(-?й)?\s*(урок)?$/i, ''));
    const subject = cell(row, 'subject');
    const week = parseWeek(cell(row, 'week'));
    const link = cell(row, 'link');
    if (rawClasses.length === 0) skip('не указан класс');
    else if (classNames.some((name) => name === undefined))
      skip(`«${cell(row, 'class')}» — не класс (нужны номер от 1 до 11 и буква, например 5А)`);
    else if (!parsedDay) skip(`день «${cell(row, 'day')}» не распознан — напишите день недели: Понедельник или Пн`);
    else if (!Number.isInteger(period) || cell(row, 'period') === '') skip(`номер урока «${cell(row, 'period')}» — не число`);
    else if (subject === '') skip('не указан предмет');
    else if (week === undefined) skip(`неделя «${cell(row, 'week')}» не распознана — напишите А или Б, или оставьте пустой`);
    else if (link !== '' && !/^https:\/\//.test(link)) skip(`ссылка «${link}» должна начинаться с https://`);
    else {
      const names = classNames as string[];
      for (const className of names) {
        lessons.push({
          className,
          day: parsedDay.day,
          period,
          subject,
          teachers: splitList(cell(row, 'teacher')),
          group: cell(row, 'group') || undefined,
          week: week === 'every' ? parsedDay.week : week,
          withClasses: names.filter((other) => other !== className),
          link: link || undefined,
          origin,
        });
      }
    }
  }
  return { format: 'table', lessons, periods: [], classTeachers: new Map(), skipped };
}
