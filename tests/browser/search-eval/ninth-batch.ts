/**
 * Batch 9 of the development questions, written blind on 2026-12-07 over generated schools of seeds 25
 * and 26, which no earlier evaluation used. Written before any of them was asked of the search, without
 * looking at the search, its tests, its logs or the questions of the earlier batches: from the mission
 * of a distance-learning page (bells and timetable, hotline, e-mail, teachers and their platform
 * accounts, psychologist, social help and the helpline, device and internet requirements, parent
 * meetings, the communication schedule, step-by-step guides, borrowing a device, orders, the
 * plan-schedule and its coordinators, FAQ, announcements) and from the two schools' content and built
 * pages, as parents, grandparents, teachers and pupils of 7–17 type into a school site's search box on
 * a phone. New phrasings: dates said in words as voice input does («собрание двадцатого ноября»),
 * surnames in the genitive and prepositional («консультация у Крыловой», «о психологе Михайлове»),
 * kids' words for subjects («матеша», «инфа»), classes as «5 а», «5-а», «5А», «пятый а» («у пятого а»),
 * «5a» with a Latin letter or the whole query in the wrong layout, phone numbers typed in part and
 * spaced anyhow, a family's trouble told in one breath («у нас один телефон на троих детей»), no
 * punctuation, a letter swapped, missing or doubled, «е» for «ё». Contacts, teachers and timetables
 * come most often, then the guides, then the rest; nearly nine in ten questions use a word the title
 * of the place that answers them lacks, and more than four in ten share no word with it at all.
 *
 * Each question names every place that truly answers it: the card, entry or page about what is asked
 * (a class's page and, for a weekday or a subject, the days on it; the teacher's card and the class's
 * page for who teaches a class), and a FAQ answer or a notice only where its own text is the answer.
 * A phone number that merely closes a guide does not make the guide an answer. A question whose school
 * has none of the places is left out.
 */
import { join } from 'node:path';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** A surname after «у», «от», «нет»: «Крылова» → «Крыловой», «Крылов» → «Крылова». */
const genitive = (surname: string) => (/[ая]$/.test(surname) ? dative(surname) : accusative(surname));

/** A surname after «о», «про»: «Комаров» → «Комарове», «Комарова» → «Комаровой». */
const prepositional = (surname: string) => (/(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}е` : dative(surname));

const UNITS = ['', 'первого', 'второго', 'третьего', 'четвёртого', 'пятого', 'шестого', 'седьмого', 'восьмого', 'девятого'];
const TEENS = [
  'десятого',
  'одиннадцатого',
  'двенадцатого',
  'тринадцатого',
  'четырнадцатого',
  'пятнадцатого',
  'шестнадцатого',
  'семнадцатого',
  'восемнадцатого',
  'девятнадцатого',
];

/** A day of the month as voice input writes it: 23 → «двадцать третьего», 20 → «двадцатого». */
const dayInWords = (day: number) => {
  if (day < 10) return UNITS[day] ?? String(day);
  if (day < 20) return TEENS[day - 10] ?? String(day);
  const tens = day < 30 ? 'двадцат' : 'тридцат';
  return day % 10 === 0 ? `${tens}ого` : `${tens}ь ${UNITS[day % 10]}`;
};

/** «2026-11-20» → the month in the genitive, as Russian says it after a day: «ноября». */
const monthOf = (iso: string) =>
  new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' })
    .formatToParts(new Date(`${iso.slice(0, 10)}T12:00:00Z`))
    .find((part) => part.type === 'month')?.value ?? '';

/** «2026-11-20» → «двадцатого ноября». */
const spokenInWords = (iso: string) => `${dayInWords(Number(iso.slice(8, 10)))} ${monthOf(iso)}`;

/** «2026-11-20» → «20.11», as typed on a phone. */
const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/** What pupils call a subject among themselves; other subjects go lower-cased. */
const KID_WORDS: Record<string, string> = {
  математика: 'матеша',
  алгебра: 'алгебра',
  геометрия: 'геома',
  информатика: 'инфа',
  'английский язык': 'англ',
  'русский язык': 'русский яз',
  'физическая культура': 'физ-ра',
  'изобразительное искусство': 'рисование',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окр мир',
  'труд (технология)': 'технология',
  'основы безопасности и защиты родины': 'обж',
  обществознание: 'общага',
  литература: 'литра',
  'вероятность и статистика': 'теорвер',
};
const kidWord = (subject: string) => KID_WORDS[subject.toLowerCase()] ?? subject.toLowerCase();

/** How a subject is named after «учитель», «учительница»: «математика» → «математики». */
const SUBJECT_OF: Record<string, string> = {
  математика: 'математики',
  алгебра: 'алгебры',
  геометрия: 'геометрии',
  информатика: 'информатики',
  'английский язык': 'английского',
  'русский язык': 'русского',
  литература: 'литературы',
  'физическая культура': 'физкультуры',
  'изобразительное искусство': 'изо',
  физика: 'физики',
  химия: 'химии',
  биология: 'биологии',
  география: 'географии',
  история: 'истории',
  обществознание: 'обществознания',
  музыка: 'музыки',
  'труд (технология)': 'труда',
  'основы безопасности и защиты родины': 'обзр',
  'окружающий мир': 'окружающего мира',
  'литературное чтение': 'чтения',
  'вероятность и статистика': 'статистики',
};
const subjectOf = (subject: string) => SUBJECT_OF[subject.toLowerCase()] ?? subject.toLowerCase();

/** A subject after «по» where batch 5's words lack it: «музыка» → «музыке», «география» → «географии». */
const PO_MORE: Record<string, string> = {
  'изобразительное искусство': 'изо',
  'окружающий мир': 'окружайке',
  'труд (технология)': 'труду',
  'литературное чтение': 'чтению',
};
const po = (subject: string) => {
  const said = PO_MORE[subject.toLowerCase()] ?? afterPo(subject);
  return said !== subject.toLowerCase() ? said : said.replace(/ия$/, 'ии').replace(/([^и])а$/, '$1е');
};

/** A class said in words after «у» (genitive) or «в» (prepositional): «пятый а» → «пятого а», «пятом а». */
const ofClass = (said: string) => said.replace(/^третий /, 'третьего ').replace(/^(\S+?)(ый|ой) /, '$1ого ');
const inClass = (said: string) => said.replace(/^третий /, 'третьем ').replace(/^(\S+?)(ый|ой) /, '$1ом ');

/** Weekdays as written in a hurry. */
const SHORT_DAYS: Record<string, string> = { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб' };

export function ninthBatchCases(contentDir: string): EvalCase[] {
  const places = batchPlacesOf(contentDir);
  const {
    c,
    classes,
    hotline,
    helpline,
    psychologist,
    social,
    itSupport,
    director,
    deputy,
    schoolCard,
    digits,
    guides,
    guidesWhere,
    faq,
    notices,
    announcementDir,
    talk,
    platform,
    lending,
    howItWorks,
    deviceCard,
    deviceCards,
    timetable,
    gradeOf,
    letterOf,
    staffCard,
    classOfGrade,
    bySurname,
    connectGuides,
    lessonGuides,
    homeworkGuides,
    troubleGuides,
    schoolMeetings,
    meetingsOfClass,
    meetingOf,
    documents,
    staff,
    requirements,
  } = places;
  const { cases, ask } = uniqueAsker();
  type Klass = (typeof classes)[number];
  type Person = (typeof c.staff)[number];

  // ---- what the questions draw on ----
  const positionIs = (pattern: RegExp) => c.staff.filter((s) => pattern.test(s.position.toLowerCase()));
  /** Every card that gives one person: the staff card, contact cards naming the person, the coordinator's entry. */
  const cardsOf = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(name)).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => k.name === name).map((k) => `coordinators/#coordinator-${k.id}`),
  ];
  const coordinatorsAt = (level: string) => c.coordinators.filter((k) => k.level === level).map((k) => `coordinators/#coordinator-${k.id}`);
  const planWith = (pattern: RegExp) =>
    c.roadmap.filter((item) => pattern.test(item.title.toLowerCase())).map((item) => `plan/#item-${item.id}`);
  const guideBody = (id: string) => bodyOf(join(contentDir, 'guides'), id);
  const guidesSaying = (text: string) => guides((g) => guideBody(g.id).includes(text));
  /** FAQ answers and notices whose own text says it. */
  const faqSaying = (...texts: string[]) => faq((_question, body) => texts.some((text) => body.includes(text)));
  const faqAsking = (pattern: RegExp) => faq((question) => pattern.test(question));
  const noticesSaying = (text: string) =>
    notices.filter((n) => bodyOf(announcementDir, n.id).includes(text)).map((n) => `announcements/#${n.id}`);
  const noticesTitled = (pattern: RegExp) => notices.filter((n) => pattern.test(n.title)).map((n) => `announcements/#${n.id}`);
  /** Cards whose number holds these digits: contacts, platform support, staff, coordinators, the school, the director's phone hours. */
  const ownersOf = (fragment: string) => {
    const has = (phones: readonly (string | undefined)[]) => phones.some((p) => p !== undefined && digits(p).includes(fragment));
    return [
      ...c.contacts.filter((e) => has(e.phones ?? [])).map((e) => `contacts/#${e.id}`),
      ...(has([c.school.phone]) ? [schoolCard] : []),
      ...c.platforms.filter((p) => has([p.support?.phone])).flatMap((p) => [`contacts/#support-${p.id}`, `platforms/#${p.id}`]),
      ...c.staff.filter((s) => has([s.phone])).map((s) => `staff/#${s.id}`),
      ...c.coordinators.filter((k) => has([k.phone])).map((k) => `coordinators/#coordinator-${k.id}`),
      ...talk((item) => has([item.channel])),
    ];
  };
  /** A number as typed from memory: its last six digits split by spaces, hyphens or nothing. */
  const tail = (phone: string, style: number) => {
    const d = digits(phone).slice(-6);
    return [`${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}`, `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`, d.slice(0, 4), d][
      style % 4
    ]!;
  };
  const shiftPlace = (k: Klass | undefined) => (k?.shift === undefined ? undefined : `timetable/bells/#shift-${k.shift}`);
  const bellPlaces = ['timetable/bells/', ...(c.bells?.shifts ?? []).map((s) => `timetable/bells/#shift-${s.id}`)];
  const classNamed = (name: string) => classes.find((k) => k.class.toLowerCase() === name.toLowerCase());

  /** A class as typed: «5а», «5 а», «5-а», «5А», «пятый а», «5a», and the whole in the wrong layout. */
  const forms = (k: Klass) => {
    const grade = gradeOf(k);
    const letter = letterOf(k).toLowerCase();
    const latin = letter.replace('а', 'a').replace('в', 'b').replace('с', 'c').replace('е', 'e');
    return [
      `${grade}${letter}`,
      `${grade} ${letter}`,
      `${grade}-${letter}`,
      `${grade}${letter.toUpperCase()}`,
      `${GRADE_ORDINALS[grade] ?? grade} ${letter}`,
      `${grade}${latin}`,
    ];
  };
  const form = (k: Klass, i: number) => forms(k)[i % 6]!;

  interface Lesson {
    day: string;
    subject: string;
    teachers: string[];
  }
  const lessonsOf = (k: Klass): Lesson[] =>
    Object.entries(k.days ?? {}).flatMap(([day, list]) =>
      (list ?? []).map((lesson) => ({ day, subject: lesson.subject, teachers: [lesson.teacher ?? []].flat() })),
    );
  const daysOf = (k: Klass, subject: string) => [
    ...new Set(
      lessonsOf(k)
        .filter((l) => l.subject === subject)
        .map((l) => `${timetable(k)}#${l.day}`),
    ),
  ];
  const teachersOf = (k: Klass, subject: string) => [
    ...new Set(
      lessonsOf(k)
        .filter((l) => l.subject === subject)
        .flatMap((l) => l.teachers)
        .map((id) => `staff/#${id}`),
    ),
  ];
  const subjectsOf = (k: Klass) => [...new Set(lessonsOf(k).map((l) => l.subject))];
  const teachingStaff = c.staff.filter((s) => (s.subjects ?? []).length > 0).sort((a, b) => a.id.localeCompare(b.id));
  const staffTeaching = (subject: string) => c.staff.filter((s) => (s.subjects ?? []).includes(subject)).map((s) => `staff/#${s.id}`);
  const nameParts = (s: Person | undefined) => partsOf(s?.name ?? '');

  // ---- timetables: a class on its own, in every spelling ----
  const wholeWeek: ((f: string, k: Klass) => string)[] = [
    (f) => `${f} класс уроки`,
    (f) => `уроки ${f}`,
    (f) => `${f} какие уроки на неделе`,
    (f) => f,
    (f) => `какое расписание у ${ofClass(f)} класса`,
    (_f, k) => wrongLayout(`расписание ${forms(k)[0]}`),
    (f) => `дочка в ${inClass(f)} что у них по предметам`,
    (f) => `${f} класс во сколько начинаются уроки`,
    (f) => `${f} ссылки на онлайн уроки`,
    (f) => `${doubled('расписание', 2)} ${f}`,
  ];
  classes.forEach((k, i) => {
    if (i === 0 || i === 2 || i === 8) return;
    const query = wholeWeek[i % wholeWeek.length]!(form(k, i), k);
    ask(query, [timetable(k), ...(/во сколько/.test(query) ? [shiftPlace(k)] : [])]);
  });

  // ---- a class on a weekday ----
  const onDay: ((f: string, day: { name: string; on: string; to: string }) => string)[] = [
    (f, d) => `${f} ${d.on}`,
    (f, d) => `что ${d.on} у ${ofClass(f)}`,
    (f, d) => `уроки ${d.to} ${f}`,
    (f, d) => `${d.name} ${f} расписание`,
  ];
  classes.forEach((k, i) => {
    const dayIds = Object.entries(k.days ?? {})
      .filter(([, list]) => (list ?? []).length > 0)
      .map(([d]) => d);
    const day = dayIds[(i * 2) % Math.max(dayIds.length, 1)];
    const said = day === undefined ? undefined : DAYS[day];
    if (day === undefined || said === undefined || i % 2 === 1) return;
    ask(onDay[(i / 2) % onDay.length]!(form(k, i + 2), said), [timetable(k), `${timetable(k)}#${day}`]);
    const short = SHORT_DAYS[day];
    if (short && i < 2)
      ask(`${form(classes[i + 1] ?? k, i + 3)} ${short}`, [timetable(classes[i + 1] ?? k), `${timetable(classes[i + 1] ?? k)}#${day}`]);
  });

  // ---- a class and a subject: when, and who teaches it ----
  classes.forEach((k, i) => {
    const subjects = subjectsOf(k);
    const subject = subjects[(i * 3 + 1) % Math.max(subjects.length, 1)];
    if (subject === undefined || i % 3 === 2) return;
    const f = form(k, i + 4);
    const when = [`когда ${kidWord(subject)} у ${ofClass(f)}`, `${f} ${kidWord(subject)} по каким дням`][i % 3]!;
    ask(when, [timetable(k), ...daysOf(k, subject)]);
  });
  classes.forEach((k, i) => {
    const subjects = subjectsOf(k).filter((s) => teachersOf(k, s).length > 0);
    const subject = subjects[(i * 5 + 2) % Math.max(subjects.length, 1)];
    if (subject === undefined || i % 2 === 1) return;
    const f = form(k, i + 1);
    const who = [
      `${kidWord(subject)} в ${inClass(f)} кто ведет`,
      `учитель ${subjectOf(subject)} ${ofClass(f)} как зовут`,
      `${f} ${kidWord(subject)} училка кто`,
      `кто у ${ofClass(f)} по ${po(subject)}`,
    ][(i / 2) % 4]!;
    ask(who, [...teachersOf(k, subject), timetable(k)]);
  });

  // ---- the class teacher ----
  const classTeacherAsked: ((f: string) => string)[] = [
    (f) => `классный руководитель ${f}`,
    (f) => `классуха ${f}`,
    (f) => `кто классная у ${ofClass(f)}`,
    (f) => `${f} классный рук почта`,
    (f) => `как написать классному руководителю ${ofClass(f)}`,
  ];
  classes.forEach((k, i) => {
    if (i % 2 === 1 || i > 7 || !k.classTeacher) return;
    const query = classTeacherAsked[(i / 2) % classTeacherAsked.length]!(form(k, i + 3));
    ask(query, [staffCard(k.classTeacher), ...(/почта|написать/.test(query) ? [] : [timetable(k)])]);
  });

  // ---- bells and shifts ----
  const first = c.bells?.shifts?.[0];
  const second = c.bells?.shifts?.[1];
  ask('во сколько звонок с первого урока', bellPlaces);
  ask('перемены сколько минут на дистанте', bellPlaces);
  ask('сколько длится урок онлайн', [...bellPlaces, howItWorks]);
  ask(wrongLayout('звонки'), bellPlaces);
  if (second) {
    ask('вторая смена со скольки', ['timetable/bells/', `timetable/bells/#shift-${second.id}`]);
    const late = second.periods.at(-1);
    if (late) ask(`до ${late.to.replace(/^0/, '')} учатся какая смена`, ['timetable/bells/', `timetable/bells/#shift-${second.id}`]);
  }
  const secondShiftClass = classes.find((k) => String(k.shift) === String(second?.id));
  if (secondShiftClass) ask(`${form(secondShiftClass, 1)} в какую смену`, [timetable(secondShiftClass), shiftPlace(secondShiftClass)]);
  const firstShiftClass = [...classes].reverse().find((k) => String(k.shift) === String(first?.id));
  if (firstShiftClass) {
    ask(`во сколько кончается 4 урок у ${form(firstShiftClass, 5)}`, [
      timetable(firstShiftClass),
      shiftPlace(firstShiftClass),
      'timetable/bells/',
    ]);
  }

  // ---- notices about a class ----
  for (const n of notices) {
    const grade = /(\d+\s*[а-я])\s+класса/.exec(n.title)?.[1];
    const k = grade ? classNamed(grade.replace(/\s+/g, '')) : undefined;
    const date = /(\d{4}-\d\d-\d\d)/.exec(n.title)?.[1];
    const place = `announcements/#${n.id}`;
    if (k && /ссылк/.test(n.title)) ask(`новая ссылка на урок ${form(k, 1)} где`, [place, timetable(k)]);
    else if (k && /собрани/.test(n.title)) ask(`собрание ${form(k, 2)} перенесли`, [place, ...meetingsOfClass(k.id)]);
    else if (k && /расписани/.test(n.title) && date) ask(`поменяли уроки у ${form(k, 0)} ${dotted(date)}`, [place, timetable(k)]);
    else if (/консультаци/.test(n.title) && date) ask(`консультация перед контрольной ${spokenInWords(date)}`, [place]);
  }

  // ---- the hotline, the school, the administration ----
  ask('горячая линия по дистанционке номер', hotline);
  ask('куда звонить если ничего не понятно с дистантом', hotline);
  ask('телефон школы', [
    schoolCard,
    ...c.contacts.filter((e) => (e.phones ?? []).some((p) => digits(p) === digits(c.school.phone))).map((e) => `contacts/#${e.id}`),
  ]);
  ask('адрес школы', [schoolCard]);
  ask('электронная почта школы', [schoolCard]);
  const boss = positionIs(/^директор$/)[0];
  ask('как позвонить директору', [...director, ...talk((item) => item.form === 'phone')]);
  if (boss) {
    const { surname, first: name, patronymic } = nameParts(boss);
    ask(`${name} ${patronymic} директор`, [...cardsOf(boss.name), schoolCard]);
    ask(`записаться к ${dative(surname).toLowerCase()} на прием`, [...cardsOf(boss.name), ...talk((item) => item.responsible === boss.id)]);
  }
  ask('секретарь директора', [...positionIs(/секретар/).map((s) => `staff/#${s.id}`), 'contacts/#priemnaya']);
  const uvr = positionIs(/учебно-воспитательной/);
  ask('почта завуча', [...deputy, ...uvr.flatMap((s) => cardsOf(s.name))]);
  ask(
    'зам директора по воспитательной работе',
    positionIs(/^заместитель директора по воспитательной/).map((s) => `staff/#${s.id}`),
  );

  // ---- psychologist, helpline, social help ----
  const psy = positionIs(/психолог/)[0];
  ask('ребенок плачет не хочет садиться за уроки с кем поговорить', [
    ...psychologist,
    ...helpline,
    ...talk((item) => item.form === 'consultation'),
  ]);
  ask('телефон доверия для подростков', helpline);
  ask(wrongLayout('психолог'), psychologist);
  ask('школьный псих часы приема', [...psychologist, ...talk((item) => item.form === 'consultation')]);
  if (psy) ask(`узнать о психологе ${prepositional(nameParts(psy).surname).toLowerCase()}`, cardsOf(psy.name));
  ask('соц педагог', social);
  ask('нам нечем платить за интернет кто поможет', social);
  ask('льготное питание кто отвечает', [...social, ...planWith(/питани/)]);

  // ---- technical help and the platforms' own support ----
  const admin = positionIs(/системный/)[0];
  ask('сисадмин школы', [...itSupport, ...(admin ? cardsOf(admin.name) : [])]);
  ask('техподдержка телефон', [...itSupport, ...c.platforms.map((p) => `contacts/#support-${p.id}`)]);
  ask('не работает сферум куда звонить', [...itSupport, platform('sferum') && 'contacts/#support-sferum', platform('sferum')]);
  ask('служба поддержки моей школы госуслуги', [platform('moya-shkola') && 'contacts/#support-moya-shkola', platform('moya-shkola')]);
  if (admin) ask(`${oneLetterLess(nameParts(admin).surname).toLowerCase()} компьютерщик`, cardsOf(admin.name));

  // ---- numbers typed in part ----
  const numbered = [
    c.contacts.find((e) => e.kind === 'hotline'),
    c.contacts.find((e) => e.kind === 'social'),
    c.contacts.find((e) => e.kind === 'it-support'),
    c.contacts.find((e) => e.id === 'zavuch'),
    c.contacts.find((e) => e.kind === 'psychologist' && (e.person ?? '') !== ''),
  ];
  numbered.forEach((e, i) => {
    const phone = e?.phones?.[0];
    if (!phone) return;
    const typed = tail(phone, i);
    const query = [`${typed} чей номер`, `звонили с ${typed}`, `${typed}`, `кто это ${typed}`, `номер ${typed} это кто`][i]!;
    ask(query, ownersOf(typed.replace(/\D/g, '')));
  });
  ask('8800 2000 122', ownersOf('88002000122'));
  for (const [i, s] of c.staff.filter((p) => p.phone).entries()) {
    ask(i % 2 === 0 ? `телефон ${genitive(nameParts(s).surname).toLowerCase()}` : `${tail(s.phone!, 0)} учитель`, [`staff/#${s.id}`]);
  }

  // ---- teachers by name, in any case and with typos ----
  const picks = [0, 3, 6, 9, 12, 15, 18, 21, 24].map((i) => teachingStaff[i]).filter((s): s is Person => s !== undefined);
  const shared = (surname: string) => c.staff.filter((s) => nameParts(s).surname === surname).length > 1;
  picks.forEach((s, i) => {
    const { surname, first: name, patronymic } = nameParts(s);
    const own = `staff/#${s.id}`;
    const sameSurname = bySurname(surname);
    /** A case form that is also someone else's surname («Кузнецова» of «Кузнецов») names that person too. */
    const alsoAs = (said: string) => [...sameSurname, ...bySurname(said.charAt(0).toUpperCase() + said.slice(1))];
    const subject = s.subjects?.[0] ?? '';
    switch (i) {
      case 0:
        ask(`написать ${dative(surname)} в сферуме`, alsoAs(dative(surname)));
        break;
      case 1:
        ask(`консультация у ${genitive(surname).toLowerCase()}`, alsoAs(genitive(surname)));
        break;
      case 2:
        ask(`${name} ${withoutYo(patronymic)} ${subjectOf(subject)}`, [own]);
        break;
      case 3:
        ask(`${swapped(surname.toLowerCase(), 3)} ${kidWord(subject)}`, shared(surname) ? sameSurname : [own]);
        break;
      case 4:
        ask(`ник ${genitive(surname).toLowerCase()} в сферуме`, alsoAs(genitive(surname)));
        break;
      case 5:
        ask(`найти ${accusative(surname).toLowerCase()} учителя`, alsoAs(accusative(surname)));
        break;
      case 6:
        ask(wrongLayout(surname), sameSurname);
        break;
      case 7:
        ask(`${doubled(surname.toLowerCase(), 2)} почта`, sameSurname);
        break;
      default:
        break;
    }
  });
  const handle = teachingStaff.at(-2)?.accounts?.find((a) => a.handle)?.handle;
  if (handle)
    ask(
      handle.replace(/^@/, ''),
      c.staff.filter((s) => (s.accounts ?? []).some((a) => a.handle === handle)).map((s) => `staff/#${s.id}`),
    );
  const withYo = c.staff.find((s) => s.name.includes('ё'));
  if (withYo) ask(withoutYo(withYo.name).toLowerCase(), cardsOf(withYo.name));
  ask('учитель химии', staffTeaching('Химия'));
  const ninth = classOfGrade(9);
  if (ninth) ask('физика кто ведет в 9', [...teachersOf(ninth, 'Физика'), timetable(ninth)]);
  ask(
    'логопед',
    positionIs(/логопед/).map((s) => `staff/#${s.id}`),
  );
  ask('школьная библиотека', [...positionIs(/библиотекар/).map((s) => `staff/#${s.id}`)]);
  ask(
    'англичанка',
    staff((p) => p.includes('английск')),
  );

  // ---- the communication schedule ----
  ask(
    'планерка во сколько',
    talk((item) => item.form === 'planning'),
  );
  ask(
    'где итоги дня от классной',
    talk((item) => item.form === 'chat'),
  );
  ask('график связи с администрацией', ['communication/']);
  ask('ученик хочет поговорить с психологом когда можно', [...talk((item) => item.form === 'consultation'), ...psychologist]);

  // ---- guides ----
  ask('как первый раз зайти в сферум', connectGuides);
  ask('ребенок не может войти в сферум забыл вход', [...guidesWhere((t) => /восстанов/.test(t)), ...guidesWhere((t) => /ошибк/.test(t))]);
  ask('как зайти на урок с планшета', lessonGuides);
  ask('как руку поднять на онлайн уроке', guidesSaying('ладонью'));
  ask('не включается микрофон на уроке', [...guidesWhere((t) => /микрофон/.test(t)), ...lessonGuides]);
  ask('как отправить домашку', homeworkGuides);
  ask('сфоткать тетрадь и отправить учителю', guidesSaying('сфотографируйте страницы тетради'));
  ask('домашка отправилась или нет как понять', guidesSaying('сдано'));
  ask(`${swapped('сферум', 2)} не открываеться`, troubleGuides);
  ask('где чат нашего класса', [...guidesWhere((t) => /чат/.test(t)), ...talk((item) => item.form === 'chat')]);
  ask('как написать учителю в личку', guidesSaying('нажмите **написать**'));
  ask('инструкции для родителей', ['guides/', 'guides/#parents']);
  ask(wrongLayout('инструкция'), ['guides/']);
  ask('код из смс не приходит сферум', guidesSaying('впишите код из смс'));

  // ---- parent meetings ----
  for (const [i, m] of c.meetings.entries()) {
    const when = String(m.date).slice(0, 10);
    const own = `meetings/#${m.id}`;
    const k = classes.find((x) => (m.classes ?? []).includes(x.id));
    if (i === 0)
      ask(
        `собрание ${spokenInWords(when)}`,
        meetingOf((x) => String(x.date).slice(0, 10) === when),
      );
    else if (i === 1 && k) ask(`родительское ${form(k, 4)} когда`, meetingsOfClass(k.id));
    else if (i === 2)
      ask(
        `${dotted(when)} собрание ссылка`,
        meetingOf((x) => String(x.date).slice(0, 10) === when),
      );
    else if (i === 3 && k) ask(`${form(k, 5)} собрание во сколько`, meetingsOfClass(k.id));
    else if (i === 4)
      ask(
        `собрание ${spokenInWords(when)} во сколько`,
        meetingOf((x) => String(x.date).slice(0, 10) === when),
      );
    else if (/-х/.test(m.title) && k) ask(`собрание всех ${gradeOf(k)}х классов`, [own]);
  }
  ask('общешкольное собрание', schoolMeetings);
  ask(
    'на каком собрании расскажут про выдачу ноутбуков',
    meetingOf((m) => (m.agenda ?? []).some((a) => /устройств/.test(a.toLowerCase()))),
  );
  ask(
    'собрание где про питание',
    meetingOf((m) => (m.agenda ?? []).some((a) => /питани/.test(a.toLowerCase()))),
  );

  // ---- devices and the internet ----
  ask('какой нужен интернет для уроков', [...requirements.slice(0, 2), 'requirements/#internet']);
  ask('подойдет ли старый андроид', [deviceCard('phone'), 'device-check/']);
  ask(
    'без вебкамеры можно',
    deviceCards(() => true),
  );
  ask('сколько оперативки нужно на ноут', [deviceCard('laptop')]);
  ask('айпад подойдет для уроков', [deviceCard('tablet'), 'device-check/']);
  ask(
    'на линуксе пойдет',
    deviceCards((d) => (d.os ?? []).some((os) => /linux|ред ос/i.test(os))),
  );
  ask('у нас один телефон на троих детей', [lending, ...faqSaying('выдаёт ноутбук или планшет')]);
  ask('можно учиться только с телефона', [deviceCard('phone'), ...faqSaying('да, но для письменных работ'), ...faqAsking(/с телефона/)]);

  // ---- borrowing a device ----
  ask('дайте ноутбук на время', [lending, ...faqSaying('выдаёт ноутбук или планшет')]);
  ask('какие документы нужны чтобы взять ноутбук', [lending]);
  ask('выданный ноутбук сломался', [lending, ...itSupport]);

  // ---- how the learning goes, the platforms ----
  ask('как проходит дистанционка', [howItWorks]);
  ask('где брать задания на дистанте', [howItWorks, platform('moya-shkola')]);
  ask('электронный дневник', [platform('moya-shkola'), howItWorks, ...faqSaying('оценки появляются в электронном дневнике')]);
  ask('где смотреть оценки', [
    howItWorks,
    platform('moya-shkola'),
    ...faqSaying('оценки появляются в электронном дневнике'),
    ...guidesWhere((t) => /оценк/.test(t)),
  ]);

  // ---- FAQ: each entry asked as a family would ----
  for (const [i, f] of c.faq.entries()) {
    if (i > 6) break;
    const subject = /«(.+?)»/.exec(f.question)?.[1] ?? '';
    const kid = kidWord(subject);
    const same = faq((q) => q === f.question.toLowerCase());
    const q = f.question.toLowerCase();
    if (/непонятна тема/.test(q))
      ask([`по ${po(subject)} не понимаю тему кому написать`, `${kid} непонятно объяснили что делать`][i % 2]!, [
        ...same,
        ...staffTeaching(subject),
      ]);
    else if (/оценку/.test(q))
      ask(`оценки за неделю по ${subjectOf(subject).replace(/и$/, 'е')}`, [
        ...same,
        ...faqSaying('оценки появляются в электронном дневнике'),
        howItWorks,
      ]);
    else if (/с телефона/.test(q))
      ask(`${kid} с телефона делать можно`, [...same, ...faqSaying('да, но для письменных работ'), deviceCard('phone')]);
    else if (/учебник/.test(q))
      ask(`учебник по ${po(subject)} онлайн`, [...same, ...faqSaying('электронные учебники открываются'), platform('moya-shkola')]);
    else if (/не успевает/.test(q))
      ask(`не успел сдать задание по ${po(subject)} продлят?`, [
        ...same,
        ...faqSaying('срок сдачи можно перенести', 'договоритесь о новом сроке'),
      ]);
    else if (/контрольная/.test(q))
      ask(`контроша по ${po(subject)} на дистанте будет`, [
        ...same,
        ...faqSaying('контрольные работы проводятся'),
        ...noticesSaying('контрольные работы проводятся'),
      ]);
  }
  ask('учитель не отвечает вечером', faqSaying('учитель отвечает на сообщения'));

  // ---- orders and documents ----
  const order = c.school.distanceLearning?.order;
  ask('приказ о переходе на дистант', [order ? `documents/#${order}` : undefined]);
  const numberedOrder = c.documents.find((d) => d.kind === 'order' && d.number);
  if (numberedOrder?.number)
    ask(
      `приказ ${numberedOrder.number.replace(/\D+$/, '')}`,
      documents((t) => t === numberedOrder.title.toLowerCase()),
    );
  ask(
    'положение о дистанционке',
    documents((t) => t.startsWith('положение')),
  );
  ask(
    'памятка режим дня школьника дома',
    documents((t) => t.includes('режим')),
  );
  ask(
    'методички по дот',
    documents((t) => t.includes('рекомендации')),
  );

  // ---- the plan-schedule and coordinators ----
  ask('план мероприятий по дистанту', ['plan/', ...documents((t) => t.includes('плана-графика'))]);
  ask('когда проверят выдачу устройств', planWith(/выдача устройств/));
  ask('психологическая помощь детям мероприятия срок', planWith(/психологическ/));
  ask('кто отвечает за дистант в управлении образования', coordinatorsAt('municipal'));
  ask('министерство образования кузбасса координатор', coordinatorsAt('regional'));
  ask('ответственный за дистанционное обучение в школе', coordinatorsAt('school'));
  const municipal = c.coordinators.find((k) => k.level === 'municipal');
  if (municipal) ask(nameParts({ name: municipal.name } as Person).surname.toLowerCase(), cardsOf(municipal.name));

  // ---- announcements ----
  ask('срочные объявления', ['announcements/']);
  ask('будут ли консультации к контрольным', noticesTitled(/консультаци/));
  return cases;
}
