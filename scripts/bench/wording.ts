/**
 * Different schools word the same things differently: «Горячая линия» is also «Единый телефон по
 * вопросам дистанционного обучения», the psychologist is «Педагог-психолог» or «Школьный психолог».
 * The generator picks each school's wording from these lists with its own random stream (derived from
 * the seed, separate from the one that draws people and timetables), so search can be measured on
 * schools that do not share the sample's words.
 */
import { createRandom } from './random.ts';

const CONTACT_TITLES = {
  hotline: [
    'Горячая линия школы по дистанционному обучению',
    'Единый телефон по вопросам дистанционного обучения',
    'Телефон горячей линии на период дистанта',
  ],
  psychologist: ['Педагог-психолог школы', 'Школьный психолог', 'Психологическая служба школы'],
  helpline: ['Детский телефон доверия', 'Всероссийский телефон доверия для детей и родителей'],
  social: ['Социальный педагог', 'Социально-педагогическая служба'],
  reception: ['Приёмная директора', 'Секретарь директора школы'],
  deputy: ['Заместитель директора по УВР', 'Завуч по учебной работе'],
  itSupport: ['Техническая поддержка школы', 'Служба ИТ-поддержки', 'Помощь с компьютерами и связью'],
} as const;

const LENDING_PAGE = [
  {
    title: 'Как получить устройство во временное пользование',
    description: 'Школа выдаёт ноутбуки и планшеты тем, кому не на чем учиться дома.',
    intro: 'На время дистанционного обучения школа выдаёт семьям ноутбуки и планшеты из своего фонда. Устройство бесплатное.',
  },
  {
    title: 'Выдача ноутбуков и планшетов на время дистанта',
    description: 'Если дома нет техники для уроков, школа даст её на время.',
    intro: 'Семьям, где дома нет техники для учёбы, школа на время передаёт ноутбуки и планшеты. Платить ничего не нужно.',
  },
  {
    title: 'Техника для учёбы дома: как взять в школе',
    description: 'Ноутбук или планшет из школьного фонда — бесплатно, под договор.',
    intro: 'Если ребёнку не на чем заниматься, школа выдаст ноутбук или планшет из своего фонда по договору безвозмездного пользования.',
  },
] as const;

const HOW_IT_WORKS_PAGE = [
  { title: 'Как устроено дистанционное обучение', description: 'Уроки, задания, оценки и связь с учителями.' },
  { title: 'Порядок обучения на дистанте', description: 'Как идут уроки, где задания и оценки, как связаться с учителем.' },
] as const;

const ORDER_TITLES = [
  'О временном переходе на обучение с применением дистанционных образовательных технологий',
  'Об организации образовательного процесса с использованием дистанционных технологий',
] as const;

export type Wording = {
  contacts: { [K in keyof typeof CONTACT_TITLES]: string };
  lendingPage: (typeof LENDING_PAGE)[number];
  howItWorksPage: (typeof HOW_IT_WORKS_PAGE)[number];
  orderTitle: string;
};

/** The wording of the school made from `seed`: always the same for the same seed. */
export function wordingFor(seed: number): Wording {
  const random = createRandom((seed ^ 0x5eed_ed17) >>> 0);
  const contacts = Object.fromEntries(
    Object.entries(CONTACT_TITLES).map(([key, titles]) => [key, random.pick(titles)]),
  ) as Wording['contacts'];
  return {
    contacts,
    lendingPage: random.pick(LENDING_PAGE),
    howItWorksPage: random.pick(HOW_IT_WORKS_PAGE),
    orderTitle: random.pick(ORDER_TITLES),
  };
}
