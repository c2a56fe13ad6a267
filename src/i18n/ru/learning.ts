/**
 * Russian words of the pages about where and how lessons run: the platforms and the step-by-step
 * guides. Part of the dictionary of ../ru.ts.
 */
export const learningWords = {
  platforms: {
    primary: 'Основная платформа',
    support: 'Поддержка',
    open: 'Открыть',
    guide: 'Как подключиться',
    /** Before the primary platform's guide on the home page. */
    instruction: 'Инструкция',
    intro: 'Где проходят уроки, куда сдавать задания и где смотреть оценки. Для каждой платформы — адрес, служба поддержки и инструкции.',
    usedFor: 'Для чего',
    address: 'Адрес',
    guides: 'Инструкции',
    noGuides: 'Инструкций для этой платформы пока нет.',
    phone: 'Телефон',
    email: 'Почта',
    site: 'Сайт помощи',
    kind: {
      lms: 'задания и учебные материалы',
      video: 'видеоуроки',
      messenger: 'чаты и сообщения',
      diary: 'электронный дневник и оценки',
      other: 'другое',
    } as Record<string, string>,
  },
  guides: {
    steps: 'Шаги',
    minutes: (n: number) => `${n} мин`,
    grades: (from: number, to: number) => (from === to ? `${from} класс` : `${from}–${to} классы`),
    next: 'Следующая инструкция',
    intro: 'Пошаговые инструкции: как войти на платформу, подключиться к уроку, сдать задание и что делать, если что-то не работает.',
    jumpTo: 'Перейти к разделу',
    byTopicTitle: 'По темам',
    platform: 'Платформа',
    gradesLabel: 'Классы',
    time: 'Займёт',
    help: 'Не получилось? Позвоните',
    helpText: 'Расскажите, на каком шаге остановились, — вам помогут по телефону.',
    allGuides: 'Все инструкции',
    filterAll: 'Все устройства',
    filterLabel: 'Показать инструкции для устройства',
    byAudience: 'Для кого',
    byDevice: 'Устройство',
    byTopic: 'Тема',
    device: { computer: 'компьютер', phone: 'телефон', tablet: 'планшет', any: 'любое устройство' } as Record<string, string>,
    topic: {
      connect: 'Подключение',
      lesson: 'Урок',
      homework: 'Домашнее задание',
      troubleshooting: 'Если что-то не работает',
      other: 'Другое',
    } as Record<string, string>,
  },
} as const;
