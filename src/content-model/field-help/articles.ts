/**
 * Field hints for the front matter of the Markdown collections: announcements, guides, frequent
 * questions and separate pages. Part of the hint table of ../field-help.ts.
 */
import { audienceValues, DATE_RULE, type CollectionHelp } from './common.ts';

/** announcements/*.md: one announcement. */
export const announcementsHelp: CollectionHelp = {
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
};

/** guides/*.md: one step-by-step guide. */
export const guidesHelp: CollectionHelp = {
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
};

/** faq/*.md: one frequent question. */
export const faqHelp: CollectionHelp = {
  about: 'Частый вопрос; ответ — текст файла под шапкой',
  fields: {
    question: 'Вопрос так, как его задал бы родитель',
    audience: { text: 'Кто спрашивает', values: audienceValues },
    order: 'Место в списке: меньше число — выше',
  },
};

/** pages/*.md: one separate page of the site. */
export const pagesHelp: CollectionHelp = {
  about: 'Отдельная страница сайта: как получить устройство, как устроено обучение',
  fields: {
    title: 'Заголовок страницы',
    description: 'Одно предложение для меню разделов и поиска (необязательно)',
    order: 'Место в меню: меньше число — левее/выше',
    nav: 'true — показать страницу в главном меню, false — не показывать',
  },
};
