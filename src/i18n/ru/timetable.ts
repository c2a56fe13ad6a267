/**
 * Russian words of the timetable pages: class timetables, today's and coming changes, the bells.
 * Part of the dictionary of ../ru.ts.
 */
export const timetableWords = {
  timetable: {
    classes: 'Классы',
    shift: (n: number) => `${n}-я смена`,
    period: 'Урок',
    time: 'Время',
    subject: 'Предмет',
    teacher: 'Учитель',
    where: 'Где',
    online: 'Видеоурок',
    offline: 'Самостоятельно',
    join: 'Войти на урок',
    today: 'Сегодня',
    nowLesson: 'Идёт сейчас',
    nextLesson: 'Следующий урок',
    myTimetable: 'Моё расписание',
    myTimetableHint: 'класс, который вы открывали на этом устройстве',
    classTeacher: 'Классный руководитель',
    chooseClass: 'Выберите класс',
    bellsLink: 'Расписание звонков',
    noLessons: 'Уроков нет',
    /** The label of a lesson held only in one week of a two-week timetable. */
    weekTag: (week: 'a' | 'b') => (week === 'a' ? 'неделя А' : 'неделя Б'),
    /** How the two weeks alternate: «Неделя А — с 16 ноября, неделя Б — с 23 ноября, дальше по очереди». */
    weeksAlternate: (first: string, firstFrom: string, second: string, secondFrom: string) =>
      `${first[0]!.toUpperCase()}${first.slice(1)} — с ${firstFrom}, ${second} — с ${secondFrom}, дальше по очереди`,
    /** A joint lesson: «вместе с 5Б, 5В». */
    withClasses: (names: readonly string[]) => `вместе с ${names.join(', ')}`,
    changesTitle: 'Изменения в расписании',
    /** «3-й урок». */
    periodNumber: (n: number) => `${n}-й урок`,
    changesNone: 'Изменений на ближайшие дни нет',
    cancelled: 'Урок отменён',
    replaced: 'Замена',
    added: 'Дополнительный урок',
    /** «вместо: Литература» under a replacement. */
    instead: (subject: string) => `вместо: ${subject}`,
    changesToday: 'Изменения в расписании сегодня',
    changesFeedTitle: (date: string) => `Изменения в расписании на ${date}`,
    changesOfClasses: (classes: readonly string[]) => `Классы: ${classes.join(', ')}`,
    classTitle: (name: string) => `Расписание ${name} класса`,
    searchTitle: (name: string) => `Расписание ${name}`,
    classLink: (name: string) => `${name} класс`,
    grades: (from: number, to: number) => `${from}–${to} классы`,
    indexIntro: 'Выберите класс: уроки на неделю, учителя и ссылки на видеоуроки.',
    lesson: 'Предмет, учитель, где',
    bells: 'Звонки',
    start: 'Начало',
    end: 'Конец',
    break: 'Перемена',
    minutes: (n: number) => `${n} мин`,
    week: 'Дни недели',
    shiftClasses: 'Классы',
    bellsIntro: 'Время уроков и перемен в каждую смену. Расписание уроков каждого класса — на странице класса.',
    allClasses: 'Все классы',
  },
} as const;
