/**
 * Batch 21 of the evaluation questions (2026-11-18), written blind for generated schools of seeds 49
 * and 50: without looking at the search, its tests or its logs, and without reading the questions of
 * the earlier batches — only from the mission of a distance-learning page and from the two schools'
 * content. The questions are typed the way families type them into a school site's search box: a
 * worried parent's whole situation in one breath, a pupil's two slangy words on a phone with a typo or
 * a vowel written by ear, a grandparent's polite question, a teacher's short query. They cover the
 * hotline, psychologist, helpline, social help and technical support; the director, deputies and the
 * secretary; teachers by surname in any case, by first name and patronymic, by e-mail, in Latin letters
 * or in the wrong keyboard layout; who teaches a subject in a class and who is a class's form teacher;
 * class timetables in every spelling of a class («7а», «7 а», «7-а», «седьмой а», «7a»), a weekday's
 * lessons, bell times and shifts; the step-by-step guides (signing in, joining a lesson, handing in
 * homework, writing to a teacher, when nothing works); the communication schedule; coordinators by
 * level; the plan-schedule by topic, deadline and responsible person; orders by number and topic;
 * device and internet requirements and borrowing a device; parent meetings; the printable memo; FAQ
 * answers and notices whose own text answers; whole lists.
 *
 * Places are read from each school's content (names, phones, e-mails, ids, titles, timetables), so the
 * same function serves both seeds; each question names every place that answers it equally (a person's
 * staff card and the contact card that gives that person; a class's page and the weekday on it), and a
 * question whose school lacks its place is left out.
 */
import { join } from 'node:path';
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** A surname in the genitive, as in «телефон Масловой»: «Маслова» → «Масловой», «Фомин» → «Фомина». */
const genitive = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}а` : surname;

/** A surname after «с»: «Маслова» → «Масловой», «Фомин» → «Фоминым». */
const instrumental = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}ым` : surname;

/** Latin letters as people transliterate by ear: «Смирнова» → «smirnova». */
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

/** An unstressed «о» written by ear as «а» (the first one after the first letter): «Соколов» → «Сакалов» only once: «Саколов». */
const byEar = (word: string) => {
  const lower = word.toLowerCase();
  const at = lower.indexOf('о', 1);
  if (at !== -1) return `${lower.slice(0, at)}а${lower.slice(at + 1)}`;
  const e = lower.indexOf('е', 1);
  return e === -1 ? lower : `${lower.slice(0, e)}и${lower.slice(e + 1)}`;
};

/** How a subject is named on its own by pupils. */
const SLANG: Record<string, string> = {
  'физическая культура': 'физра',
  'английский язык': 'англ',
  'русский язык': 'русский',
  'изобразительное искусство': 'изо',
  'основы безопасности и защиты родины': 'обзр',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружайка',
  'труд (технология)': 'технология',
  'вероятность и статистика': 'теория вероятностей',
  литература: 'литра',
  информатика: 'инфа',
};
const slang = (subject: string) => SLANG[subject.toLowerCase()] ?? subject.toLowerCase();

/** Months in the genitive, for deadlines as said: «до 25 ноября». */
const MONTHS_OF = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const spokenDate = (iso: string) => {
  const [, month = '1', day = '1'] = iso.split('-');
  return `${Number(day)} ${MONTHS_OF[Number(month) - 1]}`;
};

interface Lesson {
  day: string;
  period: number;
  subject: string;
  teacher: string | undefined;
}

/** Every question for one school. */
export function twentyFirstBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, classes, school } = p;
  const { cases, ask } = uniqueAsker();
  const staffById = new Map(c.staff.map((s) => [s.id, s]));
  const says = (sentence: string) => [
    ...p.faq((_, body) => body.includes(sentence)),
    ...p.notices.filter((n) => bodyOf(p.announcementDir, n.id).includes(sentence)).map((n) => `announcements/#${n.id}`),
  ];
  const contactCard = (kind: string) => c.contacts.filter((e) => e.kind === kind).map((e) => `contacts/#${e.id}`);

  // ——— Contacts: hotline, psychologist, helpline, social help, technical support ———
  const hotline = c.contacts.find((e) => e.kind === 'hotline');
  ask('горячая линия', p.hotline);
  ask('куда звонить если ничего не понятно с дистанционкой', p.hotline);
  ask('номер горячей линии школы по дистанту', p.hotline);
  ask('горячея линия телефон', p.hotline);
  ask(wrongLayout('горячая линия'), p.hotline);
  if (hotline) {
    const phone = hotline.phones?.[0] ?? '';
    const digits = p.digits(phone);
    ask(`${digits.slice(-6, -4)} ${digits.slice(-4, -2)} ${digits.slice(-2)}`, [`contacts/#${hotline.id}`]);
    ask(`чей номер ${digits}`, [`contacts/#${hotline.id}`]);
    ask('до скольки работает горячая линия в пятницу', [`contacts/#${hotline.id}`]);
  }
  ask('психолог', p.psychologist);
  ask('ребенок плачет не хочет учиться дома к кому обратиться из школы психолог', p.psychologist);
  ask('псиохлог школьный телефон', p.psychologist);
  ask('пспхолог', p.psychologist);
  ask('нужна помощь психолога подростку', p.psychologist);
  ask('телефон доверия для детей', p.helpline);
  ask('телефон доверия', p.helpline);
  ask('анонимно поговорить с кем нибудь бесплатный номер', p.helpline);
  ask('социальный педагог', p.social);
  ask('соцпедагог телефон', p.social);
  ask('мы многодетная семья малоимущие куда обращаться за помощью', p.social);
  ask('социальная помощь семьям', p.social);
  ask('техподдержка', p.itSupport);
  ask('техническая поддержка телефон не работает сферум', [...p.itSupport, ...p.troubleGuides.filter((g) => g.includes('sferum'))]);
  ask('сисадмин школы', p.itSupport);
  ask('кому звонить если компьютер не подключается к уроку', [...p.itSupport, ...p.troubleGuides]);
  ask(wrongLayout('техподдержка'), p.itSupport);
  ask('тех поддержка', p.itSupport);
  ask('поддержка сферума', [p.platform('sferum') && 'contacts/#support-sferum', p.platform('sferum')]);
  ask('служба поддержки моя школа госуслуги', [p.platform('moya-shkola') && 'contacts/#support-moya-shkola', p.platform('moya-shkola')]);

  // ——— Administration ———
  const director = c.staff.find((s) => s.position.toLowerCase() === 'директор');
  ask('директор', p.director);
  ask('как связаться с директором школы', [...p.director, ...p.talk((t) => /директор/i.test(t.title))]);
  ask(
    'дериктор школы фио',
    p.director.filter((place) => place.startsWith('staff/')),
  );
  if (director) {
    const { surname, first, patronymic } = partsOf(director.name);
    ask(`${first} ${patronymic}`, p.bySurname(surname));
    ask(`${dative(surname)} позвонить`, p.bySurname(surname));
    ask(`${withoutYo(surname).toLowerCase()} директор почта`, p.bySurname(surname));
  }
  ask(
    'приемная директора телефон',
    contactCard('administration')
      .filter((place) => /priem|sekret/.test(place))
      .concat(p.schoolCard),
  );
  ask('секретарь', [
    ...c.contacts.filter((e) => /секретар/i.test(e.title)).map((e) => `contacts/#${e.id}`),
    ...p.staff((pos) => pos.includes('секретар')),
  ]);
  ask('завуч', p.deputy);
  ask('завуч по учебной работе телефон', p.deputy);
  ask(
    'зам директора по воспитательной работе',
    p.staff((pos) => pos.includes('по воспитательной')),
  );
  ask('телефон школы', [p.schoolCard]);
  ask('электронная почта школы', [p.schoolCard]);
  ask(p.digits(school.phone ?? '').slice(-6), [
    p.schoolCard,
    ...c.contacts.filter((e) => (e.phones ?? []).includes(school.phone ?? '')).map((e) => `contacts/#${e.id}`),
    ...p.talk((t) => t.channel === school.phone),
  ]);
  ask('адрес школы', [p.schoolCard]);
  ask(
    'логопед',
    p.staff((pos) => pos.includes('логопед')),
  );
  ask(
    'библиотекарь',
    p.staff((pos) => pos.includes('библиотек')),
  );
  ask('где взять электронный учебник', says('электронные учебники открываются'));

  // ——— Teachers by name ———
  const surnames = c.staff.map((s) => partsOf(s.name).surname);
  const lonely = c.staff.filter((s) => {
    const surname = partsOf(s.name).surname;
    return surnames.filter((other) => other.startsWith(surname.slice(0, -1))).length === 1;
  });
  const calledAs = (s: (typeof c.staff)[number]) => `${partsOf(s.name).first} ${partsOf(s.name).patronymic}`;
  const teachers = lonely.filter(
    (s) => (s as { group?: string }).group === 'teacher' && c.staff.filter((o) => calledAs(o) === calledAs(s)).length === 1,
  );
  const forms: ((s: (typeof c.staff)[number]) => string)[] = [
    (s) => `${dative(partsOf(s.name).surname)} написать`,
    (s) => `как связаться с ${instrumental(partsOf(s.name).surname)}`,
    (s) => `телефон ${genitive(partsOf(s.name).surname).toLowerCase()}`,
    (s) => `найти ${accusative(partsOf(s.name).surname)}`,
    (s) => `${partsOf(s.name).first} ${partsOf(s.name).patronymic}`,
    (s) => `${partsOf(s.name).first.toLowerCase()} ${partsOf(s.name).patronymic.toLowerCase()} ${slang((s.subjects ?? [''])[0]!)}`,
    (s) => swapped(partsOf(s.name).surname.toLowerCase(), 3),
    (s) => byEar(partsOf(s.name).surname),
    (s) => doubled(partsOf(s.name).surname.toLowerCase(), 2),
    (s) => wrongLayout(partsOf(s.name).surname),
    (s) => latin(partsOf(s.name).surname),
    (s) => `почта ${genitive(partsOf(s.name).surname).toLowerCase()} учителя`,
    (s) => oneLetterLess(partsOf(s.name).surname.toLowerCase()),
    (s) => `у ${genitive(partsOf(s.name).surname).toLowerCase()} когда консультация`,
    (s) => `${withoutYo(s.name).toLowerCase()}`,
    (s) => `${partsOf(s.name).surname} ${partsOf(s.name).first[0]}.${partsOf(s.name).patronymic[0]}.`,
  ];
  teachers.slice(0, forms.length).forEach((s, i) => {
    const form = forms[i]!;
    const query = form(s);
    if (query.length > 3) ask(query, p.bySurname(partsOf(s.name).surname));
  });
  for (const s of teachers.filter((t) => t.email).slice(0, 3))
    ask(s.email!, [`staff/#${s.id}`, ...c.contacts.filter((e) => e.email === s.email).map((e) => `contacts/#${e.id}`)]);
  for (const s of c.staff.filter((t) => t.phone).slice(0, 3)) {
    const digits = p.digits(s.phone!);
    ask(`8${digits.slice(1, 4)}${digits.slice(4)}`, [`staff/#${s.id}`]);
  }
  const withHandle = c.staff.find((s) => (s.accounts ?? []).some((a) => a.handle));
  if (withHandle) {
    const handle = withHandle.accounts!.find((a) => a.handle)!.handle!;
    ask(handle.replace(/^@/, ''), [`staff/#${withHandle.id}`]);
    ask(`${genitive(partsOf(withHandle.name).surname).toLowerCase()} ник в сферуме`, [`staff/#${withHandle.id}`]);
  }
  for (const s of lonely.filter((t) => (t as { group?: string }).group === 'specialist').slice(0, 2)) {
    const { first, patronymic, surname } = partsOf(s.name);
    ask(`${first} ${patronymic} ${s.position.toLowerCase().split(' ')[0]}`, p.bySurname(surname));
  }

  // ——— Subjects in classes, form teachers ———
  const lessonsOf = (k: (typeof classes)[number]): Lesson[] =>
    Object.entries(k.days as Record<string, { period: number; subject: string; teacher?: string }[]>).flatMap(([day, list]) =>
      (list ?? []).map((l) => ({ day, period: l.period, subject: l.subject, teacher: l.teacher })),
    );
  const spellings = [
    (g: number, l: string) => `${g}${l.toLowerCase()}`,
    (g: number, l: string) => `${g} ${l.toLowerCase()}`,
    (g: number, l: string) => `${g}-${l.toLowerCase()}`,
    (g: number, l: string) => `${GRADE_ORDINALS[g]} ${l.toLowerCase()}`,
    (g: number, l: string) => `${g}${latin(l)}`,
    (g: number, l: string) => `${g}${l}`,
  ];
  const subjectsAsked = new Set<string>();
  classes.forEach((k, i) => {
    const grade = p.gradeOf(k);
    const letter = p.letterOf(k);
    const spell = spellings[i % spellings.length]!;
    const name = spell(grade, letter);
    const inName = i % spellings.length === 3 ? `${grade} ${letter.toLowerCase()}` : name;
    const page = p.timetable(k);
    const lessons = lessonsOf(k);
    // the timetable in one of its spellings
    const timetableForms = [
      `расписание ${name}`,
      `уроки ${name} класс`,
      `${name} расписание на неделю`,
      `какие уроки ${name}`,
      `расписане ${name}`,
      `${wrongLayout('расписание')} ${name}`,
    ];
    ask(timetableForms[i % timetableForms.length]!, [page]);
    // a weekday's lessons
    const dayKeys = Object.keys(k.days);
    const day = dayKeys[(i * 2) % dayKeys.length]!;
    const spoken = DAYS[day];
    if (spoken) {
      const dayForms = [
        `что ${spoken.on} у ${inName}`,
        `${name} ${spoken.name} уроки`,
        `расписание ${name} ${spoken.to}`,
        `сколько уроков ${spoken.on} в ${inName} классе`,
      ];
      ask(dayForms[i % dayForms.length]!, [`${page}#${day}`, page]);
    }
    // who teaches a subject here
    const subjectLessons = lessons.filter((l) => l.teacher && !subjectsAsked.has(l.subject.toLowerCase()));
    const pick = subjectLessons[(i * 3) % Math.max(subjectLessons.length, 1)];
    if (pick) {
      subjectsAsked.add(pick.subject.toLowerCase());
      const teacherIds = [...new Set(lessons.filter((l) => l.subject === pick.subject && l.teacher).map((l) => l.teacher!))];
      const po = afterPo(pick.subject);
      const known = po !== pick.subject.toLowerCase();
      const whoForms = [
        `${slang(pick.subject)} в ${inName} кто ведет`,
        known ? `учитель по ${po} ${name}` : `учитель ${slang(pick.subject)} ${name}`,
        `${slang(pick.subject)} ${name} кто учитель`,
        known ? `кто по ${po} у ${inName} класса` : `кто ведет ${slang(pick.subject)} ${inName}`,
      ];
      ask(whoForms[i % whoForms.length]!, [...teacherIds.filter((id) => staffById.has(id)).map((id) => `staff/#${id}`), page]);
      const when = lessons.filter((l) => l.subject === pick.subject);
      if (i % 2 === 0 && when.length > 0)
        ask(`когда ${slang(pick.subject)} у ${grade}${letter.toLowerCase()}`, [page, ...new Set(when.map((l) => `${page}#${l.day}`))]);
    }
    // the form teacher and the shift
    if (i % 2 === 1) ask(`классный руководитель ${name}`, [page]);
    if (i % 3 === 0) ask(`${name} в какую смену учится`, [page]);
  });
  ask('расписание уроков', ['timetable/']);
  ask('расписание всех классов', ['timetable/']);
  ask('рaсписание', ['timetable/']);

  // ——— Bells and shifts ———
  const shifts = c.bells?.shifts ?? [];
  ask('звонки', ['timetable/bells/']);
  ask('расписание звонков на дистанте', ['timetable/bells/']);
  ask('звонок', ['timetable/bells/']);
  ask(wrongLayout('звонки'), ['timetable/bells/']);
  ask('сколько минут идет урок на дистанционке', [
    'timetable/bells/',
    bodyOf(join(contentDir, 'pages'), 'kak-ustroeno-obuchenie').includes('минут') ? p.howItWorks : undefined,
  ]);
  for (const shift of shifts) {
    const n = Number(shift.id);
    const ordinal = n === 1 ? 'первая' : n === 2 ? 'вторая' : `${n}-я`;
    const first = shift.periods[0];
    const third = shift.periods[2];
    ask(`во сколько начинается ${ordinal} смена`, [`timetable/bells/#shift-${shift.id}`]);
    if (third) ask(`3 урок ${n} смена время`, [`timetable/bells/#shift-${shift.id}`]);
    if (first) ask(`урок в ${first.from.replace(/^0/, '')} это какая смена`, [`timetable/bells/#shift-${shift.id}`]);
  }
  ask('перемена сколько минут', ['timetable/bells/']);

  // ——— Guides ———
  const guide = (test: (g: (typeof c.guides)[number]) => boolean) => p.guides(test);
  ask(
    'как зайти в сферум с телефона',
    guide((g) => g.platform === 'sferum' && g.topic === 'connect' && ['phone', 'any'].includes(g.device ?? '')),
  );
  ask(
    'вход в сферум с компа',
    guide((g) => g.platform === 'sferum' && g.topic === 'connect' && ['computer', 'any'].includes(g.device ?? '')),
  );
  ask(
    'не могу войти в сферум забыли пароль',
    guide((g) => g.platform === 'sferum' && (g.topic === 'connect' || g.topic === 'troubleshooting') && /восстанов/i.test(g.title)),
  );
  ask(
    'сферум вход с планшета',
    guide((g) => g.platform === 'sferum' && g.topic === 'connect' && ['tablet', 'any'].includes(g.device ?? '')),
  );
  ask('как подключиться к уроку', p.connectGuides);
  ask(
    'как поднять руку на уроке',
    guide((g) => /руку/i.test(g.title)),
  );
  ask(
    'как включить микрофон на видеоуроке',
    guide((g) => /микрофон/i.test(g.title)),
  );
  ask(
    'на уроке не слышно учителя нет звука',
    guide((g) => /звук/i.test(g.title)),
  );
  ask(
    'как сдать домашку',
    p.homeworkGuides.filter((g) => /сдать/.test(g) || /sdat/.test(g)),
  );
  ask(
    'как отправить дз учителю в моей школе с телефона',
    guide((g) => g.topic === 'homework' && /сдать/i.test(g.title) && ['phone', 'any'].includes(g.device ?? '')),
  );
  ask(
    'как прикрепить фото тетради к заданию',
    guide((g) => g.topic === 'homework' && /сдать/i.test(g.title)),
  );
  ask('где посмотреть оценку за домашнее задание', [
    ...guide((g) => /оценк/i.test(g.title)),
    ...says('оценки появляются в электронном дневнике'),
  ]);
  ask(
    'как написать учителю в сферуме',
    guide((g) => /написать учител/i.test(g.title)),
  );
  ask(
    'ошибка входа сферум',
    guide((g) => /ошибк/i.test(g.title)),
  );
  ask('ничего не работает что делать', [
    ...p.troubleGuides,
    ...p.itSupport,
    bodyOf(join(contentDir, 'pages'), 'kak-ustroeno-obuchenie').includes('не работает') ? p.howItWorks : undefined,
  ]);
  ask(
    'уведомления моя школа не приходят',
    guide((g) => /уведомлен/i.test(g.title)),
  );
  ask('инструкции', ['guides/']);
  ask('пошаговые инструкции для родителей', ['guides/']);
  ask(wrongLayout('сферум'), [p.platform('sferum')]);
  ask('sferum', [p.platform('sferum')]);
  ask('что такое моя школа платформа', [p.platform('moya-shkola')]);
  ask('на каких платформах проходит обучение', ['platforms/', p.howItWorks]);

  // ——— Communication schedule ———
  ask('когда можно дозвониться до директора', [
    ...p.talk((t) => /директор/i.test(t.title)),
    ...p.director.filter((place) => place.startsWith('contacts/')),
  ]);
  ask(
    'прием директора по телефону во вторник',
    p.talk((t) => /директор/i.test(t.title)),
  );
  ask('график взаимодействия', ['communication/']);
  ask('когда учитель отвечает на сообщения', says('учитель отвечает на сообщения'));
  ask(
    'родительский чат класса',
    p.talk((t) => /чат/i.test(t.title)),
  );
  ask('когда можно поговорить с психологом ребенку', [
    ...p.talk((t) => /психолог/i.test(t.title)),
    ...p.contact('psychologist', (t) => !t.includes('доверия')),
  ]);
  ask(
    'планерка для учителей во сколько',
    p.talk((t) => /планёрк|планерк/i.test(t.title)),
  );
  const consultant = teachers.find((s) => (s.hours ?? []).length > 0);
  if (consultant)
    ask(`консультации ${genitive(partsOf(consultant.name).surname).toLowerCase()} по какому дню`, [`staff/#${consultant.id}`]);

  // ——— Coordinators ———
  const coordinators = (level: string) => c.coordinators.filter((k) => k.level === level).map((k) => `coordinators/#coordinator-${k.id}`);
  ask('координатор', ['coordinators/']);
  ask('ответственный за дистанционное обучение в школе', coordinators('school'));
  ask('кто отвечает за дистант в управлении образования', coordinators('municipal'));
  ask('региональный координатор министерство', coordinators('regional'));
  ask('куда жаловаться выше школы на дистанционку', [...coordinators('municipal'), ...coordinators('regional')]);
  for (const k of c.coordinators.filter((x) => x.level !== 'school').slice(0, 2)) {
    const { surname } = partsOf(k.name);
    ask(`${genitive(surname).toLowerCase()} телефон`, [`coordinators/#coordinator-${k.id}`]);
  }

  // ——— Plan-schedule ———
  ask('план график мероприятий', ['plan/', ...p.documents((t) => t.includes('план'))]);
  ask('план-график', ['plan/']);
  const roadmap = c.roadmap;
  const roadTopic = (re: RegExp) => roadmap.filter((r) => re.test(r.title)).map((r) => `plan/#${roadmapAnchor(r.id)}`);
  ask('питание льготников на дистанте', roadTopic(/питани/i));
  ask('психологическая поддержка детей мероприятия', roadTopic(/психолог/i));
  ask('подготовка к контрольным план', roadTopic(/контрольн/i));
  ask('режим дня ребенка дома мероприятие', roadTopic(/режим дня/i));
  const late = roadmap.filter((r) => r.status === 'in-progress')[0];
  if (late) ask(`что в плане до ${spokenDate(String(late.deadline))}`, [`plan/#${roadmapAnchor(late.id)}`]);
  const responsibleOf = roadmap.find((r) => r.responsible && staffById.has(r.responsible));
  if (responsibleOf) {
    const person = staffById.get(responsibleOf.responsible!)!;
    const theirs = roadmap.filter((r) => r.responsible === person.id).map((r) => `plan/#${roadmapAnchor(r.id)}`);
    ask(`за что отвечает ${withoutYo(partsOf(person.name).surname)} в плане`, theirs);
  }
  ask('какие мероприятия еще не выполнены', roadmap.length > 0 ? ['plan/'] : []);

  // ——— Documents ———
  ask(
    'приказ о переходе на дистанционное обучение',
    p.documents((t) => t.includes('переход')),
  );
  for (const d of c.documents.filter((x) => x.number && x.kind === 'order')) ask(`приказ ${d.number}`, [`documents/#${d.id}`]);
  const firstOrder = c.documents.find((x) => x.number && x.kind === 'order');
  if (firstOrder) ask(`приказ номер ${firstOrder.number!.replace(/-о$/, '')} от какого числа`, [`documents/#${firstOrder.id}`]);
  const recommendation = c.documents.find((x) => x.number && x.kind === 'recommendation');
  if (recommendation) ask(recommendation.number!.toLowerCase(), [`documents/#${recommendation.id}`]);
  ask(
    'положение о дистанционном обучении',
    p.documents((t) => t.startsWith('положение')),
  );
  ask(
    'методические рекомендации министерства',
    p.documents((t) => t.includes('рекомендац')),
  );
  ask('документы школы приказы', ['documents/']);
  ask('прикас', ['documents/', ...p.orders]);

  // ——— Requirements and devices ———
  ask('требования к компьютеру', [p.deviceCard('computer'), 'requirements/']);
  ask('какой телефон нужен для уроков андроид', [p.deviceCard('phone')]);
  ask('подойдет ли старый планшет для учебы', [p.deviceCard('tablet'), p.deviceCard('tablet') && 'device-check/']);
  ask('какая скорость интернета нужна', c.hasRequirements ? ['requirements/#internet'] : []);
  ask('нужна ли веб камера', p.deviceCards(() => true).length > 0 ? ['requirements/'] : []);
  ask('ноутбук для дистанта минимальные требования', [p.deviceCard('laptop')]);
  ask('проверить микрофон и камеру перед уроком', ['device-check/']);
  ask('нет компьютера дома где взять', [p.lending, ...says('выдаёт ноутбук или планшет')]);
  ask('выдача ноутбуков', [p.lending]);
  ask('можно взять планшет в школе на время', [p.lending]);
  ask('как получить ноутбук бесплатно многодетным', [p.lending]);
  ask(wrongLayout('ноутбук'), [p.lending]);
  ask(
    'продуктовые наборы',
    p.announcements((t) => t.includes('продукт')),
  );

  // ——— Meetings ———
  ask('родительское собрание', ['meetings/']);
  ask('когда общешкольное собрание', p.schoolMeetings);
  ask('ссылка на родительское собрание онлайн', ['meetings/']);
  for (const k of classes) {
    const meetings = p.meetingsOfClass(k.id);
    if (meetings.length === 0) continue;
    const g = p.gradeOf(k);
    const l = p.letterOf(k).toLowerCase();
    const forms = [`собрание ${g}${l}`, `родительское собрание ${g} ${l} класс когда`, `собрание родителей ${GRADE_ORDINALS[g]} ${l}`];
    ask(forms[g % forms.length]!, meetings);
  }
  ask(
    'собрание перенесли',
    p.announcements((t) => t.includes('собрани')),
  );

  // ——— Memo, how it works, FAQ, whole lists ———
  ask('памятка', ['memo/', ...p.documents((t) => t.includes('памятк'))]);
  ask('распечатать памятку для бабушки', ['memo/']);
  ask('памятка для печати', ['memo/']);
  ask('как устроено обучение на дистанте', [p.howItWorks]);
  ask('где смотреть оценки', [...says('оценки появляются в электронном дневнике'), ...guide((g) => /оценк/i.test(g.title)), p.howItWorks]);
  ask('не успевает сдать задание можно перенести срок', says('срок сдачи можно перенести'));
  ask('будут ли контрольные на дистанте', says('контрольные работы проводятся по расписанию'));
  ask('частые вопросы', ['faq/']);
  ask('вопросы и ответы для родителей', ['faq/']);
  ask('все учителя школы', ['staff/']);
  ask('список педагогов', ['staff/']);
  ask('все телефоны школы', ['contacts/']);
  ask('контакты', ['contacts/']);
  ask('объявления', ['announcements/']);
  ask('новости школы', ['announcements/']);

  return cases;
}
