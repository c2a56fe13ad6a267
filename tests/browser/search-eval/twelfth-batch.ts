/**
 * Batch 12 of the development questions (2026-12-07), over generated schools of seeds 31 and 32, which
 * no earlier evaluation used. Written blind: without reading the search (`src/search/`, `src/client/`),
 * its tests (`tests/search/`, `tests/browser/search-quality.test.ts`), search logs, the README's notes
 * on search rounds or the questions of earlier batches (only their small exported helpers were read and
 * are imported), and without asking the search anything. They come from the mission of a
 * distance-learning page (bells and timetable, hotline, e-mail, teachers and their platform accounts,
 * psychologist and social help, device and internet requirements, parent meetings, the communication
 * schedule, step-by-step guides, borrowing a device, orders, the plan-schedule and its coordinators,
 * FAQ, announcements) and from the two schools' content and built pages.
 *
 * Phrasings: polite whole questions, a worried parent's run-on sentence, voice input without
 * punctuation, two-word queries, pupils' and parents' slang («физра», «классуха», «инет», «комп»),
 * classes written every way («7а», «7 А», «7-а», «7«а»», «7a», «седьмой а»), weekdays and dates
 * («что у 2а 20 ноября», «пт 9а», «на 24.11»), lesson numbers and clock times, people by surname in
 * the genitive, dative and instrumental, by initials, by first name and patronymic, by a Sferum
 * handle, phones and e-mails typed partly or in other formats, typos (a letter missing, doubled or
 * swapped, «е» for «ё»), the wrong keyboard layout and Latin transliteration.
 *
 * Each question names every place that truly answers it, read from the school's content: the card,
 * entry or page about what is asked; for a weekday of a class, the class's page and that day's anchor;
 * for a lesson's clock time, the bells of the class's shift (and the class's page, which prints the
 * times); for «who teaches X in 5А», the teacher's card and the class's page; a FAQ answer or a notice
 * only where its own text is the answer (a FAQ entry that is literally the question asked counts too).
 * A phone number that merely closes a guide does not make the guide an answer. A question whose school
 * has none of the places is left out; a question asked twice is kept once.
 */
import { join } from 'node:path';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';
import { DAYS } from './seventh-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';

type Places = ReturnType<typeof batchPlacesOf>;
type Ask = (query: string, expected: (string | undefined)[]) => void;
type Klass = Places['classes'][number];
type Staff = Places['c']['staff'][number];

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type Weekday = (typeof WEEKDAYS)[number];

/** Weekdays as they are shortened on phones: «пт 9а». */
const SHORT_DAY: Record<Weekday, string> = { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб' };

/** Months in the genitive, as in «20 ноября». */
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** How a subject is called in a hurry, and its genitive after «учитель»: «физра», «физкультуры». */
const SUBJECTS: Record<string, { slang: string; of: string }> = {
  'русский язык': { slang: 'русский', of: 'русского языка' },
  литература: { slang: 'литра', of: 'литературы' },
  'литературное чтение': { slang: 'чтение', of: 'литературного чтения' },
  математика: { slang: 'матеша', of: 'математики' },
  алгебра: { slang: 'алгебра', of: 'алгебры' },
  геометрия: { slang: 'геома', of: 'геометрии' },
  'вероятность и статистика': { slang: 'теорвер', of: 'статистики' },
  'английский язык': { slang: 'англ', of: 'английского' },
  'физическая культура': { slang: 'физра', of: 'физкультуры' },
  информатика: { slang: 'инфа', of: 'информатики' },
  'окружающий мир': { slang: 'окружайка', of: 'окружающего мира' },
  'изобразительное искусство': { slang: 'изо', of: 'изо' },
  'труд (технология)': { slang: 'труды', of: 'технологии' },
  'основы безопасности и защиты родины': { slang: 'обж', of: 'обзр' },
  биология: { slang: 'биология', of: 'биологии' },
  история: { slang: 'история', of: 'истории' },
  обществознание: { slang: 'общага', of: 'обществознания' },
  география: { slang: 'геогра', of: 'географии' },
  химия: { slang: 'химия', of: 'химии' },
  физика: { slang: 'физика', of: 'физики' },
  музыка: { slang: 'музыка', of: 'музыки' },
};
const slangOf = (subject: string) => SUBJECTS[subject.toLowerCase()]?.slang ?? subject.toLowerCase();
const subjectOf = (subject: string) => SUBJECTS[subject.toLowerCase()]?.of ?? subject.toLowerCase();

/** A word or phrase in the accusative, as after «ведёт» or «ссылка на»: «физру», «физическую культуру». */
const accusativeOf = (phrase: string) =>
  phrase
    .toLowerCase()
    .replace(/\s*\(.*\)/, '')
    .split(' ')
    .map((word) => word.replace(/ая$/, 'ую').replace(/яя$/, 'юю').replace(/а$/, 'у').replace(/я$/, 'ю'))
    .join(' ');

/** A subject after «по» where afterPo has no short form: «по окружайке», «по чтению». */
const PO_MORE: Record<string, string> = {
  'литературное чтение': 'чтению',
  'окружающий мир': 'окружайке',
  музыка: 'музыке',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труду',
};
const po = (subject: string) => PO_MORE[subject.toLowerCase()] ?? afterPo(subject);

/** Cyrillic class letters typed on a Latin keyboard by sound: «7b». */
const LATIN_LETTER: Record<string, string> = { А: 'a', Б: 'b', В: 'v', Г: 'g', Д: 'd', Е: 'e' };

/** The item of a list at a turning index, so neighbouring questions get different templates. */
const pick = <T>(list: readonly T[], at: number): T => list[at % list.length]!;

/** Every step-th item of a list, starting at an offset. */
const every = <T>(list: readonly T[], step: number, offset = 0): T[] => list.filter((_, i) => i % step === offset % step);

/** Whether a staff member is a woman, by the patronymic: «Ивановна». */
const isWoman = (s: Staff) => partsOf(s.name).patronymic.endsWith('на');

/** A surname in the genitive, as in «почта Андреевой», «урок Фролова». */
const genitive = (surname: string) => (/а$/.test(surname) ? dative(surname) : accusative(surname));

/** A surname in the instrumental, as in «связаться с Медведевым», «с Андреевой». */
const instrumental = (surname: string) => (/(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}ым` : dative(surname));

/** A first name or patronymic in the dative: «Ольге Владимировне», «Виктору Олеговичу», «Любови». */
const dativeWord = (word: string) =>
  /ия$/.test(word)
    ? `${word.slice(0, -1)}и`
    : /[ая]$/.test(word)
      ? `${word.slice(0, -1)}е`
      : /ь$/.test(word)
        ? `${word.slice(0, -1)}и`
        : /й$/.test(word)
          ? `${word.slice(0, -1)}ю`
          : `${word}у`;

/** The last ten digits of a phone, without the country's 8 or +7: «3843345242». */
const tenDigits = (phone: string) => {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && /^[78]/.test(digits) ? digits.slice(1) : digits;
};

/** A phone as people retype it from a card: digits only, with +7, with spaces, or the local part only. */
const phoneForms = (phone: string) => {
  const d = tenDigits(phone);
  const mobile = d.startsWith('9');
  return [
    `8${d}`,
    `+7${d}`,
    mobile ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : `${d.slice(0, 4)} ${d.slice(4)}`,
    mobile ? `${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}` : `${d.slice(4, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
  ];
};

/** The school weekday of an ISO date: «2026-11-20» → «fri»; none for a Sunday. */
const weekdayOf = (iso: string): Weekday | undefined => WEEKDAYS[(new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7];

/** A date as said: «20 ноября». */
const spoken = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;

/** A date as typed in a chat: «20.11». */
const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/** The school days (Monday to Saturday) between two ISO dates. */
function schoolDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    if (weekdayOf(iso)) days.push(iso);
  }
  return days;
}

/** A collector that asks each question once: the first wording with places wins. */
function distinctAsker() {
  const { cases, ask } = uniqueAsker();
  const asked = new Set<string>();
  const once: Ask = (query, expected) => {
    const key = query.toLowerCase().replace(/\s+/g, ' ').trim();
    if (asked.has(key)) return;
    const before = cases.length;
    ask(query, expected);
    if (cases.length > before) asked.add(key);
  };
  return { cases, ask: once };
}

/** What the questions of this batch need besides batchPlacesOf: lessons, people, phones, e-mails. */
function batchTwelvePlaces(contentDir: string) {
  const p = batchPlacesOf(contentDir);
  const { c, school } = p;
  const lessonsOf = (k: Klass) =>
    WEEKDAYS.flatMap((day) => (k.days[day] ?? []).map((lesson) => ({ day, lesson, teachers: [lesson.teacher].flat() })));
  const daysOf = (k: Klass) => WEEKDAYS.filter((day) => (k.days[day] ?? []).length > 0);
  const classPage = (k: Klass) => p.timetable(k);
  const dayPlace = (k: Klass, day: Weekday) => ((k.days[day] ?? []).length > 0 ? `timetable/${k.id}/#${day}` : undefined);
  const shiftPlaces = (shift: number) =>
    c.bells?.shifts.some((s) => s.id === shift) ? ['timetable/bells/', `timetable/bells/#shift-${shift}`] : [];
  const card = (s: Staff) => `staff/#${s.id}`;
  const staffById = (id: string | undefined) => c.staff.find((s) => s.id === id);
  const coordinatorPlace = (k: (typeof c.coordinators)[number]) => `coordinators/#coordinator-${k.id}`;
  /** Everyone a name test picks: staff cards, the contact cards giving that person, coordinators, the director on the school's card. */
  const whoIs = (test: (fullName: string) => boolean) => [
    ...c.staff.filter((s) => test(s.name)).map(card),
    ...c.contacts.filter((e) => e.person && test(e.person.split(' ').slice(-3).join(' '))).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => test(k.name)).map(coordinatorPlace),
    school.director && test(school.director) ? p.schoolCard : undefined,
  ];
  /** Every card that prints a phone number. */
  const phonePlaces = (phone: string) => {
    const d = tenDigits(phone);
    const same = (other: string | undefined) => other !== undefined && tenDigits(other) === d;
    return [
      ...c.contacts.filter((e) => e.phones.some(same)).map((e) => `contacts/#${e.id}`),
      ...c.staff.filter((s) => same(s.phone)).map(card),
      ...c.coordinators.filter((k) => same(k.phone)).map(coordinatorPlace),
      same(school.phone) ? p.schoolCard : undefined,
      ...p.talk((t) => same(t.channel)),
      ...c.platforms.filter((x) => same(x.support?.phone)).flatMap((x) => [`contacts/#support-${x.id}`, `platforms/#${x.id}`]),
    ];
  };
  /** Every card that prints an e-mail address. */
  const emailPlaces = (email: string) => [
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...c.staff.filter((s) => s.email === email).map(card),
    ...c.coordinators.filter((k) => k.email === email).map(coordinatorPlace),
    school.email === email ? p.schoolCard : undefined,
  ];
  const guideBody = (id: string) => bodyOf(join(contentDir, 'guides'), id);
  /** Guides by topic, platform, device (a guide for any device fits every device) and body. */
  const guidesFor = (want: { topic?: string; platform?: string; device?: string; title?: RegExp; body?: RegExp }) =>
    p.guides(
      (g) =>
        (!want.topic || g.topic === want.topic) &&
        (!want.platform || g.platform === want.platform) &&
        (!want.device || g.device === want.device || g.device === 'any') &&
        (!want.title || want.title.test(g.title.toLowerCase())) &&
        (!want.body || want.body.test(guideBody(g.id))),
    );
  const distance = school.distanceLearning;
  return {
    ...p,
    lessonsOf,
    daysOf,
    classPage,
    dayPlace,
    shiftPlaces,
    card,
    staffById,
    coordinatorPlace,
    whoIs,
    phonePlaces,
    emailPlaces,
    guidesFor,
    deviceCheck: c.hasRequirements ? 'device-check/' : undefined,
    dates: distance ? schoolDays(distance.from, distance.to) : [],
    teachers: c.staff.filter((s) => s.subjects.length > 0),
  };
}
type Twelve = ReturnType<typeof batchTwelvePlaces>;

/** A class as said in the nominative, the genitive («у седьмого а») and the prepositional («в седьмом а»). */
interface Said {
  nom: string;
  gen: string;
  loc: string;
}

/** Ways to write a class: «7а», «7 А», «7-а», «7«а»», «7a», «седьмой а», each in the three cases. */
function spellingsOf(p: Twelve, k: Klass): Said[] {
  const grade = p.gradeOf(k);
  const letter = p.letterOf(k);
  const low = letter.toLowerCase();
  const same = (text: string): Said => ({ nom: text, gen: text, loc: text });
  const ordinal = GRADE_ORDINALS[grade] ?? String(grade);
  return [
    same(`${grade}${low}`),
    same(`${grade} ${letter}`),
    same(`${grade}-${low}`),
    same(`${grade}«${low}»`),
    same(`${grade}${LATIN_LETTER[letter] ?? low}`),
    {
      nom: `${ordinal} ${low}`,
      gen: `${ordinal.replace(/ий$/, 'ьего').replace(/(ый|ой)$/, 'ого')} ${low}`,
      loc: `${ordinal.replace(/ий$/, 'ьем').replace(/(ый|ой)$/, 'ом')} ${low}`,
    },
    same(`${grade} "${low}"`),
    same(`${grade}${letter}`),
  ];
}

/** One spelling of a class, turning with the index. */
const saidAt = (p: Twelve, k: Klass, at: number) => pick(spellingsOf(p, k), at);

/** The class's week: whole-week, weekday, date and lesson-number questions. */
function timetableQuestions(p: Twelve, ask: Ask) {
  const weekWordings = [
    (s: Said) => `расписание ${s.gen}`,
    (s: Said) => `уроки ${s.gen}`,
    (s: Said) => `${s.nom} расписание уроков на неделю`,
    (s: Said) => `какие уроки у ${s.gen}`,
    (s: Said) => `добрый день, где посмотреть расписание ${s.gen} класса?`,
    (s: Said) => `расписание для ${s.gen} пожалуйста`,
    (s: Said) => `${s.nom} класс уроки на дистанте`,
    (s: Said) => `подскажите расписание уроков ${s.gen} на дистанционке`,
  ];
  p.classes.forEach((k, i) => ask(pick(weekWordings, i)(saidAt(p, k, i)), [p.classPage(k)]));

  const dayWordings = [
    (s: Said, d: Weekday) => `расписание ${s.gen} ${DAYS[d]!.to}`,
    (s: Said, d: Weekday) => `что у ${s.gen} ${DAYS[d]!.on}`,
    (s: Said, d: Weekday) => `${s.nom} ${DAYS[d]!.name}`,
    (s: Said, d: Weekday) => `${SHORT_DAY[d]} ${s.nom}`,
    (s: Said, d: Weekday) => `какие уроки ${DAYS[d]!.on} у ${s.gen}`,
    (s: Said, d: Weekday) => `${DAYS[d]!.name} ${s.nom} сколько уроков`,
  ];
  p.classes.forEach((k, i) => {
    const days = p.daysOf(k);
    if (days.length === 0 || i % 3 === 2) return;
    const day = pick(days, i + 2);
    ask(pick(dayWordings, i)(saidAt(p, k, i + 3), day), [p.classPage(k), p.dayPlace(k, day)]);
  });

  // A date instead of a weekday: the class's page and the weekday of that date.
  const dateWordings = [
    (s: Said, iso: string) => `что у ${s.gen} ${spoken(iso)}`,
    (s: Said, iso: string) => `расписание ${s.gen} на ${dotted(iso)}`,
    (s: Said, iso: string) => `уроки ${s.gen} ${spoken(iso)} какие`,
    (s: Said, iso: string) => `${dotted(iso)} ${s.nom} уроки`,
    (s: Said, iso: string) => `будут ли уроки у ${s.gen} ${spoken(iso)}`,
  ];
  every(p.classes, 2, 1).forEach((k, i) => {
    const iso = p.dates.filter((d) => (k.days[weekdayOf(d)!] ?? []).length > 0)[i * 3 + 2];
    if (iso) ask(pick(dateWordings, i)(saidAt(p, k, i), iso), [p.classPage(k), p.dayPlace(k, weekdayOf(iso)!)]);
  });

  // Which subject is the n-th lesson of a day.
  every(p.classes, 3, 0).forEach((k, i) => {
    const days = p.daysOf(k);
    if (days.length === 0) return;
    const day = pick(days, i + 1);
    const n = Math.min(3, (k.days[day] ?? []).length);
    const said = [
      `какой ${GRADE_ORDINALS[n]} урок у ${saidAt(p, k, i).gen} ${DAYS[day]!.on}`,
      `${n} урок ${DAYS[day]!.on} ${saidAt(p, k, i + 1).nom} что`,
      `${saidAt(p, k, i + 2).nom} ${SHORT_DAY[day]} ${n}й урок какой предмет`,
    ];
    ask(pick(said, i), [p.classPage(k), p.dayPlace(k, day)]);
  });

  // When a subject comes in the week: the class's page.
  every(p.classes, 3, 0).forEach((k, i) => {
    const subjects = [...new Set(p.lessonsOf(k).map((l) => l.lesson.subject))];
    if (subjects.length === 0) return;
    const subject = pick(subjects, i + 4);
    const said = [
      `когда ${slangOf(subject)} у ${saidAt(p, k, i).gen}`,
      `в какие дни ${slangOf(subject)} ${saidAt(p, k, i + 1).nom}`,
      `${saidAt(p, k, i + 2).nom} ${slangOf(subject)} по каким дням`,
    ];
    ask(pick(said, i), [p.classPage(k)]);
  });

  // The link of one lesson: the class's page and that day.
  every(p.classes, 3, 1).forEach((k, i) => {
    const withLink = p.lessonsOf(k).filter((l) => l.lesson.link && !l.lesson.group);
    const one = withLink[(i * 5 + 3) % Math.max(withLink.length, 1)];
    if (!one) return;
    const said = [
      `ссылка на ${accusativeOf(slangOf(one.lesson.subject))} ${saidAt(p, k, i).gen} ${DAYS[one.day]!.on}`,
      `где ссылка на урок ${subjectOf(one.lesson.subject)} ${DAYS[one.day]!.on} ${saidAt(p, k, i).nom} класс`,
      `как войти на ${accusativeOf(slangOf(one.lesson.subject))} ${saidAt(p, k, i).nom} ${DAYS[one.day]!.name}`,
    ];
    ask(pick(said, i), [p.classPage(k), p.dayPlace(k, one.day)]);
  });

  // A lesson done alone in the learning platform, not on video.
  const selfStudy = p.classes.flatMap((k) =>
    p
      .lessonsOf(k)
      .filter((l) => !l.lesson.online && !l.lesson.group)
      .map((l) => ({ k, ...l })),
  );
  [selfStudy[1], selfStudy[Math.floor(selfStudy.length / 2)]].forEach((one, i) => {
    if (!one) return;
    const s = saidAt(p, one.k, i);
    ask(
      i === 0
        ? `${s.nom} ${slangOf(one.lesson.subject)} ${DAYS[one.day]!.on} будет видеоурок или самостоятельно`
        : `у ${s.gen} ${DAYS[one.day]!.on} нет ссылки на ${accusativeOf(slangOf(one.lesson.subject))}, до скольки сдать задание`,
      [p.classPage(one.k), p.dayPlace(one.k, one.day)],
    );
  });

  // When the day ends.
  every(p.classes, 4, 2).forEach((k, i) => {
    const days = p.daysOf(k);
    if (days.length === 0) return;
    const day = pick(days, i + 3);
    const said = [
      `во сколько заканчиваются уроки у ${saidAt(p, k, i).gen} ${DAYS[day]!.on}`,
      `до скольки учится ${saidAt(p, k, i + 5).nom} ${DAYS[day]!.on}`,
    ];
    ask(pick(said, i), [p.classPage(k), p.dayPlace(k, day)]);
  });

  // A language split into groups.
  p.classes
    .filter((k) => p.lessonsOf(k).some((l) => l.lesson.group))
    .slice(0, 2)
    .forEach((k, i) => {
      const grouped = p.lessonsOf(k).find((l) => l.lesson.group)!;
      const group = grouped.lesson.group!;
      ask(
        i === 0
          ? `${slangOf(grouped.lesson.subject)} ${saidAt(p, k, i).nom} ${group}`
          : `ребенок в ${saidAt(p, k, i).loc} в ${group.replace(' группа', '-й группе')} по ${po(grouped.lesson.subject)}, когда у них уроки`,
        [p.classPage(k)],
      );
    });

  // Typos and the wrong keyboard layout.
  const [first, second, third] = [p.classes[0], p.classes[Math.floor(p.classes.length / 2)], p.classes.at(-1)];
  if (first) ask(wrongLayout(`расписание ${p.gradeOf(first)}${p.letterOf(first).toLowerCase()}`), [p.classPage(first)]);
  if (second) ask(`рассписание ${p.gradeOf(second)}${p.letterOf(second).toLowerCase()}`, [p.classPage(second)]);
  if (third) ask(`${oneLetterLess('расписание')} ${p.gradeOf(third)} ${p.letterOf(third)} класс`, [p.classPage(third)]);
  if (second) ask(`${swapped('уроки', 1)} ${saidAt(p, second, 4).gen}`, [p.classPage(second)]);

  // The list of classes and its parts.
  ask('расписание уроков', ['timetable/']);
  if (p.classes.some((k) => p.gradeOf(k) <= 4)) ask('расписание начальной школы 1-4 классы', ['timetable/', 'timetable/#grades-1']);
  if (p.classes.some((k) => p.gradeOf(k) >= 10)) ask('расписание старших классов', ['timetable/', 'timetable/#grades-10']);
}

/** Bells by shift, and the clock time of a class's lesson. */
function bellQuestions(p: Twelve, ask: Ask) {
  const shifts = p.c.bells?.shifts ?? [];
  const all = shifts.flatMap((s) => p.shiftPlaces(s.id));
  ask('расписание звонков', all);
  ask(wrongLayout('звонки'), all);
  ask('сколько минут перемена на дистанте', all);
  ask('сколько длится урок на дистанционном обучении', [...all, p.howItWorks]);
  for (const shift of shifts) {
    const word = shift.id === 1 ? 'первая' : shift.id === 2 ? 'вторая' : 'третья';
    const into = shift.id === 1 ? 'в первую' : shift.id === 2 ? 'во вторую' : 'в третью';
    ask(`${word} смена звонки`, p.shiftPlaces(shift.id));
    ask(`во сколько начинаются уроки ${shift.id === 2 ? 'во' : 'в'} ${shift.id} смену`, p.shiftPlaces(shift.id));
    if (p.classes.some((k) => k.shift === shift.id)) ask(`какие классы учатся ${into} смену`, [...p.shiftPlaces(shift.id), 'timetable/']);
  }
  // The clock time of a lesson of one class: the shift's bells and the class's page.
  every(p.classes, 2, 0).forEach((k, i) => {
    const periods = p.c.bells?.shifts.find((s) => s.id === k.shift)?.periods ?? [];
    const period = pick(periods, i + 1);
    if (!period) return;
    const s = saidAt(p, k, i + 1);
    const said = [
      `во сколько начинается ${period.n} урок у ${s.gen}`,
      `${s.nom} ${GRADE_ORDINALS[period.n]} урок во сколько`,
      `${period.from} какой урок у ${s.gen}`,
      `когда заканчивается ${period.n} урок ${s.gen}`,
      `во сколько начинаются уроки у ${s.gen}`,
    ];
    ask(pick(said, i), [...p.shiftPlaces(k.shift), p.classPage(k)]);
  });
  // Which shift a class studies in.
  every(p.classes, 3, 2).forEach((k, i) => {
    const s = saidAt(p, k, i + 2);
    ask(pick([`${s.nom} в какую смену учится`, `какая смена у ${s.gen}`, `${s.nom} первая или вторая смена`], i), [
      p.classPage(k),
      'timetable/',
      `timetable/bells/#shift-${k.shift}`,
    ]);
  });
}

/** Teachers by subject and class, class teachers, and specialists by role. */
function teacherQuestions(p: Twelve, ask: Ask) {
  // Who teaches a subject in a class: the teachers' cards and the class's page.
  const pairs = p.classes.flatMap((k) => {
    const subjects = [...new Set(p.lessonsOf(k).map((l) => l.lesson.subject))];
    return subjects.map((subject) => ({
      k,
      subject,
      teachers: [
        ...new Set(
          p
            .lessonsOf(k)
            .filter((l) => l.lesson.subject === subject)
            .flatMap((l) => l.teachers),
        ),
      ],
    }));
  });
  const wordings = [
    (s: Said, subject: string) => `кто ведет ${accusativeOf(slangOf(subject))} в ${s.loc}`,
    (s: Said, subject: string) => `учитель ${subjectOf(subject)} ${s.gen}`,
    (s: Said, subject: string) => `${slangOf(subject)} ${s.nom} кто учитель`,
    (s: Said, subject: string) => `училка по ${po(subject)} в ${s.loc} как зовут`,
    (s: Said, subject: string) => `скажите пожалуйста кто преподает ${accusativeOf(subject)} у ${s.gen}`,
    (s: Said, subject: string) => `почта учителя ${subjectOf(subject)} ${s.gen} класса`,
  ];
  every(pairs, 7, 3)
    .slice(0, 6)
    .forEach(({ k, subject, teachers }, i) => {
      ask(pick(wordings, i)(saidAt(p, k, i + 1), subject), [...teachers.map((id) => p.staffCard(id)), p.classPage(k)]);
    });

  // Class teachers.
  const classTeacherWordings = [
    (s: Said) => `классный руководитель ${s.gen}`,
    (s: Said, woman: boolean) => `кто ${woman ? 'классная' : 'классный'} у ${s.gen}`,
    (s: Said, woman: boolean) => `${woman ? 'классуха' : 'классный'} ${s.gen} телефон`,
    (s: Said) => `кл рук ${s.gen}`,
    (s: Said) => `как написать классному руководителю ${s.gen}`,
  ];
  every(p.classes, 2, 1).forEach((k, i) => {
    const teacher = p.staffById(k.classTeacher);
    if (!teacher) return;
    ask(pick(classTeacherWordings, i)(saidAt(p, k, i + 2), isWoman(teacher)), [p.card(teacher), p.classPage(k)]);
  });
  const firstGrade = p.classOfGrade(1) ?? p.classes[0];
  const firstTeacher = firstGrade && p.staffById(firstGrade.classTeacher);
  if (firstGrade && firstTeacher)
    ask(
      `${isWoman(firstTeacher) ? 'учительница' : 'учитель'} ${GRADE_ORDINALS[p.gradeOf(firstGrade)]} класс ${p.letterOf(firstGrade).toLowerCase()}`,
      [p.card(firstTeacher), p.classPage(firstGrade)],
    );

  // Teachers of a subject in the whole school.
  ask('учитель физики', p.teachersOf('физики'));
  ask('учителя английского языка', p.teachersOf('английск'));
  ask('кто ведет информатику в школе', p.teachersOf('информатик'));
  ask('преподаватель обж', p.teachersOf('обзр'));
  ask(`${swapped('химия', 1)} учитель`, p.teachersOf('хими'));

  // Specialists and administration by role.
  ask(
    'логопед',
    p.staff((x) => x.includes('логопед')),
  );
  ask(
    'библиотекарь',
    p.staff((x) => x.includes('библиотекар')),
  );
  ask(
    'замдиректора по воспитательной работе',
    p.staff((x) => x.includes('по воспитательной')),
  );
  ask('завуч', p.deputy);
  ask(
    'завуч телефон',
    p.deputy.filter((place) => place.startsWith('contacts/')),
  );
  ask('замдиректора по увр почта', p.deputy);
  ask('директор школы', [...p.director, p.schoolCard]);
  ask('как зовут директора', [...p.staff((x) => x === 'директор'), p.schoolCard]);
  ask('секретарь', [...p.contact('administration', (t) => t.includes('секретар')), ...p.staff((x) => x.includes('секретар'))]);
  ask('сисадмин', p.itSupport);
}

/** People by name: surnames in cases, initials, first name and patronymic, handles, typos. */
function peopleQuestions(p: Twelve, ask: Ask) {
  const bySurname = (surname: string) => p.whoIs((name) => name.startsWith(`${surname} `));
  const byFirst = (first: string, patronymic: string) => p.whoIs((name) => name.endsWith(` ${first} ${patronymic}`));
  const byName = (full: string) => p.whoIs((name) => name === full);
  const cardsBySurname = (surname: string) => p.c.staff.filter((s) => s.name.startsWith(`${surname} `)).map(p.card);
  const people = [...p.c.staff].sort((a, b) => a.id.localeCompare(b.id));
  const wordings: ((s: Staff) => [string, (string | undefined)[]] | undefined)[] = [
    (s) => [`почта ${genitive(partsOf(s.name).surname)}`, bySurname(partsOf(s.name).surname)],
    (s) => [`как связаться с ${instrumental(partsOf(s.name).surname)}`, bySurname(partsOf(s.name).surname)],
    (s) => {
      const { first, patronymic } = partsOf(s.name);
      const subject = s.subjects[0];
      return [`${first} ${patronymic}${subject ? ` ${slangOf(subject)}` : ''}`, byFirst(first, patronymic)];
    },
    (s) => [`${swapped(partsOf(s.name).surname.toLowerCase(), 3)}`, bySurname(partsOf(s.name).surname)],
    (s) => [`когда консультации у ${genitive(partsOf(s.name).surname)}`, cardsBySurname(partsOf(s.name).surname)],
    (s) => {
      const { surname, first, patronymic } = partsOf(s.name);
      return [`${surname} ${first[0]}.${patronymic[0]}.`, byName(s.name)];
    },
    (s) => {
      const { first, patronymic } = partsOf(s.name);
      return [`написать ${dativeWord(first)} ${dativeWord(patronymic)}`, byFirst(first, patronymic)];
    },
    (s) => {
      const { surname, first } = partsOf(s.name);
      return withoutYo(s.name) === s.name
        ? undefined
        : [withoutYo(`${surname} ${first}`), p.whoIs((name) => name.startsWith(`${surname} ${first} `))];
    },
    (s) =>
      s.accounts.some((a) => a.platform === 'sferum')
        ? [`${genitive(partsOf(s.name).surname).toLowerCase()} ник в сферуме`, cardsBySurname(partsOf(s.name).surname)]
        : undefined,
    (s) => [doubled(partsOf(s.name).surname.toLowerCase(), 3), bySurname(partsOf(s.name).surname)],
    (s) =>
      s.accounts.some((a) => a.platform === 'sferum')
        ? [`${dative(partsOf(s.name).surname).toLowerCase()} написать в сферум`, cardsBySurname(partsOf(s.name).surname)]
        : undefined,
    (s) => {
      const { surname, first, patronymic } = partsOf(s.name);
      return [`${first} ${patronymic} ${surname}`.toLowerCase(), byName(s.name)];
    },
  ];
  // Two passes over the staff, each person asked with the first template that fits them.
  const askOne = (s: Staff, at: number) => {
    for (let k = 0; k < wordings.length; k++) {
      const made = pick(wordings, at + k)(s);
      if (made) return ask(made[0], made[1]);
    }
  };
  every(people, 3, 0).forEach((s, i) => askOne(s, i));
  every(people, 5, 1).forEach((s, i) => askOne(s, i + 5));

  // Handles on the learning platform, typed with and without «@».
  const withHandles = p.teachers.filter((s) => s.accounts.some((a) => a.handle));
  [withHandles[1], withHandles[Math.floor(withHandles.length / 2)]].forEach((s, i) => {
    const handle = s?.accounts.find((a) => a.handle)?.handle;
    if (s && handle) ask(i === 1 ? handle.replace(/^@/, '') : handle, [p.card(s)]);
  });

  // Teachers' own phones, given with consent.
  p.c.staff
    .filter((s) => s.phone)
    .slice(0, 3)
    .forEach((s, i) => {
      const { surname, first, patronymic } = partsOf(s.name);
      const said = [`телефон ${genitive(surname)}`, `${first} ${patronymic} номер телефона`, `${surname.toLowerCase()} мобильный`];
      ask(pick(said, i), i === 1 ? byFirst(first, patronymic) : bySurname(surname));
      ask(pick(phoneForms(s.phone!), i + 1), p.phonePlaces(s.phone!));
    });

  // E-mails typed in full or only the part before «@».
  const mailed = p.c.staff.filter((s) => s.email);
  [mailed[2], mailed[Math.floor(mailed.length / 2)]].forEach((s, i) => {
    if (!s?.email) return;
    ask(i === 1 ? s.email.split('@')[0]! : s.email, p.emailPlaces(s.email));
  });

  // The director by name and in the genitive.
  const director = p.c.staff.find((s) => s.position.toLowerCase() === 'директор');
  if (director) {
    const { surname, first, patronymic } = partsOf(director.name);
    ask(`${first} ${patronymic} директор`, [...byFirst(first, patronymic), p.schoolCard]);
    ask(`как попасть на прием к ${dative(surname)}`, [...p.talk((t) => t.responsible === director.id), p.card(director)]);
  }
}

/** Hotline, psychologist, helpline, social help, support, reception, platforms' support. */
function contactQuestions(p: Twelve, ask: Ask) {
  ask('горячая линия', p.hotline);
  ask('номер горячей линии по дистанционке', p.hotline);
  ask('гор линия дистант до скольки работает', p.hotline);
  ask('куда звонить по вопросам дистанционного обучения', p.hotline);
  ask(wrongLayout('горячая линия'), p.hotline);
  ask('горячея линия школы', p.hotline);
  for (const e of p.c.contacts.filter((x) => x.kind === 'hotline')) {
    const phone = e.phones[0];
    if (!phone) continue;
    ask(phoneForms(phone)[0]!, p.phonePlaces(phone));
    ask(`чей номер ${phoneForms(phone)[3]}`, p.phonePlaces(phone));
  }

  ask('психолог', p.psychologist);
  ask(
    'телефон школьного психолога',
    p.psychologist.filter((place) => place.startsWith('contacts/')),
  );
  ask(oneLetterLess('психолог'), p.psychologist);
  ask('ребенок плачет не хочет учиться на дистанте замкнулся к кому обратиться', [...p.psychologist, ...p.helpline]);
  ask('подростку нужна помощь психолога анонимно', [...p.psychologist, ...p.helpline]);
  for (const e of p.c.contacts.filter((x) => x.kind === 'psychologist' && !x.title.toLowerCase().includes('доверия'))) {
    const phone = e.phones[0];
    if (phone) ask(`${phoneForms(phone)[2]} это психолог?`, p.phonePlaces(phone));
  }

  ask('телефон доверия', p.helpline);
  ask('детский телефон доверия бесплатный', p.helpline);
  for (const e of p.c.contacts.filter((x) => x.kind === 'psychologist' && x.title.toLowerCase().includes('доверия'))) {
    const phone = e.phones[0];
    if (phone) ask(phone.replace(/-/g, ' '), p.phonePlaces(phone));
  }

  ask('соцпедагог', p.social);
  ask(
    'социальный педагог телефон',
    p.social.filter((place) => place.startsWith('contacts/')),
  );
  ask('многодетная семья помощь к кому обращаться', p.social);

  ask('техподдержка', p.itSupport);
  ask('не работает сферум куда звонить', [...p.itSupport, p.platform('sferum') && 'contacts/#support-sferum']);
  ask('сломался ноутбук который дала школа', [...p.itSupport, p.lending]);

  const reception = p.contact('administration', (t) => /секретар|при[её]мн/.test(t));
  ask('приемная директора телефон', reception);
  ask('телефон школы', [p.schoolCard, ...p.phonePlaces(p.school.phone).filter((place) => place?.startsWith('contacts/'))]);
  ask('электронная почта школы', [p.schoolCard]);
  ask('адрес школы', [p.schoolCard]);
  ask(p.school.email, p.emailPlaces(p.school.email));
  ask('все контакты школы', ['contacts/']);

  for (const x of p.c.platforms) {
    if (!x.support?.phone) continue;
    const name = x.id === 'sferum' ? 'сферума' : x.id === 'moya-shkola' ? 'моей школы' : x.name.toLowerCase();
    ask(`поддержка ${name} телефон`, [`contacts/#support-${x.id}`, p.platform(x.id)]);
  }
}

/** Devices and internet: speeds, memory, systems, camera and headset. */
function requirementQuestions(p: Twelve, ask: Ask) {
  const internet = p.c.hasRequirements ? ['requirements/', 'requirements/#internet'] : [];
  ask('какая скорость интернета нужна для уроков', internet);
  ask('инет тормозит на уроке сколько мбит надо', internet);
  const min = p.c.requirements?.internet?.minMbps;
  if (min) ask(`${min} мбит хватит для видеоурока?`, internet);
  ask('требования к устройствам', p.requirements);
  ask(wrongLayout('требования к компьютеру'), [p.deviceCard('computer'), 'requirements/']);
  ask('какой комп нужен для дистанта', [p.deviceCard('computer'), p.deviceCard('laptop')]);
  ask('подойдет ли старый планшет', [p.deviceCard('tablet'), p.deviceCheck]);
  ask('проверка камеры и микрофона перед уроком', [p.deviceCheck]);
  ask('сколько оперативки нужно на ноутбук', [p.deviceCard('laptop')]);
  ask('сколько памяти должно быть в телефоне для сферума', [p.deviceCard('phone')]);
  ask(
    'можно ли без веб камеры',
    p.deviceCards((d) => !d.camera || /без веб-камеры/i.test(d.note ?? '')),
  );
  ask('нужны ли наушники с микрофоном', ['requirements/#devices-title', ...p.deviceCards(() => true)]);
  ask(
    'айфон какая версия ios нужна',
    p.deviceCards((d) => d.os.some((os) => /ios/i.test(os) && !/ipados/i.test(os))),
  );
  ask(
    'ipad подойдет для уроков',
    p.deviceCards((d) => d.os.some((os) => /ipados/i.test(os))),
  );
  ask(
    'андроид 8 пойдет?',
    p.deviceCards((d) => d.os.some((os) => /android/i.test(os))),
  );
  ask(
    'астра линукс подойдет',
    p.deviceCards((d) => d.os.some((os) => /astra/i.test(os))),
  );
  ask(
    'какой браузер нужен для уроков на компьютере',
    p.deviceCards((d) => d.device === 'computer' || d.device === 'laptop'),
  );
}

/** Borrowing a laptop or tablet from the school. */
function lendingQuestions(p: Twelve, ask: Ask) {
  const lendingFaq = p.faq((_, body) => /школа выда[её]т ноутбук/.test(body));
  const lendingNotices = p.announcements((title) => /выдач\S* (ноутбук|планшет|устройств)/.test(title));
  const all = [p.lending, ...lendingFaq, ...lendingNotices];
  ask('нет ноутбука дома', all);
  ask('где взять планшет для учебы', all);
  ask('у нас дома нет компьютера а ребенку надо на уроки, школа дает технику?', all);
  ask('получить ноутбук в школе какие документы нужны', [p.lending]);
  ask('ноутбук во временное пользование бесплатно', [p.lending]);
  ask('ноутбуки еще выдают?', [p.lending, ...lendingNotices]);
  ask(oneLetterLess('ноутбук') + ' на время дистанта', all);
}

/** Step-by-step guides: first login, joining a lesson, handing in homework, trouble. */
function guideQuestions(p: Twelve, ask: Ask) {
  ask('как зайти в сферум с телефона первый раз', p.guidesFor({ topic: 'connect', platform: 'sferum', device: 'phone' }));
  ask('как подключиться к сферуму с компа', p.guidesFor({ topic: 'connect', platform: 'sferum', device: 'computer' }));
  ask('kak zaiti v sferum', p.guidesFor({ topic: 'connect', platform: 'sferum' }));
  ask('как войти на урок с планшета', p.guidesFor({ topic: 'lesson', device: 'tablet' }));
  ask('как попасть на видеоурок с телефона', p.guidesFor({ topic: 'lesson', device: 'phone' }));
  ask('как отправить домашку с телефона', p.guidesFor({ topic: 'homework', device: 'phone' }));
  ask('как сдать дз с планшета', p.guidesFor({ topic: 'homework', device: 'tablet' }));
  ask(wrongLayout('как сдать домашнее задание'), p.guidesFor({ topic: 'homework' }));
  ask('ребенок заболел как сдать дз', [...p.guidesFor({ topic: 'homework' }), ...p.faq((q) => q.includes('не успевает сдать'))]);
  ask('нет звука в сферуме', p.guidesFor({ topic: 'troubleshooting', title: /звук/ }));
  ask('не слышно учителя на уроке что делать', p.guidesFor({ topic: 'troubleshooting', title: /звук/ }));
  ask('отключить впн для сферума', p.guidesFor({ body: /vpn/ }));
  ask('как поднять руку на видеоуроке', p.guidesFor({ body: /ладонью/ }));
  ask('как сфотографировать тетрадь и отправить учителю', p.guidesFor({ body: /сфотографируйте страницы тетради/ }));
  ask('как прикрепить файл к заданию', p.guidesFor({ body: /прикрепить файл/ }));
  ask('как найти чат класса', p.guidesFor({ title: /чат класса/ }));
  ask('как написать учителю в сферуме', p.guidesFor({ body: /написать\*\*/ }));
  ask('восстановить вход в сферум', p.guidesFor({ title: /восстанов/ }));
  ask('войти в сферум через госуслуги', p.guidesFor({ platform: 'sferum', body: /госуслуги/ }));
  ask('код из смс сколько действует', p.guidesFor({ body: /код из смс — он действует/ }));
  ask('ссылка приглашение от классного руководителя куда ее', p.guidesFor({ body: /ссылку-приглашение/ }));
  ask('инструкция для первоклассника как зайти на урок', [...p.guides((g) => g.topic === 'lesson' && (g.grades?.[0] ?? 1) <= 1)]);
  ask('инструкции для родителей', ['guides/', 'guides/#parents']);
}

/** Online parent meetings: a class's, the whole school's, by date and by agenda. */
function meetingQuestions(p: Twelve, ask: Ask) {
  const classMeetings = p.classes.filter((k) => p.meetingsOfClass(k.id).length > 0);
  const wordings = [
    (s: Said) => `родительское собрание ${s.gen}`,
    (s: Said) => `собрание ${s.gen} когда`,
    (s: Said) => `во сколько собрание у ${s.gen}`,
    (s: Said) => `ссылка на собрание ${s.gen} класса`,
    (s: Said) => `кто проводит собрание в ${s.loc}`,
    (s: Said) => `родительское ${s.gen} сферум подключиться`,
  ];
  classMeetings.forEach((k, i) => ask(pick(wordings, i)(saidAt(p, k, i + 3)), p.meetingsOfClass(k.id)));
  ask('общешкольное родительское собрание', p.schoolMeetings);
  ask('общее собрание для всех родителей ссылка', p.schoolMeetings);
  ask('онлайн собрания родителей', ['meetings/']);
  const dates = [...new Set(p.c.meetings.map((m) => m.date))];
  [dates[1], dates.at(-1)].forEach((iso, i) => {
    if (!iso) return;
    ask(
      i === 0 ? `собрание ${spoken(iso)}` : `какое собрание ${dotted(iso)}`,
      p.meetingOf((m) => m.date === iso),
    );
  });
  const agenda: [RegExp, string][] = [
    [/психологическ/i, 'собрание про психологическую поддержку детей'],
    [/режим дня/i, 'на каком собрании будут говорить про режим дня'],
    [/контрольн/i, 'собрание подготовка к контрольным'],
    [/выдача устройств/i, 'собрание выдача устройств'],
  ];
  for (const [topic, said] of agenda)
    ask(
      said,
      p.meetingOf((m) => m.agenda.some((item) => topic.test(item))),
    );
}

/** The regular schedule of contact between administration, parents and teachers. */
function communicationQuestions(p: Twelve, ask: Ask) {
  const director = p.c.staff.find((s) => s.position.toLowerCase() === 'директор');
  ask('график связи', ['communication/']);
  ask('график связи с родителями', ['communication/', 'communication/#audience-parents']);
  ask('когда можно дозвониться директору', [...p.talk((t) => /директор/i.test(t.title)), director && p.card(director)]);
  ask(
    'во сколько классный руководитель пишет итоги дня',
    p.talk((t) => /итоги дня/i.test(t.frequency ?? '')),
  );
  ask(
    'родительский чат класса',
    p.talk((t) => /чат/i.test(t.title)),
  );
  ask(
    'планерка учителей во сколько',
    p.talk((t) => t.form === 'planning'),
  );
  ask('когда ребенок может поговорить с психологом', [...p.talk((t) => /психолог/i.test(t.title)), ...p.psychologist]);
}

/** The plan-schedule of measures, its deadlines and responsible people; the coordinators. */
function planQuestions(p: Twelve, ask: Ask) {
  const items = p.c.roadmap;
  const itemPlace = (id: string) => `plan/#item-${id}`;
  const planOrder = p.documents((t) => t.includes('план'));
  ask('план график мероприятий', ['plan/', ...planOrder]);
  ask('что уже сделано по плану графику', ['plan/']);
  ask(wrongLayout('план график'), ['plan/']);
  const topics: [RegExp, string][] = [
    [/выдач\S* устройств/i, 'срок выдачи устройств по плану-графику'],
    [/режим дня/i, 'режим дня ребенка план график срок'],
    [/контрольн/i, 'подготовка к контрольным по плану до какого числа'],
    [/сдавать задания/i, 'как сдавать задания и где смотреть оценки по плану кто отвечает'],
    [/питани/i, 'кто проверяет питание льготников по плану'],
    [/видеоурок/i, 'план график видеоуроки подключение срок'],
    [/психологическ/i, 'психологическая поддержка детей план мероприятий'],
    [/вопросы родителей/i, 'ответы на вопросы родителей в плане графике когда'],
  ];
  for (const [topic, said] of topics)
    ask(
      said,
      items.filter((m) => topic.test(m.title)).map((m) => itemPlace(m.id)),
    );
  [items[4], items.at(-2)].forEach((m, i) => {
    if (!m) return;
    const same = items.filter((x) => x.deadline === m.deadline).map((x) => itemPlace(x.id));
    ask(i === 0 ? `что по плану до ${spoken(m.deadline)}` : `мероприятия со сроком ${dotted(m.deadline)}`, same);
  });
  const numbered = items[6];
  if (numbered) ask(`пункт ${numbered.id} плана графика`, [itemPlace(numbered.id)]);
  const responsible = p.staffById(items[1]?.responsible);
  if (responsible) {
    const { surname } = partsOf(responsible.name);
    ask(
      `за что отвечает ${surname} в плане графике`,
      items.filter((m) => m.responsible === responsible.id).map((m) => itemPlace(m.id)),
    );
  }

  const atLevel = (level: string) => [
    `coordinators/#level-${level}`,
    ...p.c.coordinators.filter((k) => k.level === level).map(p.coordinatorPlace),
  ];
  const has = (level: string) => p.c.coordinators.some((k) => k.level === level);
  ask('координаторы дистанционного обучения', ['coordinators/']);
  if (has('school')) ask('кто координатор по дистанту в школе', atLevel('school'));
  if (has('municipal')) ask('муниципальный координатор', atLevel('municipal'));
  if (has('regional')) ask('региональный координатор дистанционного обучения', atLevel('regional'));
  if (has('municipal')) ask('куда жаловаться если школа не решает вопрос с дистантом', ['coordinators/', ...atLevel('municipal')]);
  for (const k of p.c.coordinators.filter((x) => x.level !== 'school')) {
    const { surname, first, patronymic } = partsOf(k.name);
    ask(k.level === 'municipal' ? `${surname} ${first}` : `телефон ${genitive(surname)}`, [p.coordinatorPlace(k)]);
    ask(
      k.level === 'municipal'
        ? `${k.workplace.split(' ').slice(0, 2).join(' ').toLowerCase()} телефон`
        : `${first} ${patronymic} министерство`,
      p.c.coordinators.filter((x) => x.workplace === k.workplace || x.name === k.name).map(p.coordinatorPlace),
    );
  }
  const regional = p.c.coordinators.find((k) => k.level === 'regional');
  if (regional?.email) ask(regional.email, p.emailPlaces(regional.email));
}

/** Orders and other documents by number, title and kind. */
function documentQuestions(p: Twelve, ask: Ask) {
  const kind = (k: string) => p.c.documents.filter((d) => d.kind === k).map((d) => `documents/#${d.id}`);
  ask('документы дистанционное обучение', ['documents/']);
  ask('приказы школы', ['documents/', ...p.orders]);
  ask(wrongLayout('приказ'), ['documents/', ...p.orders]);
  p.c.documents
    .filter((d) => d.number)
    .forEach((d, i) => {
      const number = d.number!;
      const said = [`приказ ${number}`, `о чем приказ № ${number}`, `${number.replace(/-о$/, '')} приказ`, `документ ${number}`];
      ask(d.kind === 'order' ? pick(said, i) : `рекомендации ${number.toLowerCase()}`, [`documents/#${d.id}`]);
    });
  ask(
    'приказ о переходе на дистанционное обучение',
    p.documents((t) => t.includes('переход')),
  );
  ask('положение о дистанционном обучении', kind('regulation'));
  ask('методические рекомендации дот', kind('recommendation'));
  ask(
    'памятка для родителей режим дня',
    p.documents((t) => t.includes('памятк') && t.includes('режим')),
  );
  ask('памятка с телефонами распечатать', ['memo/']);
}

/** The platforms, how learning works, FAQ answers and notices. */
function platformFaqNoticeQuestions(p: Twelve, ask: Ask) {
  ask('sferum', [p.platform('sferum')]);
  ask('моя школа электронный дневник', [p.platform('moya-shkola')]);
  ask('myschool.edu.ru', [p.platform('moya-shkola')]);
  ask('уроки в зуме или в сферуме', ['platforms/', p.platform('sferum'), p.howItWorks]);
  ask('как проходят уроки на дистанте', [p.howItWorks]);
  ask('порядок дистанционного обучения', [p.howItWorks]);
  const grades = p.faq((_, body) => body.includes('оценки появляются'));
  ask('где смотреть оценки', [p.platform('moya-shkola'), p.howItWorks, ...grades]);

  // FAQ: the entry that asks it, and the entries whose text answers it.
  const subjectIn = (question: string) => /«([^»]+)»/.exec(question)?.[1] ?? '';
  const byQuestion = (test: RegExp) => p.c.faq.filter((f) => test.test(f.question.toLowerCase()));
  const textbook = byQuestion(/учебник/)[0];
  if (textbook) {
    const subject = subjectIn(textbook.question);
    ask(`электронный учебник по ${po(subject)} где найти`, [
      ...p.faq((q) => q.includes('учебник') && q.includes(subject.toLowerCase())),
      ...p.faq((_, body) => body.includes('электронные учебники открываются')),
    ]);
  }
  const mark = byQuestion(/оценку/).at(-1);
  if (mark) {
    const subject = subjectIn(mark.question);
    ask(`как узнать оценки за неделю по ${po(subject)}`, [
      ...p.faq((q) => q.includes('оценку') && q.includes(subject.toLowerCase())),
      ...grades,
      p.platform('moya-shkola'),
      p.howItWorks,
    ]);
  }
  const late = byQuestion(/не успевает сдать/)[0];
  if (late)
    ask(`не успевает сдать домашку по ${po(subjectIn(late.question))} что делать`, [
      ...p.faq((q) => q.includes('не успевает сдать')),
      ...p.faq((_, body) => body.includes('срок сдачи можно перенести')),
    ]);
  const unclear = byQuestion(/непонятна тема/)[0];
  if (unclear)
    ask(`ребенку непонятна тема по ${po(subjectIn(unclear.question))} кому писать`, [
      ...p.faq((q) => q.includes('непонятна тема') && q.includes(subjectIn(unclear.question).toLowerCase())),
      ...p.faq((_, body) => body.includes('напишите учителю в «сферуме»')),
    ]);
  const phone = byQuestion(/с телефона/)[0];
  if (phone)
    ask(`можно ли заниматься по ${po(subjectIn(phone.question))} с телефона`, [
      ...p.faq((q) => q.includes('с телефона') && q.includes(subjectIn(phone.question).toLowerCase())),
      ...p.faq((_, body) => body.includes('да, но для письменных работ удобнее')),
    ]);
  ask('контрольные на дистанте будут?', [
    ...p.faq((q) => q.includes('контрольн')),
    ...p.faq((_, body) => body.includes('контрольные работы проводятся')),
  ]);
  ask(
    'учитель не отвечает в сферуме вечером',
    p.faq((_, body) => body.includes('учитель отвечает на сообщения')),
  );
  ask('вопросы и ответы', ['faq/']);

  // Notices by what their titles say.
  ask('объявления', ['announcements/']);
  for (const n of p.notices) {
    const classMatch = /(\d{1,2})\s*([а-яё])\s*класса/i.exec(n.title);
    const k = classMatch ? p.classes.find((x) => x.class.toLowerCase() === `${classMatch[1]}${classMatch[2]}`) : undefined;
    const place = `announcements/#${n.id}`;
    const s = k ? saidAt(p, k, 2).gen : '';
    if (/изменилось расписание/.test(n.title) && k) ask(`${s} расписание поменялось`, [place, p.classPage(k)]);
    else if (/собрание.*перенос/.test(n.title) && k) ask(`перенесли собрание ${s}?`, [place, ...p.meetingsOfClass(k.id)]);
    else if (/ссылки на видеоуроки/.test(n.title) && k) ask(`новые ссылки на уроки ${s}`, [place, p.classPage(k)]);
    else if (/консультаци/.test(n.title)) ask('консультации перед контрольной когда', [place]);
    else if (/продуктов/.test(n.title)) ask('продуктовые наборы когда выдают', [place]);
    else if (/выдача ноутбук/.test(n.title)) ask('до какого числа выдают ноутбуки', [place]);
  }
}

/** Every question of batch 12 for one school. */
export function twelfthBatchCases(contentDir: string): EvalCase[] {
  const p = batchTwelvePlaces(contentDir);
  const { cases, ask } = distinctAsker();
  timetableQuestions(p, ask);
  bellQuestions(p, ask);
  teacherQuestions(p, ask);
  peopleQuestions(p, ask);
  contactQuestions(p, ask);
  requirementQuestions(p, ask);
  lendingQuestions(p, ask);
  guideQuestions(p, ask);
  meetingQuestions(p, ask);
  communicationQuestions(p, ask);
  planQuestions(p, ask);
  documentQuestions(p, ask);
  platformFaqNoticeQuestions(p, ask);
  return cases;
}
