/**
 * How much one school's content may weigh before the site gets slow on a cheap phone and a slow
 * connection — the limits in one place, with the warnings that name the file and the figure. Beyond
 * them nothing breaks, so they are warnings: a 20 MB list made a 65 MB page and a 3.5-minute build,
 * 5,000 staff files a 7 MB page. The editors' guide (content/README.md, «Пределы») quotes them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Problem } from '../content-model/problem.ts';
import { plural } from '../i18n/plural.ts';

export const LIMITS = {
  /** One content file (YAML or Markdown), bytes: 1 MB. */
  fileBytes: 1024 * 1024,
  /** Entries of one collection: a list file or a folder of files. */
  listItems: 1000,
  /** One built page's HTML after gzip, bytes: 200 KB. */
  pageGzipBytes: 200 * 1024,
  /**
   * The longest distance-learning period, days. Calendars hold one event per lesson and day of the
   * period: a typo in the year (9999) made the build run for hours. Not a warning but an error.
   */
  periodDays: 366,
  /**
   * Quote and list markers at the start of one Markdown line, and its indentation in columns. The
   * parser slows down with the cube of the nesting; these keep a file under a few hundred ms.
   */
  nestingMarkers: 16,
  indentColumns: 64,
  /** `*` or `_` in a row: the parser's time grows with the square of the run. */
  markRun: 64,
} as const;

/** «1,5 МБ», «230 КБ»: a size as editors read it. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
  return `${Math.round(bytes / 1024)} КБ`;
}

/** Bytes after gzip at its strongest level, as a server would send the file. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Content files over the size limit (paths relative to the content folder). */
export function fileSizeProblems(contentDir: string, files: Iterable<string>): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    let size: number;
    try {
      size = statSync(join(contentDir, file)).size;
    } catch {
      continue; // an unreadable file has its own problem
    }
    if (size <= LIMITS.fileBytes) continue;
    problems.push({
      severity: 'warning',
      file,
      line: 1,
      column: 1,
      field: '',
      message: `файл весит ${formatSize(size)}, больше предела в ${formatSize(LIMITS.fileBytes)} — страница с ним будет открываться на телефоне очень долго: уберите лишнее или разделите текст`,
    });
  }
  return problems;
}

/** A collection with more entries than the limit: `where` is its list file or its folder. */
export function listLengthProblem(where: string, count: number, position = { line: 1, column: 1 }): Problem | undefined {
  if (count <= LIMITS.listItems) return undefined;
  return {
    severity: 'warning',
    file: where,
    ...position,
    field: '',
    message: `здесь ${count} ${plural(count, 'запись', 'записи', 'записей')}, больше предела в ${LIMITS.listItems} — все они попадут на одну страницу, и она будет открываться на телефоне очень долго: оставьте нужные`,
  };
}

/** Built pages whose HTML after gzip is over the limit, as Russian warnings for the build's output. */
export function heavyPageWarnings(siteDir: string): string[] {
  const warnings: string[] = [];
  for (const name of readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.html')) continue;
    const path = join(siteDir, name);
    const bytes = readFileSync(path);
    // gzip adds at most 18 bytes of frame and 5 per stored block of 64 KB: a page this small is under the limit.
    if (bytes.length + 18 + 5 * Math.ceil(bytes.length / 65_535) <= LIMITS.pageGzipBytes) continue;
    const size = gzipSize(bytes);
    if (size <= LIMITS.pageGzipBytes) continue;
    warnings.push(
      `Предупреждение: страница ${name.split(sep).join(posix.sep)} весит ${formatSize(size)} в сжатом виде (gzip), больше предела в ${formatSize(LIMITS.pageGzipBytes)} — на медленном телефоне она будет открываться долго: сократите списки, которые на ней показаны.`,
    );
  }
  return warnings;
}
