/**
 * Batch 11 of the development questions (2026-12-07), over generated schools of seeds 29 and 30, which
 * no earlier evaluation used. Written blind, before any of them was asked of the search, without
 * looking at the search, its tests or its logs, and without reading the questions of the earlier
 * batches: from the mission of a distance-learning page (bells and timetable, hotline, e-mail, teachers
 * and their platform accounts, psychologist and social help, device and internet requirements, parent
 * meetings, the communication schedule, step-by-step guides, borrowing a device, orders, the
 * plan-schedule and its coordinators, FAQ, announcements) and from the two schools' content and built
 * pages, as parents, grandparents, teachers and pupils of 7–17 type into a school site's search box on
 * a phone.
 *
 * The phrasings this batch tries, unlike the obvious ones: openings «а где…», «подскажите…»,
 * «здравствуйте…»; a lesson slot («что у 6а третьим уроком в среду», «во сколько 4 урок у 3 А»);
 * teachers by pupils' nicknames («классуха 7а», «химичка», «физрук», «трудовик») and by role («зам по
 * воспитательной»); the platforms by brand spellings («sferum», «сферам», «myschool»); a deadline of
 * the plan («что должны сделать к 1 декабря»); what an order says («приказ 214»); a notice («собрание
 * перенесли?»); mixed Russian and English («link на урок», «wifi», «email»); numbers («сколько минут
 * перемена», «в 15:00 какой урок»); phones and e-mail typed in part; surnames in the genitive, dative,
 * accusative and prepositional; class spellings («5а», «5 А», «5-а», «5"а"», a Latin «5a», «пятого
 * а»); typos (a letter missing, doubled or swapped, «е» for «ё»), the wrong keyboard layout; a family's
 * worry told in one breath.
 *
 * Each question names every place that truly answers it: the card, entry or page about what is asked
 * (a class's page, and that day on it for a weekday; the bells of the class's shift for a lesson's
 * time; the teacher's card and the class's page for «who teaches …»), and a FAQ answer or a notice
 * only where its own text is the answer. A phone number that merely closes a guide does not make the
 * guide an answer. Every place is read from the school's content, so the same code runs on any
 * generated school; a question whose school has none of the places is left out.
 */
import { join } from 'node:path';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** A surname in the genitive, as in «у Богданова», «консультации Масловой». */
const genitive = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}а` : surname;

/** A surname in the prepositional, as in «о Богданове», «о Масловой». */
const prepositional = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}е` : surname;

/** A grade's ordinal in the genitive: «пятого», «третьего». */
const ordinalGenitive = (grade: number) => (GRADE_ORDINALS[grade] ?? '').replace(/ий$/, 'ьего').replace(/(ый|ой)$/, 'ого');

/** Lesson numbers as in «третьим уроком». */
const BY_NUMBER = ['нулевым', 'первым', 'вторым', 'третьим', 'четвёртым', 'пятым', 'шестым', 'седьмым', 'восьмым'];

/** Months in the genitive, for dates said as «23 ноября». */
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const spokenDate = (iso: string) => {
  const [, month = '1', day = '1'] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]}`;
};

/** Class letters typed on the Latin keyboard by look or by sound: «5a», «6b». */
const LATIN_LETTER: Record<string, string> = { А: 'a', Б: 'b', В: 'v', Г: 'g', Д: 'd', Е: 'e' };

/** How pupils and parents name a subject: on its own, after «учитель», and as an object («когда физру»). */
const SUBJECT_WORDS: Record<string, { short: string; of: string; object: string }> = {
  'русский язык': { short: 'русский', of: 'русского', object: 'русский' },
  математика: { short: 'матеша', of: 'математики', object: 'математику' },
  'литературное чтение': { short: 'чтение', of: 'чтения', object: 'чтение' },
  'физическая культура': { short: 'физра', of: 'физкультуры', object: 'физру' },
  'английский язык': { short: 'инглиш', of: 'английского', object: 'английский' },
  'окружающий мир': { short: 'окружайка', of: 'окружающего мира', object: 'окружайку' },
  музыка: { short: 'музыка', of: 'музыки', object: 'музыку' },
  'изобразительное искусство': { short: 'изо', of: 'изо', object: 'изо' },
  'труд (технология)': { short: 'труды', of: 'труда', object: 'труд' },
  литература: { short: 'литра', of: 'литературы', object: 'литру' },
  история: { short: 'история', of: 'истории', object: 'историю' },
  обществознание: { short: 'общага', of: 'обществознания', object: 'обществознание' },
  биология: { short: 'биология', of: 'биологии', object: 'биологию' },
  география: { short: 'геогр', of: 'географии', object: 'географию' },
  алгебра: { short: 'алгебра', of: 'алгебры', object: 'алгебру' },
  геометрия: { short: 'геома', of: 'геометрии', object: 'геометрию' },
  'вероятность и статистика': { short: 'статистика', of: 'статистики', object: 'статистику' },
  физика: { short: 'физика', of: 'физики', object: 'физику' },
  химия: { short: 'химия', of: 'химии', object: 'химию' },
  информатика: { short: 'инфа', of: 'информатики', object: 'информатику' },
  'основы безопасности и защиты родины': { short: 'обзр', of: 'обзр', object: 'обзр' },
};
const wordsOf = (subject: string) => {
  const key = subject.toLowerCase();
  return SUBJECT_WORDS[key] ?? { short: key, of: key, object: key };
};

/** Teachers by pupils' nicknames, with the part of the position each one names. */
const NICKNAMES: [string, string, string][] = [
  ['химичка', 'химичке', 'химии'],
  ['физрук', 'физруку', 'физической культуры'],
  ['трудовик', 'трудовику', 'труда'],
  ['англичанка', 'англичанке', 'английского'],
  ['русичка', 'русичке', 'русского языка'],
  ['математичка', 'математичке', 'математики'],
  ['историк', 'историку', 'истории'],
  ['информатик', 'информатику', 'информатики'],
  ['географичка', 'географичке', 'географии'],
  ['биологичка', 'биологичке', 'биологии'],
  ['физик', 'физику', 'физики'],
  ['музычка', 'музычке', 'музыки'],
  ['обжшник', 'обжшнику', 'обзр'],
];

export function eleventhBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, school, classes, digits, schoolCard, faq, notices, announcements, talk, platform, lending, howItWorks } = p;
  const { devices, deviceCard, deviceCards, deviceHelp, timetable, gradeOf, letterOf, guides, documents, meetingOf } = p;
  const { cases, ask } = uniqueAsker();

  // ——— helpers over the content ———
  const body = (dir: string, id: string) => bodyOf(join(contentDir, dir), id);
  const faqSays = (text: string) => faq((_q, b) => b.includes(text));
  const faqAsks = (re: RegExp) => faq((q) => re.test(q));
  const noticesSay = (text: string) =>
    notices.filter((n) => body('announcements', n.id).includes(text)).map((n) => `announcements/#${n.id}`);
  const guidesSay = (text: string) => c.guides.filter((g) => body('guides', g.id).includes(text)).map((g) => `guides/${g.id}/`);
  const titled = (re: RegExp) => guides((g) => re.test(g.title.toLowerCase()));
  const staffWhere = (re: RegExp) => c.staff.filter((s) => re.test(s.position.toLowerCase())).map((s) => `staff/#${s.id}`);
  const coordinatorsWhere = (test: (co: (typeof c.coordinators)[number]) => boolean) =>
    c.coordinators.filter(test).map((co) => `coordinators/#coordinator-${co.id}`);
  const whoIs = (surname: string) => [...p.bySurname(surname), ...coordinatorsWhere((co) => co.name.startsWith(`${surname} `))];
  const bells = c.bells ? ['timetable/bells/', ...c.bells.shifts.map((s) => `timetable/bells/#shift-${s.id}`)] : [];
  const shiftPlace = (shift: number) => (c.bells?.shifts.some((s) => s.id === shift) ? `timetable/bells/#shift-${shift}` : undefined);
  const periodsOf = (shift: number) => c.bells?.shifts.find((s) => s.id === shift)?.periods ?? [];
  const plan = (test: (item: (typeof c.roadmap)[number]) => boolean) =>
    c.roadmap.filter(test).map((item) => `plan/#item-${item.id.replace(/\./g, '-')}`);
  const planPage = c.roadmap.length > 0 ? 'plan/' : undefined;
  const supportCard = (id: string) => (c.platforms.find((x) => x.id === id)?.support?.phone ? `contacts/#support-${id}` : undefined);
  /** Every card that gives a phone number: contacts, the school's card, coordinators, a communication line. */
  const byPhone = (phone: string) => {
    const d = digits(phone);
    return [
      ...c.contacts.filter((e) => e.phones.some((x) => digits(x) === d)).map((e) => `contacts/#${e.id}`),
      ...(digits(school.phone ?? '') === d ? [schoolCard] : []),
      ...coordinatorsWhere((co) => digits(co.phone) === d),
      ...talk((t) => digits(t.channel ?? '') === d),
      ...c.platforms
        .filter((x) => digits(x.support?.phone ?? '') === d)
        .flatMap((x) => [`contacts/#support-${x.id}`, `platforms/#${x.id}`]),
    ];
  };
  /** Every card that gives an e-mail address. */
  const byEmail = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...coordinatorsWhere((co) => co.email === email),
    ...(school.email === email ? [schoolCard] : []),
  ];

  type Klass = (typeof classes)[number];
  const lessonsOf = (k: Klass) =>
    Object.entries(k.days).flatMap(([day, list]) =>
      (list ?? []).map((l) => ({ day, period: l.period, subject: l.subject, teachers: [l.teacher].flat(), group: l.group, note: l.note })),
    );
  const daysOf = (k: Klass) => Object.keys(DAYS).filter((day) => (k.days[day as keyof typeof k.days] ?? []).length > 0);
  const dayPlace = (k: Klass, day: string) => `${timetable(k)}#${day}`;
  const teachersOfLesson = (k: Klass, subject: string) => [
    ...new Set(
      lessonsOf(k)
        .filter((l) => l.subject === subject)
        .flatMap((l) => l.teachers)
        .map((id) => `staff/#${id}`),
    ),
  ];
  /**
   * A class as it is typed: «5а», «5 А», «5-а», «пятый а», «5"а"», a Latin «5a», «5 а класс»; the words
   * in the case the question needs («у пятого а», «в пятом а классе»).
   */
  const spell = (k: Klass, variant: number, form: 'nom' | 'gen' | 'prep' = 'nom') => {
    const grade = gradeOf(k);
    const letter = letterOf(k);
    const low = letter.toLowerCase();
    const ordinal = {
      nom: GRADE_ORDINALS[grade] ?? '',
      gen: ordinalGenitive(grade),
      prep: ordinalGenitive(grade).replace(/ого$/, 'ом').replace(/его$/, 'ем'),
    }[form];
    const forms = [
      `${grade}${low}`,
      `${grade} ${letter}`,
      `${grade}-${low}`,
      `${ordinal} ${low}`,
      `${grade}"${low}"`,
      `${grade}${LATIN_LETTER[letter.toUpperCase()] ?? low}`,
      `${grade} ${low} ${{ nom: 'класс', gen: 'класса', prep: 'классе' }[form]}`,
      `${grade}${letter}`,
    ];
    return forms[variant % forms.length]!;
  };
  /** A time as typed: «9:30». */
  const typedTime = (time: string) => time.replace(/^0/, '');

  // ——— the timetable of each class, spelt every way ———
  const classQuestions: ((k: Klass, v: number) => [string, (string | undefined)[]])[] = [
    (k, v) => [`расписание ${spell(k, v)}`, [timetable(k)]],
    (k, v) => [`а где расписание ${spell(k, v, 'gen')}`, [timetable(k)]],
    (k, v) => [`подскажите уроки ${spell(k, v, 'gen')} на завтра`, [timetable(k)]],
    (k, v) => [`${wrongLayout('расписание')} ${wrongLayout(spell(k, v).replace(/"/g, ''))}`, [timetable(k)]],
    (k, v) => [`link на урок ${spell(k, v, 'gen')}`, [timetable(k)]],
    (k, v) => [`${spell(k, v)} какая смена`, [timetable(k), shiftPlace(k.shift), 'timetable/']],
    (k, v) => [`во сколько начинаются уроки у ${spell(k, v, 'gen')}`, [timetable(k), shiftPlace(k.shift)]],
    (k, v) => [`рассписание ${spell(k, v, 'gen')} на неделю`, [timetable(k)]],
    (k, v) => [`ссылки на видеоуроки ${spell(k, v, 'gen')}`, [timetable(k)]],
    (k, v) => [`${spell(k, v)} до скольки уроки`, [timetable(k), shiftPlace(k.shift)]],
    (k, v) => [`расписане ${spell(k, v)}`, [timetable(k)]],
    (k, v) => [`какие сегодня уроки у ${spell(k, v, 'gen')}`, [timetable(k)]],
  ];
  classes.forEach((k, i) => {
    for (let j = 0; j < 4; j++) {
      const [query, places] = classQuestions[(i * 4 + j) % classQuestions.length]!(k, i + j);
      ask(query, places);
    }
    ask(`уроки ${ordinalGenitive(gradeOf(k))} ${letterOf(k).toLowerCase()} класса`, [timetable(k)]);
  });

  // ——— a weekday, a lesson slot, a lesson's time ———
  classes.forEach((k, i) => {
    const days = daysOf(k);
    const day = days[i % Math.max(days.length, 1)];
    if (!day) return;
    const d = DAYS[day]!;
    ask(i % 2 === 0 ? `что у ${spell(k, i + 2, 'gen')} ${d.to}` : `${spell(k, i + 2)} ${d.on} какие уроки`, [
      timetable(k),
      dayPlace(k, day),
    ]);
    const n = 2 + (i % 3);
    const slot = lessonsOf(k).filter((l) => l.day === day && l.period === n);
    if (slot.length > 0) ask(`что у ${spell(k, i, 'gen')} ${BY_NUMBER[n]} уроком ${d.on}`, [timetable(k), dayPlace(k, day)]);
    const period = periodsOf(k.shift).find((x) => x.n === n + 1);
    if (period) {
      ask(i % 2 === 0 ? `во сколько ${n + 1} урок у ${spell(k, i + 1, 'gen')}` : `${n + 1} урок ${spell(k, i + 1, 'gen')} время`, [
        timetable(k),
        shiftPlace(k.shift),
      ]);
      if (i % 3 === 0) ask(`у ${spell(k, i + 3, 'gen')} в ${typedTime(period.from)} какой урок`, [timetable(k)]);
    }
    const note = lessonsOf(k).some((l) => /сдать до/i.test(l.note ?? ''));
    if (note && i % 4 === 1) ask(`до скольки сдавать задание ${spell(k, i + 5, 'gen')}`, [timetable(k)]);
  });

  // ——— a subject in a class: when, and who teaches it ———
  classes.forEach((k, i) => {
    const subjects = [...new Set(lessonsOf(k).map((l) => l.subject))].sort((a, b) => a.localeCompare(b, 'ru'));
    if (subjects.length === 0) return;
    const subject = subjects[(i * 3) % subjects.length]!;
    const other = subjects[(i * 3 + 1) % subjects.length]!;
    const w = wordsOf(subject);
    const v = i + 1;
    const day = lessonsOf(k).find((l) => l.subject === other)?.day;
    ask(i % 2 === 0 ? `когда ${w.object} у ${spell(k, v, 'gen')}` : `${w.short} ${spell(k, v)} по каким дням`, [timetable(k)]);
    ask(i % 2 === 0 ? `кто ведет ${w.object} в ${spell(k, v, 'prep')}` : `учитель ${w.of} ${spell(k, v, 'gen')}`, [
      ...teachersOfLesson(k, subject),
      timetable(k),
    ]);
    if (day && i % 2 === 1)
      ask(`есть ли ${wordsOf(other).short} у ${spell(k, v, 'gen')} ${DAYS[day]!.on}`, [timetable(k), dayPlace(k, day)]);
    const teacher = c.staff.find((x) => `staff/#${x.id}` === teachersOfLesson(k, other)[0]);
    if (teacher && i % 2 === 0) {
      ask(`${partsOf(teacher.name).surname.toLowerCase()} у ${spell(k, v, 'gen')} что ведет`, [`staff/#${teacher.id}`, timetable(k)]);
    }
  });

  // ——— the class teacher, by its nickname ———
  classes.forEach((k, i) => {
    const card = p.staffCard(k.classTeacher);
    if (!card) return;
    const s = spell(k, i + 3, 'gen');
    const forms = [
      `классуха ${s}`,
      `кто классный руководитель ${s}`,
      `классная ${s} как зовут`,
      `подскажите классного руководителя ${s}`,
      `кл рук ${s}`,
    ];
    ask(forms[i % forms.length]!, [card, timetable(k)]);
  });

  // ——— the bells ———
  ask('звонки', bells);
  ask('расписание звонков на дистанте', bells);
  ask('сколько минут перемена', bells);
  ask('большая перемена во сколько', bells);
  ask(wrongLayout('звонки'), bells);
  ask('сколько длится урок на дистанционке', [...bells, howItWorks]);
  ask('звоноки время уроков', bells);
  for (const shift of c.bells?.shifts ?? []) {
    const first = shift.periods[0];
    const last = shift.periods.at(-1);
    const word = shift.id === 1 ? 'первая' : shift.id === 2 ? 'вторая' : 'третья';
    if (first) ask(`во сколько начинается ${word} смена`, ['timetable/bells/', `timetable/bells/#shift-${shift.id}`]);
    if (last) ask(`${word} смена до скольки учится`, ['timetable/bells/', `timetable/bells/#shift-${shift.id}`]);
    ask(`какие классы ${shift.id === 2 ? 'во' : 'в'} ${shift.id} смену`, [`timetable/bells/#shift-${shift.id}`, 'timetable/']);
  }
  const thirdLesson = c.bells?.shifts[0]?.periods.find((x) => x.n === 3);
  if (thirdLesson) ask(`в ${typedTime(thirdLesson.from)} какой урок начинается`, bells);
  ask('расписание всех классов', ['timetable/']);

  // ——— teachers by surname, in every case and with typos ———
  const teachers = c.staff.filter((x) => x.group === 'teacher').sort((a, b) => a.id.localeCompare(b.id));
  teachers.slice(0, 16).forEach((t, i) => {
    const { surname, first, patronymic } = partsOf(t.name);
    const low = surname.toLowerCase();
    const namesakes = c.staff.filter((x) => x.name.startsWith(`${surname} `));
    /** The namesakes a pupil finds on the platform, and the namesakes who teach. */
    const onSferum = namesakes.filter((x) => (x.accounts ?? []).some((a) => a.platform === 'sferum')).map((x) => `staff/#${x.id}`);
    const teaching = namesakes.filter((x) => x.group === 'teacher').map((x) => `staff/#${x.id}`);
    const same = c.staff.filter((x) => x.name.endsWith(` ${first} ${patronymic}`)).map((x) => `staff/#${x.id}`);
    const initials = `${low} ${first[0]!.toLowerCase()} ${patronymic[0]!.toLowerCase()}`;
    const forms: [string, (string | undefined)[]][] = [
      [`написать ${dative(surname)}`, whoIs(surname)],
      [`консультации ${genitive(surname)} когда`, whoIs(surname)],
      [`как найти ${accusative(surname)} в сферуме`, onSferum],
      [`${swapped(low)} учитель`, teaching],
      [`${oneLetterLess(low)} почта`, whoIs(surname)],
      [`${doubled(low, 3)}`, whoIs(surname)],
      [`${withoutYo(first)} ${withoutYo(patronymic)} ${wordsOf(t.subjects[0] ?? '').short}`.trim(), [`staff/#${t.id}`]],
      [wrongLayout(surname), whoIs(surname)],
      [initials, [`staff/#${t.id}`]],
      [`у ${genitive(surname)} какие классы`, whoIs(surname)],
      [`${low} ник в сферуме`, onSferum],
      [`нужна информация о ${prepositional(surname)}`, whoIs(surname)],
      [`${withoutYo(low)} email`, whoIs(surname)],
      [`${first.toLowerCase()} ${patronymic.toLowerCase()} ${/на$/.test(patronymic) ? 'учительница' : 'учитель'}`, same],
      [`здравствуйте как связаться с ${genitive(surname)} ${first[0]}.${patronymic[0]}.`, [`staff/#${t.id}`]],
      [`${low} консультация`, whoIs(surname)],
    ];
    for (const at of [i, i + 7]) {
      const [query, places] = forms[at % forms.length]!;
      ask(query, places);
    }
  });

  // ——— teachers by pupils' nicknames and by subject ———
  NICKNAMES.forEach(([nickname, toNickname, position], i) => {
    const who = staffWhere(new RegExp(position));
    ask(i % 3 === 0 ? nickname : i % 3 === 1 ? `${nickname} почта` : `как написать ${toNickname}`, who);
  });
  ask('когда консультация у учителя физики', p.teachersOf('физик'));
  ask('почта учителя информатики', p.teachersOf('информатик'));
  ask('учитель начальных классов', staffWhere(/начальных классов/));
  ask('училка по изо', staffWhere(/изобразительн/));
  ask('как найти учителя в сферуме', ['staff/', ...guidesSay('найдите учителя по фамилии')]);

  // ——— the administration and specialists, by role ———
  ask('зам по воспитательной работе', staffWhere(/^заместитель директора по воспитательной/));
  ask('завуч по учебной части телефон', p.deputy);
  ask('зам директора по увр', p.deputy);
  ask('директор школы как зовут', [...staffWhere(/^директор$/), schoolCard]);
  ask('директар', p.director);
  ask('секретарь директора телефон', [...staffWhere(/секретар/), ...p.contact('administration', (t) => /при[её]мн|секретар/.test(t))]);
  ask('логопед', staffWhere(/логопед/));
  ask('есть ли логопед в школе', staffWhere(/логопед/));
  ask('библиотекарь учебники', staffWhere(/библиотекар/));
  ask('сисадмин школы', [...p.itSupport, ...coordinatorsWhere((co) => /системн/.test(co.position.toLowerCase()))]);
  ask(
    'приемная',
    p.contact('administration', (t) => /при[её]мн/.test(t)),
  );
  ask('записаться на прием к директору', [...talk((t) => /директор/.test(t.title.toLowerCase())), ...p.director]);
  ask('все учителя список', ['staff/']);

  // ——— phones and e-mail: the hotline, help, the school ———
  ask('горячая линия', p.hotline);
  ask('единый номер по дистанту', p.hotline);
  ask('гарячая линия дистанционка', p.hotline);
  ask('куда звонить если ничего не понятно с дистантом', p.hotline);
  ask(wrongLayout('горячая линия'), p.hotline);
  ask('психолог', p.psychologist);
  ask('психолаг школьный', p.psychologist);
  ask('ребенок плачет не хочет учиться дома к кому обратиться', [...p.psychologist, ...p.helpline]);
  ask('подростку поговорить с психологом онлайн', [...p.psychologist, ...talk((t) => /психолог/.test(t.title.toLowerCase()))]);
  ask('телефон доверия', p.helpline);
  ask('анонимно поговорить если плохо', p.helpline);
  ask(wrongLayout('телефон доверия'), p.helpline);
  ask('соцпедагог', p.social);
  ask('социальная помощь многодетным кому звонить', p.social);
  ask('соц педагог номер', p.social);
  ask('техподдержка', p.itSupport);
  ask('не работает сферум кому звонить', [...p.itSupport, supportCard('sferum'), platform('sferum')]);
  ask('тех поддержка телефон не заходит в моя школа', [...p.itSupport, supportCard('moya-shkola'), platform('moya-shkola')]);
  ask('телефон школы', byPhone(school.phone ?? ''));
  ask('адрес школы', [schoolCard]);
  ask('почта школы email', school.email ? byEmail(school.email) : []);
  ask('телефон завуча', p.deputy);
  ask('электронка психолога', p.psychologist);
  ask('все контакты', ['contacts/']);
  ask('памятка с телефонами распечатать', ['memo/']);
  for (const [i, entry] of c.contacts.filter((e) => e.phones.length > 0).entries()) {
    const d = digits(entry.phones[0]!);
    const tail = d.slice(-6);
    const typed = [
      `${tail.slice(0, 2)}-${tail.slice(2, 4)}-${tail.slice(4)}`,
      tail,
      `${tail.slice(0, 2)} ${tail.slice(2, 4)} ${tail.slice(4)}`,
      `чей номер ${d.slice(-7)}`,
    ][i % 4]!;
    if (d.startsWith('8800')) ask(`${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`, byPhone(entry.phones[0]!));
    else ask(typed, byPhone(entry.phones[0]!));
  }
  for (const [i, entry] of c.contacts.filter((e) => e.email).entries()) {
    if (i % 2 === 1) ask(entry.email!.split('@')[0]!, byEmail(entry.email!));
  }

  // ——— platforms by brand spellings ———
  ask('sferum', [platform('sferum')]);
  ask('сферам это что', [platform('sferum')]);
  ask('что такое моя школа госуслуги', [platform('moya-shkola')]);
  ask('myschool', [platform('moya-shkola')]);
  ask('поддержка сферума 8 800', [supportCard('sferum'), platform('sferum')]);
  ask('горячая линия моей школы', [supportCard('moya-shkola'), platform('moya-shkola')]);
  ask('электронный дневник где', [
    ...c.platforms.filter((x) => (x.kind ?? []).includes('diary')).map((x) => `platforms/#${x.id}`),
    howItWorks,
  ]);
  ask('на какой платформе проходят уроки', [
    ...c.platforms.filter((x) => x.primary || (x.kind ?? []).includes('video')).map((x) => `platforms/#${x.id}`),
    howItWorks,
  ]);

  // ——— the guides ———
  const sferumConnect = guides((g) => g.platform === 'sferum' && g.topic === 'connect');
  ask('как зайти в сферум первый раз', sferumConnect);
  ask('как ребенку зарегистрироваться в сферуме с телефона', sferumConnect);
  ask('не могу войти в сферум', [...titled(/вход/), ...guides((g) => g.platform === 'sferum' && g.topic === 'troubleshooting')]);
  ask('сферум пишет ошибка входа что делать', [
    ...titled(/ошибк|восстанов/),
    ...guides((g) => g.platform === 'sferum' && g.topic === 'troubleshooting'),
  ]);
  ask(
    'моя школа не грузится',
    guides((g) => g.platform === 'moya-shkola' && g.topic === 'troubleshooting'),
  );
  ask('все зависло на уроке что делать', p.troubleGuides);
  ask('как попасть на видеоурок', p.lessonGuides);
  ask('как включить камеру на уроке', titled(/камер/));
  ask('микрофон не работает на уроке', titled(/микрофон/));
  ask('как поднять руку на уроке', [...titled(/рук/), ...guidesSay('поднятую руку')]);
  ask('как отправить домашку', p.homeworkGuides);
  ask('как прикрепить фото тетради', [...p.homeworkGuides, ...titled(/фото/)]);
  ask(
    'дз как сдать в моей школе',
    guides((g) => g.topic === 'homework' && g.platform === 'moya-shkola'),
  );
  ask('уведомления сферум не приходят', titled(/уведомлен/));
  ask(
    'инструкция для первоклассника',
    guides((g) => (g.grades ?? []).includes(1)),
  );
  ask(
    'инструкции для учителей',
    guides((g) => g.audience === 'teachers'),
  );
  ask(
    'пошагово с планшета',
    guides((g) => g.device === 'tablet'),
  );
  ask('все инструкции', ['guides/']);
  ask('как написать учителю в сферуме', guidesSay('найдите учителя по фамилии'));
  ask(
    'здравствуйте не приходит код из смс сферум',
    guides((g) => g.platform === 'sferum' && body('guides', g.id).includes('код из смс')),
  );
  ask('а где посмотреть домашнее задание', [
    ...c.platforms.filter((x) => (x.kind ?? []).includes('lms')).map((x) => `platforms/#${x.id}`),
    ...guidesSay('откройте раздел **задания**'),
  ]);
  ask('уроки в zoom или где', [
    ...c.platforms.filter((x) => (x.kind ?? []).includes('video')).map((x) => `platforms/#${x.id}`),
    howItWorks,
  ]);
  ask('бабушка не может зайти в сферум помогите', [
    ...sferumConnect,
    ...guides((g) => g.platform === 'sferum' && g.topic === 'troubleshooting'),
    ...p.itSupport,
  ]);
  const third = classes.find((k) => gradeOf(k) === 3) ?? classes[0];
  if (third) ask(`подскажите как нам зайти на урок мы в ${spell(third, 6, 'prep')}`, [...p.lessonGuides, timetable(third)]);
  const fifth = classes.find((k) => gradeOf(k) === 5);
  if (fifth) ask(`здравствуйте подскажите почту классного руководителя ${spell(fifth, 2, 'gen')}`, [p.staffCard(fifth.classTeacher)]);
  ask('ник учителя в сферуме где посмотреть', ['staff/']);
  ask(wrongLayout('сферум'), [platform('sferum')]);

  // ——— borrowing a device ———
  const lendingPlaces = [
    lending,
    ...faqSays('выдаёт ноутбук'),
    ...announcements((t) => /ноутбук|планшет|устройств/.test(t)),
    ...noticesSay('выдаёт ноутбук'),
  ];
  ask('где взять ноутбук для учебы', lendingPlaces);
  ask('дают ли планшет в школе бесплатно', lendingPlaces);
  ask('здравствуйте у нас дома нет компьютера только мамин телефон как ребенку учиться', [...lendingPlaces, deviceHelp]);
  ask('какие документы нужны чтобы взять ноутбук', [lending]);
  ask('выдача ноутбуков до какого числа', [lending, ...announcements((t) => /выдач/.test(t))]);
  ask('ноут на время дистанта', lendingPlaces);

  // ——— device requirements ———
  const internet = c.hasRequirements ? ['requirements/', 'requirements/#internet'] : [];
  ask('какой нужен интернет для уроков', internet);
  ask('wifi слабый хватит ли для видеоурока', internet);
  ask(`скорость интернета ${c.requirements?.internet?.minMbps ?? 2} мбит хватит`, internet);
  ask('минимальные требования к компьютеру', [deviceCard('computer'), deviceCard('laptop')]);
  ask('сколько оперативки нужно на ноут', [deviceCard('laptop')]);
  ask('подойдет ли старый телефон для уроков', [deviceCard('phone'), c.hasRequirements ? 'device-check/' : undefined]);
  ask(
    'на айпаде можно заниматься',
    deviceCards((d) => (d.os ?? []).some((o) => /ipad/i.test(o))),
  );
  ask(
    'астра линукс подойдет',
    deviceCards((d) => (d.os ?? []).some((o) => /astra/i.test(o))),
  );
  ask(
    'без вебкамеры можно',
    deviceCards((d) => /камер/i.test(d.note ?? '')),
  );
  ask('нужны ли наушники с микрофоном', c.hasRequirements ? ['requirements/#devices-title', ...deviceCards(() => true)] : []);
  ask('проверить подойдет ли мое устройство', [
    c.hasRequirements ? 'device-check/' : undefined,
    ...(devices.length ? ['requirements/'] : []),
  ]);
  ask('требования к технике', c.hasRequirements ? ['requirements/', 'requirements/#devices-title'] : []);

  // ——— parent meetings ———
  const meetingsOf = (k: Klass) => p.meetingsOfClass(k.id);
  classes.forEach((k, i) => {
    const held = meetingsOf(k);
    if (held.length === 0) return;
    const s = spell(k, i + 4, 'gen');
    ask(
      [`собрание ${s} когда`, `родительское собрание ${s} ссылка`, `во сколько собрание у ${s}`, `собрание родителей ${s}`][i % 4]!,
      held,
    );
  });
  ask('общешкольное родительское собрание', p.schoolMeetings);
  ask('когда родительское собрание', c.meetings.length > 0 ? ['meetings/', ...c.meetings.map((m) => `meetings/#${m.id}`)] : []);
  const foodMeetings = meetingOf((m) => (m.agenda ?? []).some((a) => /питани/i.test(a)));
  ask('на каком собрании будут про питание', foodMeetings);
  const soon = c.meetings.find((m) => m.date > '2026-11-18');
  if (soon)
    ask(
      `собрание ${spokenDate(soon.date)}`,
      meetingOf((m) => m.date === soon.date),
    );
  const moved = announcements((t) => /собрани/.test(t) && /перен/.test(t));
  for (const k of classes) {
    const notice = announcements((t) => /собрани/.test(t) && t.includes(k.class.toLowerCase()));
    if (notice.length > 0) ask(`собрание ${spell(k, 0)} перенесли?`, [...notice, ...meetingsOf(k)]);
  }
  ask('собрание перенесли', moved);

  // ——— the communication schedule ———
  ask('когда можно позвонить директору', [...talk((t) => t.form === 'phone'), ...p.contact('administration', (t) => /при[её]мн/.test(t))]);
  ask(
    'родительский чат класса где',
    talk((t) => t.form === 'chat'),
  );
  ask(
    'во сколько планерка у учителей',
    talk((t) => t.form === 'planning'),
  );
  ask(
    'до скольки классный пишет итоги дня',
    talk((t) => /итоги/.test((t.frequency ?? '').toLowerCase())),
  );
  ask('график связи с родителями', ['communication/', ...talk((t) => t.audience === 'parents')]);
  ask('когда ребенок может поговорить с психологом', [...talk((t) => t.form === 'consultation'), ...p.psychologist]);

  // ——— orders and documents ———
  const order = school.distanceLearning?.order;
  ask('приказ о переходе на дистант', [
    order ? `documents/#${order}` : undefined,
    ...documents((t) => /переход/.test(t) && /дистанц/.test(t)),
  ]);
  for (const doc of c.documents.filter((d) => d.number)) {
    const n = /^\d+/.exec(doc.number!)?.[0];
    if (n && doc.kind === 'order') ask(`приказ ${n}`, [`documents/#${doc.id}`]);
  }
  ask(
    'положение о дот',
    documents((t) => t.startsWith('положение')),
  );
  ask(
    'методичка минпросвещения по дистанту',
    documents((t) => /рекомендац/.test(t)),
  );
  ask(
    'памятка режим дня школьника дома',
    documents((t) => /режим/.test(t)),
  );
  ask('дистант до какого числа', school.distanceLearning?.to ? ['memo/'] : []);
  ask('документы школы по дистанционке', ['documents/']);
  ask(
    'отменили ли уроки',
    announcements((t) => /отмен/.test(t)),
  );

  // ——— the plan-schedule and its coordinators ———
  ask('план график мероприятий', [planPage, ...documents((t) => /план/.test(t))]);
  ask('что сделано по плану дистанта', [planPage]);
  ask(
    'кто отвечает за питание льготников',
    plan((item) => /питани/.test(item.title.toLowerCase())),
  );
  ask(
    'психологическая поддержка сроки план',
    plan((item) => /психолог/.test(item.title.toLowerCase())),
  );
  const deadline = c.roadmap.find((item) => /^\d{4}-\d\d-\d\d$/.test(item.deadline) && item.deadline > '2026-11-30')?.deadline;
  if (deadline)
    ask(
      `что должны сделать к ${spokenDate(deadline)}`,
      plan((item) => item.deadline === deadline),
    );
  ask(
    'подготовка к контрольным до какого числа',
    plan((item) => /контрольн/.test(item.title.toLowerCase())),
  );
  ask(
    'координатор дистанта в управлении образования',
    coordinatorsWhere((co) => co.level === 'municipal'),
  );
  ask(
    'региональный координатор',
    coordinatorsWhere((co) => co.level === 'regional'),
  );
  ask(
    'кто в школе отвечает за дистанционное обучение',
    coordinatorsWhere((co) => co.level === 'school'),
  );
  ask('куда жаловаться если в школе не помогли', [
    c.coordinators.length > 0 ? 'coordinators/' : undefined,
    ...coordinatorsWhere((co) => co.level !== 'school'),
  ]);
  for (const co of c.coordinators.filter((x) => x.level !== 'school')) {
    const { surname } = partsOf(co.name);
    ask(`${surname.toLowerCase()} ${co.level === 'municipal' ? 'уо' : 'министерство'} телефон`, [
      ...coordinatorsWhere((x) => x.name === co.name),
    ]);
  }

  // ——— the FAQ, in the families' words ———
  // What the answers say, and (for the questions not about one subject) the entries asking it.
  const grades = [...faqSays('оценки появляются в электронном дневнике'), howItWorks];
  const late = [...faqSays('срок сдачи можно перенести'), ...faqSays('договоритесь о новом сроке')];
  const books = faqSays('электронные учебники открываются');
  const tests = [...faqSays('контрольные работы проводятся'), ...noticesSay('контрольные работы проводятся')];
  const phoneOk = [...faqSays('удобнее компьютер или планшет'), deviceCard('phone')];
  ask('где смотреть оценки', [...grades, ...faqAsks(/оценк/)]);
  ask('не успеваем сдать домашку что делать', [...late, ...faqAsks(/не успевает/)]);
  ask('учебники онлайн где', [...books, ...faqAsks(/учебник/)]);
  ask('контрольные на дистанте будут', [...tests, ...faqAsks(/контрольн/)]);
  ask('можно ли учиться с телефона', [...phoneOk, ...faqAsks(/с телефона/)]);
  ask('учитель не отвечает в сферуме', faqSays('учитель отвечает на сообщения'));
  ask('частые вопросы', ['faq/']);
  for (const [i, entry] of c.faq.entries()) {
    const subject = /«([^»]+)»/.exec(entry.question)?.[1];
    if (!subject) continue;
    const w = wordsOf(subject);
    const q = entry.question.toLowerCase();
    const self = `faq/#${entry.id}`;
    if (/оценк/.test(q)) ask([`оценка по ${afterPo(subject)} за неделю`, `где посмотреть оценки ${w.of}`][i % 2]!, [self, ...grades]);
    else if (/с телефона/.test(q)) ask(`${w.short} можно делать с телефона?`, [self, ...phoneOk]);
    else if (/не успевает/.test(q)) ask(`не успевает сдать ${w.object} ребенок`, [self, ...late]);
    else if (/учебник/.test(q)) ask(`электронный учебник ${w.of}`, [self, ...books]);
    else if (/контрольн/.test(q)) ask(`контрольная по ${afterPo(subject)} будет?`, [self, ...tests]);
    else if (/непонятна/.test(q)) {
      ask(`ребенок не понял тему по ${afterPo(subject)} кому написать`, [
        self,
        ...c.staff.filter((x) => x.subjects.includes(subject)).map((x) => `staff/#${x.id}`),
      ]);
    }
  }

  // ——— announcements ———
  ask(
    'продуктовые наборы когда выдают',
    announcements((t) => /продукт/.test(t)),
  );
  ask('объявления школы', notices.length > 0 ? ['announcements/'] : []);
  ask(
    'консультации перед контрольными',
    announcements((t) => /консультац/.test(t)),
  );
  for (const k of classes) {
    const changed = announcements((t) => /расписани/.test(t) && t.includes(k.class.toLowerCase()));
    if (changed.length > 0) ask(`изменения в расписании ${spell(k, 2)}`, [...changed, timetable(k)]);
  }
  ask('новости', notices.length > 0 ? ['announcements/'] : []);

  // ——— how the learning works ———
  ask('как ставят оценки на дистанционке', [howItWorks]);
  ask('как устроена дистанционка', [howItWorks]);

  // One question once, whatever its spacing or case.
  const seen = new Set<string>();
  return cases.filter(({ query }) => {
    const key = query.trim().toLowerCase().replace(/\s+/g, ' ');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
