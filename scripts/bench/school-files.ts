/**
 * The files of the synthetic school that hardly depend on its size: bells, platforms, requirements,
 * documents, coordinators, pages. Returned as data (YAML is written by the caller) or Markdown text.
 */
import { SHIFT_PERIODS } from './timetable.ts';
import type { Wording } from './wording.ts';

export const PLATFORMS = [
  { id: 'sferum', name: 'Сферум' },
  { id: 'moya-shkola', name: 'Моя школа' },
] as const;

export function platformFiles(): Record<string, unknown> {
  return {
    'platforms/sferum.yaml': {
      name: 'Сферум',
      url: 'https://sferum.ru',
      kind: ['messenger', 'video'],
      primary: true,
      support: { phone: '8-800-301-34-25' },
      description: 'Основная площадка школы — видеоуроки, классные чаты и родительские собрания.',
    },
    'platforms/moya-shkola.yaml': {
      name: 'ФГИС «Моя школа»',
      url: 'https://myschool.edu.ru',
      kind: ['lms', 'diary'],
      primary: false,
      support: { phone: '8-800-100-70-10', url: 'https://www.gosuslugi.ru/help/faq/myschool' },
      description: 'Задания для самостоятельной работы, электронный дневник и библиотека.',
    },
  };
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Two shifts of 30-minute lessons with 10-minute breaks (a 20-minute one after the second lesson). */
export function bells(): unknown {
  const shift = (id: 1 | 2, title: string, start: number) => {
    let at = start;
    const periods = Array.from({ length: SHIFT_PERIODS[id] }, (_, i) => {
      const period = { n: i + 1, from: clock(at), to: clock(at + 30) };
      at += 30 + (i === 1 ? 20 : 10);
      return period;
    });
    return { id, title, periods };
  };
  return { shifts: [shift(1, 'Первая смена', 8 * 60), shift(2, 'Вторая смена', 13 * 60 + 30)] };
}

export function requirements(): unknown {
  const device = (kind: string, os: string[], browsers: string[], ramGb: number, headset: boolean, note: string) => ({
    device: kind,
    os,
    browsers,
    ramGb,
    camera: true,
    microphone: true,
    headset,
    note,
  });
  const desktop = ['Windows 10', 'Windows 11', 'Astra Linux', 'РЕД ОС'];
  const browsers = ['Яндекс Браузер', 'Google Chrome', 'Mozilla Firefox'];
  return {
    internet: { minMbps: 2, recommendedMbps: 10 },
    devices: [
      device('computer', desktop, browsers, 4, true, 'Без веб-камеры заниматься можно, микрофон нужен обязательно.'),
      device('laptop', desktop, browsers, 4, false, 'Встроенных камеры и микрофона достаточно.'),
      device(
        'tablet',
        ['Android 9 и новее', 'iPadOS 15 и новее'],
        ['приложение «Сферум»', 'Safari'],
        3,
        false,
        'Для видеоуроков удобнее приложение.',
      ),
      device(
        'phone',
        ['Android 9 и новее', 'iOS 15 и новее'],
        ['приложение «Сферум»', 'Яндекс Браузер'],
        2,
        true,
        'Длинные работы лучше делать на компьютере.',
      ),
    ],
  };
}

export function documents(domain: string, orderTitle: string): unknown[] {
  const doc = (id: string, title: string, kind: string, date: string, number?: string) => ({
    id,
    title,
    kind,
    ...(number ? { number } : {}),
    date,
    url: `https://${domain}/documents/${id}.pdf`,
  });
  return [
    doc('prikaz-o-dot', orderTitle, 'order', '2026-11-13', '214-о'),
    doc(
      'plan-meropriyatiy',
      'Об утверждении плана-графика мероприятий по организации дистанционного обучения',
      'order',
      '2026-11-13',
      '215-о',
    ),
    doc(
      'polozhenie-o-dot',
      'Положение о применении электронного обучения и дистанционных образовательных технологий',
      'regulation',
      '2025-08-29',
    ),
    doc(
      'rekomendacii',
      'Методические рекомендации по реализации образовательных программ с применением ДОТ',
      'recommendation',
      '2020-03-19',
      'ГД-39/04',
    ),
    doc('pamyatka-roditelyam', 'Памятка для родителей о режиме дня при дистанционном обучении', 'other', '2026-11-14'),
  ];
}

export function coordinators(
  school: { shortName: string },
  people: { name: string; position: string; phone: string; email: string }[],
): unknown[] {
  return [
    ...people.map((p) => ({
      name: p.name,
      position: p.position,
      workplace: school.shortName,
      phone: p.phone,
      email: p.email,
      level: 'school',
    })),
    {
      name: 'Кравченко Ирина Валерьевна',
      position: 'Главный специалист отдела общего образования',
      workplace: 'Управление образования администрации Новокузнецкого городского округа',
      phone: '8 (3843) 32-20-97',
      email: 'kravchenko.iv@uo.example',
      level: 'municipal',
    },
    {
      name: 'Зиновьев Артём Олегович',
      position: 'Руководитель регионального центра цифровой трансформации образования',
      workplace: 'Министерство образования Кузбасса',
      phone: '8 (3842) 58-12-64',
      email: 'zinoviev.ao@edu.example',
      level: 'regional',
    },
  ];
}

/** Pages: name → [frontmatter, body]. One has a table, so the GFM table path is exercised. */
export function pages(
  social: { name: string; phone: string },
  it: { name: string; phone: string },
  wording: Pick<Wording, 'lendingPage' | 'howItWorksPage'>,
): Record<string, [unknown, string]> {
  const { lendingPage, howItWorksPage } = wording;
  return {
    'kak-poluchit-ustroystvo': [
      { title: lendingPage.title, order: 1, nav: true, description: lendingPage.description },
      [
        lendingPage.intro,
        '',
        '## Как оформить',
        '',
        '1. Позвоните социальному педагогу и скажите, что вам нужно устройство.',
        '2. Приходите в школу в назначенное время с паспортом.',
        '3. Заполните заявление и договор безвозмездного пользования.',
        '4. Проверьте устройство вместе с системным администратором.',
        '',
        '## К кому обращаться',
        '',
        '| Вопрос | Кто поможет | Телефон |',
        '|---|---|---|',
        `| Заявление и выдача | ${social.name} | ${social.phone} |`,
        `| Настройка и неисправности | ${it.name} | ${it.phone} |`,
        '',
      ].join('\n'),
    ],
    'kak-ustroeno-obuchenie': [
      { title: howItWorksPage.title, order: 2, nav: true, description: howItWorksPage.description },
      [
        'Уроки идут по расписанию класса, по 30 минут. Видеоуроки проходят в «Сферуме», задания для самостоятельной работы — в «Моей школе».',
        '',
        '## Оценки',
        '',
        'Оценки ставят за ответы на уроках и за сданные задания. Они видны в электронном дневнике.',
        '',
        '## Если что-то не работает',
        '',
        `Позвоните в техническую поддержку школы: ${it.phone}.`,
        '',
      ].join('\n'),
    ],
  };
}
