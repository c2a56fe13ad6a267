/**
 * aSc Timetables' «aSc Timetables 2012 XML» export: `<timetable>` with tables of periods, days,
 * weeks, terms, subjects, teachers, classes, groups, lessons and cards. A card is one placed period of
 * a lesson; the lesson names its subject, teachers, classes and groups (ids, comma-separated); `days`,
 * `weeks` and `terms` are bit masks. Lessons without cards are not placed and are skipped.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { schoolDays } from '../lib/week.ts';
import { ImportError, type ImportedLesson, type ImportedPeriod, type ImportedTimetable, type Skipped } from './model.ts';
import { normalizeClassName, parseClock } from './names.ts';

/** The XML document, or an ImportError with the line of the first fault. */
export function parseXml(text: string): Element {
  let failure: ImportError | undefined;
  const document = (() => {
    try {
      return new DOMParser({
        onError: (level, message, context: { locator?: { lineNumber?: number; columnNumber?: number } } | undefined) => {
          if (level === 'warning') return;
          const line = context?.locator?.lineNumber;
          const column = context?.locator?.columnNumber;
          failure ??= new ImportError(
            `XML-файл повреждён${line ? ` (строка ${line}${column ? `, столбец ${column}` : ''})` : ''}: ${message} — выгрузите расписание из программы заново, не правя файл вручную`,
            line,
          );
          throw failure;
        },
      }).parseFromString(text, 'text/xml');
    } catch (error) {
      if (failure) throw failure;
      throw new ImportError(
        `XML-файл не читается: ${String(error instanceof Error ? error.message : error)} — выгрузите расписание заново`,
      );
    }
  })();
  const root = document.documentElement;
  if (!root) throw new ImportError('в XML-файле нет данных — выгрузите расписание заново');
  return root;
}

function rows(root: Element, table: string, row: string): Element[] {
  const section = root.getElementsByTagName(table)[0];
  return section ? Array.from(section.getElementsByTagName(row)) : [];
}

const ids = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/** Indexes of the set bits of a mask like `01000`. */
const bits = (mask: string | null): number[] => [...(mask ?? '')].flatMap((bit, i) => (bit === '1' ? [i] : []));

/** Whether a root element is an aSc export. */
export function isAscTimetable(root: Element): boolean {
  return root.tagName === 'timetable' && root.getElementsByTagName('cards').length + root.getElementsByTagName('lessons').length > 0;
}

/** The aSc export as the common model; `term` (from 1) selects the cards of one term. */
export function parseAsc(root: Element, options: { term?: number } = {}): ImportedTimetable {
  if (!isAscTimetable(root)) {
    throw new ImportError(
      root.tagName === 'fet'
        ? 'это файл проекта FET (.fet), а не выгрузка расписания — в FET откройте «Расписание → Экспорт» и загрузите файл …_timetable.csv'
        : `это XML-файл, но не выгрузка aSc Timetables (корневой элемент <${root.tagName}>, а нужен <timetable> с уроками и карточками) — в aSc выберите «Файл → Экспорт → aSc Timetables 2012 XML»`,
    );
  }
  const skipped: Skipped[] = [];
  const byId = (table: string, row: string) =>
    new Map(rows(root, table, row).map((element) => [element.getAttribute('id') ?? '', element]));
  const subjects = byId('subjects', 'subject');
  const teachers = byId('teachers', 'teacher');
  const classes = byId('classes', 'class');
  const groups = byId('groups', 'group');
  const lessons = byId('lessons', 'lesson');

  const periods: ImportedPeriod[] = rows(root, 'periods', 'period').flatMap((element) => {
    const n = Number(element.getAttribute('period') ?? element.getAttribute('name'));
    const from = parseClock(element.getAttribute('starttime') ?? '');
    const to = parseClock(element.getAttribute('endtime') ?? '');
    return Number.isInteger(n) && from && to ? [{ n, from, to }] : [];
  });

  const teacherName = (id: string) => {
    const element = teachers.get(id);
    if (!element) return undefined;
    const full = [element.getAttribute('lastname'), element.getAttribute('firstname')].filter(Boolean).join(' ');
    return element.getAttribute('name') || full || element.getAttribute('short') || undefined;
  };

  /** Class names by id; pseudo-classes (clubs, cohorts) are reported once and left out. */
  const classNames = new Map<string, string>();
  for (const [id, element] of classes) {
    const raw = element.getAttribute('name') || element.getAttribute('short') || id;
    const name = normalizeClassName(raw);
    if (name) classNames.set(id, name);
    else
      skipped.push({
        what: `класс «${raw}»`,
        why: 'название не похоже на класс (нужны номер от 1 до 11 и буква) — если это кружок или поток, так и должно быть',
      });
  }
  const classTeachers = new Map<string, string>();
  for (const [id, element] of classes) {
    const name = classNames.get(id);
    const teacher = teacherName(element.getAttribute('teacherid') ?? '');
    if (name && teacher) classTeachers.set(name, teacher);
  }

  const result: ImportedLesson[] = [];
  const placed = new Set<string>();
  let otherTerms = 0;
  let longCycles = 0;
  for (const card of rows(root, 'cards', 'card')) {
    const lessonId = card.getAttribute('lessonid') ?? '';
    const lesson = lessons.get(lessonId);
    if (!lesson) {
      skipped.push({ what: `карточка урока «${lessonId}»`, why: 'такого урока нет в разделе lessons' });
      continue;
    }
    placed.add(lessonId);
    const terms = bits(card.getAttribute('terms'));
    const termMask = card.getAttribute('terms') ?? '';
    if (termMask.length > 1 && !terms.includes((options.term ?? 1) - 1)) {
      otherTerms += 1;
      continue;
    }
    const weekBits = bits(card.getAttribute('weeks'));
    const weekMask = card.getAttribute('weeks') ?? '';
    let week: 'a' | 'b' | undefined;
    if (weekMask.length === 2 && weekBits.length === 1) week = weekBits[0] === 0 ? 'a' : 'b';
    else if (weekMask.length > 2 && weekBits.length !== weekMask.length) {
      longCycles += 1;
      continue;
    }
    const period = Number(card.getAttribute('period'));
    const subjectElement = subjects.get(lesson.getAttribute('subjectid') ?? '');
    const subject = subjectElement?.getAttribute('name') || subjectElement?.getAttribute('short') || '';
    const lessonClasses = ids(lesson.getAttribute('classids')).filter((id) => classNames.has(id));
    const lessonGroups = ids(lesson.getAttribute('groupids'))
      .map((id) => groups.get(id))
      .filter((group) => group !== undefined);
    const names = ids(lesson.getAttribute('teacherids'))
      .map(teacherName)
      .filter((name) => name !== undefined);
    if (subject === '' || !Number.isInteger(period)) {
      skipped.push({ what: `карточка урока «${lessonId}»`, why: subject === '' ? 'у урока нет предмета' : 'у карточки нет номера урока' });
      continue;
    }
    for (const dayIndex of bits(card.getAttribute('days'))) {
      const day = schoolDays[dayIndex];
      if (!day) {
        skipped.push({ what: `урок «${subject}» (карточка «${lessonId}»)`, why: 'стоит на воскресенье' });
        continue;
      }
      for (const classId of lessonClasses) {
        const group = lessonGroups.find((element) => element.getAttribute('classid') === classId);
        const entire = !group || group.getAttribute('entireclass') === '1';
        result.push({
          className: classNames.get(classId)!,
          day,
          period,
          subject,
          teachers: names,
          group: entire ? undefined : (group.getAttribute('name') ?? undefined),
          week,
          withClasses: lessonClasses.filter((other) => other !== classId).map((other) => classNames.get(other)!),
          origin: `карточка урока «${lessonId}»`,
        });
      }
    }
  }
  const unplaced = [...lessons.keys()].filter((id) => !placed.has(id)).length;
  if (unplaced > 0) skipped.push({ what: `уроки без карточек (${unplaced})`, why: 'не расставлены в расписании aSc' });
  if (otherTerms > 0)
    skipped.push({
      what: `карточки другой четверти (${otherTerms})`,
      why: `загружается четверть ${options.term ?? 1}; другую выберите ключом --term N`,
    });
  if (longCycles > 0)
    skipped.push({ what: `карточки с циклом длиннее двух недель (${longCycles})`, why: 'сайт показывает только неделю А и неделю Б' });
  return { format: 'asc', lessons: result, periods, classTeachers, skipped };
}
