/**
 * A synthetic «aSc Timetables 2012 XML» export of a whole school, for the import's large test and
 * its timing: 33 classes (1–11, А/Б/В), two shifts in one day of up to 14 periods, split English
 * groups, joint PE lessons of parallel classes, A/B-week lessons, a pseudo-class and lessons without
 * cards — and no teacher in two places, as aSc guarantees. One seed, one file.
 */
import { createPeople } from './names.ts';
import { createRandom } from './random.ts';

const LETTERS = ['А', 'Б', 'В'];
const DAYS = 5;

/** Weekly lessons of a grade band: subject → lessons a week. */
function curriculum(grade: number): [string, number][] {
  if (grade <= 4)
    return [
      ['Русский язык', 5],
      ['Математика', 4],
      ['Литературное чтение', 4],
      ['Окружающий мир', 2],
      ['Музыка', 1],
      ['Изобразительное искусство', 1],
      ['Труд (технология)', 1],
      ['Физическая культура', 2],
    ];
  if (grade <= 9)
    return [
      ['Русский язык', 4],
      ['Литература', 3],
      ['Математика', 5],
      ['История', 2],
      ['Биология', 1],
      ['География', 2],
      ['Физика', grade >= 7 ? 2 : 0],
      ['Информатика', 1],
      ['Физическая культура', 2],
    ];
  return [
    ['Русский язык', 2],
    ['Литература', 3],
    ['Алгебра', 3],
    ['Геометрия', 2],
    ['История', 2],
    ['Обществознание', 2],
    ['Физика', 2],
    ['Химия', 1],
    ['Биология', 1],
    ['Информатика', 1],
  ];
}

/** The first period of a grade's shift: 2–4 and 6–7 study in the afternoon (periods 8–14). */
const firstPeriod = (grade: number) => ((grade >= 2 && grade <= 4) || grade === 6 || grade === 7 ? 8 : 1);

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const mask = (length: number, index: number) => Array.from({ length }, (_, i) => (i === index ? '1' : '0')).join('');

export interface AscExport {
  xml: string;
  classes: number;
  cards: number;
  teachers: number;
}

export function ascExport(seed = 1): AscExport {
  const random = createRandom(seed);
  const person = createPeople(random);
  const teachers: { id: string; name: string }[] = [];
  const busy = new Set<string>();
  const free = (teacher: string, day: number, period: number) => !busy.has(`${teacher}|${day}|${period}`);
  const take = (teacher: string, day: number, period: number) => busy.add(`${teacher}|${day}|${period}`);
  /** Teachers of each subject, created as needed: each takes at most 24 lessons a week. */
  const load = new Map<string, number>();
  const bySubject = new Map<string, string[]>();
  const teacherFor = (subject: string, lessons: number): string => {
    const pool = bySubject.get(subject) ?? [];
    bySubject.set(subject, pool);
    let found = pool.find((id) => (load.get(id) ?? 0) + lessons <= 24);
    if (!found) {
      const p = person();
      found = `T${String(teachers.length + 1).padStart(3, '0')}`;
      // aSc writes names in many ways: full, or surname and initials.
      teachers.push({
        id: found,
        name: random.chance(0.5) ? p.name : `${p.name.split(' ')[0]} ${p.name.split(' ')[1]![0]}.${p.name.split(' ')[2]![0]}.`,
      });
      pool.push(found);
    }
    load.set(found, (load.get(found) ?? 0) + lessons);
    return found;
  };

  const classes = Array.from({ length: 11 }, (_, i) => i + 1).flatMap((grade) =>
    LETTERS.map((letter) => ({ id: `C${grade}${letter}`, grade, name: `${grade}${letter}` })),
  );
  const lessons: string[] = [];
  const cards: string[] = [];
  const groups: string[] = [];
  let lessonNo = 0;
  const subjects = new Set<string>();
  const lesson = (classIds: string[], subject: string, teacherIds: string[], groupIds: string[], weeks = 'W0') => {
    lessonNo += 1;
    subjects.add(subject);
    const id = `L${String(lessonNo).padStart(4, '0')}`;
    lessons.push(
      `    <lesson id="${id}" classids="${classIds.join(',')}" subjectid="${esc(subject)}" periodspercard="1" periodsperweek="1.0" teacherids="${teacherIds.join(',')}" classroomids="" groupids="${groupIds.join(',')}" capacity="*" seminargroup="" termsdefid="T0" weeksdefid="${weeks}" daysdefid="D1" partner_id=""/>`,
    );
    return id;
  };
  const card = (lessonId: string, day: number, period: number, weeks = '11') =>
    cards.push(
      `    <card lessonid="${lessonId}" period="${period}" weeks="${weeks}" terms="1" days="${mask(DAYS, day)}" classroomids=""/>`,
    );
  for (const cls of classes) {
    groups.push(
      `    <group id="G${cls.id}" classid="${cls.id}" name="Весь класс" entireclass="1" divisiontag="0" studentcount="" studentids=""/>`,
    );
    if (cls.grade >= 5) {
      for (const n of [1, 2])
        groups.push(
          `    <group id="G${cls.id}-${n}" classid="${cls.id}" name="${n} группа" entireclass="0" divisiontag="1" studentcount="" studentids=""/>`,
        );
    }
  }

  /** Slots (day, period) of a class still free. */
  const classBusy = new Set<string>();
  const classFree = (cls: string, day: number, period: number) => !classBusy.has(`${cls}|${day}|${period}`);
  const slotsOf = (grade: number) =>
    Array.from({ length: DAYS }, (_, day) =>
      Array.from({ length: grade <= 4 ? 5 : 7 }, (_, i) => ({ day, period: firstPeriod(grade) + i })),
    ).flat();
  /** Places `count` cards of a lesson in the class's free slots where every teacher is free. */
  const place = (lessonId: string, classIds: string[], teacherIds: string[], grade: number, count: number, weeks = '11') => {
    let placed = 0;
    for (const { day, period } of random.shuffle(slotsOf(grade))) {
      if (placed === count) break;
      if (!classIds.every((cls) => classFree(cls, day, period)) || !teacherIds.every((t) => free(t, day, period))) continue;
      classIds.forEach((cls) => classBusy.add(`${cls}|${day}|${period}`));
      teacherIds.forEach((t) => take(t, day, period));
      card(lessonId, day, period, weeks);
      placed += 1;
    }
  };

  for (const grade of [10, 11]) {
    // PE of the whole parallel together: one lesson of three classes, one teacher.
    const ids = classes.filter((cls) => cls.grade === grade).map((cls) => cls.id);
    const teacher = teacherFor('Физическая культура', 2);
    place(
      lesson(
        ids,
        'Физическая культура',
        [teacher],
        ids.map((id) => `G${id}`),
      ),
      ids,
      [teacher],
      grade,
      2,
    );
  }
  for (const cls of classes) {
    if (cls.grade >= 5) {
      // English in two groups at the same time, two teachers.
      const [first, second] = [teacherFor('Английский язык', 3), teacherFor('Английский язык', 3)];
      const a = lesson([cls.id], 'Английский язык', [first], [`G${cls.id}-1`]);
      const b = lesson([cls.id], 'Английский язык', [second], [`G${cls.id}-2`]);
      let placed = 0;
      for (const { day, period } of random.shuffle(slotsOf(cls.grade))) {
        if (placed === 3) break;
        if (!classFree(cls.id, day, period) || !free(first, day, period) || !free(second, day, period)) continue;
        classBusy.add(`${cls.id}|${day}|${period}`);
        take(first, day, period);
        take(second, day, period);
        card(a, day, period);
        card(b, day, period);
        placed += 1;
      }
    }
    if (cls.grade >= 8) {
      // A/B weeks: Астрономия in week A, Черчение in week B, same slot, one teacher.
      const teacher = teacherFor('Астрономия', 1);
      const a = lesson([cls.id], 'Астрономия', [teacher], [`G${cls.id}`], 'WA');
      const b = lesson([cls.id], 'Черчение', [teacher], [`G${cls.id}`], 'WB');
      for (const { day, period } of random.shuffle(slotsOf(cls.grade))) {
        if (!classFree(cls.id, day, period) || !free(teacher, day, period)) continue;
        classBusy.add(`${cls.id}|${day}|${period}`);
        take(teacher, day, period);
        card(a, day, period, '10');
        card(b, day, period, '01');
        break;
      }
    }
    for (const [subject, count] of curriculum(cls.grade)) {
      if (count === 0 || (subject === 'Физическая культура' && cls.grade >= 10)) continue;
      const teacher = teacherFor(subject, count);
      place(lesson([cls.id], subject, [teacher], [`G${cls.id}`]), [cls.id], [teacher], cls.grade, count);
    }
  }
  // Not placed by aSc: lessons without cards, and a pseudo-class of optional courses.
  lesson(['C11А'], 'Индивидуальный проект', [teacherFor('Индивидуальный проект', 1)], ['GC11А']);
  lesson(['CPOTOK'], 'Финансовая грамотность', [teacherFor('Финансовая грамотность', 1)], ['GCPOTOK']);

  const periods = Array.from({ length: 14 }, (_, i) => {
    const start = 8 * 60 + i * 45;
    const time = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
    return `    <period name="${i + 1}" short="${i + 1}" period="${i + 1}" starttime="${time(start)}" endtime="${time(start + 35)}"/>`;
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<timetable ascttversion="2012" importtype="database" options="idprefix:X" defaultexport="1" displayname="aSc Timetables 2012 XML (synthetic, seed ${seed})">`,
    '  <periods options="canadd,export:silent" columns="period,name,short,starttime,endtime">',
    ...periods,
    '  </periods>',
    '  <daysdefs options="canadd,canremove,canupdate,silent" columns="id,name,short,days">',
    '    <daysdef id="D1" name="Любой день" short="X" days="10000,01000,00100,00010,00001"/>',
    '  </daysdefs>',
    '  <weeksdefs options="canadd,canremove,canupdate,silent" columns="id,name,short,weeks">',
    '    <weeksdef id="W0" name="Все недели" short="Все" weeks="11"/>',
    '    <weeksdef id="WA" name="Неделя А" short="А" weeks="10"/>',
    '    <weeksdef id="WB" name="Неделя Б" short="Б" weeks="01"/>',
    '  </weeksdefs>',
    '  <termsdefs options="canadd,canremove,canupdate,silent" columns="id,name,short,terms"><termsdef id="T0" name="Весь год" short="Год" terms="1"/></termsdefs>',
    '  <subjects options="canadd,export:silent" columns="id,name,short,partner_id">',
    ...[...subjects].map(
      (subject) => `    <subject id="${esc(subject)}" name="${esc(subject)}" short="${esc(subject.slice(0, 4))}" partner_id=""/>`,
    ),
    '  </subjects>',
    '  <teachers options="canadd,export:silent" columns="id,firstname,lastname,name,short,gender,color,email,mobile,partner_id">',
    ...teachers.map(
      (teacher) =>
        `    <teacher id="${teacher.id}" firstname="" lastname="" name="${esc(teacher.name)}" short="${teacher.id}" gender="" color="" email="" mobile="" partner_id=""/>`,
    ),
    '  </teachers>',
    '  <classes options="canadd,export:silent" columns="id,name,short,classroomids,teacherid,grade,partner_id">',
    ...classes.map(
      (cls) =>
        `    <class id="${cls.id}" name="${cls.name}" short="${cls.name}" teacherid="" classroomids="" grade="${cls.grade}" partner_id=""/>`,
    ),
    '    <class id="CPOTOK" name="Поток 10–11 (курсы по выбору)" short="Поток" teacherid="" classroomids="" grade="" partner_id=""/>',
    '  </classes>',
    '  <groups options="canadd,export:silent" columns="id,classid,name,entireclass,divisiontag,studentcount,studentids">',
    ...groups,
    '    <group id="GCPOTOK" classid="CPOTOK" name="Весь класс" entireclass="1" divisiontag="0" studentcount="" studentids=""/>',
    '  </groups>',
    '  <lessons options="canadd,export:silent" columns="id,classids,subjectid,periodspercard,periodsperweek,teacherids,classroomids,groupids,capacity,seminargroup,termsdefid,weeksdefid,daysdefid,partner_id">',
    ...lessons,
    '  </lessons>',
    '  <cards options="canadd,export:silent" columns="lessonid,period,days,weeks,terms,classroomids">',
    ...cards,
    '  </cards>',
    '</timetable>',
    '',
  ].join('\n');
  return { xml, classes: classes.length, cards: cards.length, teachers: teachers.length };
}
