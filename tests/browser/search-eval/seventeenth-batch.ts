/**
 * Batch 17 of the evaluation questions (2026-11-18 build date), over generated schools of seeds 41 and
 * 42, which no earlier batch used. Written blind: from the mission of a distance-learning page and from
 * the two schools' content and built pages only — without asking the search anything, without reading
 * the search code, its tests or the questions of earlier batches. The questions are typed the way
 * parents, pupils on phones, grandparents and teachers type them into a school site's search box:
 * whole questions and one-word queries, colloquial and slang words («физра», «инфа», «обж», «училка»,
 * «дистант», «комп»), surnames in the nominative, accusative and dative, the other gender's form of a
 * surname, first name with patronymic, typos (a letter left out, doubled or swapped, «е» for «ё»), the
 * wrong keyboard layout, transliteration, class spellings («7а», «7 А», «7-а», «седьмой а», «7a»),
 * phones as bare digits and in other formats, e-mail addresses and platform handles, teachers by
 * subject and class, lesson times by number and shift, device requirements, borrowing a device, parent
 * meetings by class and topic, the communication schedule, orders by number and topic, the plan by
 * item number, deadline and responsible person, coordinators by level, whole lists, and long worried
 * run-on questions in a family's words.
 *
 * Places are read from the school's content, never hard-coded: a question names every place that truly
 * answers it — the card or entry about what is asked; for a class and weekday, the class page and that
 * day's section; for a lesson's time, the class page and the bells page with the class's shift section;
 * for «who teaches X in 7А», every teacher of X in that class by its timetable and the class page; for a
 * surname alone, everyone of that family (both genders' forms) with their contact and coordinator cards;
 * a FAQ answer or a notice only where its own text says the answer (generated FAQ answers and notices
 * often do not answer their titles, so titles are never trusted); for a whole list, the list page. A
 * question whose school lacks every place it would expect is left out, and a question asked twice for
 * one school is kept once.
 */
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** Sentences of generated FAQ answers and notices that answer a question by themselves. */
const SENTENCE = {
  lending: 'выдаёт ноутбук или планшет',
  grades: 'оценки появляются в электронном дневнике',
  textbooks: 'электронные учебники открываются',
  late: 'срок сдачи можно перенести',
  replies: 'учитель отвечает на сообщения',
  tests: 'контрольные работы проводятся по расписанию',
  phoneOk: 'для письменных работ удобнее компьютер',
};

/** Words pupils use for a subject on its own. */
const SLANG: Record<string, string> = {
  'физическая культура': 'физра',
  информатика: 'инфа',
  'английский язык': 'инглиш',
  математика: 'матеша',
  литература: 'литра',
  'изобразительное искусство': 'изо',
  'основы безопасности и защиты родины': 'обж',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружайка',
  'труд (технология)': 'технология',
  'вероятность и статистика': 'вероятность',
  обществознание: 'общество',
};
const slangOf = (subject: string) => SLANG[subject.toLowerCase()] ?? subject.toLowerCase();

/** How a subject teacher is called, with the stem of the subject in the teacher's position («Учитель физики»). */
const TEACHER_WORDS: [string, string][] = [
  ['физик', 'учитель по физике'],
  ['хими', 'химичка'],
  ['биологи', 'биологичка'],
  ['информатик', 'учитель по инфе'],
  ['английск', 'англичанка'],
  ['истори', 'историк'],
];

/** A subject after «по»: «по физике», and for a subject without a usual form its pupils' word, «по окружайке». */
const poForm = (subject: string) => {
  const said = afterPo(subject);
  if (said !== subject.toLowerCase()) return said;
  const word = slangOf(subject);
  return word.includes(' ') ? word : word.replace(/ия$/, 'ии').replace(/ие$/, 'ию').replace(/а$/, 'е');
};

/** A subject as the object of «ведёт»: «физика» → «физику»; several words are left as they are. */
const subjectObject = (word: string) => (word.includes(' ') ? word : word.replace(/а$/, 'у').replace(/я$/, 'ю'));

const MONTHS = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** «2026-11-29» → «29 ноября». */
const spokenDate = (date: string) => {
  const [, month = '1', day = '1'] = String(date).slice(0, 10).split('-');
  return `${Number(day)} ${MONTHS[Number(month)]}`;
};

/** Class letters typed on a Latin keyboard: «7А» → «7a». */
const LATIN_LETTER: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e' };

/** Ordinal numbers of lessons as said: «3» → «третий». */
const LESSON_ORDINALS = ['', 'первый', 'второй', 'третий', 'четвертый', 'пятый', 'шестой', 'седьмой', 'восьмой'];

/** The family part of a surname, so «Крылов» and «Крылова» meet: «Крылова» → «крылов». */
const familyOf = (surname: string) => {
  const plain = withoutYo(surname).toLowerCase();
  return /(ова|ева|ина|ына)$/.test(plain) ? plain.slice(0, -1) : plain;
};
/** The other gender's form of a surname, where there is one: «Комарова» ↔ «Комаров». */
const otherGender = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? surname.slice(0, -1) : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}а` : undefined;

/** A surname in the genitive, as in «у Казаковой», «у Крылова». */
const genitive = (surname: string) => (/(ова|ева|ёва|ина|ына)$/.test(surname) ? dative(surname) : accusative(surname));

/** A woman's first name and patronymic in the dative, «к Нине Дмитриевне»; undefined where unsure. */
const femaleDative = (first: string, patronymic: string) =>
  /вна$/.test(patronymic) && /[^и]а$/.test(first) ? `${first.slice(0, -1)}е ${patronymic.slice(0, -1)}е` : undefined;

interface Lesson {
  period: number;
  subject: string;
  teacher: string | string[];
  group?: string;
}
interface ClassEntry {
  id: string;
  class: string;
  shift?: number;
  classTeacher?: string;
  days?: Record<string, Lesson[]>;
}
interface Period {
  n: number;
  from: string;
  to: string;
}

export function seventeenthBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, schoolCard, digits } = p;
  const { cases, ask: askOnce } = uniqueAsker();
  const asked = new Set<string>();
  const ask = (query: string, expected: (string | undefined)[]) => {
    const key = query.trim().toLowerCase();
    if (asked.has(key) || !expected.some(Boolean)) return;
    asked.add(key);
    askOnce(query, expected);
  };

  // ---- reading the content ----
  const faqSays = (sentence: string) => p.faq((_question, body) => body.includes(sentence));
  const noticeSays = (sentence: string) =>
    p.notices.filter((n) => bodyOf(p.announcementDir, n.id).includes(sentence)).map((n) => `announcements/#${n.id}`);
  const says = (sentence: string) => [...faqSays(sentence), ...noticeSays(sentence)];
  const coordinators = c.coordinators.map((k) => ({ ...k, place: `coordinators/#coordinator-${k.id}` }));
  const personOfContact = (person: string | undefined) => (person ?? '').split(' ').slice(-3).join(' ');
  /** Every card that gives this person: staff, contacts and coordinators. */
  const cardsOf = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => personOfContact(e.person) === name).map((e) => `contacts/#${e.id}`),
    ...coordinators.filter((k) => k.name === name).map((k) => k.place),
  ];
  const everyone = [
    ...new Set([
      ...c.staff.map((s) => s.name),
      ...c.contacts.map((e) => personOfContact(e.person)).filter((n) => n.split(' ').length === 3),
      ...coordinators.map((k) => k.name),
    ]),
  ];
  const family = (surname: string) => everyone.filter((name) => familyOf(partsOf(name).surname) === familyOf(surname)).flatMap(cardsOf);
  const byFirstNames = (first: string, patronymic: string) =>
    everyone.filter((name) => partsOf(name).first === first && partsOf(name).patronymic === patronymic).flatMap(cardsOf);
  const byEmail = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...coordinators.filter((k) => k.email === email).map((k) => k.place),
    c.school.email === email ? schoolCard : undefined,
  ];
  const byPhone = (phone: string) => {
    const wanted = digits(phone);
    const same = (other: string | undefined) => Boolean(other) && digits(other ?? '') === wanted;
    return [
      ...c.contacts.filter((e) => e.phones.some(same)).map((e) => `contacts/#${e.id}`),
      ...c.staff.filter((s) => same(s.phone)).map((s) => `staff/#${s.id}`),
      ...coordinators.filter((k) => same(k.phone)).map((k) => k.place),
      same(c.school.phone) ? schoolCard : undefined,
      ...p.talk((item) => same(item.channel)),
      ...c.platforms.filter((x) => same(x.support?.phone)).flatMap((x) => [`platforms/#${x.id}`, `contacts/#support-${x.id}`]),
    ];
  };
  const staffById = (id: string) => c.staff.find((s) => s.id === id);
  const classes = p.classes as unknown as ClassEntry[];
  const shifts = (c.bells?.shifts ?? []) as { id: number; title: string; periods: Period[] }[];
  const shiftOf = (k: ClassEntry) => shifts.find((s) => s.id === (k.shift ?? 1));
  const shiftPlaces = (k: ClassEntry) => (shiftOf(k) ? ['timetable/bells/', `timetable/bells/#shift-${shiftOf(k)!.id}`] : []);
  const page = (k: ClassEntry) => `timetable/${k.id}/`;
  const gradeOf = (k: ClassEntry) => Number.parseInt(k.class, 10);
  const letterOf = (k: ClassEntry) => k.class.replace(/^\d+/, '').trim().toLowerCase();
  const lessonsOf = (k: ClassEntry) => Object.entries(k.days ?? {}).flatMap(([day, lessons]) => lessons.map((l) => ({ ...l, day })));
  const teachersOfLesson = (l: Lesson) => (Array.isArray(l.teacher) ? l.teacher : [l.teacher]);
  const teachersOfSubject = (k: ClassEntry, subject: string) => [
    ...new Set(
      lessonsOf(k)
        .filter((l) => l.subject === subject)
        .flatMap(teachersOfLesson),
    ),
  ];
  const subjectsOf = (k: ClassEntry) => [...new Set(lessonsOf(k).map((l) => l.subject))];
  const spellings = (k: ClassEntry) => {
    const g = gradeOf(k);
    const l = letterOf(k);
    return [
      `${g}${l}`,
      `${g} ${l.toUpperCase()}`,
      `${g}-${l}`,
      `${GRADE_ORDINALS[g] ?? g} ${l}`,
      `${g}${LATIN_LETTER[l] ?? l}`,
      `${g}${l.toUpperCase()}`,
    ];
  };
  // A spread of classes: small pupils, middle, senior.
  const pick = <T>(list: readonly T[], count: number) =>
    list.length <= count ? [...list] : Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]!);
  const spread = pick(classes, 5);

  // ---- whole lists ----
  ask('все учителя школы списком', ['staff/']);
  ask('контакты', ['contacts/']);
  ask('все телефоны школы на дистанте', ['contacts/', 'memo/']);
  ask('инструкции', ['guides/']);
  ask('вопросы и ответы', ['faq/']);
  ask('объявления школы', ['announcements/']);
  ask('расписание всех классов', ['timetable/']);
  ask('все родительские собрания', ['meetings/']);
  ask('план-график', ['plan/', ...p.orders.filter((o) => o.includes('plan'))]);
  ask('график связи с учителями', ['communication/']);
  ask('координаторы', ['coordinators/']);
  ask('памятка распечатать на холодильник', ['memo/']);

  // ---- hotline, psychologist, social, IT, administration ----
  const hotlineCard = c.contacts.find((e) => e.kind === 'hotline');
  ask('горячая линия', p.hotline);
  ask('горячея линия школы', p.hotline);
  ask(wrongLayout('горячая линия'), p.hotline);
  ask('goryachaya liniya', p.hotline);
  ask('куда звонить если вопрос по дистанционке', p.hotline);
  if (hotlineCard?.phones[0]) {
    ask(digits(hotlineCard.phones[0]), byPhone(hotlineCard.phones[0]));
    const [, code, rest] = /^8 \((\d+)\) (.*)$/.exec(hotlineCard.phones[0]) ?? [];
    if (code && rest) ask(`чей номер +7 ${code} ${rest.replace(/-/g, '')}`, byPhone(hotlineCard.phones[0]));
  }
  ask('психолог', p.psychologist);
  ask('psiholog', p.psychologist);
  ask(swapped('психолог', 3), p.psychologist);
  ask('ребенок замкнулся не хочет ни с кем разговаривать на дистанте к кому обратиться', [...p.psychologist, ...p.helpline]);
  ask('поговорить с психологом ученику', [...p.psychologist, ...p.talk((t) => /психолог/i.test(t.title))]);
  ask('телефон доверия', p.helpline);
  ask('анонимно позвонить подростку если плохо', p.helpline);
  ask('8 800 2000 122', byPhone('8-800-2000-122'));
  ask('соцпедагог', p.social);
  ask(oneLetterLess('социальный') + ' педагог', p.social);
  ask('многодетная семья нужна помощь школы', p.social);
  ask('техподдержка', p.itSupport);
  ask('сисадмин школы', p.itSupport);
  ask(wrongLayout('техподдержка'), p.itSupport);
  ask('не работает сферум кому звонить', [...p.itSupport, ...p.hotline]);
  ask('директор', p.director);
  ask('телефон приемной директора', [
    ...p.contact('administration', (t) => /директор|секретар|при[её]мн/.test(t) && !t.includes('заместител')),
    schoolCard,
  ]);
  ask(
    'секретарь школы',
    p.contact('administration', (t) => /секретар|при[её]мн/.test(t)),
  );
  ask(
    'когда директор принимает родителей по телефону',
    p.talk((t) => t.form === 'phone' && /директор/i.test(t.title)),
  );
  ask('завуч', p.deputy);
  ask('zavuch', p.deputy);
  ask('зам директора по учебной работе', p.deputy);
  ask('адрес школы', [schoolCard]);
  ask('телефон школы', byPhone(c.school.phone));
  ask(c.school.email, byEmail(c.school.email));
  ask(digits(c.school.phone).slice(-6), byPhone(c.school.phone));

  // ---- platforms ----
  const sferum = c.platforms.find((x) => x.id === 'sferum');
  const myschool = c.platforms.find((x) => x.id === 'moya-shkola');
  if (sferum) {
    ask('поддержка сферума телефон', [`platforms/#sferum`, `contacts/#support-sferum`]);
    ask('sferum', [`platforms/#sferum`]);
    if (sferum.support?.phone) ask(digits(sferum.support.phone), byPhone(sferum.support.phone));
  }
  if (myschool) {
    ask('моя школа горячая линия госуслуги', [`platforms/#moya-shkola`, `contacts/#support-moya-shkola`]);
  }
  ask('где проходят видеоуроки', [...c.platforms.filter((x) => x.kind.includes('video')).map((x) => `platforms/#${x.id}`), p.howItWorks]);
  ask('электронный дневник где', [...c.platforms.filter((x) => x.kind.includes('diary')).map((x) => `platforms/#${x.id}`), p.howItWorks]);

  // ---- people: surnames, first names, e-mail, handles, phones ----
  const people = pick(
    [...c.staff].sort((a, b) => a.id.localeCompare(b.id)),
    7,
  );
  people.forEach((s, i) => {
    const { surname, first, patronymic } = partsOf(s.name);
    const places = family(surname);
    const forms = [
      () => surname,
      () => accusative(surname).toLowerCase(),
      () => `написать ${dative(surname)}`,
      () => swapped(surname, 3),
      () => doubled(surname.toLowerCase(), 2),
      () => wrongLayout(surname),
      () => `${withoutYo(surname)} ${/учител|преподават/i.test(s.position) ? 'учитель' : 'школа'}`,
      () => `${otherGender(surname) ?? surname}`,
    ];
    ask(forms[i % forms.length]!(), places);
    if (i % 2 === 1) ask(forms[(i + 3) % forms.length]!(), places);
    ask(`${first} ${patronymic}`, byFirstNames(first, patronymic));
    const toHer = femaleDative(first, patronymic);
    if (i % 3 === 0 && toHer)
      ask(
        `как связаться с ${toHer.split(' ')[0]!.replace(/е$/, 'ой')} ${toHer.split(' ')[1]!.replace(/е$/, 'ой')}`,
        byFirstNames(first, patronymic),
      );
    else if (i % 3 === 1 && toHer) ask(`вопрос к ${toHer}`, byFirstNames(first, patronymic));
    if (i % 3 === 0 && s.email) ask(s.email, byEmail(s.email));
    if (i % 4 === 1 && s.hours?.length)
      ask(
        `когда консультация у ${withoutYo(genitive(surname)).toLowerCase()}`,
        c.staff.filter((o) => partsOf(o.name).surname === surname).map((o) => `staff/#${o.id}`),
      );
    const handle = s.accounts?.find((a) => a.handle)?.handle;
    if (i % 4 === 2 && handle) ask(handle, [`staff/#${s.id}`]);
  });
  c.staff
    .filter((x) => x.phone)
    .slice(0, 2)
    .forEach((s, i) => ask(i ? `чей номер ${s.phone}` : digits(s.phone!), byPhone(s.phone!)));
  for (const e of pick(
    c.contacts.filter((x) => x.email),
    2,
  ))
    ask(e.email!, byEmail(e.email!));

  // ---- teachers by subject, by subject and class, class teachers ----
  for (const [stem, words] of TEACHER_WORDS) ask(words, p.teachersOf(stem));
  spread.forEach((k, i) => {
    const subjects = subjectsOf(k);
    const chosen = [subjects[(i * 3) % Math.max(subjects.length, 1)]].filter((x): x is string => Boolean(x));
    chosen.forEach((subject, j) => {
      const places = [...teachersOfSubject(k, subject).map((id) => `staff/#${id}`), page(k)];
      const name = spellings(k)[[0, 1, 2, 4][(i + j) % 4]!]!;
      const texts = [
        `кто ведет ${subjectObject(slangOf(subject))} в ${name}`,
        `учитель по ${poForm(subject)} ${name}`,
        `${name} ${slangOf(subject)} кто учитель`,
        `как зовут училку по ${poForm(subject)} у ${name}`,
      ];
      ask(texts[(i + j) % texts.length]!, places);
    });
    const ct = k.classTeacher ? staffById(k.classTeacher) : undefined;
    if (ct && i % 2 === 0) {
      const texts = [
        `классный руководитель ${spellings(k)[i % 6]}`,
        `классная ${spellings(k)[(i + 1) % 6]} как связаться`,
        `кто классрук в ${spellings(k)[(i + 2) % 6]}`,
      ];
      ask(texts[i % texts.length]!, [`staff/#${ct.id}`, page(k)]);
    }
  });

  // ---- timetable: class spellings, weekdays, lessons and bells ----
  classes.forEach((k, i) => {
    const names = spellings(k);
    const texts = [
      `расписание ${names[0]}`,
      `${names[1]} расписание уроков`,
      `уроки ${names[2]}`,
      `расписание ${names[3]} класс`,
      `raspisanie ${names[4]}`,
      wrongLayout(`расписание ${names[0]}`),
      `${names[5]} класс`,
    ];
    ask(texts[i % texts.length]!, [page(k)]);
    const days = Object.keys(k.days ?? {});
    const day = days[i % Math.max(days.length, 1)];
    const spoken = day ? DAYS[day] : undefined;
    if (day && spoken && i % 2 === 0) {
      const dayTexts = [`что ${spoken.on} у ${names[0]}`, `${names[1]} ${spoken.name}`, `какие уроки ${spoken.to} ${names[3]}`];
      ask(dayTexts[i % dayTexts.length]!, [page(k), `timetable/${k.id}/#${day}`]);
    }
  });
  spread.forEach((k, i) => {
    const names = spellings(k);
    const shift = shiftOf(k);
    if (!shift) return;
    const n = Math.min(1 + (i % 4), shift.periods.length);
    const texts = [
      `во сколько ${n} урок у ${names[0]}`,
      `${LESSON_ORDINALS[n]} урок ${names[1]} во сколько начинается`,
      `когда заканчиваются уроки у ${names[2]}`,
      `во сколько начало уроков ${names[0]}`,
    ];
    ask(texts[i % texts.length]!, [page(k), ...shiftPlaces(k)]);
    const lesson = lessonsOf(k)[(i * 5) % Math.max(lessonsOf(k).length, 1)];
    const spoken = lesson ? DAYS[lesson.day] : undefined;
    if (lesson && spoken) {
      ask(`во сколько ${slangOf(lesson.subject)} ${spoken.on} ${names[(i + 1) % 6]}`, [
        page(k),
        `timetable/${k.id}/#${lesson.day}`,
        ...shiftPlaces(k),
      ]);
    }
  });
  ask('расписание звонков', ['timetable/bells/']);
  ask('raspisanie zvonkov', ['timetable/bells/']);
  ask('сколько минут перемена', ['timetable/bells/']);
  ask('сколько длится урок онлайн', ['timetable/bells/', p.howItWorks]);
  ask(wrongLayout('звонки'), ['timetable/bells/']);
  shifts.forEach((s, i) => {
    const ordinal = ['', 'первая', 'вторая', 'третья'][s.id] ?? String(s.id);
    const section = ['timetable/bells/', `timetable/bells/#shift-${s.id}`];
    ask(i % 2 ? `${ordinal} смена время уроков` : `во сколько начинается ${ordinal} смена`, section);
    ask(
      `какие классы учатся во ${['', 'первую', 'вторую', 'третью'][s.id] ?? s.id} смену`
        .replace('во первую', 'в первую')
        .replace('во третью', 'в третью'),
      [...section, 'timetable/'],
    );
  });

  // ---- requirements and borrowing ----
  if (c.hasRequirements) {
    const internet = ['requirements/#internet'];
    ask('какой интернет нужен для видеоурока', internet);
    ask('скорость интернета мбит для дистанта', internet);
    ask('требования к компьютеру для дистанционки', ['requirements/', 'requirements/#devices-title', ...p.deviceCards(() => true)]);
    ask('подойдет ли мой ноутбук', [p.deviceCard('laptop'), 'device-check/']);
    ask('проверить камеру и микрофон перед уроком', ['device-check/']);
    ask('можно ли учиться с телефона', [p.deviceCard('phone'), ...says(SENTENCE.phoneOk)]);
    ask('сколько оперативки нужно на комп', [p.deviceCard('computer'), p.deviceCard('laptop')]);
    ask(
      'без веб камеры можно на уроке',
      p.deviceCards((d) => /без (веб-)?камеры/i.test(d.note ?? '')),
    );
    ask('нужны ли наушники с микрофоном', ['requirements/#devices-title', ...p.deviceCards(() => true)]);
    const osWords: [string, RegExp][] = [
      ['астра линукс подойдет', /astra/i],
      ['айфон какой ios нужен', /ios/i],
      ['андроид какой версии для сферума', /android/i],
    ];
    for (const [query, test] of osWords)
      ask(
        query,
        p.deviceCards((d) => d.os.some((os) => test.test(os))),
      );
    ask(
      'яндекс браузер или хром',
      p.deviceCards((d) => d.browsers.some((b) => /яндекс|chrome/i.test(b))),
    );
  }
  const lending = [p.lending, ...says(SENTENCE.lending)];
  ask('дадут ли ноутбук в школе', lending);
  ask('нет компа у ребенка что делать', lending);
  ask('как получить ноутбук от школы документы', [p.lending]);
  ask('выдача техники', [p.lending, ...p.announcements((t) => /выдач/.test(t)), ...says(SENTENCE.lending)]);
  ask(
    'до какого числа выдают ноутбуки',
    p.announcements((t) => /выдач/.test(t) && /\d/.test(t)),
  );
  ask(wrongLayout('ноутбук'), lending);

  // ---- guides ----
  const GUIDE_KINDS: [RegExp, string][] = [
    [/восстановить вход/, 'забыл пароль от'],
    [/войти в/, 'как зайти в'],
    [/попасть на видеоурок/, 'как подключиться к уроку в'],
    [/посмотреть оценку/, 'где увидеть отметку за домашку в'],
    [/нет звука/, 'не слышно учителя на уроке'],
    [/уведомлени/, 'не приходят уведомления'],
    [/поднять руку/, 'как поднять руку на видеоуроке'],
    [/сдать домашнее/, 'как отправить домашку в'],
    [/написать учителю/, 'как написать учителю через'],
  ];
  const PLATFORM_WORD: Record<string, string> = { sferum: 'сферум', 'moya-shkola': 'моя школа' };
  const DEVICE_WORD: Record<string, string> = { computer: 'с компа', phone: 'с телефона', tablet: 'с планшета', laptop: 'с ноутбука' };
  for (const g of c.guides) {
    const kind = GUIDE_KINDS.find(([test]) => test.test(g.title.toLowerCase()));
    if (!kind) continue;
    const platformWord = PLATFORM_WORD[g.platform ?? ''] ?? '';
    const deviceWord = DEVICE_WORD[g.device ?? ''] ?? '';
    const query = `${kind[1]} ${platformWord} ${deviceWord}`.replace(/\s+/g, ' ').trim();
    const places = c.guides
      .filter(
        (o) =>
          kind[0].test(o.title.toLowerCase()) && o.platform === g.platform && (o.device === g.device || o.device === 'any' || !deviceWord),
      )
      .map((o) => `guides/${o.id}/`);
    ask(query, places);
  }
  ask(
    'как зайти на урок',
    p.guides((g) => /попасть на видеоурок/.test(g.title.toLowerCase())),
  );
  ask('где смотреть оценки', [
    ...p.guides((g) => /оценк/.test(g.title.toLowerCase())),
    ...says(SENTENCE.grades),
    p.howItWorks,
    ...c.platforms.filter((x) => x.kind.includes('diary')).map((x) => `platforms/#${x.id}`),
  ]);
  ask(
    'как сдать дз',
    p.guides((g) => /сдать/.test(g.title.toLowerCase())),
  );
  ask('как устроена учеба на дистанте', [p.howItWorks]);

  // ---- FAQ and notices, by what their text says ----
  ask('когда появятся оценки за урок в дневнике', says(SENTENCE.grades));
  ask('где взять электронный учебник', says(SENTENCE.textbooks));
  ask('не успели сдать задание можно перенести срок', says(SENTENCE.late));
  ask('до скольки учитель отвечает в сообщениях', says(SENTENCE.replies));
  ask('как узнать дату контрольной', says(SENTENCE.tests));
  ask('контрольные на дистанционке будут', says(SENTENCE.tests));

  // ---- parent meetings ----
  ask('родительское собрание', ['meetings/']);
  ask('rodit sobranie', ['meetings/']);
  ask('общешкольное собрание когда', p.schoolMeetings);
  for (const k of classes) {
    const own = p.meetingsOfClass(k.id);
    if (own.length === 0) continue;
    const names = spellings(k);
    const i = classes.indexOf(k);
    const texts = [
      `собрание ${names[0]} класса`,
      `когда собрание у ${names[1]}`,
      `родительское ${names[3]}`,
      `ссылка на собрание ${names[2]}`,
    ];
    ask(texts[i % texts.length]!, own);
  }
  const agendaTopics: [string, RegExp][] = [
    ['собрание про питание льготников', /питани/i],
    ['на каком собрании расскажут про выдачу ноутбуков', /выдач/i],
    ['собрание режим дня ребенка', /режим дня/i],
  ];
  for (const [query, test] of agendaTopics)
    ask(
      query,
      p.meetingOf((m) => (m.agenda ?? []).some((a: string) => test.test(a))),
    );

  // ---- communication schedule ----
  ask(
    'родительский чат класса',
    p.talk((t) => t.form === 'chat' || /чат/i.test(t.title)),
  );
  ask(
    'планерка учителей во сколько',
    p.talk((t) => t.form === 'planning' || /планёрк|планерк/i.test(t.title)),
  );
  ask(
    'когда классный руководитель пишет итоги дня',
    p.talk((t) => /итог/i.test(t.frequency ?? '')),
  );
  ask(
    'psiholog konsultaciya uchenikam',
    p.talk((t) => /психолог/i.test(t.title)),
  );

  // ---- documents ----
  const order = c.documents.find((d) => d.id === c.school.distanceLearning?.order);
  if (order) {
    ask('приказ о переходе на дистанционку', [`documents/#${order.id}`]);
    ask('на основании чего дистант', [`documents/#${order.id}`]);
    if (order.number) {
      ask(`приказ ${order.number}`, [`documents/#${order.id}`]);
      ask(
        `приказ № ${order.number.replace(/-.*$/, '')}`,
        p
          .documents(() => true)
          .filter(
            (place) =>
              c.documents.find((d) => `documents/#${d.id}` === place)?.number?.replace(/-.*$/, '') === order.number!.replace(/-.*$/, ''),
          ),
      );
    }
  }
  for (const d of c.documents) {
    if (d.id === order?.id) continue;
    const title = d.title.toLowerCase();
    if (/план/.test(title) && d.number) ask(`приказ ${d.number.replace(/-.*$/, '')} план график`, [`documents/#${d.id}`]);
    else if (d.kind === 'regulation') ask('положение о дистанционном обучении', [`documents/#${d.id}`]);
    else if (d.kind === 'recommendation' && d.number) ask(d.number.toLowerCase(), [`documents/#${d.id}`]);
    else if (/памятк/.test(title)) ask('памятка родителям про режим дня', [`documents/#${d.id}`]);
  }
  ask('все приказы', ['documents/', ...p.orders]);

  // ---- plan ----
  const plan = c.roadmap;
  plan.forEach((item, i) => {
    const anchor = `plan/#${roadmapAnchor(item.id)}`;
    if (i % 4 === 0) ask(i % 2 ? `пункт ${item.id} плана` : `план график п. ${item.id}`, [anchor]);
  });
  const deadlines = [...new Set(plan.map((item) => String(item.deadline).slice(0, 10)))];
  pick(deadlines, 2).forEach((deadline, i) => {
    const items = plan.filter((item) => String(item.deadline).slice(0, 10) === deadline).map((item) => `plan/#${roadmapAnchor(item.id)}`);
    ask(i % 2 ? `что должны сделать к ${spokenDate(deadline).replace(/^(\d+)/, '$1-му')}` : `план на ${spokenDate(deadline)}`, items);
  });
  const responsible = [...new Set(plan.map((item) => item.responsible).filter((x): x is string => Boolean(x)))];
  pick(responsible, 2).forEach((id, i) => {
    const person = staffById(id);
    if (!person) return;
    const { surname } = partsOf(person.name);
    const items = plan.filter((item) => item.responsible === id).map((item) => `plan/#${roadmapAnchor(item.id)}`);
    ask(i % 2 ? `за что отвечает ${surname} по плану` : `план график ответственный ${surname.toLowerCase()}`, items);
  });
  const planTopics: [string, RegExp][] = [
    ['когда решат с питанием льготников', /питани/i],
    ['план выдача устройств срок', /выдач/i],
    ['психологическая поддержка в плане школы', /психолог/i],
  ];
  for (const [query, test] of planTopics)
    ask(
      query,
      plan.filter((item) => test.test(item.title)).map((item) => `plan/#${roadmapAnchor(item.id)}`),
    );
  ask('что уже выполнено по плану', ['plan/']);

  // ---- coordinators ----
  const levelOf = (level: string) => coordinators.filter((k) => k.level === level).map((k) => k.place);
  ask('координатор дистанционного обучения в школе', levelOf('school'));
  ask('кто отвечает за дистант в управлении образования', levelOf('municipal'));
  ask('муниципальный координатор', levelOf('municipal'));
  ask('региональный куратор дистанционки министерство', levelOf('regional'));
  ask('куда жаловаться если школа не решает вопрос', ['coordinators/', ...levelOf('municipal')]);
  for (const k of coordinators.filter((x) => x.level !== 'school')) {
    const { surname, first, patronymic } = partsOf(k.name);
    ask(surname.toLowerCase(), family(surname));
    ask(`${first} ${patronymic} ${k.level === 'regional' ? 'министерство' : 'управление образования'}`, byFirstNames(first, patronymic));
    if (k.phone && k.level === 'municipal') ask(digits(k.phone), byPhone(k.phone));
  }

  // ---- long worried questions in a family's words ----
  const young = classes.find((k) => gradeOf(k) <= 4);
  const senior = classes.at(-1);
  const middle = classes.find((k) => gradeOf(k) >= 5 && gradeOf(k) <= 9);
  ask('здравствуйте у сына не получается зайти на урок в сферуме с телефона пишет ошибку куда звонить помогите', [
    ...p.itSupport,
    ...p.hotline,
    ...p.guides(
      (g) => /попасть на видеоурок/.test(g.title.toLowerCase()) && g.platform === 'sferum' && (g.device === 'phone' || g.device === 'any'),
    ),
  ]);
  ask('дочка очень переживает из за учебы дома плачет по вечерам не знаю к кому обратиться', [...p.psychologist, ...p.helpline]);
  ask('у нас трое детей и один старый телефон на всех можно ли взять у школы ноутбук', lending);
  if (young) {
    const shiftNamed = shiftOf(young);
    ask(`я бабушка внучка в ${spellings(young)[0]} во сколько у неё завтра первый урок и где смотреть`, [
      page(young),
      ...(shiftNamed ? shiftPlaces(young) : []),
    ]);
  }
  if (middle) {
    ask(`сын в ${spellings(middle)[1]} классе пропустил урок болел как узнать что задали и как сдать`, [
      page(middle),
      ...p.guides((g) => /сдать/.test(g.title.toLowerCase())),
    ]);
  }
  if (senior) {
    const ct = senior.classTeacher ? staffById(senior.classTeacher) : undefined;
    if (ct)
      ask(`мне срочно нужен номер или почта классного руководителя ${spellings(senior)[0]} класса`, [`staff/#${ct.id}`, page(senior)]);
  }
  ask(
    'мы малоимущие на дистанте будут ли кормить или давать паек льготникам',
    plan.filter((item) => /питани/i.test(item.title)).map((item) => `plan/#${roadmapAnchor(item.id)}`),
  );
  ask('ребенок не успевает сдавать задания учитель ставит двойки что делать можно ли сдать позже', says(SENTENCE.late));
  ask('у нас медленный интернет в деревне хватит ли на видеоурок или нет', c.hasRequirements ? ['requirements/#internet'] : []);

  return cases;
}
