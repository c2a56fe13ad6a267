/**
 * Field hints for the people readers reach and when: contacts, staff, coordinators, the schedule of
 * communication and parents' meetings. Part of the hint table of ../field-help.ts.
 */
import { audienceValues, DATE_RULE, hoursHelp, ID_RULE, LINK_RULE, PHONE_RULE, TIME_RULE, type CollectionHelp } from './common.ts';

const ORGANISATION_LINE =
  'true — мобильный номер здесь служебный (линия организации), а не личный; без этого на мобильный номер (+7 9…) проверка предупреждает: личный телефон публикуют только с согласия (152-ФЗ)';

/** contacts.yaml: phones and addresses to reach. */
export const contactsHelp: CollectionHelp = {
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
};

/** staff/<id>.yaml: one member of staff. */
export const staffHelp: CollectionHelp = {
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
};

/** coordinators.yaml: the coordinators of distance learning. */
export const coordinatorsHelp: CollectionHelp = {
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
};

/** communication.yaml: regular planning meetings, chats, consultations. */
export const communicationHelp: CollectionHelp = {
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
};

/** meetings/<id>.yaml: one online meeting for parents. */
export const meetingsHelp: CollectionHelp = {
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
};
