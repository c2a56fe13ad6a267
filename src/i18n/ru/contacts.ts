/**
 * Russian words of the pages about reaching people: contacts, staff and the schedule of communication.
 * Part of the dictionary of ../ru.ts.
 */
export const contactWords = {
  contacts: {
    call: 'Позвонить',
    write: 'Написать',
    hours: 'Часы работы',
    openNow: 'Сейчас работает',
    closedNow: 'Сейчас не работает',
    allDay: 'круглосуточно',
    forAudience: 'Для кого',
    urgentTitle: 'Куда звонить',
    emailTitle: 'Электронная почта',
    allContacts: 'Все контакты',
    saveContact: 'Сохранить в телефон',
    intro: 'Телефоны и почта школы на время дистанционного обучения. Нажмите на номер, чтобы позвонить.',
    onThisPage: 'На этой странице',
    kinds: {
      hotline: 'Горячая линия',
      psychologist: 'Психологическая помощь',
      social: 'Социальная помощь',
      administration: 'Администрация',
      'it-support': 'Техническая поддержка',
      email: 'Электронная почта',
      other: 'Другие организации',
    } as Record<string, string>,
    school: 'Школа',
    address: 'Адрес',
    website: 'Официальный сайт',
    director: 'Директор',
    platformSupport: 'Поддержка платформ',
    platformSupportIntro: 'Если не работает сама платформа, а не ваше устройство. С вопросами о школе и уроках — на горячую линию школы.',
    helpPage: 'Страница помощи',
  },
  staff: {
    intro: 'Как связаться с учителями и сотрудниками школы, когда у них консультации и в каких классах они ведут уроки.',
    groups: { administration: 'Администрация', teacher: 'Учителя', specialist: 'Специалисты', support: 'Другие сотрудники' } as Record<
      string,
      string
    >,
    subjects: 'Предметы',
    classes: 'Классы',
    classTeacher: 'Классный руководитель',
    hours: 'Консультации',
    email: 'Почта',
    accounts: 'Платформы',
    phone: 'Телефон',
    profile: 'профиль',
  },
  communication: {
    intro: 'Когда и где администрация и учителя на связи с родителями, учениками и друг с другом.',
    forms: { meeting: 'собрание', chat: 'чат', phone: 'по телефону', consultation: 'консультация', planning: 'планёрка' } as Record<
      string,
      string
    >,
    when: 'Когда',
    responsible: 'Ответственный',
    channel: 'Где',
  },
} as const;
