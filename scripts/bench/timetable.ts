/**
 * The synthetic school's week: classes, a curriculum per grade, teachers by speciality, and a greedy
 * timetable that never puts a teacher in two classes at the same shift, day and period.
 */
import type { Random } from './random.ts';

export const SCHOOL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Day = (typeof SCHOOL_DAYS)[number];

/** Lesson slots of each shift (the bells file is written from these). */
export const SHIFT_PERIODS: Record<1 | 2, number> = { 1: 7, 2: 6 };
/** Grades taught in the second shift, as in many Russian schools. */
const SECOND_SHIFT_GRADES = new Set([2, 3, 4, 6, 7]);
const LETTERS: readonly [string, string][] = [
  ['А', 'a'],
  ['Б', 'b'],
  ['В', 'v'],
  ['Г', 'g'],
  ['Д', 'd'],
  ['Е', 'e'],
];

/** Specialities: the position written in the staff file and the subjects the teacher gives. */
export const SPECIALITIES = {
  primary: 'Учитель начальных классов',
  russian: 'Учитель русского языка и литературы',
  math: 'Учитель математики',
  cs: 'Учитель информатики',
  physics: 'Учитель физики',
  chemistry: 'Учитель химии',
  biology: 'Учитель биологии',
  geography: 'Учитель географии',
  history: 'Учитель истории и обществознания',
  english: 'Учитель английского языка',
  pe: 'Учитель физической культуры',
  music: 'Учитель музыки',
  art: 'Учитель изобразительного искусства',
  tech: 'Учитель труда (технологии)',
  obzr: 'Преподаватель-организатор ОБЗР',
} as const;
export type Speciality = keyof typeof SPECIALITIES;

const SUBJECT_SPECIALITY: Record<string, Speciality> = {
  'Русский язык': 'russian',
  Литература: 'russian',
  Математика: 'math',
  Алгебра: 'math',
  Геометрия: 'math',
  'Вероятность и статистика': 'math',
  Информатика: 'cs',
  Физика: 'physics',
  Химия: 'chemistry',
  Биология: 'biology',
  География: 'geography',
  История: 'history',
  Обществознание: 'history',
  'Английский язык': 'english',
  'Физическая культура': 'pe',
  Музыка: 'music',
  'Изобразительное искусство': 'art',
  'Труд (технология)': 'tech',
  'Основы безопасности и защиты Родины': 'obzr',
  'Литературное чтение': 'primary',
  'Окружающий мир': 'primary',
};
/** In grades 1–4 the class's own teacher gives these. */
const PRIMARY_OWN = new Set([
  'Русский язык',
  'Литературное чтение',
  'Математика',
  'Окружающий мир',
  'Изобразительное искусство',
  'Труд (технология)',
]);
/** Subjects taught to half a class at a time. */
const SPLIT = new Set(['Английский язык']);

const C = (text: string): [string, number][] =>
  text.split(';').map((part) => {
    const [name, hours] = part.split('=');
    return [name!.trim(), Number(hours)];
  });
const PRIMARY =
  'Русский язык=5; Литературное чтение=4; Математика=4; Окружающий мир=2; Изобразительное искусство=1; Музыка=1; Труд (технология)=1; Физическая культура=2';
const SENIOR =
  'Русский язык=3; Литература=3; Английский язык=3; Алгебра=3; Геометрия=2; Вероятность и статистика=1; Информатика=1; История=2; Обществознание=1; География=2; Биология=2; Физика=3; Химия=2; Основы безопасности и защиты Родины=1; Физическая культура=2';
/** Lessons a week by grade (after the federal basic curriculum, slightly simplified). */
const CURRICULUM: Record<number, [string, number][]> = {
  1: C(PRIMARY),
  2: C(`${PRIMARY}; Английский язык=2`),
  3: C(`${PRIMARY}; Английский язык=2`),
  4: C(`${PRIMARY}; Английский язык=2`),
  5: C(
    'Русский язык=5; Литература=3; Английский язык=3; Математика=5; История=2; География=1; Биология=1; Музыка=1; Изобразительное искусство=1; Труд (технология)=2; Физическая культура=2',
  ),
  6: C(
    'Русский язык=6; Литература=3; Английский язык=3; Математика=5; История=2; Обществознание=1; География=1; Биология=1; Музыка=1; Изобразительное искусство=1; Труд (технология)=2; Физическая культура=2',
  ),
  7: C(
    'Русский язык=4; Литература=2; Английский язык=3; Алгебра=3; Геометрия=2; Вероятность и статистика=1; Информатика=1; История=2; Обществознание=1; География=2; Биология=1; Физика=2; Музыка=1; Изобразительное искусство=1; Труд (технология)=1; Физическая культура=2',
  ),
  8: C(
    'Русский язык=3; Литература=2; Английский язык=3; Алгебра=3; Геометрия=2; Вероятность и статистика=1; Информатика=1; История=2; Обществознание=1; География=2; Биология=2; Физика=2; Химия=2; Труд (технология)=1; Основы безопасности и защиты Родины=1; Физическая культура=2',
  ),
  9: C(SENIOR),
  10: C(
    'Русский язык=2; Литература=3; Английский язык=3; Алгебра=4; Геометрия=3; Вероятность и статистика=1; Информатика=1; История=2; Обществознание=2; География=1; Биология=1; Физика=2; Химия=1; Основы безопасности и защиты Родины=1; Физическая культура=2',
  ),
  11: C(
    'Русский язык=2; Литература=3; Английский язык=3; Алгебра=4; Геометрия=3; Вероятность и статистика=1; Информатика=1; История=2; Обществознание=2; География=1; Биология=1; Физика=2; Химия=1; Основы безопасности и защиты Родины=1; Физическая культура=2',
  ),
};

export interface Teacher {
  /** Index into the staff list (the generator gives names later). */
  index: number;
  speciality: Speciality;
  /** Subjects actually taught and class ids taught, in order of first lesson. */
  subjects: Set<string>;
  classes: Set<string>;
  /** Lessons a week. */
  load: number;
}

export interface LessonPlan {
  period: number;
  subject: string;
  teacher: number;
  group?: string;
}

export interface ClassPlan {
  id: string;
  name: string;
  grade: number;
  shift: 1 | 2;
  classTeacher?: number;
  days: Record<Day, LessonPlan[]>;
}

/** Spreads `count` classes over grades 1–11 (at most six parallels): ids `5a`, names `5А`. */
function makeClasses(count: number): Omit<ClassPlan, 'days' | 'classTeacher'>[] {
  const parallels = Array.from({ length: 11 }, (_, i) => Math.floor(count / 11) + (i < count % 11 ? 1 : 0));
  return parallels.flatMap((n, i) =>
    LETTERS.slice(0, Math.min(n, LETTERS.length)).map(([letter, latin]) => ({
      id: `${i + 1}${latin}`,
      name: `${i + 1}${letter}`,
      grade: i + 1,
      shift: SECOND_SHIFT_GRADES.has(i + 1) ? (2 as const) : (1 as const),
    })),
  );
}

function specialityOf(grade: number, subject: string): Speciality {
  return grade <= 4 && PRIMARY_OWN.has(subject) ? 'primary' : SUBJECT_SPECIALITY[subject]!;
}

/** How many teachers of each speciality: one primary teacher per class of grades 1–4, the rest by hours. */
function staffing(classes: readonly { grade: number }[], teacherCount: number): Speciality[] {
  const hours = new Map<Speciality, number>();
  for (const { grade } of classes) {
    for (const [subject, perWeek] of CURRICULUM[grade]!) {
      const speciality = specialityOf(grade, subject);
      if (speciality !== 'primary') hours.set(speciality, (hours.get(speciality) ?? 0) + perWeek * (SPLIT.has(subject) ? 2 : 1));
    }
  }
  const primary = classes.filter((c) => c.grade <= 4).length;
  const total = [...hours.values()].reduce((a, b) => a + b, 0);
  const free = Math.max(teacherCount - primary, hours.size);
  // At least one per speciality and no more than ~24 lessons a week each; the rest by share of hours.
  const counts = [...hours].map(([speciality, h]) => [speciality, Math.max(1, Math.ceil(h / 24), Math.round((free * h) / total))] as const);
  const list: Speciality[] = Array.from({ length: primary }, () => 'primary');
  for (const [speciality, n] of counts) list.push(...Array.from({ length: n }, () => speciality));
  return list;
}

export interface SchoolWeek {
  classes: ClassPlan[];
  teachers: Teacher[];
}

/** Builds the week: who teaches what where, with no teacher double-booked. */
export function planWeek(random: Random, classCount: number, teacherCount: number): SchoolWeek {
  const bare = makeClasses(classCount);
  const teachers: Teacher[] = staffing(bare, teacherCount).map((speciality, index) => ({
    index,
    speciality,
    subjects: new Set(),
    classes: new Set(),
    load: 0,
  }));
  const bySpeciality = new Map<Speciality, Teacher[]>();
  for (const teacher of random.shuffle(teachers))
    bySpeciality.set(teacher.speciality, [...(bySpeciality.get(teacher.speciality) ?? []), teacher]);
  const primaryQueue = [...(bySpeciality.get('primary') ?? [])];
  const busy = new Set<string>();
  const slot = (shift: number, day: Day, period: number, teacher: number) => `${shift}|${day}|${period}|${teacher}`;

  const classes = bare.map((c): ClassPlan => {
    const own = c.grade <= 4 ? primaryQueue.shift() : undefined;
    // One teacher per speciality for this class (two for split subjects), the least loaded first.
    const chosen = new Map<Speciality, Teacher[]>();
    const teachersFor = (subject: string): Teacher[] => {
      const speciality = specialityOf(c.grade, subject);
      if (speciality === 'primary') return [own!];
      if (!chosen.has(speciality)) {
        const pool = [...bySpeciality.get(speciality)!].sort((a, b) => a.load - b.load);
        chosen.set(speciality, pool.slice(0, SPLIT.has(subject) && pool.length > 1 ? 2 : 1));
      }
      return chosen.get(speciality)!;
    };
    const remaining = new Map(CURRICULUM[c.grade]!.map(([subject, perWeek]) => [subject, perWeek]));
    for (const [subject, perWeek] of remaining) teachersFor(subject).forEach((t) => (t.load += perWeek));

    const total = [...remaining.values()].reduce((a, b) => a + b, 0);
    const days = {} as Record<Day, LessonPlan[]>;
    SCHOOL_DAYS.forEach((day, d) => {
      const count = Math.min(SHIFT_PERIODS[c.shift], Math.floor(total / 5) + (d < total % 5 ? 1 : 0));
      const today = new Map<string, number>();
      const lessons: LessonPlan[] = [];
      // Lessons go in the earliest free periods; when nobody is free, the day moves on a period.
      for (let period = 1, placed = 0; period <= SHIFT_PERIODS[c.shift] && placed < count; period++) {
        const candidates = random
          .shuffle([...remaining].filter(([subject, left]) => left > 0 && (today.get(subject) ?? 0) < 2))
          .sort((a, b) => b[1] - a[1] + ((today.get(a[0]) ?? 0) - (today.get(b[0]) ?? 0)) * 10);
        const fit = candidates.find(([subject]) => teachersFor(subject).every((t) => !busy.has(slot(c.shift, day, period, t.index))));
        if (!fit) continue; // a free period («окно»)
        const [subject] = fit;
        const givers = teachersFor(subject);
        givers.forEach((t, g) => {
          busy.add(slot(c.shift, day, period, t.index));
          t.subjects.add(subject);
          t.classes.add(c.id);
          lessons.push({ period, subject, teacher: t.index, ...(givers.length > 1 ? { group: `${g + 1} группа` } : {}) });
        });
        placed++;
        remaining.set(subject, remaining.get(subject)! - 1);
        today.set(subject, (today.get(subject) ?? 0) + 1);
      }
      days[day] = lessons;
    });
    return { ...c, ...(own ? { classTeacher: own.index } : {}), days };
  });

  // Class teachers of grades 5–11: a teacher of the class who leads no other class yet.
  const leading = new Set(classes.flatMap((c) => (c.classTeacher === undefined ? [] : [c.classTeacher])));
  for (const c of classes.filter((plan) => plan.classTeacher === undefined)) {
    const candidates = teachers.filter((t) => t.classes.has(c.id) && !leading.has(t.index));
    const pick = candidates.length > 0 ? random.pick(candidates) : undefined;
    if (pick) {
      c.classTeacher = pick.index;
      leading.add(pick.index);
    }
  }
  return { classes, teachers };
}
