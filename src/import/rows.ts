/**
 * Spreadsheet-like files as rows of text cells with their line numbers: CSV (comma or semicolon, as
 * Russian Excel saves it) through csv-parse, XLSX through exceljs (its first sheet; a hyperlink
 * cell gives its address).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ImportError } from './model.ts';

export interface Row {
  /** Line of the CSV file, or row of the sheet, from 1. */
  line: number;
  cells: string[];
}

/** The line where quotes stop pairing up: the unclosed quote. */
function openQuoteLine(text: string): number | undefined {
  let open = false;
  let opened: number | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    for (const char of line) if (char === '"') open = !open;
    if (open && opened === undefined) opened = i + 1;
    if (!open) opened = undefined;
  });
  return opened;
}

/** CSV text as rows; the delimiter is whichever of `;`, `,` and tab the first line uses most. */
export function csvRows(text: string): Row[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    // csv-parse reports where it gave up (the end of the file); the editor needs the quote's line.
    const line = code === 'CSV_QUOTE_NOT_CLOSED' ? (openQuoteLine(text) ?? lines) : lines;
    throw new ImportError(
      `CSV-файл не читается${line ? ` (строка ${line})` : ''}: непарная кавычка или сломанная строка — откройте файл в Excel и сохраните заново как CSV`,
      line,
    );
  }
}

/** The text a cell shows (a hyperlink cell: its address, so a «Ссылка» column works either way). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('hyperlink' in value) return String(value.hyperlink);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}

/** The first sheet of an XLSX workbook as rows (empty rows left out). */
export async function xlsxRows(bytes: Uint8Array): Promise<Row[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(
      'файл Excel не читается — он повреждён или это не .xlsx (старый .xls сохраните в Excel как «Книга Excel (.xlsx)»)',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError('в файле Excel нет ни одного листа');
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells = values.slice(1).map((value) => cellText(value).trim());
    if (cells.some((cell) => cell !== '')) rows.push({ line, cells });
  });
  return rows;
}
