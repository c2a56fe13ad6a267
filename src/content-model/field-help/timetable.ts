/**
 * Field hints for the timetable: the bells, a day's changes and each class's week, whose six weekdays
 * share one set of hints (dayHelp). Part of the hint table of ../field-help.ts.
 */
import { DATE_RULE, LINK_RULE, TIME_RULE, type CollectionHelp, type Help } from './common.ts';

const TEACHER_HELP =
  'Учитель: имя его файла в папке staff/ без .yaml, например petrov-i-v; если учителей несколько — список [petrov-i-v, orlov-s-p]';
const weekValues = { a: 'неделя А (первая)', b: 'неделя Б (вторая)' };

const dayNames = {
  mon: 'понедельник',
  tue: 'вторник',
  wed: 'среду',
  thu: 'четверг',
  fri: 'пятницу',
  sat: 'субботу',
} as const;

/** The hints of one weekday of a class timetable: `days.mon`, `days.mon[].period`… */
function dayHelp(day: keyof typeof dayNames): Record<string, Help> {
  const base = `days.${day}`;
  return {
    [base]: `Уроки в ${dayNames[day]}: список, каждый урок начинается с «- period: …»; нет уроков — не пишите этот день`,
    [`${base}[]`]: 'Один урок: номер, предмет, учитель, онлайн или самостоятельно',
    [`${base}[].period`]: 'Номер урока, например 1; такой урок должен быть в смене класса в timetable/bells.yaml',
    [`${base}[].subject`]: 'Предмет, как в расписании школы: «Математика», «Окружающий мир»',
    [`${base}[].teacher`]: TEACHER_HELP,
    [`${base}[].teacher[]`]: 'Один из учителей урока: имя его файла в папке staff/ без .yaml',
    [`${base}[].week`]: {
      text: 'Только для двухнедельного расписания: в какую неделю урок; каждую неделю — не пишите',
      values: weekValues,
    },
    [`${base}[].withClasses`]:
      'Общий урок нескольких классов: другие классы на этом же уроке, имена файлов из timetable/classes/, например [5b, 5v]',
    [`${base}[].withClasses[]`]: 'Другой класс на этом уроке: имя файла из timetable/classes/ без .yaml',
    [`${base}[].platform`]: 'Где идёт урок: имя файла в папке platforms/ без .yaml, например sferum',
    [`${base}[].link`]: `Ссылка на видеоурок или задание: ${LINK_RULE}`,
    [`${base}[].group`]: 'Группа, если класс делится: «1 группа»; два урока в одно время можно, только если группы разные',
    [`${base}[].online`]: 'true — урок по видеосвязи, false — самостоятельная работа по заданию',
    [`${base}[].note`]: 'Короткое пояснение к уроку: «задание в „Моей школе“ до 18:00»',
  };
}

/** timetable/bells.yaml: the bells of each shift. */
export const bellsHelp: CollectionHelp = {
  about: 'Расписание звонков: уроки каждой смены с временем начала и конца',
  fields: {
    shifts: 'Смены школы; каждая начинается с «- id: 1»',
    'shifts[]': 'Одна смена',
    'shifts[].id': 'Номер смены: 1, 2 или 3; классы указывают его в shift',
    'shifts[].title': 'Название над звонками: «Первая смена» (необязательно)',
    'shifts[].periods': 'Уроки смены по порядку: - {n: 1, from: "08:30", to: "09:00"}',
    'shifts[].periods[]': 'Один урок: номер, начало, конец',
    'shifts[].periods[].n': 'Номер урока: 1, 2, 3…',
    'shifts[].periods[].from': `Начало урока: ${TIME_RULE}`,
    'shifts[].periods[].to': `Конец урока (позже начала): ${TIME_RULE}`,
    weekA: `Только для двухнедельного расписания: любой день недели А, дальше недели чередуются А, Б, А…; ${DATE_RULE}`,
  },
};

/** timetable/changes/<date>.yaml: one day's timetable changes. */
export const changesHelp: CollectionHelp = {
  about: 'Изменения в расписании на один день (замены); имя файла — дата, например 2026-12-01.yaml',
  fields: {
    note: 'Пояснение ко всему дню: «уроки сокращены до 30 минут» (необязательно)',
    changes: 'Замены этого дня; каждая начинается с «- class: …»',
    'changes[]': 'Одна замена: класс, номер урока и что вместо него (или cancelled: true)',
    'changes[].class': 'Класс: имя файла из timetable/classes/ без .yaml, например 5a',
    'changes[].period': 'Номер урока, который меняется; такой урок должен быть в смене класса',
    'changes[].group': 'Только для этой группы, если класс делится; не пишите — для всего класса',
    'changes[].cancelled': 'true — урок отменён, ничего вместо него',
    'changes[].subject': 'Предмет вместо обычного; не пишите, если предмет тот же',
    'changes[].teacher': `Кто заменяет. ${TEACHER_HELP}`,
    'changes[].teacher[]': 'Один из учителей: имя его файла в папке staff/ без .yaml',
    'changes[].platform': 'Где идёт урок: имя файла в папке platforms/ без .yaml',
    'changes[].link': `Ссылка на урок или задание: ${LINK_RULE}`,
    'changes[].online': 'true — урок по видеосвязи, false — самостоятельная работа',
    'changes[].note': 'Пояснение: «вместо литературы», «задание в „Моей школе“»',
  },
};

/** timetable/classes/<id>.yaml: one class's week of lessons. */
export const classesHelp: CollectionHelp = {
  about: 'Расписание одного класса на неделю; имя файла латиницей (5a, 7v) — id класса',
  fields: {
    class: 'Название класса, как в школе: 5А, 11Б, 5А-1',
    shift: 'Номер смены из timetable/bells.yaml: 1 или 2',
    classTeacher: 'Классный руководитель: имя его файла в staff/ без .yaml (необязательно)',
    days: 'Уроки по дням недели: mon, tue, wed, thu, fri, sat',
    ...dayHelp('mon'),
    ...dayHelp('tue'),
    ...dayHelp('wed'),
    ...dayHelp('thu'),
    ...dayHelp('fri'),
    ...dayHelp('sat'),
  },
};
