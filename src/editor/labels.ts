/**
 * The words the browser editor shows a teacher: a short Russian label for every field, the name of
 * each collection in the editor's sidebar, and what the text of a Markdown file is for.
 *
 * A label is taken from the field's hint in src/content-model/field-help.ts (the part before the
 * first «:», « (», « — » or «;»), so a hint is written once and serves VS Code and the editor alike.
 * Where that part is not a good label (it starts with `true —`, holds a Latin word or runs too
 * long), LABELS below gives it; tests/editor fails when a derived label is not good enough, so a new
 * field never reaches the editor labelled «true».
 */
import type { CollectionName } from '../content-model/collections.ts';

/** The longest label the editor shows on one line beside a field. */
export const MAX_LABEL_LENGTH = 48;

/** Labels the hint cannot give, by `collection:path` or by `path` for every collection. */
const LABELS: Record<string, string> = {
  'school:distanceLearning.active': 'Сейчас идёт дистанционное обучение',
  'school:timezone': 'Часовой пояс',
  'school:name': 'Полное официальное название',
  'contacts:id': 'Короткое имя (латиницей)',
  organisationLine: 'Служебная линия организации',
  'changes:changes[].cancelled': 'Урок отменён',
  'changes:changes[].online': 'Урок по видеосвязи',
  'contacts:phones': 'Телефоны',
  'contacts:audience': 'Кому звонить',
  'contacts:kind': 'Вид контакта',
  'staff:group': 'Раздел на странице «Педагоги»',
  'staff:subjects': 'Предметы',
  'staff:classes': 'Классы',
  'staff:accounts': 'Учётные записи на платформах',
  'staff:accounts[].handle': 'Имя для поиска на платформе',
  'staff:phone': 'Личный телефон',
  'staff:consent': 'Согласие на публикацию телефона',
  'platforms:kind': 'Для чего платформа',
  'platforms:primary': 'Основная платформа школы',
  'platforms:support': 'Служба поддержки платформы',
  'requirements:internet': 'Скорость интернета',
  'requirements:internet.minMbps': 'Минимальная скорость, Мбит/с',
  'requirements:internet.recommendedMbps': 'Рекомендуемая скорость, Мбит/с',
  'requirements:devices': 'Устройства',
  'requirements:devices[].os': 'Операционные системы',
  'requirements:devices[].browsers': 'Браузеры или приложения',
  'requirements:devices[].ramGb': 'Оперативная память, ГБ',
  'bells:shifts': 'Смены',
  'bells:shifts[].periods': 'Уроки смены',
  'classes:days': 'Уроки по дням недели',
  'classes:class': 'Название класса',
  'meetings:classes': 'Для каких классов',
  'communication:hours': 'Дни и часы',
  'communication:frequency': 'Как часто (словами)',
  'guides:grades': 'Для каких классов (с какого, по какой)',
  'documents:id': 'Короткое имя (латиницей)',
  'documents:file': 'Файл документа',
  'documents:url': 'Ссылка на документ на другом сайте',
  'roadmap:id': 'Номер мероприятия',
  'pages:nav': 'Показывать в главном меню',
  'classes:shift': 'Смена',
  'meetings:agenda': 'Повестка',
  'documents:number': 'Номер документа',
  'contacts:phones[]': 'Телефон',
  'hours[].days': 'Дни недели',
  'days.mon': 'Понедельник',
  'days.tue': 'Вторник',
  'days.wed': 'Среда',
  'days.thu': 'Четверг',
  'days.fri': 'Пятница',
  'days.sat': 'Суббота',
  'days.mon[].online': 'Урок по видеосвязи',
  'days.tue[].online': 'Урок по видеосвязи',
  'days.wed[].online': 'Урок по видеосвязи',
  'days.thu[].online': 'Урок по видеосвязи',
  'days.fri[].online': 'Урок по видеосвязи',
  'days.sat[].online': 'Урок по видеосвязи',
};

/** The part of a hint before its first explanation: «Телефон приёмной: "8 …"» → «Телефон приёмной». */
export function labelFromHint(hint: string): string {
  const head = hint.split(/:\s|\s\(|\s—\s|;\s|,\sнапример/)[0]!.trim();
  return head.charAt(0).toUpperCase() + head.slice(1);
}

/** Whether a label reads well beside a field: Russian words, short, not a bare `true`/`false`. */
export function isGoodLabel(label: string): boolean {
  return label.length >= 2 && label.length <= MAX_LABEL_LENGTH && !/[A-Za-z]/.test(label.replace(/Мбит\/с|ГБ/g, ''));
}

/** The field's label: from LABELS, else from its hint. Paths are field-help paths (`hours[].days`). */
export function fieldLabel(collection: CollectionName, path: string, hint: string): string {
  return LABELS[`${collection}:${path}`] ?? LABELS[path] ?? labelFromHint(hint);
}

/** The name of each collection in the editor's sidebar (plural, as a teacher looks for it). */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  school: 'Школа',
  announcements: 'Объявления',
  contacts: 'Контакты',
  staff: 'Сотрудники',
  platforms: 'Платформы',
  requirements: 'Требования к устройствам',
  bells: 'Звонки',
  classes: 'Расписание классов',
  changes: 'Замены в расписании',
  meetings: 'Родительские собрания',
  communication: 'График взаимодействия',
  guides: 'Инструкции',
  faq: 'Вопросы и ответы',
  documents: 'Документы',
  roadmap: 'План-график',
  coordinators: 'Координаторы',
  pages: 'Страницы',
};

/** What the text under the header of a Markdown file is, for each Markdown collection. */
export const BODY_HINTS: Partial<Record<CollectionName, string>> = {
  announcements: 'Текст объявления. Картинку вставьте кнопкой «Изображение»: она сохранится в папку images рядом с текстом.',
  guides:
    'Шаги — нумерованный список, по одному действию в шаге. Картинку к шагу вставьте кнопкой «Изображение» и опишите, что на ней видно: описание слышит незрячий читатель.',
  faq: 'Ответ на вопрос простыми словами.',
  pages: 'Текст страницы. Картинки сохраняются в папку images рядом с текстом.',
};

/** The label of the text of a Markdown file. */
export const BODY_LABEL = 'Текст';
