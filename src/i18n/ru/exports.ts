/**
 * Russian words inside exported files (calendars, contact cards, structured data) and on the pages
 * that offer them: calendar subscription help, QR codes, the printed memo, the block for the school's
 * own site. Part of the dictionary of ../ru.ts.
 */
export const exportWords = {
  /** Words inside exported files: calendar events, contact cards, structured data. */
  exportTexts: {
    videoLesson: 'Видеоурок',
    selfStudy: 'Самостоятельная работа',
    platform: 'Платформа',
    teacher: 'Учитель',
    joinLesson: 'Войти на урок',
    classTimetable: (className: string) => `Расписание ${className}`,
    onlinePlatform: 'Онлайн, платформа',
    joinMeeting: 'Подключиться',
    agenda: 'Повестка',
    allMeetings: 'Все собрания',
    summary: 'Итоги',
    recording: 'Запись собрания',
    reminderDay: (title: string) => `Завтра: ${title}`,
    reminderSoon: (title: string) => `Через 30 минут: ${title}`,
    hours: 'Часы работы',
    meetingAudience: (classes: string) => `родители учеников ${classes}`,
    meetingAudienceAll: 'родители учеников всей школы',
    noticeName: (shortName: string, period: string) => `${shortName}: дистанционное обучение ${period}`,
    noticeText: (name: string, period: string) =>
      `${name} ${period} проводит обучение дистанционно. Расписание уроков, телефоны горячей линии и инструкции — на сайте.`,
  },
  calendarHelp: {
    title: 'Как подписаться на календарь на iPhone и Android',
    difference:
      'Подписка — календарь телефона сам покажет новые события и изменения в них. «Добавить в календарь» добавляет события один раз: изменения после этого не придут.',
    address: 'Адрес календаря',
    iphone: 'iPhone и iPad',
    iphoneSteps: [
      'Нажмите «Подписаться» — откроется приложение «Календарь».',
      'Нажмите «Подписаться», затем «Добавить». Готово: события появятся в календаре.',
      'Если приложение не открылось: «Настройки» → «Приложения» → «Календарь» → «Учётные записи» → «Новая учётная запись» → «Другое» → «Добавить подписной календарь», вставьте адрес календаря.',
    ],
    android: 'Android (Google Календарь)',
    androidSteps: [
      'Скопируйте адрес календаря выше (нажмите на него и удерживайте).',
      'Откройте в браузере сайт Google Календаря calendar.google.com (войдите в тот же аккаунт Google, что на телефоне) и выберите «Версия для компьютера».',
      'Слева у «Другие календари» нажмите «+» → «Добавить по URL», вставьте адрес, нажмите «Добавить календарь».',
      'В приложении «Google Календарь» календарь появится сам. Если его нет: меню → «Настройки» → выберите календарь и включите «Синхронизация».',
    ],
    once: 'В других календарях нажмите «Добавить в календарь» — события добавятся один раз.',
  },
  exports: {
    qrTitle: 'QR-коды',
    addToCalendar: 'Добавить в календарь',
    subscribe: 'Подписаться',
    subscribeHint: 'изменения появятся в календаре сами',
    meetingsCalendar: 'Все собрания — в календарь',
    allContacts: 'Сохранить все контакты в телефон',
    memo: 'Памятка для печати',
    memoTitle: 'Памятка: дистанционное обучение',
    memoLead: 'Распечатайте и повесьте на холодильник: телефоны, платформа и QR-коды.',
    print: 'Распечатать',
    scanTimetable: 'Расписание уроков',
    scanGuide: 'Инструкция',
    keyContacts: 'Куда звонить',
    platform: 'Где проходят уроки',
    support: 'Поддержка платформы',
    rss: 'Объявления (RSS)',
    embedTitle: 'Блок для сайта школы',
    embedLead:
      'Вставьте этот код на официальный сайт школы — там появится блок с режимом обучения, телефонами горячей линии и ссылками на этот сайт. Блок обновляется сам при каждой публикации.',
    embedCode: 'Код для вставки',
    embedPreview: 'Как выглядит блок',
    embedHeight: 'Если блок обрезан снизу, увеличьте число в height="…".',
    copy: 'Скопировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать — выделите код и нажмите Ctrl+C',
    more: 'Подробнее на сайте',
    updated: 'Обновлено',
  },
} as const;
