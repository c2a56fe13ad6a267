/**
 * Batch 14 of the development questions (2026-12-07), over generated schools of seeds 35 and 36, which
 * no earlier evaluation used. Written blind: without reading src/search/, src/client/, tests/search/,
 * tests/browser/search-quality.test.ts, the search logs, the README's notes on search rounds or the git
 * history of the search, and without reading the questions of any earlier batch (only the small helpers
 * they export were imported). None of these questions was asked of the search while writing them.
 *
 * They come from the mission of a distance-learning page and from the two schools' content and built
 * pages, as parents, grandparents, teachers and pupils type them on a phone: whole polite questions,
 * two-word queries, slang («классуха», «дистант», «ноут»), a worried parent's run-on sentence, weekdays
 * and dates with a class, lesson numbers and times, teachers by subject, by surname in several cases,
 * by first name and patronymic, by initials, by platform handle and e-mail, transliterated, with a
 * letter missing, doubled or swapped, «е» for «ё», the wrong keyboard layout, phones typed in other
 * formats, class spellings («5а», «5-А», «пятый а», «5a»), the plan-schedule's deadlines and
 * coordinators, what an order is about, device requirements and questions that want a whole list.
 *
 * Places are read from the school's content: the card, entry or page about what is asked — for a
 * weekday and a class the class's page and that day's anchor, for a lesson's time the bells of the
 * class's shift and the class's page, for a teacher of a subject in a class the teachers' cards and the
 * class's page, for a person every card that gives them (staff, contact, coordinator) and every
 * namesake the words fit. A FAQ answer or a notice is listed only where its own text is the answer.
 * A question whose school lacks the places is left out.
 */
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';
import { DAYS } from './seventh-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';

/** A surname in the genitive, as in «у Фоминой», «у Назарова». */
const genitive = (surname: string) => (/[ая]$/.test(surname) ? dative(surname) : accusative(surname));

/** Initials of a full name: «Фомина Н.Е.». */
const initialsOf = (name: string) => {
  const { surname, first, patronymic } = partsOf(name);
  return `${surname} ${first.slice(0, 1)}.${patronymic.slice(0, 1)}.`;
};

/** A class written the ways people write it, chosen by a counter: «5а», «5-А», «пятый а», «5a». */
const classSpelling = (name: string, i: number) => {
  const grade = Number.parseInt(name, 10);
  const letter = name.replace(/^\d+/, '');
  const lower = letter.toLowerCase();
  const latin: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g' };
  const forms = [
    `${grade}${lower}`,
    `${grade} ${letter}`,
    `${grade}-${lower}`,
    `${GRADE_ORDINALS[grade] ?? grade} ${lower}`,
    `${grade}${latin[lower] ?? lower}`,
    `${grade}«${letter}»`,
    `${grade} ${lower} кл`,
  ];
  return forms[i % forms.length]!;
};

/** Months in the genitive, by their number. */
const MONTHS = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** «2026-11-24» → «24 ноября». */
const spokenDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7))]}`;

/** A content date as «2026-11-24», whether YAML gave a string or a Date. */
const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

/** The weekday key («tue») of an ISO date. */
const weekdayOf = (iso: string) => ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${iso}T12:00:00Z`).getUTCDay()]!;

/** Ordinal words for lesson numbers: «третий урок». */
const LESSON_ORDINALS = ['', 'первый', 'второй', 'третий', 'четвёртый', 'пятый', 'шестой', 'седьмой', 'восьмой'];

/** How pupils call a subject: «матеша», «англ», «физра». */
const SUBJECT_TALK: Record<string, string> = {
  математика: 'матеша',
  'английский язык': 'англ',
  'физическая культура': 'физра',
  'русский язык': 'русский',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружайка',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'технология',
  'основы безопасности и защиты родины': 'обж',
  'вероятность и статистика': 'вероятность',
  информатика: 'инфа',
  обществознание: 'общага',
};
const talkOf = (subject: string) => SUBJECT_TALK[subject.toLowerCase()] ?? subject.toLowerCase();

/** Latin spelling of a staff id's surname: «fomina-n-e» → «fomina». */
const latinSurname = (id: string) => id.split('-')[0] ?? id;

/** Sentences of FAQ answers and notices that answer a question by themselves, with that question. */
const SENTENCES: [string, string][] = [
  ['срок сдачи можно перенести', 'ребенок не успел сдать задание вовремя можно ли перенести срок'],
  ['контрольные работы проводятся по расписанию', 'контрольные на дистанте будут? когда предупредят'],
  ['электронные учебники открываются', 'где взять электронный учебник'],
  ['учитель отвечает на сообщения', 'до скольки учителя отвечают на сообщения вечером'],
  ['оценки появляются в электронном дневнике', 'через сколько дней появится оценка в дневнике'],
  ['для письменных работ удобнее компьютер', 'можно писать работы с телефона или нужен комп'],
];

/** A platform's name as said in a question: after «в», after «от», as the object. */
interface PlatformWords {
  in: string;
  of: string;
  it: string;
}
const PLATFORM_WORDS: Record<string, PlatformWords> = {
  sferum: { in: 'сферуме', of: 'сферума', it: 'сферум' },
  'moya-shkola': { in: 'моей школе', of: 'моей школы', it: 'моя школа' },
};

/** Guide kinds by their titles, with how a family asks about them on a platform. */
const GUIDE_KINDS: { title: RegExp; ask: (p: PlatformWords) => string }[] = [
  { title: /поднять руку/, ask: (p) => `как на уроке в ${p.in} поднять руку` },
  { title: /нет звука/, ask: (p) => `на уроке в ${p.in} не слышно учителя что делать` },
  { title: /уведомлени/, ask: (p) => `не приходят уведомления от ${p.of}` },
  { title: /восстановить вход/, ask: (p) => `забыли пароль от ${p.of} как восстановить` },
  { title: /впервые подключиться|войти в/, ask: (p) => `как первый раз зайти ${p.it}` },
  { title: /оценку за задание/, ask: (p) => `где в ${p.in} глянуть оценку за домашку` },
  { title: /сдать домашнее/, ask: (p) => `как отправить домашку в ${p.in}` },
  { title: /микрофон и камеру/, ask: (p) => `как включить камеру на уроке ${p.it}` },
  { title: /не открывается/, ask: (p) => `${p.it} не грузится на телефоне` },
  { title: /написать учителю/, ask: (p) => `как написать училке в ${p.in}` },
];

interface Lesson {
  day: string;
  period: number;
  subject: string;
  teacher: string | undefined;
}

export function fourteenthBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, classes, timetable, digits, schoolCard } = p;
  const { cases, ask } = uniqueAsker();
  const seen = new Set<string>();
  /** Asks a question once, whatever its case and spaces. */
  const once = (query: string, expected: (string | undefined)[]) => {
    const key = query.trim().toLowerCase();
    if (seen.has(key)) return;
    const before = cases.length;
    ask(query.trim(), expected);
    if (cases.length > before) seen.add(key);
  };

  /** Every card that gives a person by full name: staff, contact and coordinator. */
  const personPlaces = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(` ${name}`)).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => k.name === name).map((k) => `coordinators/#coordinator-${k.id}`),
  ];
  /** Everyone a surname names, coordinators included. */
  const surnamePlaces = (surname: string) => [
    ...p.bySurname(surname),
    ...c.coordinators.filter((k) => k.name.startsWith(`${surname} `)).map((k) => `coordinators/#coordinator-${k.id}`),
  ];
  /** Everyone with this first name and patronymic. */
  const namePatronymicPlaces = (first: string, patronymic: string) =>
    [...new Set([...c.staff.map((s) => s.name), ...c.coordinators.map((k) => k.name)])]
      .filter((name) => name.endsWith(` ${first} ${patronymic}`))
      .flatMap(personPlaces);
  /** The places that give an e-mail address. */
  const emailPlaces = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => k.email === email).map((k) => `coordinators/#coordinator-${k.id}`),
  ];
  /** The places that give a phone number, matched by its last digits. */
  const phonePlaces = (tail: string) => [
    ...c.contacts.filter((e) => (e.phones ?? []).some((ph) => digits(ph).endsWith(tail))).map((e) => `contacts/#${e.id}`),
    ...(digits(p.school.phone ?? '').endsWith(tail) ? [schoolCard] : []),
    ...c.coordinators.filter((k) => digits(k.phone ?? '').endsWith(tail)).map((k) => `coordinators/#coordinator-${k.id}`),
    ...p.talk((item) => digits(item.channel ?? '').endsWith(tail)),
  ];
  /** All lessons of a class, with their day. */
  const lessonsOf = (k: (typeof classes)[number]): Lesson[] =>
    Object.entries((k.days ?? {}) as Record<string, { period: number; subject: string; teacher?: string }[]>).flatMap(([day, list]) =>
      list.map((l) => ({ day, period: l.period, subject: l.subject, teacher: l.teacher })),
    );
  const dayPlace = (k: { id: string }, day: string) => `${timetable(k)}#${day}`;
  const shiftPlace = (k: { shift?: number | string }) => `timetable/bells/#shift-${k.shift ?? 1}`;
  const staffById = (id: string | undefined) => c.staff.find((s) => s.id === id);
  const teachers = c.staff.filter((s) => (s.subjects ?? []).length > 0);
  /** Whether the guides page has a section for this audience. */
  const guidesFor = (audience: string) => c.guides.some((g) => g.audience === audience);
  const surnames = [...new Set([...c.staff, ...c.coordinators].map((x) => partsOf(x.name).surname))];
  /** Everyone a surname-like word may name, in any case: «Карпова» is Карпова and, after «учителя», Карпов. */
  const wordPlaces = (word: string) =>
    surnames
      .filter((s) => [s, dative(s), accusative(s), genitive(s)].some((form) => form.toLowerCase() === word.toLowerCase()))
      .flatMap(surnamePlaces);

  // Whole lists.
  once('все учителя школы список', ['staff/']);
  once('контакты школы все телефоны', ['contacts/']);
  once('расписание уроков всех классов', ['timetable/']);
  once('инструкции для родителей по дистанту', ['guides/', ...(guidesFor('parents') ? ['guides/#parents'] : [])]);
  once('частые вопросы', ['faq/']);
  once('объявления школы', ['announcements/']);
  once('какие документы по дистанционке есть', ['documents/']);
  once('план график мероприятий дистанционное обучение', ['plan/', ...p.documents((t) => t.includes('плана-графика'))]);
  once('Подскажите, пожалуйста, кто координирует дистанционное обучение в районе и области?', ['coordinators/']);
  once('расписание звонков', ['timetable/bells/']);
  once('график связи с учителями и администрацией', ['communication/']);
  once('родительские собрания онлайн', ['meetings/']);

  // Contacts: hotline, helplines, psychologist, social help, IT, administration.
  once('горячая линия', p.hotline);
  once('куда звонить если ничего не работает на дистанте', [...p.hotline, ...p.itSupport]);
  once('телефон доверия для подростков', p.helpline);
  once('ребенок замкнулся плачет не хочет учиться к кому обратиться', [...p.psychologist, ...p.helpline]);
  once('психолог', p.psychologist);
  once('соц педагог телефон', p.social);
  once('нужна материальная помощь семье малоимущие кто поможет', p.social);
  once('сисадмин школы', p.itSupport);
  once('не работает интернет на уроке кому писать', p.itSupport);
  once('директор', p.director);
  once('как связаться с завучем', p.deputy);
  once('адрес школы', [schoolCard]);
  once(wrongLayout('телефон школы'), [
    schoolCard,
    ...phonePlaces(digits(p.school.phone ?? '').slice(-6)).filter((place) => place.startsWith('contacts/')),
  ]);

  // Phones and e-mails typed partially or in other formats.
  c.contacts.forEach((entry, i) => {
    const phone = entry.phones?.[0];
    if (!phone) return;
    const d = digits(phone);
    const forms = [`${d.slice(-6, -4)}-${d.slice(-4, -2)}-${d.slice(-2)} чей номер`, `+7${d.slice(1)}`, `звонили с ${d.slice(-7)} кто это`];
    once(forms[i % forms.length]!, phonePlaces(d.slice(-6)));
  });
  c.contacts
    .filter((e) => e.email)
    .slice(0, 3)
    .forEach((entry, i) => {
      const email = entry.email!;
      once(i % 2 ? `${email.split('@')[0]} почта` : email.toUpperCase(), emailPlaces(email));
    });

  // Teachers: by surname in cases, first name and patronymic, initials, handle, e-mail, typos, layout.
  teachers.forEach((s, i) => {
    const { surname, first, patronymic } = partsOf(s.name);
    const subject = (s.subjects ?? [])[0] ?? '';
    const handle = (s.accounts ?? []).find((a) => a.handle)?.handle;
    const forms: [string, string[]][] = [
      [`у ${genitive(surname).toLowerCase()} когда консультация`, wordPlaces(genitive(surname))],
      [`${first} ${patronymic} ${afterPo(subject)}`, namePatronymicPlaces(first, patronymic)],
      [initialsOf(s.name), personPlaces(s.name)],
      [`как написать ${dative(surname)} в сферуме`, wordPlaces(dative(surname))],
      [handle ? `${handle} кто это` : `${surname} сферум`, handle ? personPlaces(s.name) : surnamePlaces(surname)],
      [`${latinSurname(s.id)} ${first.toLowerCase()}`, personPlaces(s.name)],
      [`${swapped(surname.toLowerCase(), 3)} учитель`, wordPlaces(surname)],
      [wrongLayout(surname), wordPlaces(surname)],
      [`${doubled(withoutYo(surname), 2)} ${withoutYo(first)}`, personPlaces(s.name)],
      [`почта учителя ${surname}`, wordPlaces(surname)],
      [`${oneLetterLess(surname)} ${first.toLowerCase()}`, personPlaces(s.name)],
      [`${s.email ?? ''}`, s.email ? emailPlaces(s.email) : []],
    ];
    const [query, expected] = forms[i % forms.length]!;
    if (query) once(query, expected);
    if (i % 7 === 0) {
      const [query2, expected2] = forms[(i + 5) % forms.length]!;
      if (query2) once(query2, expected2);
    }
  });

  // Non-teaching staff by role or by name.
  c.staff
    .filter((s) => (s.subjects ?? []).length === 0)
    .forEach((s, i) => {
      const { surname, first, patronymic } = partsOf(s.name);
      const role = s.position.toLowerCase();
      const forms: [string, string[]][] = [
        [`${role} ${surname.toLowerCase()}`, personPlaces(s.name)],
        [`${first} ${patronymic} ${role} почта`, personPlaces(s.name)],
        [`${withoutYo(surname)} ${first.slice(0, 1)} ${patronymic.slice(0, 1)}`, personPlaces(s.name)],
      ];
      const [query, expected] = forms[i % forms.length]!;
      once(query, expected);
    });
  const speech = c.staff.find((s) => /логопед/i.test(s.position));
  if (speech) once('логопед есть в школе? ребенок букву р не выговаривает', [`staff/#${speech.id}`]);
  const library = c.staff.find((s) => /библиотекар/i.test(s.position));
  if (library) once('библиотекарь', [`staff/#${library.id}`]);

  // Coordinators: by level and by name.
  const coordinatorsAt = (level: string) => [
    ...c.coordinators.filter((k) => k.level === level).map((k) => `coordinators/#coordinator-${k.id}`),
    ...(c.coordinators.some((k) => k.level === level) ? [`coordinators/#level-${level}`] : []),
  ];
  once('муниципальный координатор дистанционного обучения', coordinatorsAt('municipal'));
  once('кто куратор от управления образования телефон', coordinatorsAt('municipal'));
  once('региональный координатор', coordinatorsAt('regional'));
  once('министерство образования контакт по дистанту', coordinatorsAt('regional'));
  once('координатор от школы кто', coordinatorsAt('school'));
  c.coordinators
    .filter((k) => k.level !== 'school')
    .forEach((k, i) => {
      const { surname, first, patronymic } = partsOf(k.name);
      once(
        i % 2 ? `${withoutYo(first)} ${withoutYo(patronymic)} ${surname.toLowerCase()}` : `${accusative(surname)} как найти`,
        i % 2 ? personPlaces(k.name) : wordPlaces(accusative(surname)),
      );
    });

  // Class teachers.
  classes.forEach((k, i) => {
    const teacher = staffById(k.classTeacher);
    if (!teacher) return;
    const spelled = classSpelling(k.class, i);
    const forms = [`классный руководитель ${spelled}`, `классуха ${spelled}`, `кто классная у ${spelled}`];
    once(forms[i % forms.length]!, [`staff/#${teacher.id}`, timetable(k)]);
  });

  // Who teaches a subject in a class.
  classes.forEach((k, i) => {
    const lessons = lessonsOf(k);
    const subjects = [...new Set(lessons.map((l) => l.subject))];
    const asked = i % 3 ? [subjects[i % subjects.length]] : [subjects[i % subjects.length], subjects[(i + 3) % subjects.length]];
    asked.forEach((subject, j) => {
      if (!subject) return;
      const ids = [...new Set(lessons.filter((l) => l.subject === subject).map((l) => l.teacher))];
      const places = [...ids.map((id) => p.staffCard(id)), timetable(k)];
      const spelled = classSpelling(k.class, i + j);
      const forms = [
        `${talkOf(subject)} в ${spelled} кто ведет`,
        `учитель по ${afterPo(subject)} ${spelled}`,
        `${spelled} ${talkOf(subject)} училка как зовут`,
      ];
      const form = (i + j) % forms.length === 1 && afterPo(subject) === subject.toLowerCase() ? 0 : (i + j) % forms.length;
      once(forms[form]!, places);
    });
  });

  // A weekday or a date with a class.
  const dayNames = Object.keys(DAYS);
  classes.forEach((k, i) => {
    const days = Object.keys(k.days ?? {}).filter((d) => dayNames.includes(d));
    const day = days[i % days.length];
    if (!day) return;
    const spelled = classSpelling(k.class, i + 2);
    const forms = [
      `расписание ${spelled} ${DAYS[day]!.to}`,
      `что у ${spelled} ${DAYS[day]!.on}`,
      `${spelled} ${DAYS[day]!.name} уроки`,
      wrongLayout(`${k.class} ${DAYS[day]!.name}`),
    ];
    once(forms[i % forms.length]!, [timetable(k), dayPlace(k, day)]);
  });
  const from = c.school.distanceLearning?.from;
  if (from) {
    classes.slice(0, 4).forEach((k, i) => {
      const date = new Date(`${isoOf(from)}T12:00:00Z`);
      date.setUTCDate(date.getUTCDate() + 7 + i);
      const iso = date.toISOString().slice(0, 10);
      const day = weekdayOf(iso);
      if (!(k.days ?? {})[day as keyof typeof k.days]) return;
      const spelled = classSpelling(k.class, i + 4);
      once(i % 2 ? `уроки ${spelled} ${spokenDate(iso)}` : `какие уроки будут ${spokenDate(iso)} у ${spelled}`, [
        timetable(k),
        dayPlace(k, day),
      ]);
    });
  }

  // A subject on a day: which lesson it is.
  classes.forEach((k, i) => {
    const lessons = lessonsOf(k);
    const lesson = lessons[(i * 7) % lessons.length];
    if (!lesson || !DAYS[lesson.day]) return;
    const spelled = classSpelling(k.class, i + 1);
    const query =
      i % 2
        ? `каким уроком ${talkOf(lesson.subject)} ${DAYS[lesson.day]!.on} ${spelled}`
        : `${spelled} ${DAYS[lesson.day]!.on} во сколько ${talkOf(lesson.subject)}`;
    once(query, [timetable(k), dayPlace(k, lesson.day), ...(i % 2 ? [] : [shiftPlace(k)])]);
  });

  // Lesson times by the class's shift.
  classes.forEach((k, i) => {
    const n = (i % 5) + 1;
    const spelled = classSpelling(k.class, i + 3);
    const forms = [
      `во сколько начинается ${LESSON_ORDINALS[n]} урок у ${spelled}`,
      `${n} урок ${spelled} время`,
      `когда заканчиваются уроки у ${spelled}`,
      `перемена у ${spelled} сколько минут`,
    ];
    once(forms[i % forms.length]!, [shiftPlace(k), timetable(k)]);
  });
  const shifts = (c.bells?.shifts ?? []) as { id: number | string }[];
  if (shifts.some((s) => String(s.id) === '2')) {
    once('во сколько начинается вторая смена', ['timetable/bells/#shift-2']);
  }
  if (shifts.some((s) => String(s.id) === '1')) once('первая смена звонки время уроков', ['timetable/bells/#shift-1']);
  once('сколько длится урок на дистанте', ['timetable/bells/', p.howItWorks]);
  once(wrongLayout('звонки'), ['timetable/bells/']);

  // Device and internet requirements.
  once('какой нужен интернет для онлайн уроков', ['requirements/#internet']);
  once('скорость интернета мбит минимум', ['requirements/#internet']);
  once('технические требования к устройствам', ['requirements/', 'requirements/#devices-title']);
  once('подойдет ли старый планшет для учебы', [p.deviceCard('tablet')]);
  once('сколько оперативки надо на ноутбуке', [p.deviceCard('laptop')]);
  once('какая винда нужна на компьютер для уроков', [p.deviceCard('computer')]);
  once('можно учиться только с телефона? какой андроид нужен', [p.deviceCard('phone')]);
  once('нужна ли веб камера обязательно', [...p.deviceCards((d) => /камер/i.test(d.note ?? '')), 'requirements/#devices-title']);
  once('нужны ли наушники для уроков', [...p.deviceCards((d) => d.headset !== undefined), 'requirements/#devices-title']);
  once(wrongLayout('требования к компьютеру'), [p.deviceCard('computer'), 'requirements/#devices-title']);
  once('tablet requirements', [p.deviceCard('tablet')]);

  // Borrowing a device.
  const lendingNotices = p.announcements((t) => /выдач[аи] ноутбук|выдач[аи] устройств/.test(t));
  const lendingFaq = p.faq((_q, body) => body.includes('выдаёт ноутбук или планшет'));
  once('как взять ноутбук в школе на время дистанта', [p.lending, ...lendingFaq]);
  once('у нас нет компьютера дома ребенку не на чем заниматься что делать помогите', [p.lending, ...lendingFaq]);
  once('выдача ноутбуков до какого числа продлится', lendingNotices);
  once('какие документы нужны чтобы получить ноут', [p.lending]);
  once('ноутбук сломался который дали в школе', [p.lending]);

  // FAQ answers and notices whose own text answers.
  const noticeBodies = p.notices.map((n) => ({ id: n.id, body: bodyOf(p.announcementDir, n.id) }));
  for (const [sentence, query] of SENTENCES) {
    once(query, [
      ...p.faq((_q, body) => body.includes(sentence)),
      ...noticeBodies.filter((n) => n.body.includes(sentence)).map((n) => `announcements/#${n.id}`),
      ...(sentence.startsWith('для письменных') ? [p.deviceCard('phone')] : []),
    ]);
  }
  once('где смотреть оценки ребенка', [p.howItWorks, ...p.guidesWhere((t) => t.includes('оценк'))]);
  p.notices.forEach((n) => {
    const grade = /(\d+[а-я]) класса/.exec(n.title)?.[1];
    const k = grade ? classes.find((x) => x.class.toLowerCase() === grade) : undefined;
    if (n.title.includes('продуктов')) once('когда дают продуктовые наборы', [`announcements/#${n.id}`]);
    else if (n.title.includes('консультации перед контрольн')) once('консультации перед контрольными', [`announcements/#${n.id}`]);
    else if (k && n.title.includes('изменилось расписание'))
      once(`поменялось расписание ${classSpelling(k.class, 5)}?`, [`announcements/#${n.id}`, timetable(k)]);
    else if (k && n.title.includes('ссылки'))
      once(`новые ссылки на уроки ${classSpelling(k.class, 1)}`, [`announcements/#${n.id}`, timetable(k)]);
  });

  // Parent meetings.
  once('общешкольное собрание когда', p.schoolMeetings);
  classes.forEach((k, i) => {
    const places = p.meetingsOfClass(k.id);
    if (places.length === 0) return;
    const spelled = classSpelling(k.class, i + 6);
    once(i % 2 ? `собрание ${spelled} ссылка` : `когда родительское собрание в ${spelled}`, places);
  });
  [...new Set(c.meetings.map((m) => isoOf(m.date)))].slice(0, 3).forEach((date, i) => {
    const places = p.meetingOf((m) => isoOf(m.date) === date);
    once(i % 2 ? `собрание ${spokenDate(date)} во сколько` : `что за собрание ${spokenDate(date)}`, places);
  });

  // The communication schedule.
  c.communication.forEach((item) => {
    const place = `communication/#communication-${item.id}`;
    const who = staffById(item.responsible);
    if (item.form === 'planning') once('планерка для учителей во сколько', [place]);
    else if (item.form === 'chat') once('до скольки классный руководитель пишет в чат итоги дня', [place]);
    else if (item.form === 'phone') once('когда можно дозвониться директору', [place, ...(who ? [`staff/#${who.id}`] : [])]);
    else if (item.form === 'consultation' && item.audience === 'pupils')
      once('можно ребенку поговорить с психологом онлайн когда', [place, ...p.psychologist]);
  });

  // Guides.
  GUIDE_KINDS.forEach(({ title, ask: question }) => {
    const platforms = [...new Set(c.guides.filter((g) => title.test(g.title.toLowerCase())).map((g) => g.platform))];
    platforms.forEach((platform) => {
      const words = PLATFORM_WORDS[platform ?? ''];
      if (words)
        once(
          question(words),
          p.guides((g) => title.test(g.title.toLowerCase()) && g.platform === platform),
        );
    });
  });
  if (guidesFor('teachers')) once('инструкция для учителей', ['guides/#teachers']);
  if (guidesFor('pupils')) once('пошаговая инструкция для детей', ['guides/#pupils']);

  // Platforms.
  for (const platform of c.platforms) {
    const support = `contacts/#support-${platform.id}`;
    if (platform.id === 'sferum') {
      once('сферум техподдержка номер', [support, `platforms/#${platform.id}`]);
      once('sferum что это', [`platforms/#${platform.id}`]);
    } else if (platform.id === 'moya-shkola') {
      once('моя школа горячая линия госуслуги', [support, `platforms/#${platform.id}`]);
      once('myschool edu ru', [`platforms/#${platform.id}`]);
    }
  }

  // Orders and documents.
  for (const d of c.documents) {
    const place = `documents/#${d.id}`;
    const title = d.title.toLowerCase();
    if (d.kind === 'order' && title.includes('организации образовательного')) {
      once('приказ о переходе на дистанционное обучение', [place]);
      if (d.number) once(`приказ ${d.number} о чем`, [place]);
    } else if (d.kind === 'order' && title.includes('плана-графика')) {
      if (d.number) once(`приказ №${d.number}`, [place]);
      once('приказ про план график', [place]);
    } else if (d.kind === 'regulation') once('положение об электронном обучении', [place]);
    else if (d.kind === 'recommendation') once('методические рекомендации минпросвещения', [place]);
    else if (title.includes('памятка')) once('памятка родителям режим дня ребенка', [place]);
  }
  once('все приказы школы', ['documents/', ...p.orders]);

  // The plan-schedule: deadlines, responsible people, topics.
  const planOf = (test: (item: (typeof c.roadmap)[number]) => boolean) =>
    c.roadmap.filter(test).map((item) => `plan/#${roadmapAnchor(item.id)}`);
  const topics: [RegExp, string][] = [
    [/психологическ/, 'до какого числа психологическая поддержка по плану'],
    [/контрольным/, 'подготовка к контрольным срок по плану графику'],
    [/питание/, 'льготное питание на дистанте план'],
    [/режим дня/, 'режим дня ребенка дома мероприятие срок'],
    [/вопросы родителей/, 'ответы на вопросы родителей кто отвечает план'],
  ];
  for (const [topic, query] of topics)
    once(
      query,
      planOf((item) => topic.test(item.title.toLowerCase())),
    );
  c.roadmap.slice(0, 4).forEach((item, i) => {
    const forms = [`пункт ${item.id} плана кто ответственный`, `что по плану на ${spokenDate(isoOf(item.deadline))}`];
    const query = forms[i % forms.length]!;
    once(query, i % 2 ? planOf((x) => isoOf(x.deadline) === isoOf(item.deadline)) : [`plan/#${roadmapAnchor(item.id)}`]);
  });
  [...new Set(c.roadmap.map((item) => item.responsible))].slice(0, 3).forEach((id, i) => {
    const who = staffById(id);
    if (!who) return;
    const { surname } = partsOf(who.name);
    const word = i % 2 ? surname : genitive(surname);
    const named = c.staff.filter((s) => wordPlaces(word).includes(`staff/#${s.id}`)).map((s) => s.id);
    once(
      i % 2 ? `за что отвечает ${surname} в плане` : `план-график ${word.toLowerCase()} мероприятия`,
      planOf((x) => named.includes(x.responsible ?? '')),
    );
  });
  once('что уже выполнено по плану дистанта', ['plan/']);

  // How learning works.
  once('как вообще устроена учеба на дистанте', [p.howItWorks]);
  once('за что ставят оценки на дистанционке', [p.howItWorks]);

  return cases;
}
