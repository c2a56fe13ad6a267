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
import { stringify } from 'yaml';
import { collections } from '../content-model/collections.ts';
import { readCollection } from '../content-model/read-collection.ts';
import { planBells, readBells } from './bells-plan.ts';
import { classDays, classShift, editorLessons, headerOf } from './class-file.ts';
import { lessonsByClass } from './class-lessons.ts';
import { diffLessons, type ClassDiff } from './diff.ts';
import { addStateFile, readState } from './import-state.ts';
import { ClassIndex, TeacherIndex } from './match.ts';
import type { ImportedTimetable, Skipped } from './model.ts';
import { asRecord, text } from './raw-values.ts';

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
  const bells = readBells(contentDir);

  // Full names first, so a teacher written both ways gets the full name in a new staff file.
  const allNames = [...new Set(imported.lessons.flatMap((lesson) => lesson.teachers))].sort((a, b) => b.length - a.length);
  const teacherIds = new Map(allNames.map((name) => [name, teachers.resolve(name)]));

  const byClass = lessonsByClass(imported.lessons, skipped);

  const files = new Map<string, string | null>();
  const { shiftPeriods, bellsUpdated } = planBells(imported.periods, bells, files);

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
    const kept = editorLessons(oldDays);
    const { shift, lacking } = classShift(lessons, old, shiftPeriods);
    if (lacking.length > 0) missing.set(shift, new Set([...(missing.get(shift) ?? []), ...lacking]));

    const days = classDays(id, lessons, kept, { teacherIds, createdTeachers, classIndex });
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

  addStateFile(files, state, contentDir, bells);

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
