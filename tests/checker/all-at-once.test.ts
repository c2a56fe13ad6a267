/** All problems are reported at once, sorted by file and line — not just the first one. */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies, replace, valuePositionOf } from '../helpers/content-fixture.ts';
import { expectExactly } from './support.ts';

afterAll(removeContentCopies);

describe('all problems at once', () => {
  test('three different errors in three files are all reported', () => {
    const dir = contentCopy({
      'staff/ivanova-m-p.yaml': replace('email:', 'emial: ivanova@school3-yurga.ru\nemail:'),
      'meetings/2026-11-19-5a.yaml': replace('date: 2026-11-19', 'date: 2026-02-30'),
      'timetable/classes/6b.yaml': replace('period: 2', 'period: 7'),
    });
    const problems = expectExactly(
      dir,
      {
        file: 'staff/ivanova-m-p.yaml',
        ...positionOf(dir, 'staff/ivanova-m-p.yaml', 'emial'),
        field: 'emial',
        message: /возможно, имелось в виду «email»/,
      },
      {
        file: 'meetings/2026-11-19-5a.yaml',
        ...valuePositionOf(dir, 'meetings/2026-11-19-5a.yaml', 'date: 2026-02-30'),
        field: 'date',
        message: /такой даты нет в календаре/,
      },
      {
        file: 'timetable/classes/6b.yaml',
        ...valuePositionOf(dir, 'timetable/classes/6b.yaml', 'period: 7'),
        field: 'days.mon[1].period',
        message: /урока № 7 нет в смене 1/,
      },
    );
    // Sorted by file: meetings/, staff/, timetable/.
    expect(problems.map((problem) => problem.file)).toEqual([
      'meetings/2026-11-19-5a.yaml',
      'staff/ivanova-m-p.yaml',
      'timetable/classes/6b.yaml',
    ]);
  });

  test('a file that cannot be read does not stop the check of the others', () => {
    const dir = contentCopy({
      'school.yaml': Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), // «Привет» in Windows-1251
      'faq/ocenki.md': 'без полей\n',
      'platforms/sferum.yaml': replace('primary: true', 'primary: да'),
    });
    const problems = expectExactly(
      dir,
      { file: 'faq/ocenki.md', line: 1, column: 1, field: '', message: /нет блока полей/ },
      {
        file: 'platforms/sferum.yaml',
        ...valuePositionOf(dir, 'platforms/sferum.yaml', 'primary: да'),
        field: 'primary',
        message: /^ожидалось true или false — /,
      },
      { file: 'school.yaml', line: 1, column: 1, field: '', message: /Windows-1251/ },
    );
    expect(problems).toHaveLength(3);
  });
});
