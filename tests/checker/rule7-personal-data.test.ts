/**
 * Rule 7: a staff member's personal `phone` is published only with `consent: {date, scope}`
 * (152-ФЗ art. 10.1), signed no later than the build date; a mobile number anywhere else is a warning
 * unless it is an organisation's line; there is no place for pupils' names or data anywhere in the model.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { checkPersonalData } from '../../src/checker/rules/personal-data.ts';
import { contentCopy, positionOf, removeContentCopies, replace, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { guide } from '../build/gate-cases.ts';
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
      message:
        /^личный телефон можно публиковать только с письменного согласия \(152-ФЗ, ст\. 10\.1\) — добавьте consent: \{date: ГГГГ-ММ-ДД, scope: "…"\} или удалите phone$/,
    });
  });

  test('allowed: a staff phone with consent {date, scope}', () => {
    expectClean(
      withFile(
        STAFF,
        (text) => `${text}${PHONE}consent:\n  date: 2026-09-01\n  scope: Телефон для связи с родителями на время дистанционного обучения\n`,
      ),
    );
  });

  test('a consent without its scope is not a consent', () => {
    const dir = withFile(STAFF, (text) => `${text}${PHONE}consent:\n  date: 2026-09-01\n`);
    expectExactly(dir, {
      file: STAFF,
      ...positionOf(dir, STAFF, 'date: 2026-09-01'),
      field: 'consent.scope',
      message: /^нет обязательного поля «scope» — /,
    });
  });

  test('a consent with an impossible date', () => {
    const dir = withFile(STAFF, (text) => `${text}${PHONE}consent:\n  date: 2026-09-31\n  scope: Телефон для родителей\n`);
    expectExactly(dir, {
      file: STAFF,
      ...valuePositionOf(dir, STAFF, 'date: 2026-09-31'),
      field: 'consent.date',
      message: /^такой даты нет в календаре — /,
    });
  });

  test("no place for pupils' names: a list of pupils in a class file is an unknown field", () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('classTeacher: ivanova-m-p\n', 'classTeacher: ivanova-m-p\npupils: [Сидоров Петя, Козлова Маша]\n'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'pupils'),
      field: 'pupils',
      message: /^неизвестное поле «pupils» — уберите его; допустимые поля: /,
    });
  });

  test("no place for pupils' names: a pupil's name on a lesson is an unknown field", () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('      note: Задание', '      pupil: Сидоров Петя\n      note: Задание'));
    expectExactly(dir, { file, ...positionOf(dir, file, 'pupil:'), field: 'days.tue[0].pupil', message: /^неизвестное поле «pupil» — / });
  });

  test('a consent dated after the build date is an error on its date', () => {
    const dir = withFile(STAFF, (text) => `${text}${PHONE}consent:\n  date: 2999-09-01\n  scope: Телефон для родителей\n`);
    expectExactly(dir, {
      file: STAFF,
      ...valuePositionOf(dir, STAFF, 'date: 2999-09-01'),
      field: 'consent.date',
      message:
        /^согласие датировано 2999-09-01, а сегодня \d{4}-\d{2}-\d{2}: публиковать телефон можно только после того, как согласие подписано — /,
    });
  });

  test('a consent signed on the build date is valid; one dated the next day is not', () => {
    const dir = withFile(STAFF, (text) => `${text}${PHONE}consent:\n  date: 2026-11-18\n  scope: Телефон для родителей\n`);
    const { model } = checkContent(dir);
    expect(checkPersonalData(model, '2026-11-18')).toEqual([]);
    expect(checkPersonalData(model, '2026-11-17').map((problem) => `${problem.severity} ${problem.field}`)).toEqual(['error consent.date']);
  });
});

describe('rule 7: mobile numbers outside a staff entry with consent', () => {
  const MOBILE =
    /^это мобильный номер — личный телефон публикуют только с письменного согласия \(152-ФЗ\): .* напишите рядом organisationLine: true$/;
  const IN_TEXT = (number: string) =>
    new RegExp(
      `^в тексте мобильный номер ${number.replace(/[+()]/g, '\\$&')} — личный телефон публикуют только с письменного согласия \\(152-ФЗ\\): .*organisationLine: true$`,
    );

  test("a mobile number among a contact's phones: a warning on that phone", () => {
    const file = 'contacts.yaml';
    const dir = withFile(file, replace('"8 (38451) 4-12-35"', '"+7 923 456-78-90"'));
    expectExactly(dir, { file, ...positionOf(dir, file, '"+7 923'), field: 'phones[0]', severity: 'warning', message: MOBILE });
  });

  test("allowed: the contact is marked as an organisation's line", () => {
    expectClean(withFile('contacts.yaml', replace('    - "8 (38451) 4-12-35"\n', '    - "+7 923 456-78-90"\n  organisationLine: true\n')));
  });

  test("a coordinator's mobile phone: a warning; marked as an organisation's line: none", () => {
    const file = 'coordinators.yaml';
    const dir = withFile(file, replace('phone: "8 (38451) 4-12-36"', 'phone: "8 913 111-22-33"'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'phone: "8 913'), field: 'phone', severity: 'warning', message: MOBILE });
    expectClean(withFile(file, replace('phone: "8 (38451) 4-12-36"', 'phone: "8 913 111-22-33"\n  organisationLine: true')));
  });

  test('a mobile number in a Markdown body: a warning at its line and column', () => {
    const file = 'guides/extra.md';
    const dir = withFile(
      file,
      guide('', '1. Открой приложение.\n2. Не получается — звони Марии Петровне: +7 (905) 000-11-22, после 18:00.\n'),
    );
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '+7 (905)'),
      field: '',
      severity: 'warning',
      message: IN_TEXT('+7 (905) 000-11-22'),
    });
  });

  test('a mobile number in free text of a YAML file: a warning on that field', () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('note: Задание в «Моей школе» до 18:00', 'note: Вопросы — в WhatsApp 89050001122'));
    expectExactly(dir, {
      file,
      ...valuePositionOf(dir, file, 'note: Вопросы'),
      field: 'days.tue[0].note',
      severity: 'warning',
      message: IN_TEXT('89050001122'),
    });
  });

  test("allowed in text: a consented staff phone, and an organisation's line from contacts.yaml", () => {
    const dir = contentCopy({
      [STAFF]: (text) => `${text}${PHONE}consent:\n  date: 2026-09-01\n  scope: Телефон для родителей\n`,
      'contacts.yaml': replace('    - "8 (38451) 4-12-35"\n', '    - "+7 923 456-78-90"\n  organisationLine: true\n'),
      'guides/extra.md': guide('', '1. Позвони учителю: 8 905 123-45-67 или на горячую линию +7 923 456-78-90.\n'),
    });
    expectClean(dir);
  });

  test('allowed: city numbers and short numbers are not personal', () => {
    expectClean(withFile('guides/extra.md', guide('', '1. Звони 8 (38451) 4-12-35, 8-800-2000-122 или 112.\n')));
  });
});
