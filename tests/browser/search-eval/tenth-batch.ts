/**
 * Batch 10 of the development questions, written blind on 2026-12-07 over generated schools of seeds 27
 * and 28, which no earlier evaluation used. Written before any of them was asked of the search, without
 * looking at the search, its tests, its logs or the questions of the earlier batches: from the mission
 * of a distance-learning page (bells and timetable, hotline, e-mail, teachers and their platform
 * accounts, psychologist, social help and the helpline, device and internet requirements, parent
 * meetings, the communication schedule, step-by-step guides, borrowing a device, orders, the
 * plan-schedule and its coordinators, FAQ, announcements) and from the two schools' content and built
 * pages, as parents, grandparents, teachers and pupils of 7–17 type into a school site's search box on
 * a phone. New phrasings: a calendar date or «завтра» with a weekday instead of the weekday alone
 * («расписание 7а на 18 ноября», «что завтра у 5а в среду»), a grandparent dictating by voice with no
 * punctuation and the whole relation in it («внучка в пятом а классе в какие дни у нее литература»), a
 * split class's group («инглиш 5а первая группа кто ведет»), pupils' slang for teachers and
 * subjects («химичка», «трудовик», «матем»), what to do in a situation («заболел ребёнок как быть с
 * уроками», «не пришло приглашение в сферум»), phones typed in part and asked «чей номер», people by
 * first name and patronymic or a surname in any case, classes as «5а», «5 А», «5-а», «5a», «пятого а»,
 * typos (a letter missing, doubled or swapped, «е» for «ё», the wrong keyboard layout) and one- or
 * two-word queries. Most questions use words the title of the place that answers them lacks.
 *
 * Each question names every place that truly answers it: the card, entry or page about what is asked
 * (a class's page and, for a weekday, a date or a subject, the days on it; the teacher's card and the
 * class's page for who teaches a class; a plan item for who is responsible for a measure), and a FAQ
 * answer or a notice only where its own text is the answer. A phone number that merely closes a guide
 * or a FAQ answer does not make it an answer. The places are read from the content, never hard-coded;
 * a question whose school has none of them is left out.
 */
import { join } from 'node:path';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** A surname after «у», «от»: «Гусева» → «Гусевой», «Быков» → «Быкова». */
const afterU = (surname: string) => (/[ая]$/.test(surname) ? dative(surname) : accusative(surname));

/** Whether a patronymic is a woman's. */
const female = (patronymic: string) => patronymic.endsWith('на');

/** The ordinal of a grade after «у» and after «в»: 5 → «пятого», «пятом». */
const gradeOfWord = (grade: number) => (GRADE_ORDINALS[grade] ?? '').replace(/ий$/, 'ьего').replace(/(ый|ой)$/, 'ого');
const gradeInWord = (grade: number) => (GRADE_ORDINALS[grade] ?? '').replace(/ий$/, 'ьем').replace(/(ый|ой)$/, 'ом');
/** «в» before a class said in words, «во» before «втором». */
const inPrefix = (words: string) => (words.startsWith('вт') ? 'во' : 'в');

/** A Cyrillic class letter typed as the Latin one that looks like it: «5А» → «5a». */
const LATIN_LOOKALIKE: Record<string, string> = { А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't' };

/** Words for a subject in pupils' speech, a little different from the earlier batches' words. */
const TEEN_WORDS: Record<string, string> = {
  математика: 'матем',
  'русский язык': 'русский',
  литература: 'литра',
  'английский язык': 'инглиш',
  'физическая культура': 'физкультура',
  'изобразительное искусство': 'изо',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружающий',
  'труд (технология)': 'труды',
  'основы безопасности и защиты родины': 'обзр',
  'вероятность и статистика': 'вероятность',
  обществознание: 'общество',
  география: 'гео',
  биология: 'био',
};
const teenWord = (subject: string) => TEEN_WORDS[subject.toLowerCase()] ?? subject.toLowerCase();

/** A subject as the object of «ведёт»: «математика» → «математику», «русский язык» → «русский». */
const SUBJECT_OBJECT: Record<string, string> = {
  'русский язык': 'русский',
  'английский язык': 'английский',
  'физическая культура': 'физкультуру',
  'изобразительное искусство': 'рисование',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружающий мир',
  'труд (технология)': 'труд',
  'основы безопасности и защиты родины': 'обзр',
  'вероятность и статистика': 'статистику',
  обществознание: 'обществознание',
};
/** A subject after «по» for the primary school's subjects batch 5's words lack: «окружающий мир» → «окружающему миру». */
const PO_PRIMARY: Record<string, string> = {
  'окружающий мир': 'окружающему миру',
  'литературное чтение': 'чтению',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труду',
  музыка: 'музыке',
};
const poSubject = (subject: string) => PO_PRIMARY[subject.toLowerCase()] ?? afterPo(subject);

const subjectObject = (subject: string) =>
  SUBJECT_OBJECT[subject.toLowerCase()] ?? subject.toLowerCase().replace(/а$/, 'у').replace(/я$/, 'ю');

/** What pupils call the teacher of a subject; the subject is found in the staff member's position. */
const TEACHER_SLANG: [string, string][] = [
  ['химии', 'химичка'],
  ['физической культуры', 'физрук почта'],
  ['английского', 'англичанка'],
  ['информатики', 'информатик почта'],
  ['истории', 'историчка'],
  ['физики', 'физичка сферум'],
  ['географии', 'географ'],
  ['биологии', 'биологичка почта'],
  ['музыки', 'учитель пения'],
  ['изобразительного', 'учительница рисования'],
  ['обзр', 'преподаватель обж'],
  ['русского', 'русичка'],
  ['труда', 'трудовик'],
  ['математики', 'математичка консультация'],
  ['начальных', 'учительница начальной школы'],
];

/** A day of the month in the genitive as voice input writes it, from the ordinal's stem: 23 → «двадцать третьего». */
const ORDINAL_STEMS = ['', 'перв', 'втор', 'треть', 'четвёрт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят'];
const TEEN_STEMS = [
  'одиннадцат',
  'двенадцат',
  'тринадцат',
  'четырнадцат',
  'пятнадцат',
  'шестнадцат',
  'семнадцат',
  'восемнадцат',
  'девятнадцат',
];
const genitiveOf = (stem: string) => `${stem}${stem.endsWith('ь') ? 'его' : 'ого'}`;
const inWords = (day: number): string => {
  if (day <= 10) return genitiveOf(ORDINAL_STEMS[day] ?? '');
  if (day < 20) return genitiveOf(TEEN_STEMS[day - 11] ?? '');
  const tens = day < 30 ? 'двадцат' : 'тридцат';
  return day % 10 === 0 ? genitiveOf(tens) : `${tens}ь ${inWords(day % 10)}`;
};

/** «2026-11-18» → «18 ноября», «восемнадцатого ноября», «18.11», the weekday's key. */
const dateOf = (iso: string) => {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  const dayMonth = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  const month = dayMonth.replace(/^\d+\s*/, '');
  return {
    dayMonth,
    spoken: `${inWords(date.getUTCDate())} ${month}`,
    dotted: `${iso.slice(8, 10)}.${iso.slice(5, 7)}`,
    weekday: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][date.getUTCDay()] ?? 'sun',
  };
};
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso.slice(0, 10)}T12:00:00Z`) + days * 86_400_000).toISOString();

/** Sentences of the FAQ answers and notices that answer a question on their own, lower-cased as bodyOf gives them. */
const ANSWERS = {
  lending: 'выдаёт ноутбук или планшет',
  grades: 'оценки появляются в электронном дневнике',
  textbooks: 'электронные учебники открываются',
  tests: 'контрольные работы проводятся по расписанию',
  replies: 'учитель отвечает на сообщения',
  postpone: 'срок сдачи можно перенести',
  newTerm: 'договоритесь о новом сроке',
  byPhone: 'для письменных работ удобнее',
};

interface Lesson {
  day: string;
  subject: string;
  teachers: string[];
  group: string | undefined;
}

export function tenthBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, classes, timetable, gradeOf, letterOf, bySurname, faq, notices, talk, lending, howItWorks } = p;
  const { cases, ask } = uniqueAsker();
  const digitsOf = p.digits;

  // ── Helpers read from the content ──────────────────────────────────────────────────────────────────
  const lessonsOf = (k: (typeof classes)[number]): Lesson[] =>
    Object.entries(k.days).flatMap(([day, lessons]) =>
      (lessons ?? []).map((l) => ({ day, subject: l.subject, teachers: [l.teacher].flat(), group: l.group })),
    );
  const daysWith = (k: (typeof classes)[number], subject: string) => [
    ...new Set(
      lessonsOf(k)
        .filter((l) => l.subject === subject)
        .map((l) => l.day),
    ),
  ];
  const classPage = (k: (typeof classes)[number], days: string[] = []) => [timetable(k), ...days.map((d) => `${timetable(k)}#${d}`)];
  const teachersOfLesson = (k: (typeof classes)[number], test: (l: Lesson) => boolean) => [
    ...new Set(
      lessonsOf(k)
        .filter(test)
        .flatMap((l) => l.teachers.map((id) => `staff/#${id}`)),
    ),
  ];
  const classDays = (k: (typeof classes)[number]) => Object.keys(k.days).filter((d) => (k.days[d as keyof typeof k.days] ?? []).length > 0);
  /** The spellings of a class, one picked by a counter: «5а», «5 А», «5-а», «5a», «5А». */
  const spelled = (k: (typeof classes)[number], i: number) => {
    const grade = gradeOf(k);
    const letter = letterOf(k);
    const variants = [
      `${grade}${letter.toLowerCase()}`,
      `${grade} ${letter}`,
      `${grade}-${letter.toLowerCase()}`,
      `${grade}${LATIN_LOOKALIKE[letter.toUpperCase()] ?? letter.toLowerCase()}`,
      `${grade}${letter}`,
    ];
    return variants[i % variants.length] ?? k.class;
  };
  const ofClassWords = (k: (typeof classes)[number]) => `${gradeOfWord(gradeOf(k))} ${letterOf(k).toLowerCase()}`;
  const inClassWords = (k: (typeof classes)[number]) => `${gradeInWord(gradeOf(k))} ${letterOf(k).toLowerCase()}`;
  const staffById = (id: string) => c.staff.find((s) => s.id === id);
  /** Everyone a surname names, and the school's card for the director's surname. */
  const named = (surname: string) => [
    ...bySurname(surname),
    ...((c.school.director ?? '').startsWith(`${surname} `) ? [p.schoolCard] : []),
  ];
  /** Everyone a surname typed in a case names, and whoever's surname that form is in the nominative («калинина»). */
  const namedAs = (surname: string, typed: string) => [
    ...named(surname),
    ...[...new Set(c.staff.map((s) => partsOf(s.name).surname))]
      .filter((other) => other !== surname && other.toLowerCase() === typed.toLowerCase())
      .flatMap(named),
  ];
  const cardsOfName = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...(c.school.director === name ? [p.schoolCard] : []),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(name)).map((e) => `contacts/#${e.id}`),
  ];
  const saying = (sentence: string) => [
    ...faq((_q, body) => body.includes(sentence)),
    ...notices.filter((n) => bodyOf(p.announcementDir, n.id).includes(sentence)).map((n) => `announcements/#${n.id}`),
  ];
  const guidesSaying = (text: string) => p.guides((g) => bodyOf(join(contentDir, 'guides'), g.id).includes(text));
  const guidesTitled = (test: (title: string) => boolean) => p.guides((g) => test(g.title.toLowerCase()));
  const planItems = (test: (title: string) => boolean) =>
    c.roadmap.filter((r) => test(r.title.toLowerCase())).map((r) => `plan/#item-${r.id}`);
  const coordinatorsAt = (level: string) => c.coordinators.filter((x) => x.level === level).map((x) => `coordinators/#coordinator-${x.id}`);
  const supportCard = (id: string) => {
    const platform = c.platforms.find((x) => x.id === id);
    return platform?.support?.phone ? [`platforms/#${id}`, `contacts/#support-${id}`] : [p.platform(id)];
  };
  /** Every place that gives a phone ending in these digits: contacts, the school, staff, coordinators, the schedule. */
  const phoneOwners = (tail: string) => {
    const ends = (phone: string | undefined) => Boolean(phone) && digitsOf(phone ?? '').endsWith(tail);
    return [
      ...c.contacts.filter((e) => (e.phones ?? []).some(ends)).map((e) => `contacts/#${e.id}`),
      ...(ends(p.school.phone) ? [p.schoolCard] : []),
      ...c.staff.filter((s) => ends(s.phone)).map((s) => `staff/#${s.id}`),
      ...c.coordinators.filter((x) => ends(x.phone)).map((x) => `coordinators/#coordinator-${x.id}`),
      ...c.communication.filter((x) => ends(x.channel)).map((x) => `communication/#communication-${x.id}`),
      ...c.platforms.filter((x) => ends(x.support?.phone)).flatMap((x) => [`platforms/#${x.id}`, `contacts/#support-${x.id}`]),
    ];
  };
  const personOf = (entry: { person?: string | undefined } | undefined) => (entry?.person ?? '').split(' ').slice(-3).join(' ');
  const contactOf = (kind: string, test: (title: string) => boolean = () => true) =>
    c.contacts.find((e) => e.kind === kind && test(e.title.toLowerCase()));
  const secretary = [...p.contact('administration', (t) => /секретар|при[её]мн/.test(t)), ...p.staff((pos) => pos.includes('секретар'))];
  const upbringingDeputy = p.staff((pos) => pos.startsWith('заместитель директора по воспитательной'));
  const directorCard = p.staff((pos) => pos === 'директор');
  const consultation = talk((x) => x.form === 'consultation');
  const lendingAll = [
    lending,
    ...saying(ANSWERS.lending),
    ...p.announcements((t) => t.includes('выдач') && /ноутбук|планшет|устройств/.test(t)),
  ];
  const lateWork = [...faq((q) => q.includes('не успевает')), ...saying(ANSWERS.postpone), ...saying(ANSWERS.newTerm)];
  const gradesAll = [
    ...faq((q) => q.includes('оценк')),
    ...saying(ANSWERS.grades),
    ...guidesTitled((t) => t.includes('оценк')),
    howItWorks,
  ];

  // ── Contacts by role ──────────────────────────────────────────────────────────────────────────────
  ask('горячая линия по дистанту номер', p.hotline);
  ask('куда звонить родителям если что то непонятно с дистанционкой', p.hotline);
  ask('гарячая линия школы', p.hotline);
  ask(wrongLayout('горячая линия'), p.hotline);
  ask('до скольки работает горячая линия', p.hotline);
  const hotlinePerson = partsOf(personOf(contactOf('hotline')));
  if (hotlinePerson.surname) {
    const typed = afterU(hotlinePerson.surname).toLowerCase();
    ask(`${typed} номер горячей`, namedAs(hotlinePerson.surname, typed));
  }
  ask('психолог', p.psychologist);
  ask('псиохлог телефон', p.psychologist);
  ask('ребенок замкнулся на дистанте сидит один в комнате нужен психолог', [...p.psychologist, ...consultation]);
  ask('мне тревожно перед контрольной с кем можно поговорить', [...p.psychologist, ...p.helpline, ...consultation]);
  ask('когда психолог принимает детей', [...p.psychologist, ...consultation]);
  ask('почта психолога', p.psychologist);
  ask('телефон довери', p.helpline);
  ask('бесплатный номер 8 800 для детей анонимно поговорить', p.helpline);
  ask('куда позвонить ребенку если страшно и дома не хочет рассказывать', [...p.helpline, ...p.psychologist]);
  ask('социальный педагог', p.social);
  ask('соц педагог почта', p.social);
  ask('малоимущая семья к кому обратиться в школе', p.social);
  ask('многодетные нет компьютера дома помогите', [...lendingAll, ...p.social]);
  ask('льготное питание на дистанционке кто отвечает', [...p.social, ...planItems((t) => t.includes('питани'))]);
  ask('техподдержка', p.itSupport);
  ask('айтишник школы', p.itSupport);
  ask('у кого спросить если не работает сайт для уроков', [...p.itSupport, howItWorks]);
  ask(wrongLayout('техподдержка'), p.itSupport);
  ask('системный админ почта', p.itSupport);
  ask('секретарь директора', secretary);
  ask('приемная телефон', secretary);
  ask('кто директор школы', [...directorCard, p.schoolCard]);
  ask('как поговорить с директором по телефону', [...talk((x) => x.form === 'phone'), ...directorCard]);
  ask('директору позвонить во вторник', [...talk((x) => x.form === 'phone'), ...p.director, p.schoolCard]);
  ask('завуч', p.deputy);
  ask('завуч по учебной части почта', p.deputy);
  ask('заместитель по воспитательной работе', upbringingDeputy);
  ask('адрес школы', [p.schoolCard]);
  ask('электронная почта школы', [p.schoolCard]);
  ask(
    'логопед',
    p.staff((pos) => pos.includes('логопед')),
  );
  ask(
    'ребенок плохо выговаривает звуки к кому',
    p.staff((pos) => pos.includes('логопед')),
  );
  ask(
    'библиотекарь',
    p.staff((pos) => pos.includes('библиотекар')),
  );
  ask('все телефоны школы на одной странице распечатать', ['memo/', 'contacts/']);

  // ── Phones typed in part ──────────────────────────────────────────────────────────────────────────
  const phones = [
    ...c.contacts.flatMap((e) => e.phones ?? []),
    ...c.staff.flatMap((s) => (s.phone ? [s.phone] : [])),
    ...c.coordinators.flatMap((x) => (x.phone ? [x.phone] : [])),
  ];
  [...new Set(phones.map((ph) => digitsOf(ph)))].forEach((all, i) => {
    const tail = all.slice(-6);
    const free = all.startsWith('8800');
    const mobile = all.startsWith('79');
    const typed = free
      ? `${all.slice(0, 1)} ${all.slice(1, 4)} ${all.slice(4, 8)} ${all.slice(8)} что за номер`
      : mobile
        ? [`+7 ${all.slice(1, 4)} ${all.slice(4)} чей`, `8${all.slice(1)}`][i % 2]
        : [
            `${tail.slice(0, 2)} ${tail.slice(2, 4)} ${tail.slice(4)} чей номер`,
            `${tail} кто это`,
            `${tail.slice(0, 2)}-${tail.slice(2, 4)}-${tail.slice(4)}`,
            `звонили с номера ${all}`,
            `8 ${all.slice(1, all.length - 6)} ${tail} чей телефон`,
          ][i % 5];
    if (typed) ask(typed, phoneOwners(tail));
  });

  // ── Staff by name, in every case, with typos ──────────────────────────────────────────────────────
  c.staff.forEach((s, i) => {
    const { surname, first, patronymic } = partsOf(s.name);
    const subject = s.subjects?.[0];
    const role = s.position.toLowerCase().startsWith('учитель ')
      ? `${female(patronymic) ? 'учительница' : 'учитель'} ${s.position.toLowerCase().slice('учитель '.length)}`
      : s.position.toLowerCase();
    const mine = cardsOfName(s.name);
    const low = surname.toLowerCase();
    const all = named(surname);
    const as = (typed: string) => namedAs(surname, typed);
    const handle = (s.accounts ?? []).find((a) => a.platform === 'sferum' && a.handle);
    const k = classes.find((x) => (s.classes ?? []).includes(x.id));
    switch (i % 11) {
      case 0:
        ask(`${accusative(low)} как найти${handle ? ' в сферуме' : ''}`, as(accusative(low)));
        break;
      case 1:
        ask(`${dative(low)} написать на почту`, as(dative(low)));
        break;
      case 2:
        ask(subject ? `${first} ${patronymic} по ${poSubject(subject)}` : `${first} ${patronymic} ${role}`, mine);
        break;
      case 3:
        ask(`когда консультация у ${afterU(low)}`, as(afterU(low)));
        break;
      case 4:
        ask(swapped(surname, 3), all);
        break;
      case 5:
        ask(`${withoutYo(surname)} ${first.toLowerCase()}`, mine);
        break;
      case 6:
        ask(k ? `про ${accusative(low)} в каких классах ведет` : `про ${accusative(low)} кто это`, as(accusative(low)));
        break;
      case 7:
        ask(`${first.toLowerCase()} ${patronymic.toLowerCase()} ${role}`, mine);
        break;
      case 8:
        ask(`${oneLetterLess(low)} почта`, all);
        break;
      case 9:
        ask(k ? `${low} ${spelled(k, i)}` : `${low} часы приема`, k ? [...all, timetable(k)] : all);
        break;
      default:
        ask(wrongLayout(surname), all);
    }
  });
  c.staff
    .filter((s) => s.phone)
    .forEach((s, i) => {
      const { surname, first, patronymic } = partsOf(s.name);
      const typed = afterU(surname.toLowerCase());
      ask(i % 2 ? `мобильный ${typed}` : `${first} ${patronymic} номер телефона`, i % 2 ? namedAs(surname, typed) : cardsOfName(s.name));
    });

  // ── Teachers by subject, in pupils' words ─────────────────────────────────────────────────────────
  for (const [inPosition, said] of TEACHER_SLANG) ask(said, p.teachersOf(inPosition));
  ask('все учителя и их ники в сферуме', ['staff/']);
  ask('как найти учителя в сферуме по фамилии', [...guidesSaying('найдите учителя по фамилии'), 'staff/']);
  ask('учитель не отвечает в сферуме уже день', saying(ANSWERS.replies));

  // ── Class timetables ──────────────────────────────────────────────────────────────────────────────
  const from = c.school.distanceLearning?.from;
  classes.forEach((k, i) => {
    const days = classDays(k);
    const lessons = lessonsOf(k);
    const subjects = [...new Set(lessons.map((l) => l.subject))];
    const day = days[i % Math.max(days.length, 1)];
    const tomorrow = days[(i + 1) % Math.max(days.length, 1)];
    const nextDay = days[(i + 2) % Math.max(days.length, 1)];
    const subject = subjects[(i * 3 + 1) % Math.max(subjects.length, 1)];
    const other = subjects[(i * 5 + 4) % Math.max(subjects.length, 1)];
    const v = (n: number) => spelled(k, i + n);
    const teacher = k.classTeacher ? staffById(k.classTeacher) : undefined;
    if (day) {
      const said = DAYS[day];
      if (said) {
        ask(i % 2 ? `что ${said.on} у ${v(0)}` : `уроки ${v(0)} ${said.name}`, classPage(k, [day]));
      }
    }
    if (tomorrow) {
      const said = DAYS[tomorrow];
      if (said) ask(`что завтра у ${v(1)} ${said.on}`, classPage(k, [tomorrow]));
    }
    if (nextDay) {
      const said = DAYS[nextDay];
      if (said) ask(`сколько уроков у ${v(2)} ${said.on}`, classPage(k, [nextDay]));
    }
    if (from) {
      let iso = addDays(from, i + 1);
      for (let n = 0; n < 3 && !days.includes(dateOf(iso).weekday); n++) iso = addDays(iso, 1);
      const d = dateOf(iso);
      if (days.includes(d.weekday)) {
        const q = [`расписание ${v(3)} на ${d.dayMonth}`, `${d.dotted} ${v(3)} какие уроки`, `что у ${ofClassWords(k)} ${d.spoken}`][i % 3];
        if (q) ask(q, classPage(k, [d.weekday]));
      }
    }
    if (subject) {
      const q = [
        `когда ${teenWord(subject)} у ${v(4)}`,
        `внучка ${inPrefix(inClassWords(k))} ${inClassWords(k)} классе в какие дни у нее ${subject.toLowerCase()}`,
        `${teenWord(subject)} ${v(4)} по каким дням`,
      ][i % 3];
      if (q) ask(q, classPage(k, daysWith(k, subject)));
    }
    if (other && other !== subject) {
      ask(i % 2 ? `кто ведет ${subjectObject(other)} в ${v(0)}` : `кто у ${ofClassWords(k)} по ${poSubject(other)}`, [
        ...teachersOfLesson(k, (l) => l.subject === other),
        timetable(k),
      ]);
    }
    const groupedLessons = lessons.filter((l) => l.group);
    const grouped = groupedLessons[Math.floor(i / 2) % Math.max(groupedLessons.length, 1)];
    if (grouped && i % 2 === 0) {
      const groupWords = grouped.group?.startsWith('1') ? 'первая группа' : 'вторая группа';
      ask(`${teenWord(grouped.subject)} ${v(1)} ${groupWords} кто ведет`, [
        ...teachersOfLesson(k, (l) => l.subject === grouped.subject && l.group === grouped.group),
        timetable(k),
      ]);
    }
    if (teacher) {
      const q = [
        `классная ${v(2)}`,
        `кто классный руководитель у ${ofClassWords(k)}`,
        `классрук ${v(2)}`,
        `классный ${v(2)} как связаться`,
      ][i % 4];
      if (q) ask(q, [`staff/#${teacher.id}`, timetable(k)]);
    }
    const shift = `timetable/bells/#shift-${k.shift}`;
    ask([`во сколько начинаются уроки у ${v(3)}`, `${v(3)} какая смена`, `${v(3)} во сколько заканчивается последний урок`][i % 3] ?? '', [
      timetable(k),
      shift,
    ]);
    if (i % 3 === 0) ask(`ссылка на урок ${v(4)}`, [timetable(k)]);
    if (i % 3 === 1) ask(wrongLayout(`расписание ${gradeOf(k)}${letterOf(k)}`), [timetable(k)]);
    if (i % 3 === 2) ask(`${doubled('расписание', 3)} ${v(0)}`, [timetable(k)]);
  });
  const firstClass = classes[0];
  if (firstClass) ask(`скинь расписание ${gradeOf(firstClass)} класса`, [timetable(firstClass)]);
  ask('расписание уроков всех классов', ['timetable/']);

  // ── Bells and the length of a lesson ──────────────────────────────────────────────────────────────
  const shifts = c.bells?.shifts ?? [];
  ask('звонки', ['timetable/bells/']);
  ask(wrongLayout('звонки'), ['timetable/bells/']);
  ask('во сколько перемена', ['timetable/bells/']);
  const second = shifts.find((s) => s.id === 2);
  if (second) ask('во сколько начинается вторая смена', ['timetable/bells/#shift-2']);
  ask(
    'во сколько кончается третий урок',
    shifts.filter((s) => s.periods.some((x) => x.n === 3)).map((s) => `timetable/bells/#shift-${s.id}`),
  );
  ask('сколько минут длится урок на дистанте', ['timetable/bells/', howItWorks]);

  // ── Guides: connect, join a lesson, hand in homework, troubleshoot ───────────────────────────────
  ask('как первый раз зайти в сферум', p.sferumGuides('connect'));
  ask(
    'не пришло приглашение в сферум',
    p.guides((g) => g.platform === 'sferum').filter((g) => guidesSaying('ссылку-приглашение').includes(g)),
  );
  ask('войти через госуслуги', guidesSaying('госуслуги'));
  ask(
    'забыл пароль от сферума',
    guidesTitled((t) => t.includes('восстанов') && t.includes('сферум')),
  );
  ask(
    'не могу войти в моя школа',
    guidesTitled((t) => t.includes('восстанов') && t.includes('моя школа')),
  );
  ask('код из смс сколько действует', guidesSaying('действует пять минут'));
  ask('как попасть на урок по ссылке', p.lessonGuides);
  ask('как поднять руку на видеоуроке', guidesSaying('поднятую руку'));
  ask('как включить камеру на уроке', guidesSaying('доступ к микрофону и камере'));
  ask('учитель не слышит ребенка микрофон не работает', [
    ...guidesTitled((t) => t.includes('микрофон')),
    ...guidesSaying('включите микрофон'),
  ]);
  ask(
    'ребенок не слышит учителя на уроке',
    guidesTitled((t) => t.includes('звук')),
  );
  const wontOpen = (t: string) => /не открывается|не загружа|вылета|ошибк/.test(t);
  ask(
    'сферум не грузится',
    guidesTitled((t) => wontOpen(t) && t.includes('сферум')),
  );
  ask('вылетает приложение что делать', guidesTitled(wontOpen));
  ask('как сдать домашку', p.homeworkGuides);
  ask('как отправить фото тетради учителю', guidesSaying('сфотографируйте страницы тетради'));
  ask('где посмотреть оценку за домашку', gradesAll);
  ask('не приходят уведомления', [...guidesTitled((t) => t.includes('уведомлен')), ...guidesSaying('разрешите уведомления')]);
  ask('как написать учителю личное сообщение', guidesSaying('найдите учителя по фамилии'));
  ask('инструкции для родителей', ['guides/', 'guides/#parents']);
  ask('инструкция для ученика пошагово', ['guides/', 'guides/#pupils']);
  ask('первоклашка сам подключится к уроку как', [...p.connectGuides, ...p.lessonGuides]);
  ask(
    'с планшета заходим на урок',
    p.guides((g) => g.topic === 'lesson' && (g.device === 'tablet' || g.device === 'any')),
  );
  ask(
    'с телефона на урок как войти',
    p.guides((g) => g.topic === 'lesson' && (g.device === 'phone' || g.device === 'any')),
  );
  ask(
    'с компа на видеоурок',
    p.guides((g) => g.topic === 'lesson' && g.device === 'computer'),
  );
  ask('как выйти из звонка после урока', guidesSaying('закройте звонок'));
  ask('инстркуция сферум', [...p.guides((g) => g.platform === 'sferum'), ...[p.platform('sferum')].filter(Boolean)]);

  // ── FAQ and what to do in a situation ─────────────────────────────────────────────────────────────
  ask('заболел ребенок как быть с уроками', lateWork);
  ask('не успеваем сдать задание вовремя', lateWork);
  ask('можно ли учиться только с телефона', [...saying(ANSWERS.byPhone), ...faq((q) => q.includes('с телефона')), p.deviceCard('phone')]);
  ask('когда контрольные на дистанте', [...saying(ANSWERS.tests), ...faq((q) => q.includes('контрольн'))]);
  ask('где электронный учебник', [...saying(ANSWERS.textbooks), ...faq((q) => q.includes('учебник'))]);
  ask('через сколько появится оценка в дневнике', saying(ANSWERS.grades));
  ask('до скольки учитель отвечает в чате', saying(ANSWERS.replies));
  ask('вопросы и ответы', ['faq/']);
  const faqSubjects = new Map<string, string[]>();
  for (const f of c.faq) {
    const subject = /«(.+)»/.exec(f.question)?.[1];
    const kind = /с телефона/.test(f.question)
      ? 'phone'
      : /контрольн/.test(f.question)
        ? 'test'
        : /непонятна тема/.test(f.question)
          ? 'unclear'
          : /не успевает/.test(f.question)
            ? 'late'
            : /оценк/.test(f.question)
              ? 'grade'
              : /учебник/.test(f.question)
                ? 'book'
                : 'other';
    if (subject) faqSubjects.set(`${kind}|${subject}`, [...(faqSubjects.get(`${kind}|${subject}`) ?? []), `faq/#${f.id}`]);
  }
  for (const [key, entries] of faqSubjects) {
    const [kind = '', subject = ''] = key.split('|');
    const po = poSubject(subject);
    if (kind === 'phone') ask(`${teenWord(subject)} с телефона можно делать`, [...entries, ...saying(ANSWERS.byPhone)]);
    if (kind === 'test') ask(`будет ли контрольная по ${po}`, [...entries, ...saying(ANSWERS.tests)]);
    if (kind === 'unclear') ask(`не понимаю тему по ${po} кому написать`, entries);
    if (kind === 'late')
      ask(`не успели сделать ${subjectObject(subject)} что делать`, [...entries, ...saying(ANSWERS.postpone), ...saying(ANSWERS.newTerm)]);
    if (kind === 'grade') ask(`оценки по ${po} за неделю где`, [...entries, ...saying(ANSWERS.grades)]);
    if (kind === 'book') ask(`учебник ${teenWord(subject)} онлайн`, [...entries, ...saying(ANSWERS.textbooks)]);
  }

  // ── Announcements ─────────────────────────────────────────────────────────────────────────────────
  ask('объявления школы', ['announcements/']);
  ask('что нового', ['announcements/']);
  const classByName = (name: string) => classes.find((k) => k.class.toLowerCase() === name.toLowerCase());
  notices.forEach((n, i) => {
    const place = `announcements/#${n.id}`;
    const named = /(\d+\s*[а-яё])\s+класс/.exec(n.title)?.[1];
    const k = named ? classByName(named.replace(/\s+/g, '')) : undefined;
    const date = /(\d{4}-\d{2}-\d{2})/.exec(n.title)?.[1];
    if (n.title.includes('ссылки') && k) ask(`новые ссылки на уроки ${spelled(k, i)}`, [place, timetable(k)]);
    else if (n.title.includes('изменилось расписание') && k) {
      ask(`поменяли расписание ${spelled(k, i + 1)}${date ? ` ${dateOf(date).dayMonth}` : ''}`, [place]);
    } else if (n.title.includes('выдача') && date) ask(`до какого числа раздают ноутбуки`, [place]);
    else if (n.title.includes('собрание') && n.title.includes('переносится') && k) {
      ask(`перенесли собрание ${spelled(k, i + 2)}`, [place, ...p.meetingsOfClass(k.id)]);
    }
  });
  ask(
    'консультации перед контрольными',
    p.announcements((t) => t.includes('консультаци')),
  );

  // ── Parent meetings ───────────────────────────────────────────────────────────────────────────────
  ask('общешкольное собрание ссылка', p.schoolMeetings);
  ask('родительское собрание онлайн как подключиться', ['meetings/']);
  c.meetings
    .filter((m) => (m.classes ?? []).length === 1 && !m.title.includes('-х'))
    .forEach((m, i) => {
      const k = classes.find((x) => x.id === m.classes?.[0]);
      if (!k) return;
      const d = dateOf(m.date);
      const q = [
        `когда собрание у ${spelled(k, i)}`,
        `собрание ${d.spoken}`,
        `собрание ${spelled(k, i)} во сколько`,
        `о чем будет собрание в ${inClassWords(k)}`,
      ][i % 4];
      const sameDay = c.meetings.filter((x) => x.date === m.date).map((x) => `meetings/#${x.id}`);
      if (q)
        ask(
          q,
          i % 4 === 1
            ? sameDay
            : [...p.meetingsOfClass(k.id), ...p.announcements((t) => t.includes('собрание') && t.includes(k.class.toLowerCase()))],
        );
    });
  const gradeMeeting = c.meetings.find((m) => m.title.includes('-х'));
  const gradeMeetingOf = gradeMeeting ? Number.parseInt(/(\d+)-х/.exec(gradeMeeting.title)?.[1] ?? '0', 10) : 0;
  if (gradeMeeting && gradeMeetingOf) {
    ask(`собрание всех ${gradeOfWord(gradeMeetingOf).replace(/ого$/, 'ых')} классов`, [`meetings/#${gradeMeeting.id}`]);
  }
  const agenda = (word: string) =>
    c.meetings.filter((m) => (m.agenda ?? []).some((a) => a.toLowerCase().includes(word))).map((m) => `meetings/#${m.id}`);
  ask('на каком собрании расскажут про выдачу техники', agenda('выдача устройств'));
  ask('собрание про психологическую поддержку детей', agenda('психологическ'));

  // ── Plan-schedule, coordinators, orders ───────────────────────────────────────────────────────────
  ask('план график мероприятий по дистанту', ['plan/', ...p.documents((t) => t.includes('плана-графика'))]);
  ask('что школа уже сделала для дистанта', ['plan/']);
  ask('просроченные пункты плана', ['plan/']);
  ask(
    'кто по плану отвечает за выдачу техники',
    planItems((t) => t.includes('выдача устройств')),
  );
  ask(
    'режим дня ребенка дома кто готовит по плану',
    planItems((t) => t.includes('режим дня')),
  );
  ask(
    'психологическая поддержка детей сроки мероприятий',
    planItems((t) => t.includes('психологическ')),
  );
  ask(
    'когда проверят как идут видеоуроки',
    planItems((t) => t.includes('видеоуроки')),
  );
  ask(
    'подготовка к контрольным в плане график',
    planItems((t) => t.includes('контрольн')),
  );
  ask(
    'ответы на вопросы родителей срок по плану',
    planItems((t) => t.includes('вопросы родителей')),
  );
  const responsibleOfPlan = [...new Set(c.roadmap.map((r) => r.responsible).filter((id): id is string => Boolean(id)))];
  responsibleOfPlan.slice(0, 2).forEach((id, i) => {
    const s = staffById(id);
    if (!s) return;
    const { surname } = partsOf(s.name);
    const items = c.roadmap.filter((r) => r.responsible === id).map((r) => `plan/#item-${r.id}`);
    ask(i ? `за что отвечает ${surname.toLowerCase()} в плане графике` : `${afterU(surname).toLowerCase()} мероприятия план`, items);
  });
  ask('координатор дистанционного обучения в школе', coordinatorsAt('school'));
  ask('координатор от управления образования', coordinatorsAt('municipal'));
  ask('министерство образования кто отвечает за дистант в регионе', coordinatorsAt('regional'));
  ask('куда жаловаться если школа не помогает с дистантом', ['coordinators/', ...coordinatorsAt('municipal')]);
  const municipal = c.coordinators.find((x) => x.level === 'municipal');
  if (municipal) ask(`${partsOf(municipal.name).surname.toLowerCase()} телефон`, [`coordinators/#coordinator-${municipal.id}`]);
  const orderId = c.school.distanceLearning?.order;
  const order = c.documents.find((d) => d.id === orderId);
  if (order) {
    ask('приказ о переходе на дистант', [`documents/#${order.id}`]);
    ask('на каком основании перевели на дистанционку', [`documents/#${order.id}`]);
    if (order.number) ask(`приказ ${order.number.replace(/-.*$/, '')}`, [`documents/#${order.id}`]);
  }
  ask(
    'положение о дот',
    c.documents.filter((d) => d.kind === 'regulation').map((d) => `documents/#${d.id}`),
  );
  ask(
    'методички минпросвещения по дистанционке',
    c.documents.filter((d) => d.kind === 'recommendation').map((d) => `documents/#${d.id}`),
  );
  ask(
    'памятка родителям режим дня',
    p.documents((t) => t.includes('памятка') && t.includes('режим')),
  );
  ask('документы', ['documents/']);
  ask('распечатать памятку с телефонами на холодильник', ['memo/']);

  // ── Devices, internet, platforms ──────────────────────────────────────────────────────────────────
  ask('какой нужен интернет для уроков', ['requirements/#internet']);
  ask('хватит ли 2 мегабита', ['requirements/#internet']);
  ask('подойдет ли мой старый телефон для уроков', ['device-check/', p.deviceCard('phone')]);
  ask('айпад подойдет для занятий', [p.deviceCard('tablet')]);
  ask('сколько оперативки нужно ноутбуку', [p.deviceCard('laptop')]);
  ask(
    'без веб камеры можно заниматься',
    p.deviceCards((d) => (d.note ?? '').toLowerCase().includes('без веб-камеры')),
  );
  ask('какой браузер нужен', ['requirements/', ...p.deviceCards((d) => (d.browsers ?? []).length > 0)]);
  ask(
    'windows 7 пойдет',
    p.deviceCards((d) => (d.os ?? []).some((os) => os.toLowerCase().includes('windows'))),
  );
  ask('требования к компьютеру', [p.deviceCard('computer')]);
  ask('нужны ли наушники с микрофоном для телефона', [p.deviceCard('phone')]);
  ask('проверить камеру и микрофон перед уроком', ['device-check/']);
  ask('нет интернета дома что делать', [p.deviceHelp]);
  ask('сферум что это', [p.platform('sferum')]);
  ask('адрес сайта моя школа', [p.platform('moya-shkola')]);
  ask('где проходят видеоуроки', [p.platform('sferum'), howItWorks]);
  ask('поддержка госуслуг моя школа телефон', supportCard('moya-shkola'));
  ask('горячая линия сферума', supportCard('sferum'));
  ask('электронный дневник где', [p.platform('moya-shkola'), howItWorks]);
  ask('где задания для самостоятельной работы', [howItWorks, p.platform('moya-shkola')]);
  ask('как проходит обучение на дистанте', [howItWorks]);

  // ── The communication schedule ────────────────────────────────────────────────────────────────────
  ask('график связи с администрацией', ['communication/']);
  ask(
    'во сколько планерка у учителей',
    talk((x) => x.form === 'planning'),
  );
  ask(
    'итоги дня от классного руководителя',
    talk((x) => x.form === 'chat'),
  );
  ask(
    'родительский чат класса где',
    talk((x) => x.form === 'chat'),
  );

  // ── Borrowing a device ────────────────────────────────────────────────────────────────────────────
  ask('как взять ноутбук в школе', lendingAll);
  ask('дадут ли планшет на время бесплатно', lendingAll);
  ask('у нас один компьютер на троих детей', lendingAll);
  ask('какие документы нужны чтобы получить ноутбук', [lending]);
  ask('сломался школьный ноутбук кому звонить', [lending, ...p.itSupport]);
  ask(wrongLayout('взять ноутбук'), lendingAll);
  ask('договор безвозмездного пользования', [lending]);

  // ── Short queries ─────────────────────────────────────────────────────────────────────────────────
  ask('оценки', gradesAll);
  ask('собрание', ['meetings/']);
  ask('ноутбук', lendingAll);
  ask('приказ', p.orders);

  return cases;
}
