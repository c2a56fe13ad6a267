/**
 * Rule 4: each `period` exists in the class's shift; one lesson per class, day and period unless
 * `group` differs; no teacher in two places at the same day and period of the same shift.
 */
import { afterAll, describe, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies, replace, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const CLASS_5A = 'timetable/classes/5a.yaml';
const CLASS_6B = 'timetable/classes/6b.yaml';

/** A second lesson for 5А on Tuesday, period 2 — Tuesday has only period 1 so far. */
function tuesdayLesson(teacher: string, group?: string): string {
  return `    - period: 2\n      subject: Английский язык\n      teacher: ${teacher}\n${group ? `      group: ${group}\n` : ''}      online: true\n`;
}

describe('rule 4: periods exist in the shift', () => {
  test('a period the shift does not have', () => {
    const dir = withFile(CLASS_6B, replace('period: 2', 'period: 5'));
    expectExactly(dir, {
      file: CLASS_6B,
      ...valuePositionOf(dir, CLASS_6B, 'period: 5'),
      field: 'days.mon[1].period',
      message: /^урока № 5 нет в смене 1 \(timetable\/bells\.yaml\) — укажите номер от 1 до 3 или добавьте урок в звонки$/,
    });
  });

  test('a shift bells.yaml does not have', () => {
    const dir = withFile(CLASS_6B, replace('shift: 1', 'shift: 2'));
    expectExactly(dir, {
      file: CLASS_6B,
      ...valuePositionOf(dir, CLASS_6B, 'shift: 2'),
      field: 'shift',
      message: /^смены 2 нет в timetable\/bells\.yaml — укажите одну из смен: 1$/,
    });
  });
});

describe('rule 4: one lesson per class, day and period', () => {
  test('two lessons of one class at the same day and period', () => {
    const dir = withFile(
      CLASS_5A,
      (text) => text + tuesdayLesson('petrov-i-v') + tuesdayLesson('petrov-i-v').replace('Английский язык', 'Физкультура'),
    );
    expectExactly(dir, {
      file: CLASS_5A,
      ...valuePositionOf(dir, CLASS_5A, 'period: 2', 2),
      field: 'days.tue[2].period',
      message:
        /^у класса уже есть 2-й урок во вторник — удалите лишний урок или, если класс делится на группы, укажите разные group у обоих уроков \(при двухнедельном расписании — разные week\)$/,
    });
  });

  test('allowed: two groups of a split class at the same period with different teachers', () => {
    expectClean(withFile(CLASS_5A, (text) => text + tuesdayLesson('petrov-i-v', '1 группа') + tuesdayLesson('ivanova-m-p', '2 группа')));
  });

  test('the same group twice is still a clash', () => {
    const dir = withFile(CLASS_5A, (text) => text + tuesdayLesson('petrov-i-v', '1 группа') + tuesdayLesson('ivanova-m-p', '1 группа'));
    expectExactly(dir, {
      file: CLASS_5A,
      ...valuePositionOf(dir, CLASS_5A, 'period: 2', 2),
      field: 'days.tue[2].period',
      message: /^у класса уже есть 2-й урок/,
    });
  });

  test('a group lesson next to a whole-class lesson is a clash', () => {
    const dir = withFile(CLASS_5A, (text) => text + tuesdayLesson('petrov-i-v') + tuesdayLesson('ivanova-m-p', '2 группа'));
    expectExactly(dir, {
      file: CLASS_5A,
      ...valuePositionOf(dir, CLASS_5A, 'period: 2', 2),
      field: 'days.tue[2].period',
      message: /^у класса уже есть 2-й урок/,
    });
  });
});

describe('rule 4: no teacher in two places', () => {
  test('one teacher in two classes at the same day and period of one shift', () => {
    // 5А has Иванова at Monday period 1; give 6Б's Monday period 1 to her as well.
    const dir = withFile(
      CLASS_6B,
      replace('subject: Математика\n      teacher: petrov-i-v', 'subject: Математика\n      teacher: ivanova-m-p'),
    );
    expectExactly(dir, {
      file: CLASS_6B,
      ...positionOf(dir, CLASS_6B, 'ivanova-m-p'),
      field: 'days.mon[0].teacher',
      message:
        /^учитель «ivanova-m-p» в это же время \(понедельник, 1-й урок, смена 1\) ведёт урок в классе «5a» — поставьте другого учителя, перенесите урок или, если это один урок для нескольких классов, напишите withClasses: \[5a\]$/,
    });
  });

  test('allowed: the same teacher at the same day and period in different shifts', () => {
    const dir = contentCopy({
      'timetable/bells.yaml': (text) =>
        `${text}  - id: 2\n    periods:\n      - {n: 1, from: "13:30", to: "14:00"}\n      - {n: 2, from: "14:10", to: "14:40"}\n`,
      [CLASS_6B]: (text) =>
        replace(
          'shift: 1',
          'shift: 2',
        )(text).replace('subject: Математика\n      teacher: petrov-i-v', 'subject: Математика\n      teacher: ivanova-m-p'),
    });
    expectClean(dir);
  });
});
