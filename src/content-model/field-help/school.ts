/**
 * Field hints for the school and its official papers: school.yaml, documents.yaml and roadmap.yaml.
 * Part of the hint table of ../field-help.ts, which says what the hints are for.
 */
import { DATE_RULE, ID_RULE, LINK_RULE, PHONE_RULE, type CollectionHelp } from './common.ts';

/** school.yaml: the school itself and whether distance learning is on. */
export const schoolHelp: CollectionHelp = {
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
};

/** documents.yaml: orders and local acts. */
export const documentsHelp: CollectionHelp = {
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
};

/** roadmap.yaml: the plan of measures with deadlines. */
export const roadmapHelp: CollectionHelp = {
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
};
