/**
 * The one writer: turns an imported timetable into the content files it changes — one file per class
 * in `timetable/classes/`, a minimal `staff/` file per teacher nobody matched, the bells when the
 * file has times — and what to tell the editor. Nothing is written here (see apply.ts), so
 * `--dry-run` and the real run report the same.
 *
 * Re-import keeps what the editor added and the timetabling software does not know (link, online,
 * platform, note), matched by class, day, period and subject (and group). A class file the import
 * did not write is never deleted; one it wrote earlier is deleted when the class leaves the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseDocument, Scalar, stringify, YAMLMap, YAMLSeq } from 'yaml';
import { collections } from '../content-model/collections.ts';
import { readCollection } from '../content-model/read-collection.ts';
import { schoolDays, type SchoolDay } from '../lib/week.ts';
import { FORMAT_NAMES, type ImportedLesson, type ImportedTimetable, type Skipped } from './model.ts';
import { ClassIndex, TeacherIndex } from './match.ts';
import { foldText } from './names.ts';
import { diffLessons, type ClassDiff } from './diff.ts';

/** The state the import keeps between runs (a dot file: the checker and the site ignore it). */
export const STATE_FILE = 'timetable/.import.json';

interface State {
  /** Files the import wrote, relative to the content folder. */
  written: string[];
}

/** A lesson as written into a class file, in the order of its fields there. */
export interface LessonOut {
  period: number;
  subject: string;
  teacher: string | string[];
  group?: string;
  week?: 'a' | 'b';
  withClasses?: string[];
  platform?: string;
  link?: string;
  online: boolean;
  note?: string;
}

export interface ClassSummary {
  id: string;
  name: string;
  lessons: number;
  created: boolean;
}

export interface ImportPlan {
  format: ImportedTimetable['format'];
  /** Path → new text, or null to delete; only files whose text changes. */
  files: Map<string, string | null>;
  classes: ClassSummary[];
  lessonCount: number;
  teachersCreated: { id: string; name: string; subjects: string[] }[];
  skipped: Skipped[];
  diffs: ClassDiff[];
  /** Class files in the content folder the file does not mention and the import did not write: kept. */
  untouched: string[];
  /** Lesson numbers some class uses that its shift in bells.yaml lacks. */
  missingBells: { shift: number; periods: number[] }[];
  bellsUpdated: boolean;
}

const EDITOR_FIELDS = ['platform', 'link', 'online', 'note'] as const;

type Raw = Record<string, unknown>;
const asRecord = (value: unknown): Raw => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {});
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function readState(contentDir: string): State {
  try {
    const parsed = JSON.parse(readFileSync(join(contentDir, STATE_FILE), 'utf8')) as Partial<State>;
    return { written: Array.isArray(parsed.written) ? parsed.written.filter((file) => typeof file === 'string') : [] };
  } catch {
    return { written: [] };
  }
}

/** The key that finds the editor's version of a lesson: day, period, subject, group (case and ё aside). */
const editorKey = (day: string, lesson: { period?: unknown; subject?: unknown; group?: unknown }) =>
  `${day}|${String(lesson.period)}|${foldText(String(lesson.subject))}|${foldText(String(lesson.group ?? ''))}`;

/** Slots a lesson takes in its class: a lesson without week takes both weeks. */
const slotsOf = (lesson: ImportedLesson) =>
  (lesson.week ? [lesson.week] : ['a', 'b']).map((week) => `${lesson.day}|${lesson.period}|${week}`);

function headerOf(name: string, format: ImportedTimetable['format']): string {
  return [
    `# Расписание ${name}: загружено командой npm run import (${FORMAT_NAMES[format]}).`,
    '# При следующей загрузке уроки обновятся, а дописанные вами link, online, platform и note сохранятся.',
    '',
  ].join('\n');
}

/** Bell periods written the way the guide shows them: `- {n: 1, from: "08:30", to: "09:00"}`. */
function periodsNode(periods: readonly { n: number; from: string; to: string }[]): YAMLSeq {
  const node = new YAMLSeq();
  for (const period of periods) {
    const item = new YAMLMap();
    item.flow = true;
    item.set('n', period.n);
    for (const key of ['from', 'to'] as const) {
      const time = new Scalar(period[key]);
      time.type = Scalar.QUOTE_DOUBLE;
      item.set(key, time);
    }
    node.items.push(item);
  }
  return node;
}

export function planImport(imported: ImportedTimetable, contentDir: string): ImportPlan {
  const state = readState(contentDir);
  const skipped = [...imported.skipped];
  const staffRead = readCollection(contentDir, 'staff', collections.staff);
  const teachers = new TeacherIndex(
    staffRead.entries.map((entry) => ({ id: entry.id, name: text(asRecord(entry.data)['name']) ?? entry.id })),
    staffRead.ids ?? [],
  );
  const classesRead = readCollection(contentDir, 'classes', collections.classes);
  const existing = new Map(classesRead.entries.map((entry) => [entry.id, { file: entry.file, data: asRecord(entry.data) }]));
  const classIndex = new ClassIndex(
    classesRead.entries.map((entry) => ({ id: entry.id, name: text(asRecord(entry.data)['class']) ?? entry.id })),
    classesRead.ids ?? [],
  );
  const bellsFile = collections.bells.storage.file;
  const bellsText = existsSync(join(contentDir, bellsFile)) ? readFileSync(join(contentDir, bellsFile), 'utf8') : undefined;
  const bellsDocument = bellsText === undefined ? undefined : parseDocument(bellsText);

  // Full names first, so a teacher written both ways gets the full name in a new staff file.
  const allNames = [...new Set(imported.lessons.flatMap((lesson) => lesson.teachers))].sort((a, b) => b.length - a.length);
  const teacherIds = new Map(allNames.map((name) => [name, teachers.resolve(name)]));

  /** Lessons by class name, without duplicates; the second lesson in a taken slot is skipped. */
  const byClass = new Map<string, ImportedLesson[]>();
  for (const lesson of imported.lessons) {
    const list = byClass.get(lesson.className) ?? [];
    byClass.set(lesson.className, list);
    if (lesson.teachers.length === 0) {
      skipped.push({ what: `${lesson.className}, ${lesson.origin}`, why: `у урока «${lesson.subject}» не указан учитель` });
      continue;
    }
    const same = list.find(
      (other) =>
        other.day === lesson.day &&
        other.period === lesson.period &&
        other.group === lesson.group &&
        other.week === lesson.week &&
        foldText(other.subject) === foldText(lesson.subject),
    );
    if (same) {
      // One lesson written twice (a double entry, or one row per teacher): one lesson, all teachers.
      for (const teacher of lesson.teachers) if (!same.teachers.includes(teacher)) same.teachers.push(teacher);
      continue;
    }
    const clash = list.find(
      (other) =>
        slotsOf(other).some((slot) => slotsOf(lesson).includes(slot)) &&
        (other.group === undefined || lesson.group === undefined || other.group === lesson.group),
    );
    if (clash) {
      skipped.push({
        what: `${lesson.className}, ${lesson.origin}`,
        why: `«${lesson.subject}» стоит на то же время (${lesson.period}-й урок), что и «${clash.subject}», а класс не делится на группы — оставлен первый урок`,
      });
      continue;
    }
    list.push(lesson);
  }

  const shiftPeriods = new Map<number, Set<number>>();
  const shiftsNode = bellsDocument?.toJS() as { shifts?: { id?: unknown; periods?: { n?: unknown }[] }[] } | undefined;
  for (const shift of shiftsNode?.shifts ?? []) {
    if (typeof shift.id === 'number') shiftPeriods.set(shift.id, new Set((shift.periods ?? []).map((period) => Number(period.n))));
  }
  let bellsUpdated = false;
  const files = new Map<string, string | null>();
  if (imported.periods.length > 0) {
    const periods = [...imported.periods].sort((a, b) => a.n - b.n).map(({ n, from, to }) => ({ n, from, to }));
    const document = bellsDocument ?? parseDocument('# Расписание звонков: загружено командой npm run import.\nshifts: []\n');
    const shifts = (document.get('shifts') as { items?: unknown[] } | undefined)?.items ?? [];
    const index = (shiftsNode?.shifts ?? []).findIndex((shift) => shift.id === 1);
    const node = periodsNode(periods);
    if (index >= 0) document.setIn(['shifts', index, 'periods'], node);
    else document.setIn(['shifts', shifts.length], document.createNode({ id: 1, title: 'Первая смена', periods: periodsNode(periods) }));
    const next = document.toString({ lineWidth: 0 });
    if (next !== bellsText) {
      files.set(bellsFile, next);
      bellsUpdated = true;
    }
    shiftPeriods.set(1, new Set(periods.map((period) => period.n)));
  }

  const classes: ClassSummary[] = [];
  const diffs: ClassDiff[] = [];
  const missing = new Map<number, Set<number>>();
  const importedIds = new Set<string>();
  const createdTeachers = new Map(
    teachers.created.map((person) => [person.id, { ...person, subjects: new Set<string>(), classes: new Set<string>() }]),
  );

  for (const [name, lessons] of [...byClass].sort(([a], [b]) => a.localeCompare(b, 'ru', { numeric: true }))) {
    if (lessons.length === 0) continue;
    const id = classIndex.idOf(name);
    importedIds.add(id);
    const file = posix.join(collections.classes.storage.dir, `${id}.yaml`);
    const old = existing.get(id)?.data;
    const oldDays = asRecord(old?.['days']);
    const kept = new Map<string, Raw>();
    for (const day of schoolDays) {
      for (const lesson of Array.isArray(oldDays[day]) ? (oldDays[day] as unknown[]) : [])
        kept.set(editorKey(day, asRecord(lesson)), asRecord(lesson));
    }
    const periodsUsed = new Set(lessons.map((lesson) => lesson.period));
    const oldShift = typeof old?.['shift'] === 'number' ? (old['shift'] as number) : undefined;
    const fits = (shift: number) => [...periodsUsed].every((n) => shiftPeriods.get(shift)?.has(n));
    const shift = oldShift !== undefined && (fits(oldShift) || !fits(1)) ? oldShift : 1;
    const lacking = [...periodsUsed].filter((n) => shiftPeriods.size > 0 && !shiftPeriods.get(shift)?.has(n));
    if (lacking.length > 0) missing.set(shift, new Set([...(missing.get(shift) ?? []), ...lacking]));

    const days: Partial<Record<SchoolDay, LessonOut[]>> = {};
    for (const day of schoolDays) {
      const todays = lessons
        .filter((lesson) => lesson.day === day)
        .sort(
          (a, b) =>
            a.period - b.period ||
            (a.week ?? '').localeCompare(b.week ?? '') ||
            (a.group ?? '').localeCompare(b.group ?? '', 'ru', { numeric: true }),
        );
      if (todays.length === 0) continue;
      days[day] = todays.map((lesson) => {
        const ids = [...new Set(lesson.teachers.map((teacher) => teacherIds.get(teacher)!))];
        for (const teacherId of ids) {
          createdTeachers.get(teacherId)?.subjects.add(lesson.subject);
          createdTeachers.get(teacherId)?.classes.add(id);
        }
        const editor = kept.get(editorKey(day, lesson)) ?? {};
        const out: LessonOut = { period: lesson.period, subject: lesson.subject, teacher: ids.length === 1 ? ids[0]! : ids, online: true };
        if (lesson.group) out.group = lesson.group;
        if (lesson.week) out.week = lesson.week;
        if (lesson.withClasses.length > 0) out.withClasses = lesson.withClasses.map((other) => classIndex.idOf(other));
        for (const field of EDITOR_FIELDS) if (editor[field] !== undefined) (out as unknown as Raw)[field] = editor[field];
        if (lesson.link) out.link = lesson.link;
        // Fields in the order the guide shows them.
        const { period, subject, teacher, group, week, withClasses, platform, link, online, note } = out;
        return Object.fromEntries(
          Object.entries({ period, subject, teacher, group, week, withClasses, platform, link, online, note }).filter(
            ([, value]) => value !== undefined,
          ),
        ) as unknown as LessonOut;
      });
    }
    const classTeacherName = imported.classTeachers.get(name);
    const classTeacher = (classTeacherName && teachers.find(classTeacherName)) ?? text(old?.['classTeacher']);
    const data = { class: text(old?.['class']) ?? name, shift, ...(classTeacher ? { classTeacher } : {}), days };
    const next = headerOf(data.class, imported.format) + stringify(data, { lineWidth: 0 });
    const current = existsSync(join(contentDir, file)) ? readFileSync(join(contentDir, file), 'utf8') : undefined;
    if (next !== current) files.set(file, next);
    classes.push({
      id,
      name: data.class,
      lessons: Object.values(days).reduce((sum, list) => sum + list.length, 0),
      created: old === undefined,
    });
    diffs.push(diffLessons(id, data.class, oldDays, days, old === undefined));
  }

  const untouched: string[] = [];
  for (const [id, entry] of existing) {
    if (importedIds.has(id)) continue;
    if (state.written.includes(entry.file)) {
      files.set(entry.file, null);
      diffs.push({ id, name: text(entry.data['class']) ?? id, created: false, removedClass: true, added: [], removed: [], changed: [] });
    } else untouched.push(entry.file);
  }

  const teachersCreated = [...createdTeachers.values()].map((person) => ({
    id: person.id,
    name: person.name,
    subjects: [...person.subjects].sort(),
  }));
  for (const person of createdTeachers.values()) {
    const file = posix.join(collections.staff.storage.dir, `${person.id}.yaml`);
    const data = {
      name: person.name,
      position: 'Учитель',
      subjects: [...person.subjects].sort((a, b) => a.localeCompare(b, 'ru')),
      classes: [...person.classes].sort(),
    };
    files.set(
      file,
      `# Создано при загрузке расписания: в файле расписания этого учителя не нашлось среди staff/.\n# Проверьте ФИО, допишите должность (position) и рабочую почту (email).\n${stringify(data, { lineWidth: 0 })}`,
    );
  }

  const written = [
    ...new Set([
      ...state.written.filter((file) => files.get(file) !== null),
      ...[...files].filter(([, value]) => value !== null).map(([file]) => file),
    ]),
  ]
    .filter((file) => file !== bellsFile || state.written.includes(file) || bellsText === undefined)
    .sort();
  const nextState = `${JSON.stringify({ written }, null, 2)}\n`;
  if (
    files.size > 0 &&
    nextState !== (existsSync(join(contentDir, STATE_FILE)) ? readFileSync(join(contentDir, STATE_FILE), 'utf8') : undefined)
  )
    files.set(STATE_FILE, nextState);

  return {
    format: imported.format,
    files,
    classes,
    lessonCount: classes.reduce((sum, entry) => sum + entry.lessons, 0),
    teachersCreated,
    skipped,
    diffs: diffs.filter((diff) => diff.created || diff.removedClass || diff.added.length + diff.removed.length + diff.changed.length > 0),
    untouched,
    missingBells: [...missing].map(([shift, periods]) => ({ shift, periods: [...periods].sort((a, b) => a - b) })),
    bellsUpdated,
  };
}
