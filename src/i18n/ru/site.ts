/**
 * Russian words of the frame every page shares — the header, menu and section names, the learning
 * status, the footer, the search box, the low-vision panel, the offline notice — and of the pages
 * that belong to no section: the home page and «page not found». Part of the dictionary of ../ru.ts.
 */
export const siteWords = {
  skipLink: 'Перейти к содержанию',
  /** Before a picture's description, shown in its place when pictures are off. */
  pictureText: 'Картинка',
  siteSubtitle: 'Дистанционное обучение',
  menu: 'Меню: все разделы',
  call: 'Позвонить',
  callHotline: (phone: string) => `Позвонить на горячую линию: ${phone}`,
  mainNav: 'Разделы сайта',
  breadcrumbs: 'Вы здесь',
  home: 'Главная',
  sections: {
    timetable: 'Расписание',
    bells: 'Звонки',
    contacts: 'Контакты',
    staff: 'Учителя и сотрудники',
    platforms: 'Платформы',
    requirements: 'Требования к устройствам',
    guides: 'Инструкции',
    meetings: 'Родительские собрания',
    communication: 'График связи',
    faq: 'Вопросы и ответы',
    documents: 'Документы',
    plan: 'План-график',
    coordinators: 'Координаторы',
    search: 'Поиск',
    deviceCheck: 'Проверка устройства',
  },
  status: {
    active: 'Идёт дистанционное обучение',
    inactive: 'Обучение проходит в обычном режиме',
    period: (from: string, to: string) => `с ${from} по ${to}`,
    order: 'Основание',
    /** The home page's description for search engines and link previews. */
    homeDescription: 'расписание, телефоны, инструкции',
    /** Name of the home page's status block for screen readers. */
    region: 'Режим обучения',
  },
  lowVision: {
    open: 'Версия для слабовидящих',
    close: 'Обычная версия',
    panel: 'Настройки для слабовидящих',
    size: 'Размер шрифта',
    scheme: 'Цвет',
    spacing: 'Интервал между буквами',
    images: 'Изображения',
    sizes: { '100': 'А 100 %', '150': 'А 150 %', '200': 'А 200 %' } as Record<string, string>,
    schemes: {
      bw: 'Чёрным по белому',
      wb: 'Белым по чёрному',
      blue: 'Тёмно-синим по голубому',
      brown: 'Коричневым по бежевому',
      green: 'Зелёным по тёмно-коричневому',
    } as Record<string, string>,
    spacings: { normal: 'Обычный', wide: 'Увеличенный', wider: 'Большой' } as Record<string, string>,
    imagesOn: 'Показывать',
    imagesOff: 'Скрыть',
  },
  search: {
    label: 'Поиск по сайту',
    placeholder: 'Например: телефон психолога',
    button: 'Найти',
    noScript: 'Поиск работает с включённым JavaScript. Телефоны и адреса — на странице «Контакты».',
    /** The result list's words, handed to its script as JSON (`{count}`, `{shown}` are filled in there). */
    results: {
      nothing: 'Ничего не найдено. Попробуйте другое слово или откройте «Контакты».',
      suggested: 'По этим словам ничего не найдено. Может быть, вам нужно одно из этого:',
      found: 'Найдено: {count}',
      firstShown: ', показаны первые {shown}',
      all: 'Все',
      filters: { section: 'Раздел', audience: 'Для кого', class: 'Класс' },
    },
  },
  footer: { updated: 'Обновлено', official: 'Официальный сайт школы' },
  offline: {
    manifestDescription: 'Расписание уроков, телефоны и инструкции школы — и без интернета.',
    ready: (date: string) => `Без интернета на этом устройстве откроются расписание, контакты и инструкции (копия от ${date}).`,
    offline: (date: string) => `Нет соединения с интернетом: это сохранённая копия от ${date}. Расписание, контакты и инструкции доступны.`,
  },
  notFound: {
    title: 'Страница не найдена',
    text: 'Такой страницы нет. Возможно, ссылка устарела.',
    call: 'Если нужно срочно что-то узнать, позвоните:',
    where: 'Что обычно ищут',
  },
  homePage: {
    allSections: 'Все разделы',
  },
  pageDescriptions: {
    search: 'Поиск по расписанию, контактам, инструкциям и документам',
    classTimetable: (title: string) => `${title}: уроки на неделю, учителя, ссылки на видеоуроки`,
  },
} as const;
