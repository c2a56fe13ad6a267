/**
 * FET's timetable export (`…_timetable.csv`): one row per activity and hour, columns "Activity Id",
 * "Day", "Hour", "Students Sets", "Subject", "Teachers", "Activity Tags", "Room", "Comments"; several
 * students sets or teachers are joined by `+`. Days of a two-week timetable are named per week
 * («А-Понедельник»). Hours are numbers («1», «1 урок») or times («08:30», «08:30-09:15»).
 * A students set named after a class plus a suffix («5А гр1», «5А:1» when «5А» is also a set) is a
 * group of that class.
 */
import { ImportError, type ImportedLesson, type ImportedPeriod, type ImportedTimetable, type Skipped } from './model.ts';
import { foldText, normalizeClassName, parseClock, parseDay } from './names.ts';
import type { Row } from './rows.ts';

export const FET_COLUMNS = ['activity id', 'day', 'hour', 'students sets', 'subject', 'teachers'] as const;

/** Whether a header row is FET's. */
export function isFetHeader(cells: readonly string[]): boolean {
  const folded = cells.map(foldText);
  return FET_COLUMNS.every((column) => folded.includes(column));
}

/** Hour names as lesson numbers: numbers as they are; times in clock order from 1, with their bells. */
function hourNumbers(hours: readonly string[]): { numbers: Map<string, number>; periods: ImportedPeriod[] } {
  const numbers = new Map<string, number>();
  const timed: { name: string; from: string; to?: string | undefined }[] = [];
  for (const name of new Set(hours)) {
    const number = /^\s*(\d{1,2})(\s*(-?й)?\s*(урок|пара)?)?\s*$/i.exec(name);
    if (number) {
      numbers.set(name, Number(number[1]));
      continue;
    }
    const [start, end] = name.split(/\s*[-–—]\s*/);
    const from = parseClock(start ?? '');
    if (from) timed.push({ name, from, to: end === undefined ? undefined : parseClock(end) });
  }
  timed.sort((a, b) => a.from.localeCompare(b.from));
  const periods: ImportedPeriod[] = [];
  timed.forEach((hour, i) => {
    numbers.set(hour.name, i + 1);
    if (hour.to) periods.push({ n: i + 1, from: hour.from, to: hour.to });
  });
  return { numbers, periods };
}

export function parseFet(rows: readonly Row[]): ImportedTimetable {
  const [header, ...data] = rows;
  if (!header || !isFetHeader(header.cells))
    throw new ImportError(
      'это не выгрузка FET: в первой строке нет столбцов "Activity Id", "Day", "Hour", "Students Sets", "Subject", "Teachers"',
      1,
    );
  const column = new Map(header.cells.map((cell, i) => [foldText(cell), i]));
  const cell = (row: Row, name: string) => (row.cells[column.get(name) ?? -1] ?? '').trim();
  const skipped: Skipped[] = [];

  const setsOf = (row: Row) =>
    cell(row, 'students sets')
      .split('+')
      .map((set) => set.trim())
      .filter(Boolean);
  const sets = new Set(data.flatMap(setsOf));
  /** A students set as class and group: the longest other set it starts with is its class. */
  const classOf = (set: string): { className?: string | undefined; group?: string | undefined } => {
    const parent = [...sets]
      .filter((other) => other !== set && set.startsWith(other) && /^[\s\-_:/.]/.test(set.slice(other.length)))
      .sort((a, b) => b.length - a.length)[0];
    if (parent) return { className: normalizeClassName(parent), group: set.slice(parent.length).replace(/^[\s\-_:/.]+/, '') };
    return { className: normalizeClassName(set) };
  };

  const { numbers, periods } = hourNumbers(data.map((row) => cell(row, 'hour')));
  const lessons: ImportedLesson[] = [];
  const notClasses = new Set<string>();
  for (const row of data) {
    const origin = `строка ${row.line}`;
    const parsedDay = parseDay(cell(row, 'day'));
    const period = numbers.get(cell(row, 'hour'));
    const subject = cell(row, 'subject');
    if (!parsedDay) {
      skipped.push({ what: origin, why: `день «${cell(row, 'day')}» не распознан — нужен день недели с понедельника по субботу` });
      continue;
    }
    if (period === undefined) {
      skipped.push({ what: origin, why: `урок «${cell(row, 'hour')}» не распознан — нужен номер урока или время вроде 08:30` });
      continue;
    }
    if (subject === '') {
      skipped.push({ what: origin, why: 'не указан предмет' });
      continue;
    }
    const members = setsOf(row).map((set) => ({ set, ...classOf(set) }));
    for (const member of members) if (!member.className) notClasses.add(member.set);
    const placed = members.filter((member) => member.className !== undefined);
    if (placed.length === 0) {
      // A row of sets that are not classes is reported once per set below, not once per row.
      if (members.length === 0) skipped.push({ what: origin, why: 'не указан класс (Students Sets)' });
      continue;
    }
    const classNames = [...new Set(placed.map((member) => member.className!))];
    for (const member of placed) {
      lessons.push({
        className: member.className!,
        day: parsedDay.day,
        week: parsedDay.week,
        period,
        subject,
        teachers: cell(row, 'teachers')
          .split('+')
          .map((name) => name.trim())
          .filter(Boolean),
        group: member.group || undefined,
        withClasses: classNames.filter((name) => name !== member.className),
        origin,
      });
    }
  }
  for (const set of notClasses)
    skipped.push({ what: `группа учащихся «${set}»`, why: 'название не похоже на класс (нужны номер от 1 до 11 и буква)' });
  return { format: 'fet', lessons, periods, classTeachers: new Map(), skipped };
}
