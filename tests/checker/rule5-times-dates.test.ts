/** Rule 5: times and dates are real (`25:00`, `2026-02-30` are errors); every `from` is before its `to`. */
import { afterAll, describe, test } from 'vitest';
import { removeContentCopies, replace, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const NO_SUCH_TIME = /^такого времени не бывает — напишите время в виде "ЧЧ:ММ" от "00:00" до "23:59", например "08:30"$/;
const NO_SUCH_DATE = /^такой даты нет в календаре — напишите дату в виде ГГГГ-ММ-ДД, например 2026-11-16$/;

describe('rule 5: real times', () => {
  test('`25:00` in the bells', () => {
    const file = 'timetable/bells.yaml';
    const dir = withFile(file, replace('to: "09:00"', 'to: "25:00"'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'to: "25:00"'), field: 'shifts[0].periods[0].to', message: NO_SUCH_TIME });
  });

  test('`12:60` in consultation hours', () => {
    const file = 'staff/petrov-i-v.yaml';
    const dir = withFile(file, replace('to: "16:00"', 'to: "12:60"'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'to: "12:60"'), field: 'hours[0].to', message: NO_SUCH_TIME });
  });

  test('`8:30` without the leading zero is not accepted silently', () => {
    const file = 'meetings/2026-11-19-5a.yaml';
    const dir = withFile(file, replace('from: "18:00"', 'from: "8:30"'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'from: "8:30"'), field: 'from', message: NO_SUCH_TIME });
  });

  test('an unquoted number instead of a time asks for quotes', () => {
    const file = 'meetings/2026-11-19-5a.yaml';
    const dir = withFile(file, replace('from: "18:00"', 'from: 18'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'from: 18'), field: 'from', message: /^нужно время в кавычках — / });
  });
});

describe('rule 5: real dates', () => {
  test('`2026-02-30` for a meeting', () => {
    const file = 'meetings/2026-11-19-5a.yaml';
    const dir = withFile(file, replace('date: 2026-11-19', 'date: 2026-02-30'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'date: 2026-02-30'), field: 'date', message: NO_SUCH_DATE });
  });

  test('`2026-13-13` in a Markdown frontmatter', () => {
    const file = 'announcements/2026-11-13-perehod.md';
    const dir = withFile(file, replace('date: 2026-11-13', 'date: 2026-13-13'));
    expectExactly(dir, { file, line: 3, column: 7, field: 'date', message: NO_SUCH_DATE });
  });

  test('a date written the Russian way, `19.11.2026`', () => {
    const file = 'documents.yaml';
    const dir = withFile(file, replace('date: 2026-11-13', 'date: 13.11.2026'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'date: 13.11.2026'), field: 'date', message: NO_SUCH_DATE });
  });

  test('29 February exists in a leap year only', () => {
    expectClean(withFile('documents.yaml', replace('date: 2026-11-13', 'date: 2028-02-29')));
    const dir = withFile('documents.yaml', replace('date: 2026-11-13', 'date: 2027-02-29'));
    expectExactly(dir, {
      file: 'documents.yaml',
      ...valuePositionOf(dir, 'documents.yaml', 'date: 2027-02-29'),
      field: 'date',
      message: NO_SUCH_DATE,
    });
  });
});

describe('rule 5: every from is before its to', () => {
  test('a meeting that ends before it starts', () => {
    const file = 'meetings/2026-11-19-5a.yaml';
    const dir = withFile(file, replace('to: "18:45"', 'to: "17:45"'));
    expectExactly(dir, {
      file,
      ...valuePositionOf(dir, file, 'to: "17:45"'),
      field: 'to',
      message: /^время окончания 17:45 не позже начала 18:00 — поменяйте местами или исправьте время$/,
    });
  });

  test('a lesson slot with from equal to to', () => {
    const file = 'timetable/bells.yaml';
    const dir = withFile(file, replace('to: "09:40"', 'to: "09:10"'));
    expectExactly(dir, {
      file,
      ...valuePositionOf(dir, file, 'to: "09:10"'),
      field: 'shifts[0].periods[1].to',
      message: /^время окончания 09:10 не позже начала 09:10 — /,
    });
  });

  test('hotline hours running backwards', () => {
    const file = 'contacts.yaml';
    const dir = withFile(file, replace('to: "17:00"', 'to: "07:00"'));
    expectExactly(dir, {
      file,
      ...valuePositionOf(dir, file, 'to: "07:00"'),
      field: 'hours[0].to',
      message: /^время окончания 07:00 не позже начала 08:00 — /,
    });
  });

  test('distance learning that ends before it begins', () => {
    const file = 'school.yaml';
    const dir = withFile(file, replace('to: 2026-11-27', 'to: 2026-11-01'));
    expectExactly(dir, {
      file,
      ...valuePositionOf(dir, file, 'to: 2026-11-01'),
      field: 'distanceLearning.to',
      message: /^дата окончания 2026-11-01 раньше даты начала 2026-11-16 — исправьте одну из дат$/,
    });
  });

  test('an announcement that expires before it is published', () => {
    const file = 'announcements/2026-11-13-perehod.md';
    const dir = withFile(file, replace('expires: 2026-11-27', 'expires: 2026-11-01'));
    expectExactly(dir, {
      file,
      line: 5,
      column: 10,
      field: 'expires',
      message: /^объявление истекает \(2026-11-01\) раньше, чем опубликовано \(2026-11-13\) — исправьте expires$/,
    });
  });
});
