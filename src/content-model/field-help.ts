/**
 * Russian one-line hints for every field an editor writes, shown by VS Code's YAML extension on hover
 * and in completion (see json-schema.ts). Kept apart from the zod schemas so the schemas stay the
 * contract in code (English comments for programmers) and this table stays the words for teachers.
 *
 * Paths are inside one entry: `name`, `distanceLearning.from`, `hours[]` (an item of a list),
 * `hours[].days`, `grades[0]`. A field with a fixed list of values gives the meaning of each value.
 * `npm run schemas` (and tests/json-schema) fails when a schema field has no hint, a hint names a
 * field that no longer exists, or a value is left unexplained — so this table cannot drift.
 */
import type { CollectionName } from './collections.ts';

/** A hint: plain text, or text plus the meaning of each allowed value. */
export type Help = string | { text: string; values: Record<string, string> };

export interface CollectionHelp {
  /** What one file (or each file of the folder) is: shown for the whole file. */
  about: string;
  /** Field path inside one entry → hint. */
  fields: Record<string, Help>;
}

const ID_RULE = 'латиницей, строчными буквами, цифрами и дефисами';
const TIME_RULE = 'время "ЧЧ:ММ" в кавычках, например "08:30"';
const DATE_RULE = 'дата ГГГГ-ММ-ДД, например 2026-11-16';
const LINK_RULE = 'полная ссылка, начинается с https://';
const ORGANISATION_LINE =
  'true — мобильный номер здесь служебный (линия организации), а не личный; без этого на мобильный номер (+7 9…) проверка предупреждает: личный телефон публикуют только с согласия (152-ФЗ)';
const PHONE_RULE = 'номер в кавычках так, как его показать на сайте: "8 (3843) 36-43-66", "+7 905 123-45-67" или "112"';

const audienceValues = {
  parents: 'родители',
  pupils: 'ученики',
  teachers: 'учителя',
};

const weekDayValues = {
  mon: 'понедельник',
  tue: 'вторник',
  wed: 'среда',
  thu: 'четверг',
  fri: 'пятница',
  sat: 'суббота',
  sun: 'воскресенье',
};

/** The hints of an `hours` list (consultation, opening or contact hours) under `field`. */
function hoursHelp(field: string, what: string): Record<string, Help> {
  return {
    [field]: `${what}: список строк «дни — с — до», например days: [mon, wed], from: "09:00", to: "13:00"`,
    [`${field}[]`]: 'Одна строка часов: в эти дни с from до to',
    [`${field}[].days`]: 'Дни недели в квадратных скобках через запятую: [mon, tue, wed, thu, fri]',
    [`${field}[].days[]`]: { text: 'День недели латиницей', values: weekDayValues },
    [`${field}[].from`]: `С какого времени: ${TIME_RULE}`,
    [`${field}[].to`]: `До какого времени (позже, чем from): ${TIME_RULE}`,
  };
}

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

export const fieldHelp: Record<CollectionName, CollectionHelp> = {
  school: {
    about: 'Сведения о школе и о том, идёт ли сейчас дистанционное обучение',
    fields: {
      name: 'Полное официальное название, как в уставе: «Муниципальное бюджетное общеобразовательное учреждение …»',
      shortName: 'Короткое название для шапки сайта: «МБОУ «СОШ № 47»»',
      address: 'Почтовый адрес одной строкой, с индексом',
      phone: `Телефон приёмной: ${PHONE_RULE}`,
      email: 'Официальная электронная почта школы: school@example.ru',
      website: `Официальный сайт школы: ${LINK_RULE}`,
      region: 'Субъект РФ: «Кемеровская область — Кузбасс»',
      municipality:
        'Муниципалитет: «Новокузнецкий городской округ» (необязательно; в портале региона — обязательно: имя файла муниципалитета или его название)',
      director: 'ФИО директора полностью (необязательно)',
      timezone: 'Часовой пояс школы в виде Регион/Город: Asia/Novokuznetsk, Europe/Moscow; время уроков — по нему',
      distanceLearning: 'Дистанционное обучение: идёт ли сейчас, с какого по какое число и по какому приказу',
      'distanceLearning.active': 'true — сейчас школа учится дистанционно, false — обычное очное обучение',
      'distanceLearning.from': `Первый день дистанционного обучения: ${DATE_RULE}`,
      'distanceLearning.to': `Последний день дистанционного обучения: ${DATE_RULE}`,
      'distanceLearning.order': 'Приказ о переходе: его id из documents.yaml, например prikaz-o-dot',
    },
  },
  announcements: {
    about: 'Объявление; срочное (urgent) показывается полосой на всех страницах до даты expires',
    fields: {
      title: 'Заголовок объявления одной строкой',
      date: `Дата публикации: ${DATE_RULE}`,
      level: {
        text: 'Насколько объявление важно',
        values: {
          info: 'обычное объявление',
          important: 'важное, выделяется в списке',
          urgent: 'срочное: полоса вверху каждой страницы до даты expires',
        },
      },
      expires: `Последний день показа: ${DATE_RULE}; у срочного (urgent) укажите обязательно, иначе полоса не исчезнет`,
    },
  },
  contacts: {
    about: 'Список телефонов и адресов для связи: горячая линия, психолог, поддержка; каждый контакт начинается с «- id: …»',
    fields: {
      id: `Короткое имя контакта ${ID_RULE}: goryachaya-liniya`,
      kind: {
        text: 'Вид контакта: от него зависит, где и как заметно он показан',
        values: {
          hotline: 'горячая линия по дистанционному обучению',
          psychologist: 'психологическая помощь, телефон доверия',
          social: 'социальный педагог, социальная помощь',
          administration: 'администрация школы',
          'it-support': 'техническая поддержка',
          email: 'только электронная почта',
          other: 'другое',
        },
      },
      title: 'Название: «Горячая линия школы по дистанционному обучению»',
      phones:
        'Телефоны списком, каждый с новой строки после «- » и в кавычках; нет телефона — не пишите phones (или phones: []) и укажите email',
      'phones[]': PHONE_RULE,
      organisationLine: ORGANISATION_LINE,
      email: 'Электронная почта (необязательно): psy@example.ru',
      ...hoursHelp('hours', 'Когда отвечают'),
      audience: 'Кому звонить, в квадратных скобках: [parents, pupils, teachers]',
      'audience[]': { text: 'Кому', values: audienceValues },
      person: 'Кто отвечает: должность или ФИО (необязательно)',
      note: 'Короткое пояснение: «звонок бесплатный, анонимно» (необязательно)',
    },
  },
  staff: {
    about: 'Один сотрудник; имя файла (латиницей, например ivanova-m-p) — его id, на него ссылаются расписание и контакты',
    fields: {
      name: 'ФИО полностью: «Иванова Мария Петровна»',
      position: 'Должность: «учитель математики», «заместитель директора по УВР»',
      group: {
        text: 'В каком разделе страницы «Педагоги» показать (по умолчанию teacher)',
        values: {
          administration: 'администрация',
          teacher: 'учителя',
          specialist: 'специалисты: психолог, логопед, социальный педагог',
          support: 'техническая и другая поддержка',
        },
      },
      subjects: 'Предметы списком: [Математика, Геометрия]; нет предметов — [] или не пишите',
      'subjects[]': 'Предмет: «Математика»',
      classes: 'Классы, где ведёт уроки или руководит: имена файлов из timetable/classes/, например [5a, 7v]',
      'classes[]': 'Класс: имя файла из timetable/classes/ без .yaml, например 5a',
      email: 'Рабочая электронная почта: ivanova@example.ru',
      accounts: 'Где учителя найти на платформах; каждая строка начинается с «- platform: …»',
      'accounts[]': 'Учётная запись на одной платформе',
      'accounts[].platform': 'Платформа: имя файла из platforms/ без .yaml, например sferum',
      'accounts[].handle': 'Имя для поиска на платформе, в кавычках: "@ivanova_mp"',
      'accounts[].url': `Прямая ссылка на профиль или чат: ${LINK_RULE}`,
      ...hoursHelp('hours', 'Часы консультаций'),
      phone: `Личный телефон — только с письменного согласия (152-ФЗ), тогда обязателен consent: ${PHONE_RULE}`,
      consent: 'Согласие на публикацию телефона: дата подписания и что разрешено; без него phone писать нельзя',
      'consent.date': `Дата подписания согласия: ${DATE_RULE}`,
      'consent.scope': 'Что разрешено: «мобильный телефон для связи с родителями до конца дистанционного обучения»',
    },
  },
  platforms: {
    about: 'Платформа для обучения; имя файла (например sferum) — её id; всего одна-три платформы, ровно одна основная',
    fields: {
      name: 'Название, как его знают ученики: «Сферум»',
      url: `Адрес платформы: ${LINK_RULE}`,
      kind: 'Для чего платформа, в квадратных скобках: [messenger, video]',
      'kind[]': {
        text: 'Для чего',
        values: {
          lms: 'задания и учебные материалы',
          video: 'видеоуроки',
          messenger: 'чаты и переписка',
          diary: 'электронный дневник и оценки',
          other: 'другое',
        },
      },
      primary: 'true — основная платформа школы (ровно у одной), false — дополнительная',
      description: 'Одно предложение: для чего школа использует платформу',
      support: 'Служба поддержки самой платформы: phone, email, url (любые из них)',
      'support.phone': `Телефон поддержки: ${PHONE_RULE}`,
      'support.email': 'Почта поддержки',
      'support.url': `Страница помощи: ${LINK_RULE}`,
    },
  },
  requirements: {
    about: 'Минимальные технические требования: скорость интернета и что нужно для каждого устройства',
    fields: {
      internet: 'Скорость интернета, Мбит/с: minMbps (минимум) и recommendedMbps (комфортно)',
      'internet.minMbps': 'Минимальная скорость для видеоурока, Мбит/с: 2',
      'internet.recommendedMbps': 'Рекомендуемая скорость, Мбит/с, не меньше минимальной: 10',
      devices: 'Требования к устройствам; каждое начинается с «- device: …»',
      'devices[]': 'Требования к одному виду устройств',
      'devices[].device': {
        text: 'Вид устройства',
        values: { computer: 'настольный компьютер', laptop: 'ноутбук', tablet: 'планшет', phone: 'телефон' },
      },
      'devices[].os': 'Подходящие операционные системы: [Windows 10, Android 9 и новее]',
      'devices[].os[]': 'Операционная система и версия: «Android 9 и новее»',
      'devices[].browsers': 'Браузеры или приложения: [Яндекс Браузер, приложение «Сферум»]',
      'devices[].browsers[]': 'Браузер или приложение',
      'devices[].ramGb': 'Минимум оперативной памяти, ГБ: 4 (необязательно)',
      'devices[].camera': 'Нужна ли камера: true или false',
      'devices[].microphone': 'Нужен ли микрофон: true или false',
      'devices[].headset': 'Советуем ли наушники с микрофоном: true или false',
      'devices[].note': 'Пояснение для родителей простыми словами (необязательно)',
    },
  },
  bells: {
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
  },
  changes: {
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
  },
  classes: {
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
  },
  meetings: {
    about: 'Онлайн-собрание для родителей: когда, где, для каких классов и о чём',
    fields: {
      title: 'Тема собрания: «Собрание родителей 1А класса»',
      date: `День собрания: ${DATE_RULE}`,
      from: `Начало по времени школы: ${TIME_RULE}`,
      to: `Окончание (позже начала): ${TIME_RULE}`,
      classes: 'Для каких классов: имена файлов из timetable/classes/, например [5a, 5b]; [] — для всей школы',
      'classes[]': 'Класс: имя файла из timetable/classes/ без .yaml, например 5a',
      platform: 'Где проходит: имя файла из platforms/ без .yaml, например sferum',
      link: `Ссылка для входа: ${LINK_RULE}`,
      agenda: 'Вопросы повестки, каждый с новой строки после «- »',
      'agenda[]': 'Один вопрос повестки',
      responsible: 'Кто проводит: имя файла сотрудника в staff/ без .yaml (необязательно)',
      summary: 'После собрания: итоги в нескольких предложениях; видны у прошедших собраний (необязательно)',
      recording: `После собрания: ссылка на запись, если её можно показывать родителям: ${LINK_RULE} (необязательно)`,
    },
  },
  communication: {
    about: 'График взаимодействия: регулярные планёрки, чаты, консультации; каждая строка начинается с «- audience: …»',
    fields: {
      audience: { text: 'Для кого', values: audienceValues },
      form: {
        text: 'Форма связи',
        values: {
          meeting: 'совещание или собрание',
          chat: 'чат',
          phone: 'телефон',
          consultation: 'консультация',
          planning: 'планёрка',
        },
      },
      title: 'Что это: «Утренняя планёрка администрации с учителями»',
      ...hoursHelp('hours', 'Точные дни и часы (или вместо них frequency — одно из двух)'),
      frequency: 'Как часто, словами: «каждую среду в 12:30» (или вместо этого hours — одно из двух)',
      responsible: 'Ответственный: имя файла сотрудника в staff/ без .yaml',
      channel: 'Где: «видеозвонок в „Сферуме“», «чат класса» (необязательно)',
    },
  },
  guides: {
    about: 'Пошаговая инструкция; в тексте — нумерованный список шагов, по одному действию в шаге',
    fields: {
      title: 'Что помогает сделать: «Как войти в «Сферум» с телефона»',
      description: 'Одно предложение для списка инструкций (необязательно)',
      platform: 'О какой платформе: имя файла из platforms/ без .yaml, например sferum',
      audience: { text: 'Кто будет выполнять', values: audienceValues },
      device: {
        text: 'Для какого устройства написано',
        values: { computer: 'компьютер или ноутбук', phone: 'телефон', tablet: 'планшет', any: 'любое устройство' },
      },
      topic: {
        text: 'О чём инструкция',
        values: {
          connect: 'как подключиться',
          lesson: 'как проходит урок',
          homework: 'как сдать домашнее задание',
          troubleshooting: 'если что-то не работает',
          other: 'другое',
        },
      },
      grades: 'Для каких классов: [с какого, по какой], например [1, 4] или [1, 11]',
      'grades[0]': 'С какого класса: от 1 до 11',
      'grades[1]': 'По какой класс: от 1 до 11',
      minutes: 'Сколько минут займёт: 10',
      order: 'Место в списке: меньше число — выше',
    },
  },
  faq: {
    about: 'Частый вопрос; ответ — текст файла под шапкой',
    fields: {
      question: 'Вопрос так, как его задал бы родитель',
      audience: { text: 'Кто спрашивает', values: audienceValues },
      order: 'Место в списке: меньше число — выше',
    },
  },
  documents: {
    about: 'Приказы и локальные акты; каждый документ начинается с «- id: …»',
    fields: {
      id: `Короткое имя документа ${ID_RULE}: prikaz-214; на него ссылается school.yaml`,
      title: 'Название документа',
      kind: {
        text: 'Вид документа',
        values: { order: 'приказ', regulation: 'положение', recommendation: 'рекомендации', other: 'другое' },
      },
      number: 'Номер, в кавычках: "214-о" (необязательно)',
      date: `Дата подписания: ${DATE_RULE}`,
      file: 'Файл в папке public/: documents/prikaz-214.pdf (или url — одно из двух)',
      url: `Ссылка на документ на другом сайте: ${LINK_RULE} (или file — одно из двух)`,
    },
  },
  roadmap: {
    about: 'План-график мероприятий со сроками; каждое мероприятие начинается с «- id: "1"»',
    fields: {
      id: 'Номер мероприятия в кавычках: "1" или "1.1" для подпункта',
      title: 'Что нужно сделать',
      deadline: 'Срок: дата 2026-11-20 или месяц словами: «август 2026», «постоянно»',
      status: {
        text: 'Состояние',
        values: { planned: 'запланировано', 'in-progress': 'выполняется', done: 'выполнено' },
      },
      responsible: 'Ответственный: имя файла сотрудника в staff/ без .yaml (необязательно)',
    },
  },
  coordinators: {
    about: 'Ответственные координаторы дистанционного обучения; каждый начинается с «- name: …»',
    fields: {
      name: 'ФИО полностью',
      position: 'Должность',
      workplace: 'Организация: «МБОУ «СОШ № 47»», «Управление образования …»',
      phone: `Рабочий телефон: ${PHONE_RULE}`,
      organisationLine: ORGANISATION_LINE,
      email: 'Рабочая электронная почта',
      level: {
        text: 'Уровень',
        values: { school: 'школьный', municipal: 'муниципальный', regional: 'региональный' },
      },
    },
  },
  pages: {
    about: 'Отдельная страница сайта: как получить устройство, как устроено обучение',
    fields: {
      title: 'Заголовок страницы',
      description: 'Одно предложение для меню разделов и поиска (необязательно)',
      order: 'Место в меню: меньше число — левее/выше',
      nav: 'true — показать страницу в главном меню, false — не показывать',
    },
  },
};
