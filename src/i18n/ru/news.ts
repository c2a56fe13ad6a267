/**
 * Russian words of what the school tells families: parents' meetings, announcements (and the urgent
 * banner) and frequent questions. Part of the dictionary of ../ru.ts.
 */
export const newsWords = {
  meetings: {
    upcoming: 'Ближайшие собрания',
    past: 'Прошедшие собрания',
    wholeSchool: 'Вся школа',
    agenda: 'Повестка',
    join: 'Подключиться',
    next: 'Ближайшее собрание',
    none: 'Собраний пока не запланировано',
    intro: 'Собрания проходят онлайн. Ссылка для подключения появляется у каждого собрания; заранее проверьте камеру и микрофон.',
    when: 'Когда',
    classes: 'Классы',
    platform: 'Где',
    responsible: 'Проводит',
    joinHint: 'Ссылка откроется в приложении или браузере.',
    noLink: 'Ссылку пришлют в чат класса перед собранием.',
    calendar: 'Добавить все собрания в календарь телефона (файл .ics)',
    classCalendar: (name: string) => `Собрания ${name} — в календарь`,
    classCalendars: 'Собрания одного класса — в календарь',
    classCalendarsHint: 'Собрания класса и общешкольные. Нажмите на класс, чтобы добавить их в календарь.',
    addOne: 'В календарь',
    addOneHint: 'напомнит накануне и за 30 минут',
    summary: 'Итоги',
    recording: 'Запись собрания',
  },
  faq: { intro: 'Ответы на вопросы, которые чаще всего задают родители и ученики.', questions: 'Вопросы', back: 'К списку вопросов' },
  announcements: {
    title: 'Объявления',
    current: 'Действующие объявления',
    archive: 'Архив',
    none: 'Сейчас действующих объявлений нет.',
    until: (date: string) => `действует до ${date}`,
    level: { info: 'Информация', important: 'Важно', urgent: 'Срочно' } as Record<string, string>,
    /** The urgent banner on every page: its name for screen readers and the word before the notice. */
    bannerRegion: 'Срочное объявление',
    bannerLead: 'Внимание:',
  },
} as const;
