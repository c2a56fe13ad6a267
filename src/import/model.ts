/**
 * The one intermediate model every timetable parser (aSc XML, FET CSV, the spreadsheet template)
 * produces and the one writer reads: lessons with names as the file writes them (classes, teachers,
 * subjects), not yet matched to the content folder.
 */
import type { SchoolDay } from '../lib/week.ts';
import type { TimetableWeek } from '../schemas/timetable-class.ts';

export type ImportFormat = 'asc' | 'fet' | 'table';

/** Russian names of the formats, for the report. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  asc: 'aSc Timetables (XML)',
  fet: 'FET (timetable.csv)',
  table: 'таблица по шаблону',
};

/** One placed lesson of one class (a joint lesson of several classes appears once per class). */
export interface ImportedLesson {
  /** The class name as written in the file: «5А», «10 «Б»», «1A». */
  className: string;
  day: SchoolDay;
  period: number;
  subject: string;
  /** Teacher names as written in the file: «Петров И.В.», «Петров Игорь Васильевич». */
  teachers: string[];
  group?: string | undefined;
  week?: TimetableWeek | undefined;
  /** Names of the other classes of a joint lesson. */
  withClasses: string[];
  /** A link given by the file (the spreadsheet template only). */
  link?: string | undefined;
  /** Where in the file the lesson comes from, for the report: «строка 12», «карточка 1F3A…». */
  origin: string;
}

/** Something in the file that is not imported, and why. */
export interface Skipped {
  /** What: «класс «Кружок»», «строка 14», «12 уроков без карточек». */
  what: string;
  /** Why, in Russian. */
  why: string;
}

/** A lesson slot's time from the file (aSc periods, FET hours named by time). */
export interface ImportedPeriod {
  n: number;
  from: string;
  to: string;
}

export interface ImportedTimetable {
  format: ImportFormat;
  lessons: ImportedLesson[];
  /** Bell times when the file has them. */
  periods: ImportedPeriod[];
  /** Class teachers by class name, when the file says. */
  classTeachers: Map<string, string>;
  skipped: Skipped[];
}

/** A file that cannot be imported: the Russian message says what and where; nothing was written. */
export class ImportError extends Error {
  /** The line of the file, when known. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ImportError';
    this.line = line;
  }
}
