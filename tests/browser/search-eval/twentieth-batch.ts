/**
 * Batch 20 of the evaluation questions (2026-11-18), written blind for generated schools of seeds 47
 * and 48: before any of them was asked of the search, without looking at the search, its tests, its
 * logs or the earlier batches' questions. They come from what a newcomer to a school's
 * distance-learning site asks, typed the way people type into a search box: worried parents in long
 * run-on sentences, grandparents in polite full sentences, pupils of 7–17 on phones (slang, no
 * punctuation, typos: a letter missing, doubled or swapped, «е» for «ё», the wrong keyboard layout,
 * Latin transliteration), teachers in a hurry. They cover the hotline, the psychologist and the
 * helpline, social help, technical support, the secretary, the director and the deputies; people by
 * surname in any case, by first name and patronymic, by e-mail and by their subject or role;
 * phone numbers written as bare digits, with 8 or +7; classes spelled «7а», «7 а», «7-а», «7a»,
 * «седьмой а»; a class's lesson on a weekday, who teaches a subject in a class, the class teacher and
 * the shift; bell times; the plan-schedule by topic, deadline and responsible person; coordinators by
 * level; orders by number and topic; device and internet requirements; borrowing a device; parent
 * meetings; the communication schedule; the step-by-step guides (connecting from a phone, tablet or
 * computer, joining a lesson, handing in homework, writing to a teacher, when nothing works); the
 * platforms; and whole lists («все учителя», «список телефонов»).
 *
 * Each question names every place that truly answers it, read from the school's own content (names,
 * phones, e-mails, ids, titles, timetables, deadlines), so the same function runs on both seeds: the
 * card, entry or page the question is about, every card that gives the same person or number, and a
 * FAQ answer or a notice only where its own text (bodyOf) is the answer. A question whose school lacks
 * its place is left out.
 */
import { join } from 'node:path';
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** A surname after «с»: «Маслова» → «Масловой», «Фомин» → «Фоминым». */
const instrumental = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}ым` : surname;

/** A surname after «у» or «от»: «Маслова» → «Масловой», «Фомин» → «Фомина». */
const genitive = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}а` : surname;

/** A first name and patronymic after «к»: «к Ларисе Павловне», «к Антону Михайловичу». */
const dativeName = (first: string, patronymic: string) => {
  const woman = /на$/.test(patronymic);
  const name = /ия$/.test(first)
    ? `${first.slice(0, -1)}и`
    : /[ая]$/.test(first)
      ? `${first.slice(0, -1)}е`
      : /й$/.test(first)
        ? `${first.slice(0, -1)}ю`
        : /ь$/.test(first)
          ? `${first.slice(0, -1)}${woman ? 'и' : 'ю'}`
          : `${first}у`;
  return `${name} ${woman ? `${patronymic.slice(0, -1)}е` : `${patronymic}у`}`;
};

/** Russian letters in Latin, as a pupil types on a phone without the Russian keyboard. */
const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const latin = (text: string) => [...text.toLowerCase()].map((letter) => LATIN[letter] ?? letter).join('');

const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** «2026-11-25» → «25 ноября». */
const spokenDate = (iso: string) => {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${Number(match[2])} ${MONTHS_GEN[Number(match[1]) - 1]}` : undefined;
};

/** Phone spellings: bare digits, «+7 (3843) …», spaces only, and the last six digits. */
const phoneForms = (phone: string) => {
  const d = phone.replace(/\D/g, '');
  return {
    bare: d,
    plus: phone.replace(/^8[\s-]?/, '+7 '),
    spaced: phone.replace(/[()]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' '),
    tail: d.startsWith('8800') ? d.slice(1) : `${d.slice(-6, -4)}-${d.slice(-4, -2)}-${d.slice(-2)}`,
  };
};

/** How pupils say a subject on its own. */
const SUBJECT_SAID: Record<string, string> = {
  'физическая культура': 'физра',
  'английский язык': 'инглиш',
  'русский язык': 'русский',
  'изобразительное искусство': 'изо',
  'основы безопасности и защиты родины': 'обж',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружающий',
  'труд (технология)': 'технология',
  'вероятность и статистика': 'теорвер',
};
const said = (subject: string) => SUBJECT_SAID[subject.toLowerCase()] ?? subject.toLowerCase();

/** A subject after «по», where afterPo has no form: «по изо», «по труду». */
const PO_MORE: Record<string, string> = {
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труду',
  'окружающий мир': 'окружающему миру',
  'литературное чтение': 'чтению',
  музыка: 'музыке',
};
const po = (subject: string) => PO_MORE[subject.toLowerCase()] ?? afterPo(subject);

/** Staff positions as people name the role, with the position's stem. */
const ROLES: [string, string][] = [
  ['химии', 'химичка'],
  ['физики', 'физик учитель'],
  ['биологии', 'биологичка'],
  ['географии', 'географ'],
  ['информатики', 'информатик учитель'],
  ['музыки', 'учитель пения музыки'],
  ['истории', 'историк'],
  ['логопед', 'логопед для ребенка'],
  ['библиотекарь', 'библиотекарь школы учебники'],
  ['изобразительного', 'учитель рисования'],
  ['обзр', 'обж преподаватель'],
  ['труда', 'трудовик'],
  ['физической культуры', 'физрук'],
  ['английского', 'англичанка учительница'],
];

interface Lesson {
  period: number;
  subject: string;
  teacher: string | string[];
}

/** Every question of the twentieth batch for one school. */
export function twentiethBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, classes } = p;
  const { cases, ask: askOnce } = uniqueAsker();
  const asked = new Set<string>();
  const ask = (query: string, expected: (string | undefined)[]) => {
    if (asked.has(query.toLowerCase())) return;
    asked.add(query.toLowerCase());
    askOnce(query, expected);
  };
  const faqDir = join(contentDir, 'faq');

  const staffOf = (id: string | undefined) => c.staff.find((s) => s.id === id);
  const coordinatorsWhere = (test: (k: (typeof c.coordinators)[number]) => boolean) =>
    c.coordinators.filter(test).map((k) => `coordinators/#coordinator-${k.id}`);
  /** Every card of a person by full name: the staff card, the contact cards that name them, the coordinator entry. */
  const personPlaces = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(` ${name}`)).map((e) => `contacts/#${e.id}`),
    ...coordinatorsWhere((k) => k.name === name),
  ];
  /** Everyone a surname names (every card of every namesake). */
  const surnamePlaces = (surname: string) => [...p.bySurname(surname), ...coordinatorsWhere((k) => k.name.startsWith(`${surname} `))];
  /** Sentences that answer a question on their own, in FAQ answers and notices. */
  const saying = (sentence: string) => [
    ...c.faq.filter((f) => bodyOf(faqDir, f.id).includes(sentence)).map((f) => `faq/#${f.id}`),
    ...p.notices.filter((n) => bodyOf(p.announcementDir, n.id).includes(sentence)).map((n) => `announcements/#${n.id}`),
  ];

  // Contacts by role.
  const hotline = p.hotline;
  ask('горячая линия дистант телефон', hotline);
  ask('куда звонить если вопрос по дистанционке а классный руководитель не отвечает', hotline);
  ask(wrongLayout('горячая линия'), hotline);
  ask('номер для родителей по дистанционному обучению справки', hotline);
  const talkToPsychologist = p.talk((x) => /психолог/i.test(x.title));
  ask('psiholog', [...p.psychologist, ...talkToPsychologist]);
  ask('психолог', [...p.psychologist, ...talkToPsychologist]);
  ask('ребенок замкнулся плачет не хочет учиться дома к кому обратиться', [...p.psychologist, ...p.helpline]);
  ask('телефон доверия', p.helpline);
  ask('анонимно поговорить со взрослым если плохо', p.helpline);
  ask('бесплатный детский телефон 8 800', p.helpline);
  ask('соцпедагог', p.social);
  ask('малоимущая семья помощь', p.social);
  ask('мы многодетные нам положена какая то помощь или бесплатное питание к кому идти', p.social);
  ask('техподдержка', p.itSupport);
  ask('сисадмин', p.itSupport);
  ask(wrongLayout('техподдержка'), p.itSupport);
  ask(
    'секретарь',
    c.contacts
      .filter((e) => /секретар|при[её]мн/.test(`${e.title} ${e.person ?? ''}`.toLowerCase()))
      .map((e) => `contacts/#${e.id}`)
      .concat(p.staff((x) => x.startsWith('секретар'))),
  );
  ask('приемная директора телефон', [
    ...c.contacts.filter((e) => /секретар|при[её]мн/.test(`${e.title} ${e.person ?? ''}`.toLowerCase())).map((e) => `contacts/#${e.id}`),
    ...p.staff((x) => x.startsWith('секретар')),
  ]);
  ask('директор школы', p.director);
  ask(
    'как зовут директора',
    p.staff((x) => x === 'директор'),
  );
  ask('дериктор', p.director);
  ask('завуч', p.deputy);
  ask('зам директора по учебной части', p.deputy);
  ask(
    'заместитель по воспитательной работе',
    p.staff((x) => x.includes('по воспитательной')),
  );
  ask('адрес школы', [p.schoolCard]);
  ask('официальный телефон школы', [
    p.schoolCard,
    ...c.contacts.filter((e) => e.phones.some((ph) => p.digits(ph) === p.digits(p.school.phone))).map((e) => `contacts/#${e.id}`),
  ]);

  // Phones written differently.
  for (const [i, entry] of c.contacts.entries()) {
    const phone = entry.phones[0];
    if (!phone) continue;
    const forms = phoneForms(phone);
    const digits = p.digits(phone);
    const places = [
      ...c.contacts.filter((e) => e.phones.some((ph) => p.digits(ph) === digits)).map((e) => `contacts/#${e.id}`),
      ...coordinatorsWhere((k) => p.digits(k.phone ?? '') === digits),
      ...c.staff.filter((s) => p.digits(s.phone ?? '') === digits).map((s) => `staff/#${s.id}`),
      ...(p.digits(p.school.phone) === digits ? [p.schoolCard] : []),
    ];
    const form = [forms.bare, forms.plus, `кто звонил ${forms.spaced}`, `чей номер ${forms.tail}`][i % 4]!;
    ask(form, places);
  }
  const phoned = c.staff.filter((s) => s.phone);
  for (const [i, s] of phoned
    .filter((_, i) => i % 3 === 0)
    .slice(0, 3)
    .entries()) {
    const forms = phoneForms(s.phone!);
    const digits = p.digits(s.phone!);
    ask([`чей телефон ${forms.bare}`, forms.plus, `${forms.spaced} кто это`][i % 3]!, [
      ...c.staff.filter((x) => p.digits(x.phone ?? '') === digits).map((x) => `staff/#${x.id}`),
      ...c.contacts.filter((e) => e.phones.some((ph) => p.digits(ph) === digits)).map((e) => `contacts/#${e.id}`),
    ]);
  }
  for (const k of c.coordinators.filter((k) => k.level !== 'school')) {
    if (k.phone)
      ask(
        phoneForms(k.phone).plus,
        coordinatorsWhere((x) => p.digits(x.phone ?? '') === p.digits(k.phone!)),
      );
  }

  // E-mails.
  const emailPlaces = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...coordinatorsWhere((k) => k.email === email),
    ...(p.school.email === email ? [p.schoolCard] : []),
  ];
  const mailed = c.staff.filter((s) => s.email);
  for (const s of mailed.filter((_, i) => i % 8 === 1)) ask(s.email!, emailPlaces(s.email!));
  for (const s of mailed.filter((_, i) => i % 8 === 5)) ask(`${s.email!.split('@')[0]} почта`, emailPlaces(s.email!));
  ask(p.school.email, emailPlaces(p.school.email));

  // People by name, in every case and with typos.
  const teachers = c.staff.filter((s) => /^учител|^преподавател/.test(s.position.toLowerCase()));
  for (const [i, s] of c.staff.entries()) {
    const { surname, first, patronymic } = partsOf(s.name);
    const all = personPlaces(s.name);
    const byName = surnamePlaces(surname);
    const same = c.staff.filter((x) => x.name.endsWith(` ${first} ${patronymic}`)).flatMap((x) => personPlaces(x.name));
    const teaches = teachers.includes(s);
    const forms = [
      () => ask(`как написать ${dative(surname)}`, byName),
      () => ask(`${first} ${patronymic}`, same),
      () => ask(`${surname.toLowerCase()} ${first[0]!.toLowerCase()} ${patronymic[0]!.toLowerCase()}`, all),
      () => ask(`связаться с ${instrumental(surname)}`, byName),
      () => ask(`где найти ${accusative(surname)}`, byName),
      () => ask(withoutYo(`${surname} ${first}`).toLowerCase(), all),
      () => ask(`консультация у ${genitive(surname)} когда`, byName),
      () => ask(swapped(surname.toLowerCase(), 3), byName),
      () => ask(`вопрос к ${dativeName(first, patronymic)}`, same),
      () => ask(wrongLayout(surname), byName),
      () => ask(doubled(surname.toLowerCase(), 2), byName),
      () => ask(`${latin(surname)} ${latin(first)}`, all),
      () => ask(`почта ${genitive(surname)} ${first[0]} ${patronymic[0]}`, all),
      () => ask(`${oneLetterLess(surname.toLowerCase())}${teaches ? ' учитель' : ''}`, byName),
      () => ask(s.name, all),
      () => ask(teaches ? `в каких классах ведет ${surname}` : `${surname} ${first} кто это`, teaches ? byName : all),
    ];
    if (i % 2 === 0) forms[i % forms.length]!();
  }
  ask('все учителя', ['staff/']);

  // Teachers by role.
  for (const [stem, query] of ROLES) {
    const places = p.staff((x) => x.includes(stem));
    if (places.length > 0 && places.length <= 4 && cases.length % 3 !== 0) ask(query, places);
  }
  for (const s of teachers.filter((_, i) => i % 7 === 3)) {
    const subject = (s.subjects ?? [])[0];
    const klass = (s.classes ?? [])[0];
    const k = c.classes.find((x) => x.id === klass);
    if (subject && k && teachersOf(k, subject).length > 1)
      ask(`учитель по ${po(subject)} ${k.class.toLowerCase()}`, teachersOf(k, subject));
  }

  // Timetables.
  function teachersOf(k: (typeof classes)[number], subject: string) {
    const ids = new Set<string>();
    for (const lessons of Object.values(k.days ?? {}) as (Lesson[] | undefined)[]) {
      for (const lesson of lessons ?? []) {
        if (lesson.subject !== subject) continue;
        for (const id of [lesson.teacher].flat()) ids.add(id);
      }
    }
    return [...[...ids].map((id) => `staff/#${id}`), p.timetable(k)];
  }
  ask('расписание', ['timetable/']);
  ask('рассписание уроков', ['timetable/']);
  for (const [i, k] of classes.entries()) {
    const grade = p.gradeOf(k);
    const letter = p.letterOf(k).toLowerCase();
    const spellings = [
      `${grade}${letter}`,
      `${grade} ${letter}`,
      `${grade}-${letter}`,
      `${GRADE_ORDINALS[grade]} ${letter}`,
      `${grade}${latin(letter)}`,
      `расписание ${grade} ${letter.toUpperCase()} класса`,
      `уроки ${grade}${letter} на завтра`,
      wrongLayout(`расписание ${grade}${letter}`),
    ];
    ask(spellings[i % spellings.length]!, [p.timetable(k)]);
    if (i % 3 === 0) ask(spellings[(i + 3) % spellings.length]!, [p.timetable(k)]);
    const days = Object.keys(k.days ?? {}).filter((d) => DAYS[d]);
    const day = days[i % Math.max(days.length, 1)];
    if (day) {
      const lessons = ((k.days as Record<string, Lesson[] | undefined>)[day] ?? []).filter((l) => l.period > 0);
      const when = DAYS[day]!;
      ask(
        [`что ${when.on} у ${grade}${letter}`, `${grade}${letter} ${when.name}`, `какие уроки ${when.to} ${grade} ${letter} класс`][i % 3]!,
        [`timetable/${k.id}/#${day}`, p.timetable(k)],
      );
      const third = lessons.find((l) => l.period === 3);
      if (third && i % 3 === 0) ask(`какой третий урок ${when.on} в ${grade}${letter}`, [`timetable/${k.id}/#${day}`, p.timetable(k)]);
      const subject = lessons.find((l) => l.period === 2)?.subject;
      if (subject && i % 2 === 1) ask(`кто учитель по ${po(subject)} в ${grade}${letter}`, teachersOf(k, subject));
      if (subject && i % 4 === 0) ask(`${said(subject)} ${grade}${letter} кто ведет`, teachersOf(k, subject));
    }
    const head = staffOf(k.classTeacher);
    if (head && i % 4 === 1) ask(`классная руководительница ${grade}${letter}`, [`staff/#${head.id}`, p.timetable(k)]);
    if (head && i % 4 === 0) ask(`классный руководитель ${GRADE_ORDINALS[grade]} ${letter}`, [`staff/#${head.id}`, p.timetable(k)]);
    if (head && i === 2)
      ask(
        `здравствуйте подскажите пожалуйста как связаться с классным руководителем внучки она в ${grade} ${letter.toUpperCase()} классе`,
        [`staff/#${head.id}`, p.timetable(k)],
      );
    if (i % 3 === 1) ask(`в какую смену учится ${grade}${letter}`, [p.timetable(k)]);
  }

  // Bells and shifts.
  const shifts = c.bells?.shifts ?? [];
  ask('звонки', ['timetable/bells/']);
  ask('расписание звонков на дистанте', ['timetable/bells/']);
  ask(wrongLayout('звонки'), ['timetable/bells/']);
  for (const shift of shifts) {
    const place = `timetable/bells/#shift-${shift.id}`;
    const word = shift.id === 1 ? 'первая' : shift.id === 2 ? 'вторая' : `${shift.id}`;
    ask(`${word} смена звонки`, [place]);
    ask(`во сколько начинается ${shift.id} смена`, [place]);
    const fourth = shift.periods.find((x) => x.n === 4);
    if (fourth && shift.id === 2) ask('когда кончается 4 урок во вторую смену', [place]);
  }

  // Plan-schedule.
  const plan = (test: (item: (typeof c.roadmap)[number]) => boolean) =>
    c.roadmap.filter(test).map((item) => `plan/#${roadmapAnchor(item.id)}`);
  ask(
    'план график мероприятий дистанционное обучение',
    ['plan/', 'documents/#plan-meropriyatiy'].filter((x) => x === 'plan/' || c.documents.some((d) => `documents/#${d.id}` === x)),
  );
  ask('дорожная карта перехода на дистант', ['plan/']);
  const TOPICS: [string, string][] = [
    ['питани', 'план мероприятия по питанию льготников'],
    ['выдача устройств', 'мероприятие по выдаче устройств в плане сроки'],
    ['психологическ', 'план психологическая поддержка детей'],
    ['контрольн', 'мероприятие подготовка к контрольным срок'],
    ['видеоурок', 'план график видеоуроки подключение'],
    ['оценки', 'пункт плана про оценки и сдачу заданий'],
    ['режим дня', 'план режим дня дома'],
    ['вопросы родителей', 'план ответы родителям мероприятие'],
  ];
  for (const [stem, query] of TOPICS)
    ask(
      query,
      plan((item) => item.title.toLowerCase().includes(stem)),
    );
  const deadlines = [...new Set(c.roadmap.map((item) => item.deadline))];
  for (const deadline of deadlines.filter((_, i) => i % 5 === 1)) {
    const date = spokenDate(deadline);
    if (date)
      ask(
        `что по плану должно быть сделано к ${date}`,
        plan((item) => item.deadline === deadline),
      );
  }
  const responsibles = [...new Set(c.roadmap.map((item) => item.responsible).filter(Boolean))] as string[];
  for (const [i, id] of responsibles.entries()) {
    const s = staffOf(id);
    if (!s) continue;
    const { surname } = partsOf(s.name);
    ask(
      i % 2 === 0 ? `за какие пункты плана отвечает ${surname}` : `что поручено ${dative(surname)} по плану`,
      plan((item) => item.responsible === id),
    );
  }

  // Coordinators.
  ask('координаторы дистанционного обучения', ['coordinators/']);
  ask(
    'кто координирует дистант в школе',
    coordinatorsWhere((k) => k.level === 'school'),
  );
  ask(
    'муниципальный координатор',
    coordinatorsWhere((k) => k.level === 'municipal'),
  );
  ask(
    'куда жаловаться в управление образования если школа не решает',
    coordinatorsWhere((k) => k.level === 'municipal'),
  );
  ask(
    'региональный куратор дистанта министерство',
    coordinatorsWhere((k) => k.level === 'regional'),
  );

  // Orders and documents.
  ask('документы', ['documents/']);
  ask('приказы школы про дистанционку', p.orders);
  for (const d of c.documents.filter((x) => x.kind === 'order' && x.number)) {
    const bare = d.number!.replace(/-.*$/, '');
    ask(d.id === 'prikaz-o-dot' ? `приказ ${bare}` : `приказ №${d.number}`, [`documents/#${d.id}`]);
  }
  ask(
    'приказ о переходе на дистанционное обучение',
    p.documents((t) => /дистанционн/.test(t) && !t.includes('план')).filter((x) => p.orders.includes(x)),
  );
  ask(
    'приказ об утверждении плана графика',
    p.documents((t) => t.includes('план')).filter((x) => p.orders.includes(x)),
  );
  ask(
    'положение об электронном обучении',
    p.documents((t) => t.startsWith('положение')),
  );
  ask(
    'методические рекомендации дот',
    p.documents((t) => t.includes('рекомендац')),
  );
  ask(
    'памятка для родителей режим дня',
    p.documents((t) => t.includes('памятка') && t.includes('режим')),
  );
  ask('памятка распечатать на холодильник телефоны', ['memo/']);
  ask('список телефонов', ['contacts/', 'memo/']);
  ask('все контакты школы', ['contacts/', 'memo/']);

  // Devices and internet.
  ask('требования к компьютеру для дистанта', [...p.deviceCards((d) => d.device === 'computer' || d.device === 'laptop'), 'requirements/']);
  ask('какой интернет нужен для уроков скорость', ['requirements/#internet']);
  ask('можно ли учиться с телефона', [p.deviceCard('phone')]);
  ask('подойдет ли планшет для уроков', [p.deviceCard('tablet')]);
  ask('ноутбук требования камера микрофон', [p.deviceCard('laptop')]);
  ask('какой браузер нужен', p.requirements.length > 0 ? ['requirements/#devices-title', ...p.deviceCards(() => true)] : []);
  ask('трибования к устройствам', p.requirements);
  ask('проверить устройство работает ли камера', ['device-check/']);

  // Borrowing a device.
  const lendingSays = saying('выдаёт ноутбук или планшет');
  ask('нет компьютера дома дадут ли ноутбук', [p.lending, ...lendingSays]);
  ask('как взять планшет в школе на время', [p.lending, ...lendingSays]);
  ask('у нас один телефон на троих детей что делать не на чем заниматься', [p.lending, ...lendingSays]);
  ask('выдача ноутбуков', [p.lending, ...lendingSays]);

  // Answers in FAQ and notices.
  ask('где смотреть оценки', [...saying('оценки появляются в электронном дневнике'), p.howItWorks]);
  ask('когда выставят оценку за урок в дневник', saying('оценки появляются в электронном дневнике'));
  ask('электронный учебник где открыть', saying('электронные учебники открываются'));
  ask('будут ли контрольные на дистанционке', saying('контрольные работы проводятся по расписанию'));
  ask('учитель не отвечает в сообщениях сколько ждать', saying('учитель отвечает на сообщения'));
  ask('не успели сдать домашку можно перенести срок', [...saying('срок сдачи можно перенести'), ...saying('договоритесь о новом сроке')]);
  ask('вопросы и ответы', ['faq/']);
  ask('частые вопросы родителей', ['faq/', 'faq/#faq-parents']);
  ask('объявления', ['announcements/']);
  ask('как проходит дистанционное обучение', [p.howItWorks]);

  // Meetings.
  ask('родительское собрание', ['meetings/']);
  ask('когда родительское собрание', ['meetings/', 'meetings/#upcoming']);
  ask('общешкольное собрание ссылка', p.schoolMeetings);
  for (const [i, k] of classes.entries()) {
    const own = p.meetingsOfClass(k.id);
    if (own.length === 0) continue;
    const grade = p.gradeOf(k);
    const letter = p.letterOf(k).toLowerCase();
    ask(
      [
        `собрание ${grade}${letter}`,
        `родительское собрание ${grade} ${letter} класса когда`,
        `ссылка на собрание ${grade}${letter} сферум`,
      ][i % 3]!,
      own,
    );
  }
  ask(
    'собрание шестых классов',
    p.meetingOf(
      (m) =>
        m.id.endsWith('grade') && (m.classes ?? []).some((id) => p.gradeOf(c.classes.find((k) => k.id === id) ?? { class: '0' }) === 6),
    ),
  );

  // Communication schedule.
  ask('график связи с родителями', ['communication/', 'communication/#audience-parents']);
  ask('когда можно позвонить директору', [...p.talk((x) => x.form === 'phone' && /директор/i.test(x.title))]);
  ask(
    'директор принимает по телефону по вторникам?',
    p.talk((x) => x.form === 'phone' && /директор/i.test(x.title)),
  );
  ask('родительский чат класса', [...p.talk((x) => x.form === 'chat'), ...p.guides((g) => /чат класса/i.test(g.title))]);
  ask(
    'планерка для учителей во сколько',
    p.talk((x) => x.form === 'planning'),
  );
  ask('когда можно поговорить с психологом ребенку', [...talkToPsychologist, ...p.psychologist]);

  // Platforms.
  ask('сферум', [p.platform('sferum')]);
  ask('моя школа что это', [p.platform('moya-shkola')]);
  const support = (id: string) => (p.platform(id) ? [p.platform(id), `contacts/#support-${id}`] : []);
  ask('поддержка сферума телефон', support('sferum'));
  ask('горячая линия моя школа госуслуги', support('moya-shkola'));
  ask(wrongLayout('сферум'), [p.platform('sferum')]);

  // Guides.
  ask('инструкции', ['guides/']);
  const restore = (g: (typeof c.guides)[number]) => /восстанов|ошибк/i.test(g.title);
  const camera = (g: (typeof c.guides)[number]) => /микрофон|камер|звук/i.test(g.title);
  const onDevice = (g: (typeof c.guides)[number], device: string) => [device, 'any'].includes(g.device ?? 'any');
  const firstEntry = p.guides((g) => g.topic === 'connect' && !restore(g));
  const joining = p.guides((g) => g.topic === 'lesson' && !camera(g));
  ask('как подключиться к уроку с телефона', [
    ...p.guides((g) => g.topic === 'connect' && !restore(g) && onDevice(g, 'phone')),
    ...p.guides((g) => g.topic === 'lesson' && !camera(g) && onDevice(g, 'phone')),
  ]);
  ask(
    'как зайти в сферум с компа',
    p.guides((g) => g.topic === 'connect' && g.platform === 'sferum' && !restore(g) && onDevice(g, 'computer')),
  );
  ask(
    'как войти в сферум с планшета',
    p.guides((g) => g.topic === 'connect' && g.platform === 'sferum' && !restore(g) && onDevice(g, 'tablet')),
  );
  ask('первый раз подключиться к платформе', firstEntry);
  ask('не могу зайти на урок', [...joining, ...firstEntry, ...p.guides(restore)]);
  ask('как попасть на видеоурок', joining);
  ask(
    'как включить камеру и микрофон на уроке',
    p.guides((g) => /микрофон|камер/i.test(g.title)),
  );
  ask('как сдать домашку', p.homeworkGuides);
  ask('как отправить фото тетради учителю', [...p.guides((g) => /фото тетради/i.test(g.title)), ...p.homeworkGuides]);
  ask('как написать учителю', [...p.guides((g) => /написать учител/i.test(g.title)), 'staff/']);
  ask('ничего не работает', [...p.troubleGuides, ...p.itSupport]);
  ask('у ребенка не грузит урок все зависло помогите', [...p.troubleGuides, ...p.itSupport]);
  ask(
    'нет звука на уроке',
    p.guides((g) => /звук/i.test(g.title)),
  );
  ask(
    'ошибка входа сферум',
    p.guides((g) => /ошибк|восстанов/i.test(g.title)),
  );
  ask(
    'забыл пароль от сферума',
    p.guides((g) => /восстанов|ошибк/i.test(g.title)),
  );
  ask(
    'где чат класса в сферуме',
    p.guides((g) => /чат класса/i.test(g.title)),
  );

  return cases;
}
