/**
 * Batch 13 of the development questions (2026-12-07), over generated schools of seeds 33 and 34, which
 * no earlier evaluation used. Written blind: without reading the search (`src/search/`, `src/client/`),
 * its tests (`tests/search/`, `tests/browser/search-quality.test.ts`), search logs, the README's notes
 * on search rounds, git history about the search, or the questions of earlier batches (only the small
 * exported helpers of earlier batches were read, and are imported), and without asking the search
 * anything. They come from the mission of a distance-learning page (bells and timetable, hotline,
 * e-mail, teachers and their platform accounts, psychologist and social help, device and internet
 * requirements, parent meetings, the communication schedule, step-by-step guides, borrowing a device,
 * orders, the plan-schedule and its coordinators, FAQ, announcements) and from the two schools' content
 * and built pages.
 *
 * Phrasings: polite whole questions and a worried parent's run-on sentence, two-word phone queries
 * («физра 6а», «психолог»), pupils' nicknames for subjects and teachers («матеша», «инфа», «обж»,
 * «химичка», «трудовик», «классуха»), classes written every way («7а», «7 А», «7-а», «7«а»», «7"А"»,
 * a Latin look-alike letter, «седьмой а», «7 а кл»), weekdays short and long, dates («на 24.11», «20
 * ноября», «20-го»), lesson numbers in digits and words, clock times, people by surname in the
 * genitive, dative, accusative and instrumental, by initials with and without dots, by first name and
 * patronymic, by a Sferum handle or an e-mail's local part, namesakes, phones typed as bare digits, with
 * +7 or spaces, typos (a letter missing, doubled or swapped, «е» for «ё»), the wrong keyboard layout,
 * Latin transliteration and English, deadlines of the plan by date and by person, what an order is
 * about, device requirements (RAM, OS, camera, browser, Mbit/s) and whole lists («все …», «список …»).
 * Which class, subject and spelling goes with which wording rotates with the school's name, so the two
 * schools are not asked the same sentences.
 *
 * Each question names every place that truly answers it, read from the school's content through
 * `batchPlacesOf` and the content files: the card, entry or page about what is asked (a person's staff
 * card together with the contact and coordinator cards that give the same person); for a weekday or a
 * date of a class, the class's page and that day's anchor; for a lesson's clock time, the bells of the
 * class's shift and the class's page; for «who teaches X in 5А», the teachers of that subject in the
 * class's timetable and the class's page; a FAQ answer or a notice only where its own text (or its
 * question, asked literally) is the answer. A phone number that merely closes a guide or a FAQ answer
 * does not make it an answer. A plan measure's anchor comes from the site's own `roadmapAnchor`. A
 * question whose school has none of the places is left out; a question asked twice is kept once.
 */
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';
import { DAYS } from './seventh-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';

type Places = ReturnType<typeof batchPlacesOf>;
type Klass = Places['classes'][number];
type Person = Places['c']['staff'][number];
type Ask = (query: string, expected: (string | undefined)[]) => void;

/** Weekdays as typed in a hurry: «ср 7а». */
const SHORT_DAYS: Record<string, string> = { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб' };

/** Weekday keys by `Date.getUTCDay()`: Sunday has none. */
const DAY_BY_NUMBER = [undefined, 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Months in the genitive: «24 ноября». */
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Cyrillic class letters and the Latin letters that look like them: «5a», «7b». */
const LATIN_LOOKALIKE: Record<string, string> = { а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', о: 'o', р: 'p', с: 'c', т: 't', х: 'x' };

/** What pupils call a subject: «физра», «матеша», «обж» (the old name of ОБЗР). */
const NICKNAME: Record<string, string> = {
  'физическая культура': 'физра',
  математика: 'матеша',
  'английский язык': 'англ',
  'русский язык': 'русский',
  литература: 'литра',
  информатика: 'инфа',
  'изобразительное искусство': 'изо',
  'основы безопасности и защиты родины': 'обж',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружайка',
  'труд (технология)': 'технология',
  'вероятность и статистика': 'вероятность',
  обществознание: 'общество',
  география: 'геогр',
  биология: 'био',
};
const nickname = (subject: string) => NICKNAME[subject.toLowerCase()] ?? subject.toLowerCase();

/** A subject in the accusative, as in «кто ведёт химию»: «-ия» → «-ию», «-а» → «-у». */
const subjectAccusative = (subject: string) => {
  const s = subject.toLowerCase();
  const special: Record<string, string> = {
    'физическая культура': 'физкультуру',
    'труд (технология)': 'труд',
    'вероятность и статистика': 'вероятность и статистику',
    'основы безопасности и защиты родины': 'ОБЗР',
  };
  return special[s] ?? (s.includes(' ') ? s : s.replace(/ия$/, 'ию').replace(/а$/, 'у'));
};

/** A surname in the genitive, as in «телефон Гусевой», «почта Гаврилова». */
const genitive = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}а` : surname;

/** A surname in the instrumental, as in «связаться с Гусевой», «с Гавриловым». */
const instrumental = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}ым` : surname;

/** Whether a full name is a woman's, by the patronymic: «…вна», «…чна». */
const isWoman = (name: string) => /(вна|чна)$/.test(partsOf(name).patronymic);

/** The Latin surname of a staff id, as a pupil would transliterate it: «guseva-l-v» → «guseva». */
const latinSurname = (id: string) => id.split('-')[0] ?? id;

/** The item at a rotating index, or undefined for an empty list. */
const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length > 0 ? list[i % list.length] : undefined);

/** Every teacher id of a lesson (one id or a list). */
const teacherIds = (teacher: string | string[]) => (Array.isArray(teacher) ? teacher : [teacher]);

/** A class's lessons, flattened with their weekday. */
const lessonsOf = (k: Klass) =>
  Object.entries(k.days ?? {}).flatMap(([day, lessons]) =>
    (lessons ?? []).map((lesson) => ({ day, subject: lesson.subject, group: lesson.group, teachers: teacherIds(lesson.teacher) })),
  );

/** The subjects of a class in timetable order, each once. */
const subjectsOf = (k: Klass) => [...new Set(lessonsOf(k).map((l) => l.subject))];

/** A class's subject from a rotating index, preferring one not yet asked about in the section (and marking it). */
function freshSubject(k: Klass, i: number, used: Set<string>): string | undefined {
  const subjects = subjectsOf(k);
  const fresh = subjects.filter((x) => !used.has(x));
  const subject = pick(fresh.length > 0 ? fresh : subjects, i);
  if (subject) used.add(subject);
  return subject;
}

/** An ordinal in the genitive, as in «расписание третьего а»: «третий» → «третьего», «пятый» → «пятого». */
const ordinalGenitive = (word: string) => word.replace(/ий$/, 'ьего').replace(/(ый|ой)$/, 'ого');

/**
 * A class written the ways people type it, by a rotating index: «7а», «7 А», «7-а», «7«а»», «7b»,
 * «седьмой а», «7"А"», «7 а кл». `gen` puts the ordinal in the genitive («у седьмого а»); `bare` keeps
 * to digit forms, for wordings that add «класс» themselves or where an ordinal would not fit.
 */
function classForm(k: Klass, i: number, how: { gen?: boolean; bare?: boolean } = {}): string {
  const grade = Number.parseInt(k.class, 10);
  const letter = k.class.replace(/^\d+/, '').trim().toLowerCase();
  const ordinal = GRADE_ORDINALS[grade] ?? String(grade);
  const forms = [
    `${grade}${letter}`,
    `${grade} ${letter.toUpperCase()}`,
    `${grade}-${letter}`,
    `${grade}«${letter}»`,
    `${grade}${LATIN_LOOKALIKE[letter] ?? letter}`,
    how.bare ? `${grade}${letter}` : `${how.gen ? ordinalGenitive(ordinal) : ordinal} ${letter}`,
    `${grade}${letter.toUpperCase()}`,
    `${grade}"${letter.toUpperCase()}"`,
    how.bare ? `${grade} ${letter}` : `${grade} ${letter} кл`,
  ];
  return forms[i % forms.length]!;
}

/** A subject as said aloud: «физкультура», «обж», «изо», «труд». */
const SPOKEN: Record<string, string> = {
  'физическая культура': 'физкультура',
  'основы безопасности и защиты родины': 'обж',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труд',
  'вероятность и статистика': 'статистика',
  'литературное чтение': 'чтение',
  'английский язык': 'английский',
  'русский язык': 'русский',
};
const spoken = (subject: string) => SPOKEN[subject.toLowerCase()] ?? subject.toLowerCase();

/** A subject after «по» for the subjects `afterPo` leaves as they are: «по музыке», «по труду». */
const PO_MORE: Record<string, string> = {
  музыка: 'музыке',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труду',
  'окружающий мир': 'окружающему миру',
  'литературное чтение': 'чтению',
};
const po = (subject: string) => PO_MORE[subject.toLowerCase()] ?? afterPo(subject);

/** A small number that differs between schools, so two generated schools get different pairings of class and wording. */
const offsetOf = (name: string) => [...name].reduce((hash, ch) => (hash * 31 + ch.charCodeAt(0)) % 9973, 7) % 97;

/** The dates of the distance-learning period that fall on a weekday with lessons, as ISO strings. */
function schoolDates(p: Places): string[] {
  const period = p.school.distanceLearning;
  if (!period?.from) return [];
  const from = new Date(`${String(period.from)}T00:00:00Z`);
  const to = period.to ? new Date(`${String(period.to)}T00:00:00Z`) : new Date(from.getTime() + 20 * 86_400_000);
  const dates: string[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += 86_400_000) {
    const date = new Date(t);
    if (date.getUTCDay() !== 0) dates.push(date.toISOString().slice(0, 10));
  }
  return dates;
}

/** The weekday key of an ISO date: «2026-11-20» → «fri». */
const dayOf = (iso: string) => DAY_BY_NUMBER[new Date(`${iso}T00:00:00Z`).getUTCDay()];

/** An ISO date in words and digits: «20 ноября», «20.11», «20.11.2026». */
const dateWords = (iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return {
    long: `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''}`,
    short: `${day}.${month}`,
    full: `${day}.${month}.${year}`,
    day: Number(day),
  };
};

/** Everything the questions of one school need beyond `batchPlacesOf`: people, lessons, notices and FAQ bodies. */
function placesOfSchool(contentDir: string) {
  const p = batchPlacesOf(contentDir);
  const { c } = p;
  const staffById = new Map(c.staff.map((s) => [s.id, s]));
  const surnameOf = (s: Person) => partsOf(s.name).surname;
  /** The stem two namesakes of either sex share: «Исаев», «Исаева» → «исаев». */
  const stem = (surname: string) => surname.toLowerCase().replace(/а$/, '');
  /** Whether nobody else on the staff has the same surname or its other-gender form. */
  const lone = (s: Person) => c.staff.filter((o) => stem(surnameOf(o)) === stem(surnameOf(s))).length === 1;
  /** The coordinator cards of a full name or surname prefix. */
  const coordinatorsWhere = (test: (name: string) => boolean) =>
    c.coordinators.filter((k) => test(k.name)).map((k) => `coordinators/#coordinator-${k.id}`);
  /** Every card of one person: staff card, contact cards naming them, coordinator card. */
  const cardsOfName = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(name)).map((e) => `contacts/#${e.id}`),
    ...coordinatorsWhere((n) => n === name),
  ];
  /** Every card a surname names (all its bearers). */
  const cardsOfSurname = (surname: string) => [...p.bySurname(surname), ...coordinatorsWhere((n) => n.startsWith(`${surname} `))];
  /** Every card that shows an e-mail address. */
  const cardsOfEmail = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => k.email === email).map((k) => `coordinators/#coordinator-${k.id}`),
    ...(c.school.email === email ? [p.schoolCard] : []),
  ];
  /** Every card that shows a phone number, compared by its digits. */
  const cardsOfPhone = (phone: string) => {
    const d = p.digits(phone);
    const same = (other: string | undefined) => other !== undefined && p.digits(other) === d;
    return [
      ...c.staff.filter((s) => same(s.phone)).map((s) => `staff/#${s.id}`),
      ...c.contacts.filter((e) => (e.phones ?? []).some(same)).map((e) => `contacts/#${e.id}`),
      ...c.coordinators.filter((k) => same(k.phone)).map((k) => `coordinators/#coordinator-${k.id}`),
      ...(same(c.school.phone) ? [p.schoolCard] : []),
      ...p.talk((item) => same(item.channel)),
    ];
  };
  /** Staff cards of everyone teaching a subject in a class, by its timetable (one group or all). */
  const teachersInTimetable = (k: Klass, subject: string, group?: string) => [
    ...new Set(
      lessonsOf(k)
        .filter((l) => l.subject === subject && (group === undefined || l.group === group))
        .flatMap((l) => l.teachers)
        .filter((id) => staffById.has(id))
        .map((id) => `staff/#${id}`),
    ),
  ];
  /** The bells of a class's shift, when the bells have that shift. */
  const bellsOf = (k: Klass) => (c.bells?.shifts.some((s) => s.id === k.shift) ? `timetable/bells/#shift-${k.shift}` : undefined);
  /** The lesson numbers of a class's shift. */
  const periodsOf = (k: Klass) => c.bells?.shifts.find((s) => s.id === k.shift)?.periods ?? [];
  /** The day anchor of a class's page, when the class has lessons that day. */
  const dayAnchor = (k: Klass, day: string | undefined) =>
    day && ((k.days as Record<string, unknown[] | undefined>)[day] ?? []).length > 0 ? `timetable/${k.id}/#${day}` : undefined;
  /** FAQ entries whose answer contains a sentence. */
  const faqSaying = (sentence: string) => p.faq((_q, body) => body.includes(sentence));
  /** Notices whose text contains a sentence. */
  const noticesSaying = (sentence: string) =>
    p.notices.filter((n) => bodyOf(p.announcementDir, n.id).includes(sentence)).map((n) => `announcements/#${n.id}`);
  /** Guides whose title passes a test on its lower-cased title. */
  const guidesTitled = (test: RegExp) => p.guidesWhere((t) => test.test(t));
  /** Guides of a platform and topic for a device (or for any device). */
  const guidesFor = (platform: string, topic: string, device?: string) =>
    p.guides((g) => g.platform === platform && g.topic === topic && (device === undefined || g.device === device || g.device === 'any'));
  /** Staff whose subjects include one. */
  const teachingSubject = (subject: string) => c.staff.filter((s) => (s.subjects ?? []).includes(subject)).map((s) => `staff/#${s.id}`);
  return {
    ...p,
    staffById,
    surnameOf,
    lone,
    cardsOfName,
    cardsOfSurname,
    cardsOfEmail,
    cardsOfPhone,
    teachersInTimetable,
    bellsOf,
    periodsOf,
    dayAnchor,
    faqSaying,
    noticesSaying,
    guidesTitled,
    guidesFor,
    teachingSubject,
    dates: schoolDates(p),
    offset: offsetOf(c.school.name),
    lendingPlaces: [
      p.lending,
      ...faqSaying('выдаёт ноутбук или планшет'),
      ...p.announcements((t) => /выдач/.test(t) && /ноутбук|планшет|устройств/.test(t)),
    ],
  };
}

type School = ReturnType<typeof placesOfSchool>;

/** A wording of a class question and how its class is written («у седьмого а» wants the genitive). */
type ClassWording<A extends unknown[] = []> = { how?: { gen?: boolean; bare?: boolean }; say: (f: string, ...rest: A) => string };

/** The classes a section asks about: every class but a few, from a school-dependent start. */
const someClasses = (s: School, count: number, from = 0) =>
  s.classes.length <= count ? s.classes : Array.from({ length: count }, (_, i) => s.classes[(s.offset + from + i * 3) % s.classes.length]!);

/** A class's whole week, for most classes, the class and the wording both varied. */
function askClassWeek(s: School, ask: Ask) {
  const wordings: ClassWording[] = [
    { how: { gen: true }, say: (f) => `расписание ${f}` },
    { say: (f) => `${f} расписание уроков` },
    { how: { bare: true }, say: (f) => `какие уроки у ${f} класса` },
    { how: { gen: true }, say: (f) => `уроки ${f} на всю неделю` },
    { how: { bare: true }, say: (f) => `покажите пожалуйста расписание ${f} класса` },
    { say: (f) => `${f} рассписание` },
    { how: { gen: true }, say: (f) => `расписание ${f} на дистанционке` },
    { how: { gen: true }, say: (f) => `где посмотреть расписание для ${f}` },
    { how: { gen: true }, say: (f) => `добавить расписание ${f} в календарь телефона` },
  ];
  someClasses(s, 7).forEach((k, i) => {
    const w = wordings[(i + s.offset) % wordings.length]!;
    ask(w.say(classForm(k, i * 2 + s.offset, w.how)), [s.timetable(k)]);
  });
  const [a, b, c] = someClasses(s, 3, 1);
  if (a) ask(wrongLayout(`расписание ${classForm(a, 0)}`), [s.timetable(a)]);
  if (b) ask(`timetable ${classForm(b, 4)}`, [s.timetable(b)]);
  if (c) ask(`raspisanie ${classForm(c, 4)}`, [s.timetable(c)]);
}

/** One weekday of a class, for most classes. */
function askClassDay(s: School, ask: Ask) {
  const wordings: ClassWording<[string]>[] = [
    { how: { gen: true }, say: (f, d) => `что у ${f} ${DAYS[d]!.on}` },
    { say: (f, d) => `${SHORT_DAYS[d]} ${f}` },
    { how: { gen: true }, say: (f, d) => `уроки ${f} ${DAYS[d]!.to}` },
    { say: (f, d) => `${f} ${DAYS[d]!.name} расписание` },
    { how: { bare: true }, say: (f, d) => `какие уроки ${DAYS[d]!.on} в ${f}` },
    { how: { gen: true }, say: (f, d) => `сколько уроков у ${f} ${DAYS[d]!.on}` },
    { say: (f, d) => `${DAYS[d]!.name} ${f} какой первый урок` },
    { how: { bare: true }, say: (f, d) => `расписание ${f} класса ${DAYS[d]!.to} пожалуйста` },
    { say: (f, d) => `${f} ${SHORT_DAYS[d]} уроки` },
  ];
  someClasses(s, 7, 2).forEach((k, i) => {
    const day = pick(
      Object.keys(DAYS).filter((d) => s.dayAnchor(k, d)),
      i * 2 + 1 + s.offset,
    );
    const w = wordings[(i + s.offset) % wordings.length]!;
    if (day) ask(w.say(classForm(k, i + 1 + s.offset, w.how), day), [s.timetable(k), s.dayAnchor(k, day)]);
  });
  const [k, other] = someClasses(s, 2, 5);
  const day = k && Object.keys(DAYS).find((d) => s.dayAnchor(k, d));
  if (k && day) ask(`${classForm(k, 0)} ${DAYS[day]!.on} во сколько начинаются уроки`, [s.timetable(k), s.dayAnchor(k, day), s.bellsOf(k)]);
  const lastDay = other && [...Object.keys(DAYS)].reverse().find((d) => s.dayAnchor(other, d));
  if (other && lastDay)
    ask(wrongLayout(`${DAYS[lastDay]!.name} ${classForm(other, 0)}`), [s.timetable(other), s.dayAnchor(other, lastDay)]);
}

/** A date of the distance-learning period with a class, in words and digits. */
function askClassDate(s: School, ask: Ask) {
  type Words = ReturnType<typeof dateWords>;
  const wordings: ClassWording<[Words]>[] = [
    { how: { gen: true }, say: (f, d) => `расписание ${f} на ${d.long}` },
    { how: { bare: true }, say: (f, d) => `${f} ${d.short}` },
    { how: { gen: true }, say: (f, d) => `какие уроки будут ${d.long} у ${f}` },
    { how: { bare: true }, say: (f, d) => `уроки на ${d.full} ${f} класс` },
    { say: (f, d) => `${f} ${d.day}-го что по расписанию` },
  ];
  const classes = someClasses(s, 6, 4);
  wordings.forEach((w, i) => {
    const k = classes[i];
    const date = pick(
      s.dates.filter((iso) => k && s.dayAnchor(k, dayOf(iso))),
      i * 4 + 2 + s.offset,
    );
    if (k && date) ask(w.say(classForm(k, i * 2 + s.offset, w.how), dateWords(date)), [s.timetable(k), s.dayAnchor(k, dayOf(date))]);
  });
  const k = classes[5];
  const date = pick(
    s.dates.filter((iso) => k && s.dayAnchor(k, dayOf(iso))),
    5 + s.offset,
  );
  if (k && date)
    ask(`${dateWords(date).short} ${classForm(k, 6)} во сколько первый урок`, [s.timetable(k), s.dayAnchor(k, dayOf(date)), s.bellsOf(k)]);
}

/** Lesson numbers and clock times: the bells of the class's shift and the class's page. */
function askLessonTimes(s: School, ask: Ask) {
  const wordings: ClassWording<[number]>[] = [
    { how: { gen: true }, say: (f, n) => `во сколько ${n} урок у ${f}` },
    { say: (f, n) => `${f} когда заканчивается ${GRADE_ORDINALS[n]} урок` },
    { how: { gen: true }, say: (f, n) => `время ${n}-го урока ${f}` },
    { say: (f, n) => `${f} ${n} урок во сколько начало` },
    { how: { gen: true }, say: (f) => `во сколько заканчиваются уроки у ${f}` },
  ];
  const classes = someClasses(s, 5, 6);
  wordings.forEach((w, i) => {
    const k = classes[i];
    const n = k && pick(s.periodsOf(k), i + 1 + s.offset)?.n;
    if (k && n !== undefined) ask(w.say(classForm(k, i + 5 + s.offset, w.how), n), [s.bellsOf(k), s.timetable(k)]);
  });
  const bells = s.c.bells?.shifts ?? [];
  const all = ['timetable/bells/', ...bells.map((b) => `timetable/bells/#shift-${b.id}`)];
  ask('звонки', all);
  ask('большая перемена во сколько', all);
  ask(`${doubled('расписание', 3)} звонков`, all);
  const second = bells[1];
  if (second) {
    ask(`звонки ${(second.title ?? 'вторая смена').toLowerCase()}`, ['timetable/bells/', `timetable/bells/#shift-${second.id}`]);
    ask('когда кончается последний урок во второй смене', [`timetable/bells/#shift-${second.id}`]);
    const period = pick(second.periods, 2 + s.offset);
    if (period) {
      const shifts = bells.filter((b) => b.periods.some((x) => x.from === period.from)).map((b) => `timetable/bells/#shift-${b.id}`);
      ask(`урок в ${period.from} это какой по счету`, shifts);
    }
  }
  const firstShift = bells[0];
  if (firstShift) ask(`zvonki ${firstShift.id} smena`, [`timetable/bells/#shift-${firstShift.id}`]);
  // Which shift a class learns in: its page, the timetable list (it names each class's shift), the bells of the shift.
  const k = s.classes.find((x) => x.shift !== 1) ?? s.classes[0];
  if (k) ask(`${classForm(k, 2 + s.offset)} какая смена`, [s.timetable(k), 'timetable/', s.bellsOf(k)]);
  const other = s.classes.find((x) => x.shift === 1 && x !== k);
  if (other) ask(`в какую смену учится ${classForm(other, 7)}`, [s.timetable(other), 'timetable/', s.bellsOf(other)]);
}

/** A subject in a class: its lessons (the class's page) and, for a bare «физра 6а», its teachers too. */
function askClassSubject(s: School, ask: Ask) {
  const used = new Set<string>();
  someClasses(s, 8, 1).forEach((k, i) => {
    const subject = freshSubject(k, i * 3 + 1 + s.offset, used);
    if (!subject) return;
    const f = classForm(k, i + 2 + s.offset, { gen: true });
    const teachers = s.teachersInTimetable(k, subject);
    const page = s.timetable(k);
    switch ((i + s.offset) % 6) {
      case 0:
        return ask(`${nickname(subject)} ${f}`, [page, ...teachers]);
      case 1:
        return ask(`когда ${nickname(subject)} у ${f}`, [page]);
      case 2:
        return ask(`${f} ${nickname(subject)} в какие дни`, [page]);
      case 3: {
        const day = lessonsOf(k).find((l) => l.subject === subject)?.day;
        return ask(`есть ли ${spoken(subject)} ${DAYS[day ?? '']?.on ?? ''} у ${f}`.replace(/\s+/g, ' '), [page, s.dayAnchor(k, day)]);
      }
      case 4:
        return ask(`ссылка на урок по ${po(subject)} ${classForm(k, i, { bare: true })}`, [page]);
      default:
        return ask(`${classForm(k, i + 1, { bare: true })} ${nickname(subject)} учитель`, [page, ...teachers]);
    }
  });
}

/** «Who teaches X in 5А»: the teachers of the subject in the class's timetable and the class's page. */
function askWhoTeaches(s: School, ask: Ask) {
  const wordings: ClassWording<[string]>[] = [
    { how: { bare: true }, say: (f, x) => `кто ведет ${subjectAccusative(x)} в ${f}` },
    { how: { gen: true }, say: (f, x) => `кто у ${f} по ${po(x)}` },
    { say: (f, x) => `${nickname(x)} ${f} кто учитель` },
    { how: { bare: true }, say: (f, x) => `подскажите кто преподает ${subjectAccusative(x)} у ${f} класса` },
    { how: { bare: true }, say: (f, x) => `учитель по ${po(x)} в ${f} как зовут` },
    { say: (f, x) => `${f} ${spoken(x)} кто ведет` },
  ];
  const used = new Set<string>();
  someClasses(s, 6, 3).forEach((k, i) => {
    const subject = freshSubject(k, i * 5 + 2 + s.offset, used);
    if (!subject) return;
    const w = wordings[(i + s.offset) % wordings.length]!;
    ask(w.say(classForm(k, i + 6 + s.offset, w.how), subject), [...s.teachersInTimetable(k, subject), s.timetable(k)]);
  });
  // A split subject: one group's teacher, or both.
  const split = someClasses(s, s.classes.length)
    .map((k) => ({ k, lesson: lessonsOf(k).find((l) => l.group) }))
    .find((x) => x.lesson);
  if (split?.lesson) {
    const { k, lesson } = split;
    ask(`${classForm(k, 0)} ${spoken(lesson.subject)} ${lesson.group} кто ведет`, [
      ...s.teachersInTimetable(k, lesson.subject, lesson.group),
      s.timetable(k),
    ]);
    ask(`англичанка ${classForm(k, 1)}`, [...s.teachersInTimetable(k, 'Английский язык'), s.timetable(k)]);
  }
}

/** Class teachers: their staff card and the class's page, which names them. */
function askClassTeachers(s: School, ask: Ask) {
  const withTeacher = s.classes.filter((k) => k.classTeacher && s.staffById.has(k.classTeacher));
  const wordings: ClassWording<[Person]>[] = [
    { how: { gen: true }, say: (f) => `классный руководитель ${f}` },
    { say: (f) => `классуха ${f}` },
    { how: { bare: true }, say: (f) => `кто кл рук в ${f}` },
    { say: (f) => `${f} классный руководитель телефон` },
    { how: { bare: true }, say: (f) => `как связаться с классным руководителем ${f} класса` },
    { say: (f, x) => (isWoman(x.name) ? `классная ${f} почта` : `классный ${f} почта`) },
  ];
  [0, 1, 2, 3, 4].forEach((i) => {
    const w = wordings[(i + s.offset) % wordings.length]!;
    const k = withTeacher[(i * 3 + 1 + s.offset) % Math.max(withTeacher.length, 1)];
    const teacher = k && s.staffById.get(k.classTeacher!);
    if (k && teacher) ask(w.say(classForm(k, i + 1 + s.offset, w.how), teacher), [s.staffCard(k.classTeacher), s.timetable(k)]);
  });
  const young = withTeacher.find((k) => s.gradeOf(k) <= 4 && s.gradeOf(k) > 1);
  if (young) ask(`первая учительница ${classForm(young, 0)}`, [s.staffCard(young.classTeacher), s.timetable(young)]);
}

/** Teachers by subject and by pupils' nicknames; specialists by role. */
function askTeachersByRole(s: School, ask: Ask) {
  const byPosition = (part: string) => s.c.staff.filter((x) => x.position.toLowerCase().includes(part));
  const roles: { part: string; woman: string; man: string }[] = [
    { part: 'хими', woman: 'химичка почта', man: 'химик почта' },
    { part: 'физики', woman: 'физичка консультации когда', man: 'физик консультации когда' },
    { part: 'физической', woman: 'физручка сферум', man: 'физрук сферум' },
    { part: 'английск', woman: 'кто у нас англичанки', man: 'учителя английского' },
    { part: 'русского', woman: 'русичка', man: 'учитель русского и литры' },
    { part: 'математик', woman: 'математичка номер телефона', man: 'математик номер телефона' },
    { part: 'информатик', woman: 'информатичка', man: 'информатик' },
    { part: 'биолог', woman: 'биологичка', man: 'биолог учитель' },
    { part: 'музык', woman: 'учитель музыки', man: 'учитель музыки' },
    { part: 'обзр', woman: 'учитель обж', man: 'учитель обж' },
    { part: 'труда', woman: 'учитель труда', man: 'трудовик' },
    { part: 'изобразительн', woman: 'учительница рисования', man: 'учитель рисования' },
    { part: 'логопед', woman: 'логопед', man: 'логопед' },
    { part: 'библиотекар', woman: 'школьная библиотека кто библиотекарь', man: 'школьная библиотека кто библиотекарь' },
  ];
  for (const { part, woman, man } of roles) {
    const people = byPosition(part);
    const first = people[0];
    if (!first) continue;
    ask(
      isWoman(first.name) ? woman : man,
      people.map((x) => `staff/#${x.id}`),
    );
  }
  const educator = s.c.staff.filter((x) => x.position.toLowerCase().startsWith('заместитель директора по воспит'));
  ask(
    'зам директора по воспитательной работе',
    educator.map((x) => `staff/#${x.id}`),
  );
  ask('все учителя школы', ['staff/']);
  const k = s.classes[3];
  if (k) ask(`список учителей ${classForm(k, 0)}`, [s.timetable(k)]);
  ask('teacher of chemistry', s.teachersOf('хими'));
}

/** People by surname in its cases, by initials, by first name and patronymic, with typos and handles. */
function askPeople(s: School, ask: Ask) {
  const teachers = s.c.staff.filter((x) => (x.subjects ?? []).length > 0 && s.lone(x));
  const others = s.c.staff.filter((x) => (x.subjects ?? []).length === 0 && s.lone(x));
  const at = (i: number) => pick(teachers, i * 7 + 3);
  const person = (x: Person | undefined) => (x ? partsOf(x.name) : undefined);
  /** Which cards answer: all of a surname, all of one full name, the staff card (hours), the staff card of a Sferum user. */
  type Answer = 'surname' | 'name' | 'card' | 'sferum';
  const asked: [Person | undefined, (n: ReturnType<typeof partsOf>, x: Person) => string, Answer][] = [
    [at(0), (n) => `телефон ${genitive(n.surname)}`, 'surname'],
    [at(1), (n) => `написать ${dative(n.surname)}`, 'surname'],
    [at(2), (n) => `как найти ${accusative(n.surname)} в сферуме`, 'sferum'],
    [at(3), (n) => `связаться с ${instrumental(n.surname)}`, 'surname'],
    [at(4), (n) => `${n.surname} ${n.first[0]}.${n.patronymic[0]}.`, 'name'],
    [at(5), (n) => `${oneLetterLess(n.surname.toLowerCase())}`, 'surname'],
    [at(6), (n) => `${swapped(n.surname.toLowerCase(), 3)} учитель`, 'surname'],
    [at(7), (n) => `${doubled(n.surname, 2)} почта`, 'surname'],
    [at(8), (n) => wrongLayout(n.surname), 'surname'],
    [at(9), (_n, x) => `${latinSurname(x.id)} teacher`, 'surname'],
    [at(10), (n) => `когда консультации у ${genitive(n.surname)}`, 'card'],
    [at(12), (n) => `${withoutYo(n.first)} ${withoutYo(n.patronymic)} ${withoutYo(n.surname)}`, 'name'],
    [pick(others, 1), (n) => `почта ${genitive(n.surname)}`, 'surname'],
    [pick(others, 4), (n) => `${n.surname.toLowerCase()} ${n.first[0]!.toLowerCase()}${n.patronymic[0]!.toLowerCase()}`, 'name'],
  ];
  for (const [x, wording, kind] of asked) {
    const n = person(x);
    if (!x || !n || !n.first || !n.patronymic) continue;
    if (kind === 'sferum' && !(x.accounts ?? []).some((a) => a.handle)) continue;
    const places =
      kind === 'card' || kind === 'sferum' ? [`staff/#${x.id}`] : kind === 'name' ? s.cardsOfName(x.name) : s.cardsOfSurname(n.surname);
    ask(wording(n, x), places);
  }
  // A first name and patronymic alone: everyone who has them.
  const named = pick(teachers, 5);
  if (named) {
    const { first, patronymic } = partsOf(named.name);
    const everyone = s.c.staff.filter((x) => x.name.endsWith(` ${first} ${patronymic}`)).flatMap((x) => s.cardsOfName(x.name));
    ask(`${first} ${patronymic}`, everyone);
  }
  // Namesakes: the bare surname names them all, initials name one.
  // (Not a surname that is also another person's genitive: «Алексеева» when an «Алексеев» works there too.)
  const surnameOf = (x: Person) => partsOf(x.name).surname;
  const shared = s.c.staff.find(
    (x) =>
      s.c.staff.filter((o) => surnameOf(o) === surnameOf(x)).length > 1 &&
      !s.c.staff.some((o) => `${surnameOf(o)}а` === surnameOf(x) || `${surnameOf(x)}а` === surnameOf(o)),
  );
  if (shared) {
    const n = partsOf(shared.name);
    ask(n.surname.toLowerCase(), s.cardsOfSurname(n.surname));
    ask(`${n.surname} ${n.first[0]}${n.patronymic[0]}`, s.cardsOfName(shared.name));
  }
  // A man and a woman of one surname stem: the man by his first name.
  const pair = s.c.staff.find((x) => !isWoman(x.name) && s.c.staff.some((o) => partsOf(o.name).surname === `${partsOf(x.name).surname}а`));
  if (pair) {
    const n = partsOf(pair.name);
    ask(`${n.first.toLowerCase()} ${n.surname.toLowerCase()}`, s.cardsOfName(pair.name));
  }
  // Sferum handles and e-mails typed in part.
  const handled = s.c.staff.filter((x) => (x.accounts ?? []).some((a) => a.handle));
  const h1 = pick(handled, 4);
  const handle = h1?.accounts?.find((a) => a.handle)?.handle;
  if (h1 && handle) ask(handle, [`staff/#${h1.id}`]);
  const mailed = pick(
    s.c.staff.filter((x) => x.email && (x.subjects ?? []).length > 0),
    8,
  );
  if (mailed?.email) ask(mailed.email.split('@')[0]!, s.cardsOfEmail(mailed.email));
  const phoned = s.c.staff.filter((x) => x.phone && s.lone(x));
  const ph = pick(phoned, 1);
  if (ph?.phone) {
    ask(`${partsOf(ph.name).surname} телефон для родителей`, s.cardsOfSurname(partsOf(ph.name).surname));
    ask(ph.phone.replace(/\D/g, ''), s.cardsOfPhone(ph.phone));
  }
}

/** Hotline, psychologist, helpline, social help, IT support, administration, school reception, platform support. */
function askContacts(s: School, ask: Ask) {
  const { c } = s;
  ask('горячая линия', s.hotline);
  ask(wrongLayout('горячая линия'), s.hotline);
  ask('куда звонить если вопрос по дистанционному обучению', s.hotline);
  ask('hotline', s.hotline);
  ask('психолог', s.psychologist);
  ask(`${oneLetterLess('психолог')} телефон`, s.psychologist);
  ask('school psychologist', s.psychologist);
  ask('ребенок замкнулся ни с кем не разговаривает сидит целыми днями в комнате куда обратиться', [...s.psychologist, ...s.helpline]);
  ask('телефон доверия', s.helpline);
  ask('анонимно позвонить подростку бесплатно', s.helpline);
  ask('соцпедагог', s.social);
  ask('многодетная семья помощь к кому обращаться', s.social);
  ask('техподдержка телефон', s.itSupport);
  ask('сисадмин', s.itSupport);
  const sferum = s.platform('sferum');
  ask('не работает сферум куда звонить', [...s.itSupport, sferum && 'contacts/#support-sferum', sferum]);
  const school = s.platform('moya-shkola');
  ask('поддержка моя школа телефон', [school && 'contacts/#support-moya-shkola', school]);
  ask('директор школы', [...s.director, s.schoolCard]);
  const phoneTalk = s.talk((item) => item.form === 'phone' && item.title.toLowerCase().includes('директор'));
  const reception = s.contact('administration', (t) => /секретар|при[её]мн/.test(t));
  ask('как дозвониться до директора', [...reception, ...phoneTalk, s.schoolCard]);
  ask(withoutYo('приёмная директора'), [...reception, ...s.staff((x) => x.includes('секретар'))]);
  ask('завуч', s.deputy);
  ask(swapped('завуч', 2), s.deputy);
  ask('адрес школы', [s.schoolCard]);
  ask('электронная почта школы', [s.schoolCard, ...s.contact('email')]);
  if (c.school.email) ask(c.school.email, s.cardsOfEmail(c.school.email));
  ask('все телефоны школы', ['contacts/', 'memo/']);
  ask('памятка распечатать на холодильник', ['memo/']);
  // Phones typed in other formats, and a platform's support number.
  const hot = c.contacts.find((e) => e.kind === 'hotline')?.phones?.[0];
  if (hot)
    ask(
      s
        .digits(hot)
        .slice(-6)
        .replace(/(\d{2})(\d{2})(\d{2})/, '$1 $2 $3'),
      s.cardsOfPhone(hot),
    );
  const psy = c.contacts.find((e) => e.kind === 'psychologist' && !e.title.toLowerCase().includes('доверия'))?.phones?.[0];
  if (psy) ask(`+7${s.digits(psy).slice(1)}`, s.cardsOfPhone(psy));
  const zavuch = c.contacts.find((e) => e.kind === 'administration' && /заместител|завуч/.test(e.title.toLowerCase()))?.phones?.[0];
  if (zavuch)
    ask(
      `чей номер ${zavuch
        .replace(/\D/g, '')
        .slice(-6)
        .replace(/(\d{2})(\d{2})(\d{2})/, '$1-$2-$3')}`,
      s.cardsOfPhone(zavuch),
    );
  const helpline = c.contacts.find((e) => e.kind === 'psychologist' && e.title.toLowerCase().includes('доверия'))?.phones?.[0];
  if (helpline) ask(s.digits(helpline).replace(/^(\d)(\d{3})(\d{3})(\d{2})(\d{2})$/, '$1 $2 $3 $4 $5'), s.cardsOfPhone(helpline));
  const it = c.contacts.find((e) => e.kind === 'it-support');
  if (it?.email) ask(`${it.email.split('.')[0]}@`, s.cardsOfEmail(it.email));
}

/** The regular schedule of communication between administration, parents and teachers. */
function askCommunication(s: School, ask: Ask) {
  ask('график связи с родителями', ['communication/', 'communication/#audience-parents', ...s.talk((x) => x.audience === 'parents')]);
  ask(
    'когда классный руководитель пишет в чат итоги дня',
    s.talk((x) => x.form === 'chat'),
  );
  ask(
    'во сколько планерка у учителей',
    s.talk((x) => x.form === 'planning'),
  );
  const director = s.staff((x) => x === 'директор');
  ask(withoutYo('приём директора по телефону во сколько'), [
    ...s.talk((x) => x.form === 'phone' && x.title.toLowerCase().includes('директор')),
    ...director,
  ]);
  const psychologistTalk = s.talk((x) => x.title.toLowerCase().includes('психолог'));
  if (psychologistTalk.length > 0) ask('когда ребенок может поговорить с психологом', [...psychologistTalk, ...s.psychologist]);
}

/** Minimum technical requirements: internet speed, RAM, systems, camera, browsers, a given device. */
function askRequirements(s: School, ask: Ask) {
  if (!s.c.hasRequirements) return;
  const all = s.deviceCards(() => true);
  ask('какой интернет нужен для уроков', ['requirements/#internet', 'requirements/']);
  ask('сколько мбит нужно для видеоурока', ['requirements/#internet']);
  ask('минимальные требования к технике для дистанта', s.requirements);
  ask('требования к компьютеру', [s.deviceCard('computer'), ...(s.deviceCard('laptop') ? [] : ['requirements/'])]);
  ask('сколько оперативки нужно', [...all, 'requirements/#devices-title']);
  ask('нужна ли веб камера для уроков', [...all, 'requirements/']);
  ask('какой браузер нужен', [...all, 'requirements/#devices-title']);
  ask('подойдет ли мой телефон для уроков', [s.deviceCard('phone'), 'device-check/']);
  ask('проверить подходит ли компьютер', ['device-check/', s.deviceCard('computer')]);
  const linux = s.deviceCards((d) => (d.os ?? []).some((o) => /linux/i.test(o)));
  if (linux.length > 0) ask('astra linux подойдет?', linux);
  const ipad = s.deviceCards((d) => (d.os ?? []).some((o) => /ipados/i.test(o)));
  if (ipad.length > 0) ask('учиться на айпаде можно', ipad);
  ask(wrongLayout('требования к планшету'), [s.deviceCard('tablet')]);
  ask('можно ли учиться с телефона', [
    s.deviceCard('phone'),
    ...s.faq((q) => q.includes('с телефона')),
    ...s.faqSaying('да, но для письменных работ удобнее'),
  ]);
}

/** Borrowing a school device. */
function askLending(s: School, ask: Ask) {
  ask('нет ноутбука дома', s.lendingPlaces);
  ask('дайте планшет ребенку учиться не на чем', s.lendingPlaces);
  ask('какие документы нужны чтобы получить ноутбук', [s.lending]);
  ask('бесплатно ли дают ноутбук', [s.lending]);
  ask('выдача устройств', s.lendingPlaces);
  ask('сломался выданный школой планшет', [s.lending, ...s.itSupport]);
}

/** Online parent meetings: by class, by date, by grade, the school-wide one, the list. */
function askMeetings(s: School, ask: Ask) {
  const withMeeting = s.classes.filter((k) => s.meetingsOfClass(k.id).length > 0);
  const wordings: ClassWording[] = [
    { how: { gen: true }, say: (f) => `родительское собрание ${f}` },
    { how: { gen: true }, say: (f) => `ссылка на собрание ${f}` },
    { how: { bare: true }, say: (f) => `когда собрание в ${f} классе` },
    { how: { gen: true }, say: (f) => `повестка собрания ${f}` },
    { how: { gen: true }, say: (f) => `кто проводит собрание ${f}` },
  ];
  wordings.forEach((w, i) => {
    const k = withMeeting[(i * 2 + s.offset) % Math.max(withMeeting.length, 1)];
    if (k) ask(w.say(classForm(k, i + 2 + s.offset, w.how)), s.meetingsOfClass(k.id));
  });
  ask('общешкольное родительское собрание', s.schoolMeetings);
  ask('все родительские собрания', ['meetings/']);
  const dated = pick(s.c.meetings, 3);
  if (dated) {
    const iso = String(dated.date);
    ask(
      `собрание ${dateWords(iso).long}`,
      s.meetingOf((m) => String(m.date) === iso),
    );
  }
  const grade = s.c.meetings.find((m) => /-х классов/.test(m.title));
  if (grade) {
    const n = Number.parseInt(/(\d+)-х/.exec(grade.title)?.[1] ?? '', 10);
    ask(
      `собрание ${n} классов`,
      s.meetingOf(
        (m) =>
          m.title.includes(`${n}-х классов`) ||
          (m.classes ?? []).some((id) => s.gradeOf(s.classes.find((k) => k.id === id) ?? { class: '' }) === n),
      ),
    );
  }
  // A class whose meeting is moved: the notice says so.
  const moved = s.notices.find((n) => /собрание .* переносится/.test(n.title));
  const movedClass = moved && /собрание (\S+) класса/.exec(moved.title)?.[1];
  const k = movedClass && s.classes.find((x) => x.class.toLowerCase() === movedClass);
  if (moved && k) ask(`собрание ${classForm(k, 0)} перенесли?`, [`announcements/#${moved.id}`, ...s.meetingsOfClass(k.id)]);
}

/** Child-friendly step-by-step guides. */
function askGuides(s: School, ask: Ask) {
  const deviceWord: Record<string, string> = { computer: 'компьютера', tablet: 'планшета', phone: 'телефона', laptop: 'ноутбука' };
  ask('как зайти в сферум', s.guidesFor('sferum', 'connect'));
  const connect = s.c.guides.find((g) => g.platform === 'sferum' && g.topic === 'connect' && g.device !== 'any');
  if (connect) ask(`как войти в сферум с ${deviceWord[connect.device]}`, s.guidesFor('sferum', 'connect', connect.device));
  const phone = s.guidesFor('sferum', 'connect', 'phone');
  if (phone.length > 0) ask('how to join sferum from phone', phone);
  const submit = s.guidesTitled(/прикрепить|сдать|отправ/);
  ask('как прикрепить фото домашки', submit);
  ask('ребенок заболел как сдать дз', [
    ...submit,
    ...s.faq((q) => q.includes('не успевает сдать')),
    ...s.faqSaying('срок сдачи можно перенести'),
    ...s.faqSaying('договоритесь о новом сроке'),
  ]);
  ask('где посмотреть оценку за задание', [...s.guidesTitled(/оценк/), s.platform('moya-shkola'), s.howItWorks]);
  ask('не включается микрофон на уроке', s.guidesTitled(/микрофон/));
  ask('нет звука в сферуме', s.guidesTitled(/звук/));
  ask('как поднять руку на видеоуроке', s.guidesTitled(/поднять руку/));
  ask('уведомления сферум не приходят', s.guidesTitled(/уведомлен/));
  ask('сферум не открывается что делать', s.guidesTitled(/не открывается/));
  ask('забыл пароль от сферума', s.guidesTitled(/восстановить/));
  ask('где чат класса в сферуме', s.guidesTitled(/чат класса/));
  const forTeachers = s.guides((g) => [g.audience].flat().includes('teachers'));
  if (forTeachers.length > 0) ask('инструкции для учителей', ['guides/#teachers', ...forTeachers]);
  ask('все инструкции', ['guides/']);
  ask(wrongLayout('инструкция сферум'), ['guides/', s.platform('sferum'), ...s.guides((g) => g.platform === 'sferum')]);
}

/** Orders and other documents; what an order is about. */
function askDocuments(s: School, ask: Ask) {
  const { c } = s;
  const order = c.school.distanceLearning?.order;
  const main = order && c.documents.some((d) => d.id === order) ? `documents/#${order}` : undefined;
  ask('приказ о переходе на дистанционное обучение', [main]);
  ask('на каком основании перевели на дистант', [main]);
  c.documents
    .filter((d) => d.kind === 'order' && d.number)
    .forEach((d, i) => {
      const number = d.number!;
      const bare = number.replace(/-?о$/, '');
      ask(i % 2 === 0 ? `приказ №${bare}` : `что за приказ ${number} о чем он`, [`documents/#${d.id}`]);
    });
  ask(
    'положение о дистанционном обучении',
    s.documents((t) => t.startsWith('положение')),
  );
  ask(
    'методические рекомендации по дот',
    s.documents((t) => t.includes('рекомендаци')),
  );
  ask(
    'памятка родителям режим дня',
    s.documents((t) => t.includes('памятк') && t.includes('режим')),
  );
  ask('все приказы школы', [...s.orders, 'documents/']);
}

/** The plan-schedule of measures: deadlines, responsible people, status. */
function askPlan(s: School, ask: Ask) {
  const { c } = s;
  if (c.roadmap.length === 0) return;
  const item = (id: string) => `plan/#${roadmapAnchor(id)}`;
  const planOrder = s.documents((t) => t.includes('план'));
  ask('план-график мероприятий', ['plan/', ...planOrder]);
  ask('что уже выполнено по плану', ['plan/']);
  ask(wrongLayout('план график'), ['plan/', ...planOrder]);
  const dated = c.roadmap.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r.deadline)));
  const d1 = pick(dated, 9 + s.offset);
  if (d1) {
    const iso = String(d1.deadline);
    ask(
      `что должно быть сделано к ${dateWords(iso).long} по плану`,
      c.roadmap.filter((r) => String(r.deadline) === iso).map((r) => item(r.id)),
    );
  }
  const d2 = pick(dated, 6 + 2 * s.offset);
  if (d2) {
    const iso = String(d2.deadline);
    ask(
      `план график срок ${dateWords(iso).short}`,
      c.roadmap.filter((r) => String(r.deadline) === iso).map((r) => item(r.id)),
    );
  }
  // A measure's topic (the title without its verb): its deadline and who answers for it.
  const topicOf = (title: string) => title.toLowerCase().replace(/^\S+\s+/, '');
  const topics = [...new Set(c.roadmap.map((r) => topicOf(r.title)))];
  const t1 = pick(topics, 2 + s.offset);
  if (t1)
    ask(
      `срок ${t1} план график`,
      c.roadmap.filter((r) => topicOf(r.title) === t1).map((r) => item(r.id)),
    );
  const t2 = pick(topics, 5 + s.offset);
  if (t2 && t2 !== t1)
    ask(
      `план график ${t2} ответственный`,
      c.roadmap.filter((r) => topicOf(r.title) === t2).map((r) => item(r.id)),
    );
  // One person's measures.
  const owners = [...new Set(c.roadmap.map((r) => r.responsible).filter((id): id is string => Boolean(id && s.staffById.has(id))))];
  const owner = pick(owners, 1 + s.offset);
  const surname = owner && partsOf(s.staffById.get(owner)!.name).surname;
  if (surname) {
    const namesakes = c.staff.filter((x) => partsOf(x.name).surname === surname).map((x) => x.id);
    ask(
      `за что отвечает ${surname} в плане графике`,
      c.roadmap.filter((r) => namesakes.includes(r.responsible ?? '')).map((r) => item(r.id)),
    );
  }
}

/** Coordinators at the school, municipal and regional level. */
function askCoordinators(s: School, ask: Ask) {
  const { c } = s;
  const level = (name: string) => c.coordinators.filter((k) => k.level === name).map((k) => `coordinators/#coordinator-${k.id}`);
  ask('координаторы дистанционного обучения', ['coordinators/']);
  ask('муниципальный координатор', level('municipal'));
  ask('кто отвечает за дистанционку в управлении образования', level('municipal'));
  ask('региональный координатор', level('regional'));
  ask('телефон министерства образования по дистанционке', level('regional'));
  ask('координатор от школы', level('school'));
  const municipal = c.coordinators.find((k) => k.level === 'municipal');
  if (municipal) ask(dative(partsOf(municipal.name).surname).toLowerCase(), s.cardsOfSurname(partsOf(municipal.name).surname));
  const regional = c.coordinators.find((k) => k.level === 'regional');
  if (regional) ask(withoutYo(`${partsOf(regional.name).first} ${partsOf(regional.name).patronymic}`), s.cardsOfName(regional.name));
  // A school coordinator who is also on the staff: every card of them.
  const both = c.coordinators.find((k) => k.level === 'school' && c.staff.some((x) => x.name === k.name));
  if (both) ask(both.name, s.cardsOfName(both.name));
  if (both?.email) ask(both.email, s.cardsOfEmail(both.email));
}

/** FAQ: questions asked in other words, with the answers whose own text answers them. */
function askFaq(s: School, ask: Ask) {
  const { c } = s;
  const subjectIn = (question: string) => /«([^»]+)»/.exec(question)?.[1] ?? '';
  const literal = (id: string) => `faq/#${id}`;
  const late = c.faq.find((f) => f.question.toLowerCase().includes('не успевает сдать'));
  if (late)
    ask(`не успели сдать ${subjectAccusative(subjectIn(late.question))} что делать`, [
      literal(late.id),
      ...s.faqSaying('срок сдачи можно перенести'),
      ...s.faqSaying('договоритесь о новом сроке'),
    ]);
  const test = c.faq.find((f) => f.question.toLowerCase().includes('контрольная работа'));
  if (test)
    ask(`контрольная по ${po(subjectIn(test.question))} будет?`, [
      literal(test.id),
      ...s.faqSaying('контрольные работы проводятся по расписанию'),
      ...s.noticesSaying('контрольные работы проводятся по расписанию'),
    ]);
  const unclear = c.faq.find((f) => f.question.toLowerCase().includes('непонятна тема'));
  if (unclear) {
    const subject = subjectIn(unclear.question);
    ask(`непонятна тема по ${po(subject)} кому написать`, [literal(unclear.id), ...s.teachingSubject(subject)]);
  }
  const grades = c.faq.find((f) => f.question.toLowerCase().includes('узнать оценку'));
  if (grades)
    ask(`оценки по ${po(subjectIn(grades.question))} за неделю где`, [
      literal(grades.id),
      ...s.faqSaying('оценки появляются в электронном дневнике'),
      s.platform('moya-shkola'),
    ]);
  const book = c.faq.find((f) => f.question.toLowerCase().includes('учебник'));
  if (book)
    ask(`электронный учебник ${subjectIn(book.question).toLowerCase()}`, [
      literal(book.id),
      ...s.faqSaying('электронные учебники открываются'),
      ...s.noticesSaying('электронные учебники открываются'),
    ]);
  ask('когда учитель отвечает на сообщения', [
    ...s.faqSaying('учитель отвечает на сообщения'),
    ...s.noticesSaying('учитель отвечает на сообщения'),
  ]);
  ask('частые вопросы', ['faq/']);
}

/** Announcements: the list and notices by what their titles say. */
function askNotices(s: School, ask: Ask) {
  ask('объявления', ['announcements/']);
  for (const n of s.notices) {
    const klass = /(\d+\S*) класса/.exec(n.title)?.[1];
    const k = klass && s.classes.find((x) => x.class.toLowerCase() === klass);
    if (/изменилось расписание/.test(n.title) && k) ask(`поменялось расписание ${classForm(k, 1)}?`, [`announcements/#${n.id}`]);
    if (/ссылки на видеоуроки/.test(n.title) && k)
      ask(`новые ссылки на уроки ${classForm(k, 2)}`, [`announcements/#${n.id}`, s.timetable(k)]);
  }
  ask(
    'консультации перед контрольными',
    s.announcements((t) => t.includes('консультации перед контрольными')),
  );
  ask(
    'до какого числа выдают ноутбуки',
    s.announcements((t) => /выдача ноутбуков/.test(t)),
  );
}

/** Platforms and how the learning is organised. */
function askPlatforms(s: School, ask: Ask) {
  ask('что такое сферум', [s.platform('sferum')]);
  ask('моя школа адрес сайта', [s.platform('moya-shkola')]);
  ask('где электронный дневник', [s.platform('moya-shkola'), s.howItWorks]);
  ask('на какой платформе проходят уроки', ['platforms/', s.platform('sferum'), s.howItWorks]);
  ask('как проходит дистанционное обучение', [s.howItWorks]);
  ask('где брать задания для самостоятельной работы', [s.howItWorks, s.platform('moya-shkola')]);
}

/** Polite whole questions and a worried parent's run-on sentences. */
function askPolite(s: School, ask: Ask) {
  const met = someClasses(s, s.classes.length, 2).find((k) => s.meetingsOfClass(k.id).length > 0);
  if (met)
    ask(
      `Здравствуйте! Подскажите, пожалуйста, когда будет родительское собрание в ${classForm(met, 6)} и где ссылка?`,
      s.meetingsOfClass(met.id),
    );
  const sferum = s.platform('sferum');
  const k = someClasses(s, 1, 4)[0];
  if (k)
    ask(`добрый день у нас сын в ${classForm(k, 0)} не может зайти на урок в сферуме пишет ошибку что делать куда звонить`, [
      ...s.guidesTitled(/не открывается|не работает|восстановить/),
      ...s.itSupport,
      sferum && 'contacts/#support-sferum',
      sferum,
    ]);
  const math = ['Математика', 'Алгебра', 'Геометрия', 'Вероятность и статистика'];
  const older = someClasses(s, s.classes.length, 1).find((x) => s.gradeOf(x) >= 7);
  if (older)
    ask(`Извините, а как связаться с учителем математики моего ребенка в ${classForm(older, 1)}?`, [
      ...math.flatMap((subject) => s.teachersInTimetable(older, subject)),
      s.timetable(older),
    ]);
  ask('Добрый вечер, у нас дома один старый ноутбук и двое детей, можно ли попросить у школы ещё одно устройство?', s.lendingPlaces);
}

/** Every question for one school, each text once. */
export function thirteenthBatchCases(contentDir: string): EvalCase[] {
  const s = placesOfSchool(contentDir);
  const { cases, ask } = uniqueAsker();
  const sections = [
    askClassWeek,
    askClassDay,
    askClassDate,
    askLessonTimes,
    askClassSubject,
    askWhoTeaches,
    askClassTeachers,
    askTeachersByRole,
    askPeople,
    askContacts,
    askCommunication,
    askRequirements,
    askLending,
    askMeetings,
    askGuides,
    askDocuments,
    askPlan,
    askCoordinators,
    askFaq,
    askNotices,
    askPlatforms,
    askPolite,
  ];
  for (const section of sections) section(s, ask);
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = c.query.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
