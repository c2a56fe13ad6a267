/**
 * Batch 16 of the evaluation questions (2026-11-18), over generated schools of seeds 39 and 40. They were
 * written blind: from the mission of a distance-learning page and from the generated schools' content and
 * built pages only, before any of them was asked of the search and without reading the search's code, its
 * tests or the earlier batches' questions. They are typed the way parents, pupils on phones, grandparents
 * and teachers type into a school site's search box: whole questions and one-word queries, colloquial and
 * slang words («физра», «классуха», «комп»), inflected surnames (dative, accusative, genitive), first name
 * with patronymic, e-mails and phones as bare digits, class spellings («7а», «7 А», «7-а», «седьмой а»,
 * Latin «7a»), typos (a letter missing, doubled or swapped, «е» for «ё»), the wrong keyboard layout and
 * transliteration, and about one question in ten long and run-on, naming a family worry in its own words.
 *
 * Places are read from the school's own content, never hard-coded: a contact, staff, coordinator, device,
 * meeting, document or plan card where the question is about that one thing; for a class and a weekday the
 * class page and that day on it; for a lesson's time the bells of the class's shift and the class page; for
 * «who teaches X in 7а» every teacher the class's timetable gives for X and the class page; for a surname
 * alone everyone of that family (both genders' forms) with the contact and coordinator cards that give
 * them; an FAQ answer or a notice only where its own text answers (the generated ones often do not answer
 * their titles, so they are matched on their bodies); for a whole list the list page. A question whose
 * school lacks its places is left out, and a question is asked once per school.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** How a subject is named on its own in a hurry, and in the accusative («кто ведёт физру»). */
const SUBJECT_WORDS: Record<string, [string, string]> = {
  'русский язык': ['русский', 'русский язык'],
  литература: ['литра', 'литературу'],
  'английский язык': ['английский', 'английский'],
  математика: ['матеша', 'математику'],
  алгебра: ['алгебра', 'алгебру'],
  геометрия: ['геометрия', 'геометрию'],
  'вероятность и статистика': ['статистика', 'статистику'],
  информатика: ['инфа', 'информатику'],
  история: ['история', 'историю'],
  обществознание: ['общество', 'обществознание'],
  физика: ['физика', 'физику'],
  химия: ['химия', 'химию'],
  биология: ['биология', 'биологию'],
  география: ['география', 'географию'],
  'физическая культура': ['физра', 'физру'],
  музыка: ['музыка', 'музыку'],
  'изобразительное искусство': ['изо', 'изо'],
  'труд (технология)': ['труды', 'труд'],
  'литературное чтение': ['чтение', 'литературное чтение'],
  'окружающий мир': ['окружайка', 'окружающий мир'],
  'основы безопасности и защиты родины': ['обзр', 'обзр'],
};
/** After «по» where the earlier batches' helper has no word: «по окружающему миру». */
const AFTER_PO_MORE: Record<string, string> = {
  'литературное чтение': 'чтению',
  'окружающий мир': 'окружающему миру',
  музыка: 'музыке',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труду',
};
const byPo = (subject: string) => AFTER_PO_MORE[subject.toLowerCase()] ?? afterPo(subject);
const slangOf = (subject: string) => SUBJECT_WORDS[subject.toLowerCase()]?.[0] ?? subject.toLowerCase();
const accusativeOf = (subject: string) => SUBJECT_WORDS[subject.toLowerCase()]?.[1] ?? subject.toLowerCase();

/** A class letter in Latin, as typed with the layout half-switched: «А» → «a». */
const LATIN_LETTER: Record<string, string> = { А: 'a', Б: 'b', В: 'v', Г: 'g', Д: 'd', Е: 'e' };

/** Months in the genitive, as a date is said: «27 ноября». */
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const spokenDate = (iso: string) => {
  const [, month = '1', day = '1'] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]}`;
};
const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** A surname's family stem: «Гусева» and «Гусев» both give «Гусев». */
const stemOf = (surname: string) => (/(ова|ева|ёва|ина|ына)$/.test(surname) ? surname.slice(0, -1) : surname);

/** A surname in the genitive, as in «телефон Беловой», «почта Гусева». */
const genitive = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}а` : surname;

export function sixteenthBatchCases(contentDir: string): EvalCase[] {
  const places = batchPlacesOf(contentDir);
  const {
    c,
    hotline,
    helpline,
    psychologist,
    social,
    itSupport,
    director,
    deputy,
    schoolCard,
    faq,
    notices,
    talk,
    platform,
    lending,
    howItWorks,
    deviceCard,
    deviceCards,
    deviceHelp,
    timetable,
    gradeOf,
    letterOf,
    schoolMeetings,
    meetingsOfClass,
    documents,
  } = places;
  const { cases, ask: collect } = uniqueAsker();
  const asked = new Set<string>();
  const ask = (query: string, expected: (string | undefined)[]) => {
    const key = query.toLowerCase().replace(/\s+/g, ' ').trim();
    if (asked.has(key)) return;
    const before = cases.length;
    collect(query, expected);
    if (cases.length > before) asked.add(key);
  };

  const classes = places.classes;
  const staffOf = (id: string | undefined) => c.staff.find((s) => s.id === id);
  const card = (id: string | undefined) => (id && staffOf(id) ? `staff/#${id}` : undefined);
  const bells = (k: { shift: number | string }) => `timetable/bells/#shift-${k.shift}`;
  const dayOf = (k: { id: string }, day: string) => `timetable/${k.id}/#${day}`;
  type Lesson = { day: string; period: number; subject: string; teacher?: string };
  const lessonsOf = (k: (typeof classes)[number]): Lesson[] =>
    Object.entries(k.days as Record<string, Lesson[]>).flatMap(([day, list]) => (list ?? []).map((lesson) => ({ ...lesson, day })));
  const daysOf = (k: (typeof classes)[number]) => Object.keys(k.days as Record<string, unknown>).filter((day) => DAYS[day]);

  /** Every place a text is shown in: cards first, then pages, guides, answers and notices whose text has it. */
  const guideBody = (id: string) => bodyOf(join(contentDir, 'guides'), id);
  const noticeBody = (id: string) => bodyOf(join(contentDir, 'announcements'), id);
  const guidesWithBody = (test: (body: string) => boolean, among = c.guides) =>
    among.filter((g) => test(guideBody(g.id))).map((g) => `guides/${g.id}/`);
  const faqWithBody = (text: string) => faq((_q, body) => body.includes(text));
  const noticesWithBody = (text: string) => notices.filter((n) => noticeBody(n.id).includes(text)).map((n) => `announcements/#${n.id}`);
  const noticesTitled = (test: (title: string) => boolean) => notices.filter((n) => test(n.title)).map((n) => `announcements/#${n.id}`);
  const answersSaying = (text: string) => [...faqWithBody(text), ...noticesWithBody(text)];

  /** Where a phone is shown: its cards, the printable memo and the pages and guides that give it. */
  const phoneDigits = (phone: string) => phone.replace(/\D/g, '');
  const withPhone = (phone: string) => {
    const digits = phoneDigits(phone);
    const same = (other: string | undefined) => Boolean(other) && phoneDigits(other!) === digits;
    return [
      ...c.contacts.filter((e) => (e.phones ?? []).some(same)).map((e) => `contacts/#${e.id}`),
      same(c.school.phone) ? schoolCard : undefined,
      ...c.staff.filter((s) => same(s.phone)).map((s) => `staff/#${s.id}`),
      ...c.coordinators.filter((p) => same(p.phone)).map((p) => `coordinators/#coordinator-${p.id}`),
      ...c.communication.filter((item) => same(item.channel)).map((item) => `communication/#communication-${item.id}`),
      ...c.pages.filter((p) => readFileSync(join(contentDir, 'pages', `${p.id}.md`), 'utf8').includes(phone)).map((p) => `${p.id}/`),
      c.contacts.some((e) => (e.phones ?? []).some(same)) ? 'memo/' : undefined,
    ];
  };

  /** Everyone of a family: staff cards, the contact cards that give them, the coordinator cards. */
  const family = (surname: string) => {
    const stem = stemOf(surname);
    return [
      ...c.staff.filter((s) => stemOf(partsOf(s.name).surname) === stem).map((s) => `staff/#${s.id}`),
      ...c.contacts.filter((e) => (e.person ?? '').split(' ').some((word) => stemOf(word) === stem)).map((e) => `contacts/#${e.id}`),
      ...c.coordinators.filter((p) => stemOf(partsOf(p.name).surname) === stem).map((p) => `coordinators/#coordinator-${p.id}`),
    ];
  };
  /** Everyone with this first name and patronymic. */
  const byFirstNames = (first: string, patronymic: string) => {
    const tail = ` ${first} ${patronymic}`;
    return [
      ...c.staff.filter((s) => s.name.endsWith(tail)).map((s) => `staff/#${s.id}`),
      ...c.contacts.filter((e) => (e.person ?? '').endsWith(tail)).map((e) => `contacts/#${e.id}`),
      ...c.coordinators.filter((p) => p.name.endsWith(tail)).map((p) => `coordinators/#coordinator-${p.id}`),
    ];
  };
  /** Where an e-mail is shown. */
  const withEmail = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((p) => p.email === email).map((p) => `coordinators/#coordinator-${p.id}`),
  ];

  // Class spellings, rotated over the classes so each class is asked in a different way.
  const spellings = (k: (typeof classes)[number], form: 'nom' | 'gen' | 'prep' = 'nom') => {
    const grade = gradeOf(k);
    const letter = letterOf(k);
    const ordinal = GRADE_ORDINALS[grade] ?? String(grade);
    const said =
      form === 'nom'
        ? ordinal
        : ordinal === 'третий'
          ? form === 'gen'
            ? 'третьего'
            : 'третьем'
          : ordinal.replace(/(ый|ой)$/, form === 'gen' ? 'ого' : 'ом');
    return [
      `${grade}${letter.toLowerCase()}`,
      `${grade} ${letter}`,
      `${grade}-${letter.toLowerCase()}`,
      `${said} ${letter.toLowerCase()}`,
      `${grade}${LATIN_LETTER[letter] ?? letter.toLowerCase()}`,
      `${grade} "${letter.toLowerCase()}"`,
    ];
  };
  const classesOfGrade = (grade: number) => classes.filter((k) => gradeOf(k) === grade).map(timetable);

  // ——— Contacts: hotline, psychologist, social help, IT support, administration ———
  const hotlinePhone = c.contacts.find((e) => e.kind === 'hotline')?.phones?.[0];
  ask('горячая линия школы телефон', [...hotline, 'memo/']);
  ask('горячка дистант номер', hotline);
  ask(`${doubled('горячая', 3)} линия`, hotline);
  ask(wrongLayout('горячая линия'), hotline);
  ask('куда звонить если вопрос по дистанционке', [...hotline, 'memo/']);
  ask('goryachaya liniya', hotline);
  if (hotlinePhone) ask(phoneDigits(hotlinePhone), withPhone(hotlinePhone));
  ask('психолог', psychologist);
  ask(oneLetterLess('психолог'), psychologist);
  ask('psiholog shkoly', psychologist);
  ask('ребенок плачет из за уроков к кому обратиться', [...psychologist, ...helpline]);
  ask('телефон доверия для подростков', helpline);
  ask('анонимно поговорить с кем то ребенку', [...helpline, ...psychologist]);
  ask('соцпедагог', social);
  ask('социальная помощь семье на дистанте', social);
  ask('малоимущая семья помощь школа', social);
  ask('техподдержка школы', itSupport);
  ask('айтишник школы телефон', itSupport);
  ask(wrongLayout('техподдержка'), itSupport);
  ask('директор школы', [...director, schoolCard]);
  ask('как связаться с директором', [...director, schoolCard, ...talk((item) => item.title.toLowerCase().includes('директор'))]);
  ask('секретарь директора телефон', [
    ...places.contact('administration', (t) => /директор|секретар|при[её]мн/.test(t) && !t.includes('заместител')),
    schoolCard,
  ]);
  ask('завуч', deputy);
  ask('адрес школы', [schoolCard]);
  for (const entry of c.contacts.filter((e) => ['psychologist', 'it-support'].includes(e.kind))) {
    const digits = phoneDigits(entry.phones?.[0] ?? '');
    if (digits.length === 11 && !digits.startsWith('8800'))
      ask(`+7 ${digits.slice(1, 5)} ${digits.slice(5)}`, withPhone(entry.phones![0]!));
  }

  // ——— Platforms ———
  ask('сферум', [platform('sferum'), c.contacts.some((e) => e.id === 'support-sferum') ? 'contacts/#support-sferum' : undefined]);
  ask('поддержка сферума 8 800', ['contacts/#support-sferum', platform('sferum')]);
  ask('моя школа электронный дневник', [platform('moya-shkola')]);
  ask('на какой платформе уроки', ['platforms/', platform('sferum'), howItWorks]);

  // ——— Staff: surnames in cases, typos, first name and patronymic, e-mail, consultations ———
  const people = [...c.staff].sort((a, b) => a.id.localeCompare(b.id)).filter((_p, i) => i % 3 !== 2);
  people.forEach((person, i) => {
    const { surname, first, patronymic } = partsOf(person.name);
    const fam = family(surname);
    switch (i % 9) {
      case 0:
        ask(surname, fam);
        break;
      case 1:
        ask(`написать ${dative(surname)}`, fam);
        break;
      case 2:
        ask(`где найти ${accusative(surname).toLowerCase()}`, fam);
        break;
      case 3:
        ask(`${first} ${patronymic}`, byFirstNames(first, patronymic));
        break;
      case 4:
        if (person.email) ask(person.email, withEmail(person.email));
        break;
      case 5:
        ask(`консультации ${genitive(surname)} когда`, fam);
        break;
      case 6:
        ask(swapped(surname, 2).toLowerCase(), fam);
        break;
      case 7:
        ask(wrongLayout(surname), fam);
        break;
      case 8:
        ask(person.id.split('-')[0]!, fam);
        break;
    }
    if (/ё/i.test(`${surname} ${first}`)) ask(`${withoutYo(surname)} ${withoutYo(first)}`.toLowerCase(), [`staff/#${person.id}`]);
  });
  const withPhoneStaff = c.staff.filter((s) => s.phone);
  for (const person of withPhoneStaff.slice(0, 1))
    ask(`телефон ${genitive(partsOf(person.name).surname).toLowerCase()}`, family(partsOf(person.name).surname));
  const withHandle = c.staff.find((s) => (s.accounts ?? []).some((a) => a.handle));
  if (withHandle) ask(`ник в сферуме ${genitive(partsOf(withHandle.name).surname)}`, family(partsOf(withHandle.name).surname));
  ask('учитель химии', places.teachersOf('хими'));
  ask('физик кто', places.teachersOf('физики'));
  ask('учителя английского', places.teachersOf('английск'));
  ask(
    'логопед',
    places.staff((p) => p.includes('логопед')),
  );
  ask(
    'библиотека школьная библиотекарь',
    places.staff((p) => p.includes('библиотек')),
  );
  ask(
    'завуч по воспитательной работе',
    places.staff((p) => p.includes('по воспитательной')),
  );
  ask('список учителей', ['staff/']);

  // ——— Classes: timetable by day, teachers by subject, lesson times, class teachers ———
  const dayNames = ['mon', 'tue', 'wed', 'thu', 'fri'];
  classes.forEach((k, i) => {
    const [nom, gen, prep] = [spellings(k), spellings(k, 'gen'), spellings(k, 'prep')];
    const j = i % nom.length;
    const o = (i + 2) % nom.length;
    const days = daysOf(k);
    const day = days.includes(dayNames[i % 5]!) ? dayNames[i % 5]! : days[0];
    const lessons = lessonsOf(k);
    // a day of the class
    if (day) {
      const say = DAYS[day]!;
      const forms = [
        `расписание ${gen[j]} ${say.to}`,
        `${nom[j]} ${say.name}`,
        `что у ${gen[j]} ${say.on}`,
        `уроки ${gen[j]} класса ${say.on}`,
      ];
      ask(forms[i % forms.length]!, [timetable(k), dayOf(k, day)]);
    }
    if (i % 3 === 0) ask(i % 2 === 0 ? `расписание ${gen[o]}` : `${swapped('расписание', 3)} ${gen[o]}`, [timetable(k)]);
    // who teaches a subject there
    const subjects = [...new Set(lessons.map((l) => l.subject))];
    const subject = subjects[(i * 3) % Math.max(subjects.length, 1)];
    if (subject) {
      const teachers = [...new Set(lessons.filter((l) => l.subject === subject).map((l) => card(l.teacher)))];
      const forms = [
        `кто ведет ${accusativeOf(subject)} в ${prep[j]}`,
        `учитель по ${byPo(subject)} ${nom[o]}`,
        `${slangOf(subject)} ${nom[j]} кто учитель`,
      ];
      ask(forms[i % forms.length]!, [...teachers, timetable(k)]);
      // when that subject is, on which days
      const onDays = [...new Set(lessons.filter((l) => l.subject === subject).map((l) => l.day))];
      if (i % 4 === 1) ask(`когда ${slangOf(subject)} у ${gen[j]}`, [timetable(k), ...onDays.map((d) => dayOf(k, d))]);
    }
    // the time of a lesson
    const period = (i % 5) + 1;
    const timeForms = [
      `во сколько ${period} урок у ${gen[j]}`,
      `${nom[j]} ${period} урок время`,
      `когда начинаются уроки у ${gen[o]}`,
      `до скольки уроки у ${gen[j]}`,
    ];
    if (i % 5 !== 4) ask(timeForms[i % timeForms.length]!, [bells(k), timetable(k)]);
    // the class teacher
    const teacherForms = [
      `классный руководитель ${gen[j]}`,
      `классуха ${nom[o]}`,
      `кто классная у ${gen[j]}`,
      `классный рук ${gen[o]} телефон`,
    ];
    const lead = staffOf(k.classTeacher);
    if (lead && i % 2 === 0) ask(teacherForms[i % teacherForms.length]!, [card(lead.id), timetable(k)]);
  });
  // a grade said without its letter
  [...new Set(classes.map(gradeOf))]
    .filter((_g, i) => i % 4 === 1)
    .slice(0, 1)
    .forEach((grade, i) => {
      ask(`расписание ${grade} класса`, classesOfGrade(grade));
      if (i === 0) ask(`${GRADE_ORDINALS[grade]} класс уроки`, classesOfGrade(grade));
      else return;
    });
  const firstClass = classes.find((k) => gradeOf(k) >= 5);
  if (firstClass && daysOf(firstClass).includes('mon'))
    ask(`какой первый урок в понедельник ${spellings(firstClass)[0]}`, [timetable(firstClass), dayOf(firstClass, 'mon')]);
  const juniors = classes.filter((k) => gradeOf(k) <= 4);
  const junior = juniors[juniors.length - 1];
  if (junior) ask(`учительница ${spellings(junior, 'gen')[3]} класса`, [card(junior.classTeacher), timetable(junior)]);
  ask('расписание уроков', ['timetable/']);
  ask(wrongLayout('расписание'), ['timetable/']);
  ask('raspisanie urokov', ['timetable/']);
  ask('звонки', ['timetable/bells/']);
  const shifts = c.bells?.shifts ?? [];
  for (const shift of shifts) {
    const word = String(shift.id) === '1' ? 'первая' : String(shift.id) === '2' ? 'вторая' : String(shift.id);
    ask(`звонки ${word} смена`, [`timetable/bells/#shift-${shift.id}`]);
    ask(`во сколько начинается ${shift.id} смена`, [`timetable/bells/#shift-${shift.id}`]);
  }
  ask('сколько длится урок на дистанте', [howItWorks, 'timetable/bells/']);
  ask('как проходят уроки на дистанционке', [howItWorks]);

  // ——— Links and changes named in notices ———
  for (const notice of notices) {
    const named = /(\d+)([а-яё])\s+класса/i.exec(notice.title);
    const k = named ? classes.find((x) => x.class.toLowerCase() === `${named[1]}${named[2]}`.toLowerCase()) : undefined;
    if (k && notice.title.includes('ссылки'))
      ask(`новые ссылки на уроки ${spellings(k)[0]}`, [`announcements/#${notice.id}`, timetable(k)]);
    if (k && notice.title.includes('расписание')) ask(`поменялось расписание ${spellings(k, 'gen')[2]}?`, [`announcements/#${notice.id}`]);
  }
  ask(
    'продуктовые наборы когда выдают',
    noticesTitled((t) => t.includes('продуктов')),
  );
  ask(
    'до какого числа выдают ноутбуки',
    noticesTitled((t) => t.includes('выдача ноутбуков')),
  );
  ask('объявления школы', ['announcements/']);

  // ——— Devices and internet ———
  ask('какой интернет нужен для уроков', places.requirements.length ? ['requirements/#internet'] : []);
  ask('сколько мегабит надо для видеоурока', places.requirements.length ? ['requirements/#internet'] : []);
  ask('требования к компьютеру', [deviceCard('computer'), 'requirements/']);
  ask('сколько оперативки нужно на телефоне', [deviceCard('phone')]);
  ask('подойдет ли планшет на андроиде', [deviceCard('tablet')]);
  ask(
    'айфон подойдет для уроков',
    deviceCards((d) => (d.os ?? []).some((os) => /ios/i.test(os))),
  );
  ask('ноут без камеры можно учиться?', [deviceCard('laptop')]);
  ask(
    'какой браузер нужен для сферума',
    deviceCards((d) => (d.browsers ?? []).length > 0),
  );
  ask(
    'наушники с микрофоном обязательно?',
    deviceCards((d) => d.headset !== undefined),
  );
  ask(
    'astra linux подойдет',
    deviceCards((d) => (d.os ?? []).some((os) => /astra/i.test(os))),
  );
  ask(
    'windows 7 пойдет для дистанта',
    deviceCards((d) => (d.os ?? []).some((os) => /windows/i.test(os))),
  );
  ask('проверить подойдет ли мой телефон', ['device-check/', deviceCard('phone')]);
  ask(`${oneLetterLess('требования')} к устройствам`, places.requirements);
  ask('можно учиться с телефона', [deviceCard('phone'), ...faqWithBody('для письменных работ удобнее')]);

  // ——— Borrowing a device ———
  const lendingAnswers = [
    lending,
    deviceHelp,
    ...answersSaying('школа выдаёт ноутбук'),
    ...noticesTitled((t) => t.includes('выдача ноутбуков')),
  ];
  ask('как получить ноутбук от школы', lendingAnswers);
  ask('нет компа дома', lendingAnswers);
  ask('какие документы нужны чтобы взять ноутбук', [lending]);
  ask('договор безвозмездного пользования', [lending]);
  ask('vydacha noutbukov', [lending, ...noticesTitled((t) => t.includes('выдача ноутбуков'))]);

  // ——— Parent meetings ———
  ask('родительское собрание', ['meetings/']);
  ask(`${swapped('собрание', 2)} родителей`, ['meetings/']);
  ask('общешкольное собрание когда', schoolMeetings);
  classes.forEach((k, i) => {
    const mine = meetingsOfClass(k.id);
    if (mine.length === 0 || i % 3 === 2) return;
    const names = spellings(k);
    const forms = [
      `собрание ${names[i % names.length]}`,
      `ссылка на собрание ${names[(i + 1) % names.length]}`,
      `когда родительское собрание в ${names[0]}`,
    ];
    ask(forms[i % forms.length]!, mine);
  });
  for (const meeting of c.meetings.slice(1, 2)) ask(`собрание ${spokenDate(isoOf(meeting.date))}`, [`meetings/#${meeting.id}`]);
  const agendaTopics = ['психологическ', 'контрольн'];
  for (const topic of agendaTopics) {
    const about = c.meetings.filter((m) => (m.agenda ?? []).some((a) => a.toLowerCase().includes(topic))).map((m) => `meetings/#${m.id}`);
    ask(
      `собрание про ${topic === 'психологическ' ? 'психологическую поддержку' : topic === 'контрольн' ? 'контрольные' : 'питание'}`,
      about,
    );
  }

  // ——— Communication schedule ———
  ask('график связи', ['communication/']);
  ask(
    'родительский чат класса',
    talk((item) => item.form === 'chat'),
  );
  ask(
    'когда классный руководитель пишет итоги дня',
    talk((item) => (item.frequency ?? '').includes('итоги')),
  );
  ask(
    'планерка учителей во сколько',
    talk((item) => item.form === 'planning'),
  );
  ask('поговорить с психологом онлайн ребенку', [...talk((item) => item.form === 'consultation'), ...psychologist]);
  ask('в какой день директор принимает по телефону', [
    ...talk((item) => item.title.toLowerCase().includes('директор')),
    ...places.staff((p) => p === 'директор'),
  ]);

  // ——— Guides ———
  const sferum = c.guides.filter((g) => g.platform === 'sferum');
  ask(
    'как зайти в сферум',
    guidesWithBody((b) => b.includes('нажмите **войти**'), sferum),
  );
  ask(
    'сферум не грузится что делать',
    guidesWithBody((b) => b.includes('войти с другого устройства'), sferum),
  );
  ask(
    `${wrongLayout('сферум')} не открывается`,
    guidesWithBody((b) => b.includes('войти с другого устройства'), sferum),
  );
  ask(
    'как поднять руку на уроке',
    guidesWithBody((b) => b.includes('ладонью')),
  );
  ask(
    'как включить микрофон на видеоуроке',
    guidesWithBody((b) => b.includes('включите микрофон')),
  );
  ask(
    'как подключиться к видеоуроку',
    guidesWithBody((b) => b.includes('войти на урок')),
  );
  ask(
    'как сдать домашку',
    guidesWithBody((b) => b.includes('отправить на проверку')),
  );
  ask(
    'как сфоткать тетрадь и отправить учителю',
    guidesWithBody((b) => b.includes('сфотографируйте')),
  );
  ask(
    'как написать учителю в сферуме',
    guidesWithBody((b) => b.includes('напишите, из какого вы класса')),
  );
  ask('инструкции', ['guides/']);
  if (c.guides.some((g) => g.audience === 'parents')) ask('инструкции для родителей', ['guides/#parents']);
  if (c.guides.some((g) => g.audience === 'teachers')) ask('инструкция для учителя', ['guides/#teachers']);
  if (c.guides.some((g) => g.audience === 'pupils')) ask('инструкции для учеников', ['guides/#pupils']);

  // ——— Grades, textbooks, answers and notices matched on their own text ———
  ask('где смотреть оценки', [platform('moya-shkola'), howItWorks, ...answersSaying('оценки появляются')]);
  ask('через сколько дней появится оценка', answersSaying('в течение двух рабочих дней'));
  ask('электронный учебник где', [...answersSaying('электронные учебники'), platform('moya-shkola')]);
  ask('до скольки учитель отвечает на сообщения', answersSaying('учитель отвечает на сообщения'));
  ask('когда будет контрольная', answersSaying('контрольные работы проводятся'));
  ask('не успел сдать задание можно перенести срок', [...answersSaying('срок сдачи можно перенести'), ...faqWithBody('о новом сроке')]);
  ask('вопросы и ответы', ['faq/']);
  ask('чаво', ['faq/']);

  // ——— Documents and orders ———
  const orderOf = (test: (title: string) => boolean) => documents(test);
  ask('документы', ['documents/']);
  for (const doc of c.documents.filter((d) => d.kind === 'order' && d.number)) ask(`приказ ${doc.number}`, [`documents/#${doc.id}`]);
  const orderDoc = c.documents.find((d) => d.kind === 'order' && d.number);
  if (orderDoc) ask(`приказ номер ${String(orderDoc.number).replace(/\D/g, '')}`, [`documents/#${orderDoc.id}`]);
  ask(
    'приказ о переходе на дистанционку',
    orderOf((t) => t.includes('переход')),
  );
  ask(
    'приказ про план график',
    orderOf((t) => t.includes('плана-графика')),
  );
  ask(
    'положение о дистанционном обучении',
    documents(() => true).filter((p) => c.documents.find((d) => `documents/#${d.id}` === p)?.kind === 'regulation'),
  );
  ask(
    'методические рекомендации дот',
    orderOf((t) => t.includes('рекомендации')),
  );
  ask(
    'памятка для родителей режим дня',
    orderOf((t) => t.includes('режим')),
  );
  ask('памятка распечатать на холодильник', ['memo/']);
  if (c.school.distanceLearning?.active) ask('с какого числа дистант и до какого', ['memo/']);

  // ——— The plan-schedule ———
  ask('план график мероприятий', ['plan/']);
  ask('плпн график', ['plan/']);
  const plan = c.roadmap;
  for (const item of plan.filter((_x, i) => i % 5 === 1)) ask(`пункт ${item.id} плана`, [`plan/#${roadmapAnchor(item.id)}`]);
  for (const item of plan.filter((_x, i) => i % 5 === 2)) {
    const date = spokenDate(isoOf(item.deadline));
    ask(
      `что по плану до ${date}`,
      plan.filter((x) => isoOf(x.deadline) === isoOf(item.deadline)).map((x) => `plan/#${roadmapAnchor(x.id)}`),
    );
  }
  const planBy = (test: (title: string) => boolean) =>
    plan.filter((x) => test(x.title.toLowerCase())).map((x) => `plan/#${roadmapAnchor(x.id)}`);
  ask(
    'выдача устройств по плану срок',
    planBy((t) => t.includes('выдача устройств')),
  );
  ask('питание льготников на дистанте', [
    ...planBy((t) => t.includes('питание')),
    ...c.meetings.filter((m) => (m.agenda ?? []).some((a) => a.toLowerCase().includes('питание'))).map((m) => `meetings/#${m.id}`),
    ...noticesTitled((t) => t.includes('продуктов')),
  ]);
  const responsibles = [...new Set(plan.map((x) => x.responsible))].filter((id) => staffOf(id));
  for (const id of responsibles.slice(0, 1)) {
    const surname = partsOf(staffOf(id)!.name).surname;
    ask(
      `за что отвечает ${surname} в плане`,
      plan.filter((x) => x.responsible === id).map((x) => `plan/#${roadmapAnchor(x.id)}`),
    );
  }

  // ——— Coordinators ———
  const coordinatorsAt = (level: string) => c.coordinators.filter((p) => p.level === level).map((p) => `coordinators/#coordinator-${p.id}`);
  ask('координаторы', ['coordinators/']);
  ask('кто отвечает за дистант в школе', [...coordinatorsAt('school'), 'coordinators/#level-school']);
  ask('координатор от управления образования', [...coordinatorsAt('municipal'), 'coordinators/#level-municipal']);
  ask('региональный координатор дистанционного обучения', [...coordinatorsAt('regional'), 'coordinators/#level-regional']);
  ask('куда жаловаться если в школе не решили', ['coordinators/', ...coordinatorsAt('municipal')]);
  for (const person of c.coordinators.filter((p) => p.level === 'municipal')) {
    const { surname } = partsOf(person.name);
    ask(`${surname} телефон`, family(surname));
  }

  // ——— Longer, worried questions ———
  ask('сын не может зайти на урок пишет ошибку куда звонить', [
    ...guidesWithBody((b) => b.includes('войти с другого устройства')),
    ...itSupport,
    ...hotline,
  ]);
  ask('ребенок замкнулся не хочет учиться дома что делать', [...psychologist, ...helpline]);
  ask(
    'бабушка не понимаю как внуку отправить фото тетради учителю',
    guidesWithBody((b) => b.includes('сфотографируйте')),
  );
  ask('у нас один старый ноутбук на троих детей как быть', lendingAnswers);
  const english5 = classes.find((k) => gradeOf(k) === 5);
  if (english5)
    ask(`учительница по английскому в ${spellings(english5)[0]} не отвечает второй день кому пожаловаться`, [...hotline, ...deputy]);
  ask('многодетная семья можно ли бесплатно получить планшет', lendingAnswers);
  ask('как родителю посмотреть оценки ребенка за неделю', [platform('moya-shkola'), howItWorks, ...answersSaying('оценки появляются')]);
  const senior = classes.find((k) => gradeOf(k) === 9) ?? classes[classes.length - 1];
  if (senior) ask(`во сколько завтра у ${spellings(senior, 'gen')[0]} начинается первый урок`, [bells(senior), timetable(senior)]);
  ask('где ссылка на урок в сферуме', ['timetable/', ...guidesWithBody((b) => b.includes('войти на урок'))]);
  ask('муж в командировке я одна с тремя детьми на дистанте нужна помощь', [...social, ...psychologist, ...hotline]);
  if (hotlinePhone) ask(`${hotlinePhone} чей номер`, withPhone(hotlinePhone));
  return cases;
}
