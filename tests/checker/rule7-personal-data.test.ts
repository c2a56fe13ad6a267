/**
 * Rule 7: a staff member's personal `phone` is published only with `consent: {date, scope}`
 * (152-ФЗ art. 10.1); there is no place for pupils' names or data anywhere in the model.
 */
import { afterAll, describe, test } from 'vitest';
import { positionOf, removeContentCopies, replace, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const STAFF = 'staff/petrov-i-v.yaml';
const PHONE = 'phone: "+7 905 123-45-67"\n';

describe('rule 7: personal data', () => {
  test('a staff phone without consent is an error on `phone`', () => {
    const dir = withFile(STAFF, (text) => text + PHONE);
    expectExactly(dir, {
      file: STAFF,
      ...valuePositionOf(dir, STAFF, 'phone: "+7'),
      field: 'phone',
      message: /^личный телефон можно публиковать только с письменного согласия \(152-ФЗ, ст\. 10\.1\) — добавьте consent: \{date: ГГГГ-ММ-ДД, scope: "…"\} или удалите phone$/,
    });
  });

  test('allowed: a staff phone with consent {date, scope}', () => {
    expectClean(withFile(STAFF, (text) => `${text}${PHONE}consent:\n  date: 2026-09-01\n  scope: Телефон для связи с родителями на время дистанционного обучения\n`));
  });

  test('a consent without its scope is not a consent', () => {
    const dir = withFile(STAFF, (text) => `${text}${PHONE}consent:\n  date: 2026-09-01\n`);
    expectExactly(dir, { file: STAFF, ...positionOf(dir, STAFF, 'date: 2026-09-01'), field: 'consent.scope', message: /^нет обязательного поля «scope» — / });
  });

  test('a consent with an impossible date', () => {
    const dir = withFile(STAFF, (text) => `${text}${PHONE}consent:\n  date: 2026-09-31\n  scope: Телефон для родителей\n`);
    expectExactly(dir, { file: STAFF, ...valuePositionOf(dir, STAFF, 'date: 2026-09-31'), field: 'consent.date', message: /^такой даты нет в календаре — / });
  });

  test("no place for pupils' names: a list of pupils in a class file is an unknown field", () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('classTeacher: ivanova-m-p\n', 'classTeacher: ivanova-m-p\npupils: [Сидоров Петя, Козлова Маша]\n'));
    expectExactly(dir, { file, ...positionOf(dir, file, 'pupils'), field: 'pupils', message: /^неизвестное поле «pupils» — уберите его; допустимые поля: / });
  });

  test("no place for pupils' names: a pupil's name on a lesson is an unknown field", () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('      note: Задание', '      pupil: Сидоров Петя\n      note: Задание'));
    expectExactly(dir, { file, ...positionOf(dir, file, 'pupil:'), field: 'days.tue[0].pupil', message: /^неизвестное поле «pupil» — / });
  });
});
