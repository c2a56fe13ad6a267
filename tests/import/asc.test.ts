/**
 * aSc Timetables XML into a content folder: the YAML produced from a messy hand-written export
 * (tests/fixtures/import/asc-messy.xml), the report, a clean check afterwards, re-import that changes
 * nothing, editor fields kept, a changed export reported, --dry-run, and files the import did not write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { importTimetable } from '../../src/import/index.ts';
import { removeContentCopies } from '../helpers/content-fixture.ts';
import { filesOf, fixture, readYaml, schoolToImportInto, type ClassYaml } from './support.ts';

afterAll(removeContentCopies);

const ASC = fixture('asc-messy.xml');

describe('aSc XML: what the first import writes', () => {
  let dir: string;
  let report: string;
  beforeAll(async () => {
    dir = schoolToImportInto();
    ({ report } = await importTimetable(ASC, dir));
  });

  test('one file per real class; the club among the classes is left out and said why', () => {
    const files = Object.keys(filesOf(dir))
      .filter((file) => file.startsWith('timetable/classes/'))
      .sort();
    expect(files).toEqual([
      'timetable/classes/10b-2.yaml',
      'timetable/classes/10b.yaml',
      'timetable/classes/1a.yaml',
      'timetable/classes/5a-1.yaml',
      'timetable/classes/5a.yaml',
      'timetable/classes/6b.yaml',
    ]);
    expect(readYaml<ClassYaml>(dir, 'timetable/classes/1a.yaml').class).toBe('1A');
    expect(readYaml<ClassYaml>(dir, 'timetable/classes/5a-1.yaml').class).toBe('5А-1');
    // «10 «Б»» loses its quotes; the Latin «10B» stays a class of its own.
    const names = ['10b.yaml', '10b-2.yaml'].map((file) => readYaml<ClassYaml>(dir, `timetable/classes/${file}`).class).sort();
    expect(names).toEqual(['10B', '10Б']);
    expect(report).toContain('класс «Кружок робототехники»: название не похоже на класс');
  });

  test('the existing 5А keeps its file, class teacher and the editor’s link and platform', () => {
    const cls = readYaml<ClassYaml>(dir, 'timetable/classes/5a.yaml');
    expect(cls.classTeacher).toBe('ivanova-m-p');
    expect(cls.days['mon']).toEqual([
      {
        period: 1,
        subject: 'Русский язык',
        teacher: 'ivanova-m-p',
        platform: 'sferum',
        link: 'https://sferum.ru/?call_link=Aa1Bb2Cc3',
        online: true,
      },
      { period: 2, subject: 'Математика', teacher: 'petrov-i-v', platform: 'sferum', online: true },
    ]);
    // «ПЕТРОВ И.В.» in capitals is Петров Игорь Васильевич; period 13 of a 30-minute day.
    expect(cls.days['wed']).toEqual([{ period: 13, subject: 'Математика', teacher: 'petrov-i-v', online: true }]);
    expect(cls.days['tue']).toBeUndefined();
  });

  test('A/B weeks share a period; a joint lesson names the other class; groups and two teachers', () => {
    const first = readYaml<ClassYaml>(dir, 'timetable/classes/1a.yaml');
    expect(first.days['thu']!.map(({ subject, week }) => [subject, week])).toEqual([
      ['Литературное чтение', 'a'],
      ['Музыка', 'b'],
    ]);
    const byName = (name: string) =>
      (['10b', '10b-2'] as const).find((id) => readYaml<ClassYaml>(dir, `timetable/classes/${id}.yaml`).class === name)!;
    const latin = byName('10B');
    const cyrillic = byName('10Б');
    const tenB = readYaml<ClassYaml>(dir, `timetable/classes/${latin}.yaml`);
    expect(tenB.days['tue']!.map((lesson) => [lesson.period, lesson.subject, lesson.withClasses])).toEqual([
      [13, 'Физическая культура', [cyrillic]],
      [14, 'Физическая культура', [cyrillic]],
    ]);
    expect(readYaml<ClassYaml>(dir, `timetable/classes/${cyrillic}.yaml`).days['tue']![0]!.withClasses).toEqual([latin]);
    // «Федоров» in the file is «Фёдоров» in staff/; «Сёмина» is new.
    expect(tenB.days['mon']!.map(({ group, teacher }) => [group, teacher])).toEqual([
      ['1 группа', 'fedorov-d-s'],
      ['2 группа', 'semina-o-n'],
    ]);
    expect(tenB.days['fri']).toEqual([{ period: 5, subject: 'Информатика', teacher: ['orlov-s-p', 'petrov-i-v'], online: true }]);
    expect(tenB.classTeacher).toBe('gusev-p');
  });

  test('bells come from the periods, 14 of them, quoted as the guide writes them', () => {
    const bells = readFileSync(join(dir, 'timetable/bells.yaml'), 'utf8');
    expect(bells).toContain('{ n: 14, from: "16:40", to: "17:10" }');
    expect(readYaml<{ shifts: { periods: unknown[] }[] }>(dir, 'timetable/bells.yaml').shifts[0]!.periods).toHaveLength(14);
  });

  test('teachers nobody matched get a minimal staff file and are listed', () => {
    expect(readYaml(dir, 'staff/semina-o-n.yaml')).toEqual({
      name: 'Сёмина Ольга Николаевна',
      position: 'Учитель',
      subjects: ['Английский язык', 'Литературное чтение', 'Музыка'],
      classes: expect.arrayContaining(['1a']) as unknown,
    });
    expect(report).toMatch(/Учителя, которых нет в staff\/.*\(3\):\n {2}staff\/semina-o-n\.yaml — Сёмина Ольга Николаевна/);
    expect(report).toContain('staff/orlov-s-p.yaml — Орлов С. П. (Информатика)');
    expect(report).not.toMatch(/fedorov|petrov-i-v\.yaml|ivanova-m-p\.yaml/);
  });

  test('what was skipped, and why, is in the report', () => {
    expect(report).toContain('уроки без карточек (1): не расставлены в расписании aSc');
    expect(report).toContain('карточки другой четверти (1): загружается четверть 1');
    expect(report).toMatch(/Этих классов нет в файле.*\n {2}timetable\/classes\/6b\.yaml/);
  });

  test('the imported content passes the checker (warnings only: new teachers have no e-mail)', () => {
    const { problems } = checkContent(dir);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(problems.map((problem) => problem.file).sort()).toEqual(['staff/gusev-p.yaml', 'staff/orlov-s-p.yaml', 'staff/semina-o-n.yaml']);
  });
});

describe('aSc XML: importing again', () => {
  test('the same file twice: nothing written, «нет» changes', async () => {
    const dir = schoolToImportInto();
    await importTimetable(ASC, dir);
    const before = filesOf(dir);
    const again = await importTimetable(ASC, dir);
    expect(again.plan.files.size).toBe(0);
    expect(filesOf(dir)).toEqual(before);
    expect(again.report).toContain('Изменения с прошлой загрузки:\n  нет — расписание то же самое.');
    expect(again.report).toContain('ничего — все файлы уже такие.');
  });

  test('a changed export updates lessons, keeps what the editor added, and says what changed', async () => {
    const dir = schoolToImportInto();
    await importTimetable(ASC, dir);
    const file = join(dir, 'timetable/classes/1a.yaml');
    const edited = readFileSync(file, 'utf8').replace(
      '      week: a\n      online: true\n',
      '      week: a\n      platform: sferum\n      link: https://sferum.ru/?call_link=Editor1\n      online: false\n      note: Читаем вместе с родителями\n',
    );
    writeFileSync(file, edited);
    // Музыка moves from period 3 to period 4 on Thursday.
    const changed = join(dir, '..', 'changed.xml');
    writeFileSync(changed, readFileSync(ASC, 'utf8').replace('<card lessonid="L05" period="3"', '<card lessonid="L05" period="4"'));
    const { report } = await importTimetable(changed, dir);
    const cls = readYaml<ClassYaml>(dir, 'timetable/classes/1a.yaml');
    expect(cls.days['thu']).toEqual([
      {
        period: 3,
        subject: 'Литературное чтение',
        teacher: 'semina-o-n',
        week: 'a',
        platform: 'sferum',
        link: 'https://sferum.ru/?call_link=Editor1',
        online: false,
        note: 'Читаем вместе с родителями',
      },
      { period: 4, subject: 'Музыка', teacher: 'semina-o-n', week: 'b', online: true },
    ]);
    expect(report).toContain('1A: добавлено 1 урок, убрано 1');
    expect(report).toContain('+ чт, 4-й урок (неделя Б): Музыка (semina-o-n)');
    expect(report).toContain('− чт, 3-й урок (неделя Б): Музыка (semina-o-n)');
  });

  test('a class gone from the export: its file is deleted only if the import wrote it', async () => {
    const dir = schoolToImportInto();
    await importTimetable(ASC, dir);
    const without = join(dir, '..', 'without-1a.xml');
    writeFileSync(without, readFileSync(ASC, 'utf8').replace('<class id="C1A" name="1A"', '<class id="C1A" name="Кружок 1A"'));
    const { report } = await importTimetable(without, dir);
    const files = Object.keys(filesOf(dir));
    expect(files).not.toContain('timetable/classes/1a.yaml');
    expect(files).toContain('timetable/classes/6b.yaml'); // the editor's own file, not in the export either
    expect(report).toContain('1A: класса больше нет в файле — его файл удаляется');
    expect(report).toContain('удалить timetable/classes/1a.yaml');
  });

  test('--dry-run prints what would change and writes nothing', async () => {
    const dir = schoolToImportInto();
    const before = filesOf(dir);
    const { report } = await importTimetable(ASC, dir, { dryRun: true });
    expect(filesOf(dir)).toEqual(before);
    expect(report).toContain('Пробный запуск (--dry-run): ничего не записано. Записалось бы:');
    expect(report).toContain('записать timetable/classes/1a.yaml');
    expect(report).toContain('записать staff/semina-o-n.yaml');
  });

  test('--term 2 takes the cards of the second half-year', async () => {
    const dir = schoolToImportInto();
    await importTimetable(ASC, dir, { term: 2 });
    const cyrillic = ['10b', '10b-2'].find((id) => readYaml<ClassYaml>(dir, `timetable/classes/${id}.yaml`).class === '10Б')!;
    expect(readYaml<ClassYaml>(dir, `timetable/classes/${cyrillic}.yaml`).days['mon']).toEqual([
      { period: 4, subject: 'Химия', teacher: 'fedorov-d-s', online: true },
    ]);
  });
});

describe('aSc XML: files the editor broke', () => {
  test('a staff file that does not parse keeps its name: the new teacher gets another id', async () => {
    const dir = schoolToImportInto();
    writeFileSync(join(dir, 'staff/semina-o-n.yaml'), 'name: [Сёмина\n');
    await importTimetable(ASC, dir);
    expect(readFileSync(join(dir, 'staff/semina-o-n.yaml'), 'utf8')).toBe('name: [Сёмина\n');
    expect(readYaml<{ name: string }>(dir, 'staff/semina-o-n-2.yaml').name).toBe('Сёмина Ольга Николаевна');
  });
});
