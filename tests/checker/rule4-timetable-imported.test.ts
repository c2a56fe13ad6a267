/**
 * Rule 4 for what imported timetables bring: several teachers on a lesson, A/B weeks, joint lessons
 * of several classes (withClasses), and the day-by-day changes in timetable/changes/<date>.yaml.
 */
import { afterAll, describe, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies, replace, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const CLASS_5A = 'timetable/classes/5a.yaml';
const CLASS_6B = 'timetable/classes/6b.yaml';

/** 5А's Tuesday gets a lesson at period 2 with the given extra lines. */
const tuesday = (lines: string) => (text: string) => `${text}    - period: 2\n${lines}`;

describe('several teachers, A/B weeks, joint lessons', () => {
  test('a list of teachers is checked name by name', () => {
    const dir = withFile(
      CLASS_5A,
      tuesday('      subject: Английский язык\n      teacher: [petrov-i-v, petrow-i-v]\n      online: true\n'),
    );
    expectExactly(dir, {
      file: CLASS_5A,
      ...positionOf(dir, CLASS_5A, 'petrow-i-v'),
      field: 'days.tue[1].teacher[1]',
      message: /^нет сотрудника «petrow-i-v» — возможно, имелось в виду «petrov-i-v»/,
    });
  });

  test('two lessons at one period are fine in different weeks, a clash in the same week', () => {
    const twoWeeks = tuesday(
      '      subject: Музыка\n      teacher: ivanova-m-p\n      week: a\n      online: true\n    - period: 2\n      subject: ИЗО\n      teacher: ivanova-m-p\n      week: b\n      online: true\n',
    );
    expectClean(withFile(CLASS_5A, twoWeeks));
    const dir = withFile(
      CLASS_5A,
      tuesday(
        '      subject: Музыка\n      teacher: ivanova-m-p\n      week: a\n      online: true\n    - period: 2\n      subject: ИЗО\n      teacher: ivanova-m-p\n      online: true\n',
      ),
    );
    expectExactly(dir, {
      file: CLASS_5A,
      ...valuePositionOf(dir, CLASS_5A, 'period: 2', 2),
      field: 'days.tue[2].period',
      message: /^у класса уже есть 2-й урок во вторник/,
    });
  });

  test('a week that is not a or b', () => {
    const dir = withFile(CLASS_5A, tuesday('      subject: Музыка\n      teacher: ivanova-m-p\n      week: А\n      online: true\n'));
    expectExactly(dir, {
      file: CLASS_5A,
      ...valuePositionOf(dir, CLASS_5A, 'week: А'),
      field: 'days.tue[1].week',
      message: /^недопустимое значение «А» — возможно, имелось в виду «a»; неделя — a \(неделя А\) или b \(неделя Б\)/,
    });
  });

  test('one teacher in two classes at once: a clash, unless the lesson is joint (withClasses)', () => {
    // petrov-i-v teaches 6Б on Monday, period 1; give him 5А at the same time.
    const clash = replace(
      '      subject: Русский язык\n      teacher: ivanova-m-p\n      platform: sferum\n      link',
      '      subject: Русский язык\n      teacher: petrov-i-v\n      platform: sferum\n      link',
    );
    const dir = withFile(CLASS_5A, clash);
    expectExactly(dir, {
      file: CLASS_6B,
      ...valuePositionOf(dir, CLASS_6B, 'teacher: petrov-i-v'),
      field: 'days.mon[0].teacher',
      message: /ведёт урок в классе «5a» — .*withClasses: \[5a\]$/,
    });
    expectClean(
      contentCopy({
        [CLASS_5A]: (text) => clash(text).replace('      teacher: petrov-i-v\n', '      teacher: petrov-i-v\n      withClasses: [6b]\n'),
      }),
    );
  });

  test('withClasses names classes that exist', () => {
    const dir = withFile(
      CLASS_5A,
      tuesday('      subject: Музыка\n      teacher: ivanova-m-p\n      withClasses: [6v]\n      online: true\n'),
    );
    expectExactly(dir, {
      file: CLASS_5A,
      ...positionOf(dir, CLASS_5A, '6v'),
      field: 'days.tue[1].withClasses[0]',
      message: /^нет класса «6v» — возможно, имелось в виду «6b»/,
    });
  });

  test('periods up to 20, class names with Latin letters and suffixes', () => {
    const bells = 'timetable/bells.yaml';
    expectClean(
      contentCopy({
        [bells]: (text) => `${text}      - {n: 20, from: "18:00", to: "18:30"}\n`,
        [CLASS_5A]: (text) =>
          tuesday('      subject: Музыка\n      teacher: ivanova-m-p\n      online: true\n')(text).replace(
            'period: 2\n      subject: Музыка',
            'period: 20\n      subject: Музыка',
          ),
        [CLASS_6B]: replace('class: 6Б', 'class: 6B-1'),
      }),
    );
    const dir = withFile(CLASS_6B, replace('class: 6Б', 'class: 10 «Б»'));
    expectExactly(dir, {
      file: CLASS_6B,
      ...valuePositionOf(dir, CLASS_6B, 'class: 10 «Б»'),
      field: 'class',
      message: /^название класса — номер от 1 до 11 и буква, например «5А», «10Б» или «5А-1» \(без кавычек внутри\)$/,
    });
  });
});

const CHANGES = 'timetable/changes/2026-11-17.yaml'; // a Tuesday: 5А has Литература at period 1

describe('day-by-day changes', () => {
  test('a replacement, a cancellation and an added lesson are fine', () => {
    expectClean(
      withFile(
        CHANGES,
        'note: Сокращённый день\nchanges:\n  - class: 5a\n    period: 1\n    subject: Математика\n    teacher: petrov-i-v\n  - class: 6b\n    period: 2\n    subject: Музыка\n    teacher: ivanova-m-p\n    online: true\n',
      ),
    );
    expectClean(withFile(CHANGES, 'changes:\n  - class: 5a\n    period: 1\n    cancelled: true\n    note: учитель заболел\n'));
  });

  test('an unknown class, a period the shift lacks, nothing to cancel, an incomplete added lesson', () => {
    const dir = withFile(
      CHANGES,
      'changes:\n  - class: 5v\n    period: 1\n    cancelled: true\n  - class: 5a\n    period: 9\n    cancelled: true\n  - class: 5a\n    period: 2\n    cancelled: true\n  - class: 6b\n    period: 3\n    subject: Музыка\n',
    );
    expectExactly(
      dir,
      {
        file: CHANGES,
        ...valuePositionOf(dir, CHANGES, 'class: 5v'),
        field: 'changes[0].class',
        message: /^нет класса «5v» — возможно, имелось в виду «5a»/,
      },
      {
        file: CHANGES,
        ...valuePositionOf(dir, CHANGES, 'period: 9'),
        field: 'changes[1].period',
        message: /^урока № 9 нет в смене 1 \(timetable\/bells\.yaml\)/,
      },
      {
        file: CHANGES,
        ...valuePositionOf(dir, CHANGES, 'period: 2'),
        field: 'changes[2].period',
        message: /^у класса «5А» нет 2-го урока во вторник по расписанию — отменять нечего/,
      },
      {
        file: CHANGES,
        ...positionOf(dir, CHANGES, 'class: 6b'),
        field: 'changes[3]',
        message: /^у класса «6Б» нет 3-го урока во вторник по расписанию, значит это дополнительный урок — укажите teacher, online/,
      },
    );
  });

  test('a cancelled lesson with a replacement, a file name that is not a date, a Sunday', () => {
    const dir = withFile(CHANGES, 'changes:\n  - class: 5a\n    period: 1\n    cancelled: true\n    subject: Физика\n');
    expectExactly(dir, {
      file: CHANGES,
      ...valuePositionOf(dir, CHANGES, 'subject: Физика'),
      field: 'changes[0].subject',
      message: /^у отменённого урока нет замены/,
    });
    const named = 'timetable/changes/zavtra.yaml';
    expectExactly(withFile(named, 'changes:\n  - class: 5a\n    period: 1\n    cancelled: true\n'), {
      file: named,
      line: 1,
      column: 1,
      field: '',
      message: /^имя файла «zavtra» — не дата/,
    });
    const sunday = 'timetable/changes/2026-11-22.yaml';
    expectExactly(withFile(sunday, 'changes:\n  - class: 5a\n    period: 1\n    cancelled: true\n'), {
      file: sunday,
      line: 1,
      column: 1,
      field: '',
      message: /^2026-11-22 — воскресенье/,
    });
  });

  test('a substitute teacher who teaches another class at that time, unless that lesson is changed too', () => {
    const added = 'changes:\n  - class: 6b\n    period: 1\n    subject: Музыка\n    teacher: ivanova-m-p\n    online: true\n';
    const dir = withFile(CHANGES, added);
    expectExactly(dir, {
      file: CHANGES,
      ...valuePositionOf(dir, CHANGES, 'teacher: ivanova-m-p'),
      field: 'changes[0].teacher',
      message:
        /^учитель «ivanova-m-p» в это время \(1-й урок\) ведёт урок в классе «5А» — выберите другого учителя или замените и тот урок$/,
    });
    expectClean(withFile(CHANGES, `${added}  - class: 5a\n    period: 1\n    teacher: petrov-i-v\n`));
  });
});
