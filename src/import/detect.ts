/**
 * Reads a timetable file and hands it to the parser of its format, told from the contents (not the
 * name): a ZIP signature is an XLSX workbook, `<` an XML export (aSc), otherwise CSV — FET's when its
 * header has FET's columns, the template's when it has the template's.
 */
import { parseAsc, parseXml } from './asc.ts';
import { isFetHeader, parseFet } from './fet.ts';
import { ImportError, type ImportedTimetable } from './model.ts';
import { csvRows, xlsxRows, type Row } from './rows.ts';
import { isTableHeader, parseTable, TEMPLATE_HEADER } from './table.ts';
import { decodeBytes } from './text.ts';

export interface ParseOptions {
  /** aSc: the term (четверть) whose cards are imported, from 1. */
  term?: number;
}

function fromRows(rows: Row[], kind: 'CSV' | 'Excel'): ImportedTimetable {
  const header = rows[0];
  if (!header) throw new ImportError(`файл ${kind} пуст — в нём нет ни одной строки`);
  if (isFetHeader(header.cells)) return parseFet(rows);
  if (isTableHeader(header.cells)) return parseTable(rows);
  throw new ImportError(
    `это не расписание: первая строка файла ${kind} — «${header.cells.filter(Boolean).slice(0, 6).join(', ')}», а нужны названия столбцов шаблона (${TEMPLATE_HEADER.join(', ')}) или выгрузки FET ("Activity Id", "Day", "Hour", …)`,
    header.line,
  );
}

export async function parseTimetableFile(bytes: Uint8Array, options: ParseOptions = {}): Promise<ImportedTimetable> {
  if (bytes.length === 0) throw new ImportError('файл пуст');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return fromRows(await xlsxRows(bytes), 'Excel');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
    throw new ImportError('это файл старого формата Excel (.xls) — откройте его в Excel и сохраните как «Книга Excel (.xlsx)» или CSV');
  }
  const text = decodeBytes(bytes);
  if (text.includes('\u0000'))
    throw new ImportError(
      'это не текстовый файл и не таблица Excel — нужна выгрузка aSc (XML), FET (CSV) или таблица по шаблону (XLSX, CSV)',
    );
  if (/^\s*</.test(text.replace(/^\uFEFF/, ''))) return parseAsc(parseXml(text), options);
  return fromRows(csvRows(text), 'CSV');
}
