/** Rule 2: references resolve — teachers and responsibles to staff, platforms, classes, the order. */
import type { Problem } from '../../content-model/problem.ts';
import type { Checked, ContentModel } from '../model.ts';
import { didYouMean } from '../suggest.ts';
import { problemAt } from '../validate-entry.ts';

/**
 * Ids of every entry read, valid or not, by collection; undefined for a list file that could not be
 * read. An entry with an error of its own is left out of the model but still exists: a reference to it
 * must not be reported as missing too (one typo in a teacher's file would otherwise flood the output).
 */
export type KnownIds = Partial<Record<'staff' | 'platforms' | 'classes' | 'documents', Set<string> | undefined>>;

interface Target {
  /** The ids that exist; undefined when they cannot be known (the file has its own error). */
  ids: Set<string> | undefined;
  /** What it is, in the genitive: «сотрудника». */
  what: string;
  /** Where such ids come from, for the fix. */
  where: string;
}

function targets(model: ContentModel, known: KnownIds): Record<'staff' | 'platforms' | 'classes' | 'documents', Target> {
  const ids = (name: keyof KnownIds) => (name in known ? known[name] : new Set(model[name].map((entry) => entry.id)));
  return {
    staff: { ids: ids('staff'), what: 'сотрудника', where: 'идентификатор — это имя файла в папке staff/ без .yaml' },
    platforms: { ids: ids('platforms'), what: 'платформы', where: 'идентификатор — это имя файла в папке platforms/ без .yaml' },
    classes: {
      ids: ids('classes'),
      what: 'класса',
      where: 'идентификатор — это имя файла в папке timetable/classes/ без .yaml, например 5a',
    },
    documents: { ids: ids('documents'), what: 'документа', where: 'идентификатор — это поле id в documents.yaml' },
  };
}

/** Checks every reference of the content model; `known` widens the targets to entries with errors. */
export function checkReferences(model: ContentModel, known: KnownIds = {}): Problem[] {
  const all = targets(model, known);
  const problems: Problem[] = [];
  const expect = (entry: Checked<unknown>, path: PropertyKey[], value: string | undefined, target: Target) => {
    if (value === undefined || target.ids === undefined || target.ids.has(value)) return;
    const hint = didYouMean(value, target.ids);
    problems.push(problemAt(entry, path, `нет ${target.what} «${value}» — ${hint ? `${hint}; ` : ''}${target.where}`));
  };

  /** `teacher` is one id or a list of ids. */
  const expectTeachers = (entry: Checked<unknown>, at: PropertyKey[], teacher: string | readonly string[] | undefined) => {
    if (typeof teacher === 'string' || teacher === undefined) expect(entry, [...at, 'teacher'], teacher, all.staff);
    else teacher.forEach((id, t) => expect(entry, [...at, 'teacher', t], id, all.staff));
  };

  for (const school of model.school) expect(school, ['distanceLearning', 'order'], school.data.distanceLearning.order, all.documents);
  for (const person of model.staff) {
    person.data.classes.forEach((id, i) => expect(person, ['classes', i], id, all.classes));
    person.data.accounts.forEach((account, i) => expect(person, ['accounts', i, 'platform'], account.platform, all.platforms));
  }
  for (const timetable of model.classes) {
    expect(timetable, ['classTeacher'], timetable.data.classTeacher, all.staff);
    for (const [day, lessons] of Object.entries(timetable.data.days)) {
      lessons?.forEach((lesson, i) => {
        expectTeachers(timetable, ['days', day, i], lesson.teacher);
        expect(timetable, ['days', day, i, 'platform'], lesson.platform, all.platforms);
        lesson.withClasses?.forEach((id, c) => expect(timetable, ['days', day, i, 'withClasses', c], id, all.classes));
      });
    }
  }
  for (const changes of model.changes) {
    changes.data.changes.forEach((change, i) => {
      expect(changes, ['changes', i, 'class'], change.class, all.classes);
      expectTeachers(changes, ['changes', i], change.teacher);
      expect(changes, ['changes', i, 'platform'], change.platform, all.platforms);
    });
  }
  for (const meeting of model.meetings) {
    expect(meeting, ['platform'], meeting.data.platform, all.platforms);
    expect(meeting, ['responsible'], meeting.data.responsible, all.staff);
    meeting.data.classes.forEach((id, i) => expect(meeting, ['classes', i], id, all.classes));
  }
  for (const item of model.communication) expect(item, ['responsible'], item.data.responsible, all.staff);
  for (const item of model.roadmap) expect(item, ['responsible'], item.data.responsible, all.staff);
  for (const guide of model.guides) expect(guide, ['platform'], guide.data.platform, all.platforms);
  return problems;
}
