/**
 * Rule 1: every entry has its required fields of the right type; unknown keys are errors, a typo is
 * named with the closest known key.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { positionOf, removeContentCopies, replace, withFile, contentCopy } from '../helpers/content-fixture.ts';
import { expectExactly, expectProblem, problemsOf } from './support.ts';

afterAll(removeContentCopies);

describe('rule 1: unknown keys', () => {
  test('a typo `emial` in a contact is named, with `email` suggested', () => {
    const dir = withFile('contacts.yaml', replace('  email: psy@', '  emial: psy@'));
    expectExactly(dir, {
      file: 'contacts.yaml',
      ...positionOf(dir, 'contacts.yaml', 'emial'),
      field: 'emial',
      message: /^неизвестное поле «emial» — возможно, имелось в виду «email»$/,
    });
  });

  test('`positon` instead of the required `position` in a staff file: the typo and the missing field, nothing else', () => {
    const file = 'staff/petrov-i-v.yaml';
    const dir = withFile(file, replace('position:', 'positon:'));
    // petrov-i-v is referenced from 5 places; none of them may be reported as «no such staff member».
    expectExactly(
      dir,
      {
        file,
        ...positionOf(dir, file, 'positon'),
        field: 'positon',
        message: /неизвестное поле «positon» — возможно, имелось в виду «position»/,
      },
      { file, line: 1, column: 1, field: 'position', message: /нет обязательного поля «position» — добавьте/ },
    );
  });

  test('an unknown key with nothing close lists the allowed keys', () => {
    const file = 'platforms/moya-shkola.yaml';
    const dir = withFile(file, (text) => `${text}zzzzzz: 1\n`);
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'zzzzzz'),
      field: 'zzzzzz',
      message: /^неизвестное поле «zzzzzz» — уберите его; допустимые поля: name, url, kind, primary/,
    });
  });

  test('an unknown key deep inside a lesson gets the full field path', () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('      note: Задание', '      note: Задание в чате\n      teachr: x\n      nte: Задание'));
    const problems = problemsOf(dir);
    expectProblem(problems, {
      file,
      ...positionOf(dir, file, 'teachr'),
      field: 'days.tue[0].teachr',
      message: /неизвестное поле «teachr» — возможно, имелось в виду «teacher»/,
    });
  });
});

describe('rule 1: missing required fields', () => {
  test('a missing field of a per-file entry points at the start of the file', () => {
    const file = 'staff/petrov-i-v.yaml';
    const dir = withFile(file, replace('position: Учитель математики\n', ''));
    expectExactly(dir, { file, line: 1, column: 1, field: 'position', message: /^нет обязательного поля «position» — добавьте его/ });
  });

  test('a missing field of a list item points at that item', () => {
    const dir = withFile('contacts.yaml', replace('  title: Педагог-психолог школы\n', ''));
    expectExactly(dir, {
      file: 'contacts.yaml',
      ...positionOf(dir, 'contacts.yaml', 'id: psiholog'),
      field: 'title',
      message: /^нет обязательного поля «title» — /,
    });
  });

  test('a missing field of a Markdown frontmatter points into the frontmatter', () => {
    const file = 'faq/ocenki.md';
    const dir = withFile(file, replace('audience: parents\n', ''));
    expectExactly(dir, { file, line: 2, column: 1, field: 'audience', message: /^нет обязательного поля «audience» — / });
  });

  test('a missing nested field names its path', () => {
    const dir = withFile('school.yaml', replace('  order: prikaz-o-dot\n', ''));
    expectExactly(dir, {
      file: 'school.yaml',
      ...positionOf(dir, 'school.yaml', 'active'),
      field: 'distanceLearning.order',
      message: /^нет обязательного поля «order» — /,
    });
  });
});

describe('rule 1: wrong types', () => {
  test('text where a number belongs (in a frontmatter, with the right line)', () => {
    const file = 'faq/ocenki.md';
    const dir = withFile(file, replace('order: 1', 'order: первый'));
    expectExactly(dir, {
      file,
      line: 4,
      column: 8,
      field: 'order',
      message: /^ожидалось число, а указано: текст — напишите число без кавычек$/,
    });
  });

  test('a quoted number where a number belongs', () => {
    const file = 'timetable/classes/6b.yaml';
    const dir = withFile(file, replace('shift: 1', 'shift: "1"'));
    expectExactly(dir, { file, line: 2, column: 8, field: 'shift', message: /^ожидалось число, а указано: текст — / });
  });

  test('text where true/false belongs', () => {
    const file = 'platforms/moya-shkola.yaml';
    const dir = withFile(file, replace('primary: false', 'primary: нет'));
    expectExactly(dir, { file, ...positionOf(dir, file, 'нет'), field: 'primary', message: /^ожидалось true или false — / });
  });

  test('a single value where a list belongs', () => {
    const file = 'staff/ivanova-m-p.yaml';
    const dir = withFile(file, replace('subjects: [Русский язык, Литература]', 'subjects: Русский язык'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'Русский язык'),
      field: 'subjects',
      message: /^ожидался список, а указано: текст — /,
    });
  });

  test('an empty value of a required field', () => {
    const file = 'pages/devices.md';
    const dir = withFile(file, replace('nav: true', 'nav:'));
    const problems = expectExactly(dir, { file, line: 4, column: 5, field: 'nav', message: / — / });
    expect(problems[0]!.message).toMatch(/пустое значение|true или false/);
  });
});

describe('rule 1: bad enum values', () => {
  test('a misspelt kind is named, the closest allowed value suggested and all allowed values listed', () => {
    const dir = withFile('contacts.yaml', replace('kind: hotline', 'kind: hotlin'));
    expectExactly(dir, {
      file: 'contacts.yaml',
      ...positionOf(dir, 'contacts.yaml', 'hotlin'),
      field: 'kind',
      message:
        /^недопустимое значение «hotlin» — возможно, имелось в виду «hotline»; вид контакта — hotline, psychologist, social, administration, it-support, email или other$/,
    });
  });

  test('a Russian word instead of an enum value in a guide', () => {
    const file = 'guides/sferum-vhod.md';
    const dir = withFile(file, replace('device: phone', 'device: телефон'));
    expectExactly(dir, {
      file,
      line: 5,
      column: 9,
      field: 'device',
      message: /^недопустимое значение «телефон»; устройство — computer, phone, tablet или any$/,
    });
  });

  test('a bad value inside a list names the item', () => {
    const dir = withFile('contacts.yaml', replace('audience: [parents, pupils]', 'audience: [parents, pupil]'));
    expectExactly(dir, {
      file: 'contacts.yaml',
      ...positionOf(dir, 'contacts.yaml', 'pupil]'),
      field: 'audience[1]',
      message: /недопустимое значение «pupil» — возможно, имелось в виду «pupils»/,
    });
  });
});

describe('rule 1: a list where a map belongs and the other way round', () => {
  test('a single-entry file written as a list', () => {
    const dir = withFile('school.yaml', '- name: Школа № 3\n- phone: "112"\n');
    expectExactly(dir, {
      file: 'school.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^ожидался набор полей «имя: значение», а указан список — уберите «- » перед полями$/,
    });
  });

  test('a nested map written as a list', () => {
    const dir = withFile(
      'requirements.yaml',
      replace('internet:\n  minMbps: 2\n  recommendedMbps: 10', 'internet:\n  - minMbps: 2\n  - recommendedMbps: 10'),
    );
    expectExactly(dir, {
      file: 'requirements.yaml',
      line: 2,
      column: 3,
      field: 'internet',
      message: /а указан список — уберите «- » перед полями/,
    });
  });

  test('a list file written as a map', () => {
    const dir = withFile('documents.yaml', 'id: prikaz-o-dot\ntitle: Приказ о переходе\nkind: order\ndate: 2026-11-13\n');
    // school.yaml refers to prikaz-o-dot; the unreadable list must not add «no such document».
    expectExactly(dir, {
      file: 'documents.yaml',
      line: 1,
      column: 1,
      field: '',
      message: /^файл должен быть списком: каждый элемент начинается со строки «- » — /,
    });
  });

  test('a day of lessons written as a map', () => {
    const file = 'timetable/classes/6b.yaml';
    const dir = withFile(file, replace('  mon:\n', '  mon:\n    first:\n      x: 1\n  wed:\n'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'first'),
      field: 'days.mon',
      message: /^ожидался список, а указано: набор полей — /,
    });
  });
});

describe('rule 1: ids in list files are unique', () => {
  test('two contacts with the same id: the second one is named', () => {
    const dir = withFile('contacts.yaml', replace('id: psiholog', 'id: goryachaya-liniya'));
    expectExactly(dir, {
      file: 'contacts.yaml',
      ...positionOf(dir, 'contacts.yaml', 'goryachaya-liniya', 1),
      field: 'id',
      message: /^идентификатор «goryachaya-liniya» уже встречается выше в этом файле — придумайте другой$/,
    });
  });
});

describe('rule 1: one broken entry does not hide the others', () => {
  test('two broken items of one list file are both reported', () => {
    const dir = contentCopy({
      'contacts.yaml': (text) => text.replace('kind: hotline', 'kind: hot').replace('kind: psychologist', 'kind: psy'),
    });
    const problems = problemsOf(dir);
    expect(problems.map((problem) => `${problem.line}:${problem.field}`)).toEqual([
      `${positionOf(dir, 'contacts.yaml', 'hot').line}:kind`,
      `${positionOf(dir, 'contacts.yaml', 'kind: psy').line}:kind`,
    ]);
  });
});
