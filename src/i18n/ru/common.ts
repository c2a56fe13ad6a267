/**
 * Russian words many sections share: who something is for (parents, pupils, teachers), the days of
 * the week, short and full, and month names. Part of the dictionary of ../ru.ts.
 */
export const commonWords = {
  audience: { parents: 'родители', pupils: 'ученики', teachers: 'учителя' } as Record<string, string>,
  audiencePlural: { parents: 'Родителям', pupils: 'Ученикам', teachers: 'Учителям' } as Record<string, string>,
  days: { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб', sun: 'вс' } as Record<string, string>,
  /** «ежедневно»: hours that hold on all seven days. */
  everyDay: 'ежедневно',
  /** Month names as in «16 ноября». */
  monthsGenitive: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  daysFull: {
    mon: 'Понедельник',
    tue: 'Вторник',
    wed: 'Среда',
    thu: 'Четверг',
    fri: 'Пятница',
    sat: 'Суббота',
    sun: 'Воскресенье',
  } as Record<string, string>,
} as const;

/** The days' names inside a sentence, lower case: «(понедельник, 3-й урок)», a field's allowed values. */
export const dayNamesInText: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(commonWords.daysFull).map(([day, name]) => [day, name.toLowerCase()]),
);
