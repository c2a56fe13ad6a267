/**
 * Rule 2: references resolve — `teacher`/`responsible` to a staff id, every `platform` to a platform,
 * classes to timetables, `school.distanceLearning.order` to a document — with the closest id suggested.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies, replace, withFile } from '../helpers/content-fixture.ts';
import { expectExactly, problemsOf } from './support.ts';

afterAll(removeContentCopies);

describe('rule 2: every reference resolves', () => {
  test('an unknown lesson teacher, with the closest staff id suggested', () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('teacher: petrov-i-v', 'teacher: petrow-i-v'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'petrow-i-v'),
      field: 'days.mon[1].teacher',
      message:
        /^нет сотрудника «petrow-i-v» — возможно, имелось в виду «petrov-i-v»; идентификатор — это имя файла в папке staff\/ без \.yaml$/,
    });
  });

  test('an unknown teacher with nothing close gets no suggestion, only where ids come from', () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('teacher: petrov-i-v', 'teacher: kuznetsova-a-a'));
    const [problem] = expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'kuznetsova-a-a'),
      field: 'days.mon[1].teacher',
      message: /^нет сотрудника «kuznetsova-a-a» — идентификатор — это имя файла в папке staff\/ без \.yaml$/,
    });
    expect(problem!.message).not.toContain('возможно');
  });

  test('an unknown meeting platform', () => {
    const file = 'meetings/2026-11-19-5a.yaml';
    const dir = withFile(file, replace('platform: sferum', 'platform: sferun'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'sferun'),
      field: 'platform',
      message: /^нет платформы «sferun» — возможно, имелось в виду «sferum»; идентификатор — это имя файла в папке platforms\/ без \.yaml$/,
    });
  });

  test('an unknown guide platform (in a frontmatter)', () => {
    const file = 'guides/domashnee-zadanie.md';
    const dir = withFile(file, replace('platform: moya-shkola', 'platform: moyashkola'));
    expectExactly(dir, {
      file,
      line: 3,
      column: 11,
      field: 'platform',
      message: /^нет платформы «moyashkola» — возможно, имелось в виду «moya-shkola»/,
    });
  });

  test('an unknown platform of a staff account', () => {
    const file = 'staff/ivanova-m-p.yaml';
    const dir = withFile(file, replace('platform: sferum', 'platform: vk'));
    expectExactly(dir, { file, ...positionOf(dir, file, 'vk'), field: 'accounts[0].platform', message: /^нет платформы «vk» — / });
  });

  test('an unknown responsible in the communication schedule', () => {
    const dir = withFile('communication.yaml', replace('responsible: petrov-i-v', 'responsible: petrov-iv'));
    expectExactly(dir, {
      file: 'communication.yaml',
      ...positionOf(dir, 'communication.yaml', 'petrov-iv'),
      field: 'responsible',
      message: /^нет сотрудника «petrov-iv» — возможно, имелось в виду «petrov-i-v»; /,
    });
  });

  test('an unknown responsible in the roadmap and in a meeting', () => {
    const dir = contentCopy({
      'roadmap.yaml': replace('responsible: petrov-i-v', 'responsible: ivanov-i-v'),
      'meetings/2026-11-19-5a.yaml': replace('responsible: ivanova-m-p', 'responsible: ivanova-mp'),
    });
    expectExactly(
      dir,
      {
        file: 'roadmap.yaml',
        ...positionOf(dir, 'roadmap.yaml', 'ivanov-i-v'),
        field: 'responsible',
        message: /^нет сотрудника «ivanov-i-v» — возможно, имелось в виду «(petrov-i-v|ivanova-m-p)»/,
      },
      {
        file: 'meetings/2026-11-19-5a.yaml',
        ...positionOf(dir, 'meetings/2026-11-19-5a.yaml', 'ivanova-mp'),
        field: 'responsible',
        message: /^нет сотрудника «ivanova-mp» — возможно, имелось в виду «ivanova-m-p»/,
      },
    );
  });

  test('an unknown class of a staff member, with the closest class id', () => {
    const file = 'staff/petrov-i-v.yaml';
    const dir = withFile(file, replace('[5a, 6b]', '[5a, 6v]'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, '6v'),
      field: 'classes[1]',
      message: /^нет класса «6v» — возможно, имелось в виду «6b»; идентификатор — это имя файла в папке timetable\/classes\/ без \.yaml/,
    });
  });

  test('an unknown class teacher and an unknown meeting class', () => {
    const dir = contentCopy({
      'timetable/classes/6b.yaml': replace('classTeacher: petrov-i-v', 'classTeacher: petrov'),
      'meetings/2026-11-19-5a.yaml': replace('classes: [5a]', 'classes: [5А]'),
    });
    const problems = problemsOf(dir);
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      // «5А» in Cyrillic is not an id at all: the id format error comes first, no reference check on it.
      'meetings/2026-11-19-5a.yaml classes[0]',
      'timetable/classes/6b.yaml classTeacher',
    ]);
    expect(problems[0]!.message).toMatch(/латиницей в нижнем регистре/);
    expect(problems[1]!.message).toMatch(/^нет сотрудника «petrov» — возможно, имелось в виду «petrov-i-v»/);
  });

  test('the order that introduced distance learning must be a document id', () => {
    const dir = withFile('school.yaml', replace('order: prikaz-o-dot', 'order: prikaz-o-do'));
    expectExactly(dir, {
      file: 'school.yaml',
      ...positionOf(dir, 'school.yaml', 'prikaz-o-do'),
      field: 'distanceLearning.order',
      message: /^нет документа «prikaz-o-do» — возможно, имелось в виду «prikaz-o-dot»; идентификатор — это поле id в documents\.yaml$/,
    });
  });
});

describe('rule 2: an entry with its own error is still there for references', () => {
  test('a staff file with a schema error is not also reported as missing from five places', () => {
    const file = 'staff/petrov-i-v.yaml';
    const dir = withFile(file, replace('email: petrov.iv@school3-yurga.ru', 'email: petrov'));
    expectExactly(dir, { file, ...positionOf(dir, file, 'petrov\n'), field: 'email', message: /^это не адрес электронной почты — / });
  });

  test('an unreadable platform file is not also reported as a missing platform', () => {
    const file = 'platforms/moya-shkola.yaml';
    const dir = withFile(file, replace('primary: false', 'support:\n\tphone: "112"\nprimary: false'));
    const problems = problemsOf(dir);
    expect(
      problems.every((problem) => problem.file === file),
      problems.map((problem) => problem.message).join('\n'),
    ).toBe(true);
  });

  test('a class with an error is not also reported as a missing class', () => {
    const file = 'timetable/classes/6b.yaml';
    const dir = withFile(file, replace('class: 6Б', 'class: шестой Б'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'шестой Б'),
      field: 'class',
      message: /^название класса — номер от 1 до 11 и буква/,
    });
  });

  test('an unreadable documents.yaml is reported once, not again from school.yaml', () => {
    const dir = withFile('documents.yaml', replace('kind: order', 'kind: order: x'));
    const problems = problemsOf(dir);
    expect(problems.map((problem) => problem.file)).toEqual(['documents.yaml']);
  });
});
