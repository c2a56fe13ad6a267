/**
 * Batch 7 of the development questions (2026-12-07), over generated schools of seeds 21 and 22, which
 * no earlier evaluation used. Written blind, before any of them was asked of the search, without
 * looking at the search, its tests or its logs, and without reading the questions of the earlier
 * batches: from the mission of a distance-learning page (bells and timetable, hotline, e-mail, teachers
 * and their platform accounts, psychologist and social help, device and internet requirements, parent
 * meetings, the communication schedule, step-by-step guides, borrowing a device, orders, the
 * plan-schedule and its coordinators, FAQ, announcements) and from the seed-21 school's content, as
 * parents, grandparents and pupils of 7–17 type into a school site's search box on a phone: a word or
 * two («психолог», «звонки», «5а»), or a whole situation in one breath; no punctuation, slang, typos
 * (letters swapped, missing or doubled, «е» for «ё», no space, the wrong keyboard layout); people by
 * first name and patronymic, by a surname in any case, by their role or by the class they teach;
 * lessons by class, weekday, subject and time; phones by a few digits. Contacts and timetables come
 * most often, then the guides, then the rest, as in what families ask.
 *
 * Each question names every place that truly answers it: the card, entry or page about what is asked
 * (a class's page and, for a weekday, that day on it; a FAQ entry whose question is the one asked),
 * and another FAQ answer or a notice only where its own text is the answer («Оценки появляются в
 * электронном дневнике…»). A phone number that merely closes a guide does not make the guide an answer.
 * A question whose school has none of the places is left out.
 */
import { join } from 'node:path';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** A surname after «с», as in «связаться с Масловой»: «Маслова» → «Масловой», «Фомин» → «Фоминым». */
const instrumental = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}ым` : surname;

/** Whether a patronymic is a woman's: «Павловна», «Ильинична». */
const isWoman = (patronymic: string) => /на$/.test(patronymic);

/** A first name and patronymic in the dative, as in «написать Ларисе Павловне», «Антону Михайловичу». */
const dativeName = (first: string, patronymic: string) => {
  const woman = isWoman(patronymic);
  const name = /ия$/.test(first)
    ? `${first.slice(0, -1)}и`
    : /[ая]$/.test(first)
      ? `${first.slice(0, -1)}е`
      : /ь$/.test(first)
        ? `${first.slice(0, -1)}${woman ? 'и' : 'ю'}`
        : /й$/.test(first)
          ? `${first.slice(0, -1)}ю`
          : `${first}у`;
  return `${name} ${woman ? `${patronymic.slice(0, -1)}е` : `${patronymic}у`}`;
};

/** Weekdays as said: the day's name and «в четверг». */
export const DAYS: Record<string, { name: string; on: string; to: string }> = {
  mon: { name: 'понедельник', on: 'в понедельник', to: 'на понедельник' },
  tue: { name: 'вторник', on: 'во вторник', to: 'на вторник' },
  wed: { name: 'среда', on: 'в среду', to: 'на среду' },
  thu: { name: 'четверг', on: 'в четверг', to: 'на четверг' },
  fri: { name: 'пятница', on: 'в пятницу', to: 'на пятницу' },
  sat: { name: 'суббота', on: 'в субботу', to: 'на субботу' },
};

/** How pupils name a subject on its own: «физра», «окружайка». */
const SUBJECT_SLANG: Record<string, string> = {
  'физическая культура': 'физра',
  'английский язык': 'английский',
  'русский язык': 'русский',
  'изобразительное искусство': 'изо',
  'основы безопасности и защиты родины': 'обзр',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружайка',
  'труд (технология)': 'труд',
  'вероятность и статистика': 'статистика',
};
const slang = (subject: string) => SUBJECT_SLANG[subject.toLowerCase()] ?? subject.toLowerCase();

/** Sentences of the FAQ answers and notices that answer a question on their own. */
const SAYS = {
  lending: 'выдаёт ноутбук или планшет',
  grades: 'оценки появляются в электронном дневнике',
  textbooks: 'электронные учебники открываются',
  tests: 'контрольные работы проводятся по расписанию',
  answers: 'учитель отвечает на сообщения',
  late: 'срок сдачи можно перенести',
  newTerm: 'договоритесь о новом сроке',
};

interface Lesson {
  day: string;
  subject: string;
  teachers: string[];
  group: string | undefined;
}

export function seventhBatchCases(contentDir: string): EvalCase[] {
  const places = batchPlacesOf(contentDir);
  const {
    c,
    school,
    digits,
    schoolCard,
    guides,
    faq,
    announcementDir,
    notices,
    talk,
    platform,
    lending,
    howItWorks,
    deviceCard,
    deviceCards,
    timetable,
    classOfGrade,
    staffCard,
    bySurname,
    connectGuides,
    lessonGuides,
    homeworkGuides,
    schoolMeetings,
    meetingsOfClass,
    meetingOf,
    documents,
    hotline,
    helpline,
    psychologist,
    social,
    itSupport,
    director,
    deputy,
    staff,
  } = places;
  const { cases, ask } = uniqueAsker();

  // ——— Places read from the content ———
  const coordinatorCard = (x: { id: string }) => `coordinators/#coordinator-${x.id}`;
  const coordinatorsWhere = (test: (x: (typeof c.coordinators)[number]) => boolean) => c.coordinators.filter(test).map(coordinatorCard);
  const coordinatorLevel = (level: string) => [
    ...coordinatorsWhere((x) => x.level === level),
    ...(c.coordinators.some((x) => x.level === level) ? [`coordinators/#level-${level}`] : []),
  ];
  const planItems = (test: (item: (typeof c.roadmap)[number]) => boolean) =>
    c.roadmap.filter(test).map((item) => `plan/#item-${item.id.replace(/\./g, '-')}`);
  const planPage = c.roadmap.length > 0 ? 'plan/' : undefined;
  const deviceCheck = c.hasRequirements ? 'device-check/' : undefined;
  const noticeBody = (id: string) => bodyOf(announcementDir, id);
  const noticesWhere = (test: (title: string, body: string) => boolean) =>
    notices.filter((n) => test(n.title, noticeBody(n.id))).map((n) => `announcements/#${n.id}`);
  /** The FAQ answers and notices whose own text says `sentence`. */
  const said = (sentence: string) => [
    ...faq((_q, body) => body.includes(sentence)),
    ...noticesWhere((_t, body) => body.includes(sentence)),
  ];
  const guideBody = (id: string) => bodyOf(join(contentDir, 'guides'), id);
  const guidesSaying = (test: (title: string, body: string) => boolean) => guides((g) => test(g.title.toLowerCase(), guideBody(g.id)));
  const pageBody = (id: string) => bodyOf(join(contentDir, 'pages'), id);
  const bellsPage = c.bells ? 'timetable/bells/' : undefined;
  const shiftCard = (n: number | string) =>
    c.bells?.shifts.some((s) => String(s.id) === String(n)) ? `timetable/bells/#shift-${n}` : undefined;
  const allShifts = (c.bells?.shifts ?? []).map((s) => `timetable/bells/#shift-${s.id}`);
  const staffWhere = (test: (s: (typeof c.staff)[number]) => boolean) => c.staff.filter(test);
  const cardsOf = (people: readonly { id: string }[]) => people.map((s) => `staff/#${s.id}`);
  /** Everyone a surname names: staff and contact cards, and the coordinators of that surname. */
  const whoIs = (surname: string) => [...bySurname(surname), ...coordinatorsWhere((x) => x.name.startsWith(`${surname} `))];
  /** Everyone a first name and patronymic name. */
  const byFirstName = (first: string, patronymic: string) => {
    const tail = ` ${first} ${patronymic}`;
    return [
      ...cardsOf(staffWhere((s) => s.name.endsWith(tail))),
      ...c.contacts.filter((e) => (e.person ?? '').endsWith(tail)).map((e) => `contacts/#${e.id}`),
      ...coordinatorsWhere((x) => x.name.endsWith(tail)),
    ];
  };
  /** Every place that shows a phone ending in `tail` (digits only). */
  const byDigits = (tail: string) => {
    const has = (phone: string | undefined) => phone !== undefined && digits(phone).length >= 7 && digits(phone).endsWith(tail);
    return [
      ...c.contacts.filter((e) => (e.phones ?? []).some(has)).map((e) => `contacts/#${e.id}`),
      ...(has(school.phone) ? [schoolCard] : []),
      ...cardsOf(staffWhere((s) => has(s.phone))),
      ...coordinatorsWhere((x) => has(x.phone)),
      ...c.platforms.filter((p) => has(p.support?.phone)).flatMap((p) => [`contacts/#support-${p.id}`, `platforms/#${p.id}`]),
      ...talk((item) => has(item.channel)),
    ];
  };
  const firstPhone = (entries: readonly { id: string; phones?: string[] | undefined }[], id: string) =>
    entries.find((e) => e.id === id)?.phones?.[0];
  const lessonsOf = (k: (typeof c.classes)[number]): Lesson[] =>
    Object.entries(k.days ?? {}).flatMap(([day, list]) =>
      (list ?? []).map((lesson) => ({
        day,
        subject: lesson.subject,
        teachers: [lesson.teacher ?? []].flat(),
        group: lesson.group,
      })),
    );
  const hasSubject = (k: (typeof c.classes)[number] | undefined, subject: string) =>
    k !== undefined && lessonsOf(k).some((l) => l.subject === subject);
  /** The staff cards of whoever teaches `subject` in the class, by its timetable. */
  const teachersOf = (k: (typeof c.classes)[number] | undefined, subject: string) =>
    k
      ? [
          ...new Set(
            lessonsOf(k)
              .filter((l) => l.subject === subject)
              .flatMap((l) => l.teachers),
          ),
        ].map((id) => staffCard(id))
      : [];
  const dayOf = (k: (typeof c.classes)[number], day: string) =>
    k.days?.[day as keyof typeof k.days] ? `timetable/${k.id}/#${day}` : undefined;
  const daysWith = (k: (typeof c.classes)[number], test: (l: Lesson) => boolean) =>
    [
      ...new Set(
        lessonsOf(k)
          .filter(test)
          .map((l) => l.day),
      ),
    ].map((day) => `timetable/${k.id}/#${day}`);
  const firstDayOf = (k: (typeof c.classes)[number], wanted: string) =>
    k.days?.[wanted as keyof typeof k.days] ? wanted : (Object.keys(k.days ?? {})[0] ?? wanted);
  const classLabel = (k: { class: string }) => k.class.toLowerCase();
  const spaced = (k: { class: string }) => k.class.replace(/^(\d+)/, '$1 ').toLowerCase();
  const teacherIds = (test: (s: (typeof c.staff)[number]) => boolean) => staffWhere((s) => (s.subjects ?? []).length > 0 && test(s));
  const teachingSubject = (subject: string) => teacherIds((s) => (s.subjects ?? []).includes(subject));
  const nameOf = (id: string | undefined) => partsOf(c.staff.find((s) => s.id === id)?.name ?? '');
  const womanOf = (id: string | undefined) => isWoman(nameOf(id).patronymic);
  /** The cards of the teachers of `subject` with that surname. */
  const teacherNamed = (surname: string, subject: string) =>
    cardsOf(teachingSubject(subject).filter((s) => s.name.startsWith(`${surname} `)));

  const k1 = classOfGrade(1);
  const k2 = classOfGrade(2);
  const k3 = classOfGrade(3);
  const k4 = classOfGrade(4);
  const k5 = classOfGrade(5);
  const k6 = classOfGrade(6);
  const k7 = classOfGrade(7);
  const k8 = classOfGrade(8);
  const k9 = classOfGrade(9);
  const k10 = classOfGrade(10);

  // ——— Phones and contacts: the hotline, help, the administration ———
  ask('горячая линия', hotline);
  ask('куда звонить если вопрос по дистанционному обучению', hotline);
  const consultation = talk((item) => item.form === 'consultation' && psychologist.includes(`staff/#${item.responsible}`));
  ask('психолог', [...psychologist, ...consultation]);
  ask(wrongLayout('психолог'), [...psychologist, ...consultation]);
  ask('ребенок плачет не хочет учиться нужен психолог', [...psychologist, ...helpline, ...consultation]);
  ask('телефон доверия для детей', helpline);
  ask('телефон дверия', helpline);
  ask('поговорить анонимно подростку', helpline);
  ask('соцпедагог', social);
  ask('директор', [...director, schoolCard, ...talk((item) => item.title.toLowerCase().includes('директор'))]);
  const directorStaff = staffWhere((s) => s.position.toLowerCase() === 'директор');
  const reception = c.contacts.filter((e) => e.kind === 'administration' && !/заместител|завуч/.test(e.title.toLowerCase()));
  ask('секретарь школы', [
    ...cardsOf(staffWhere((s) => s.position.toLowerCase().includes('секретар'))),
    ...c.contacts.filter((e) => /секретар/i.test(`${e.title} ${e.person ?? ''}`)).map((e) => `contacts/#${e.id}`),
  ]);
  const deputyCoordinators = coordinatorsWhere((x) => x.position.toLowerCase().startsWith('заместитель директора по учебно'));
  ask('завуч', [...deputy, ...deputyCoordinators]);
  ask(
    'зам директора по воспитательной работе',
    staff((p) => p.includes('по воспитательной работе')),
  );
  const sysadminCoordinators = coordinatorsWhere((x) => x.position.toLowerCase().includes('системный'));
  ask('телефон техподдержки школы', [...itSupport, ...sysadminCoordinators]);
  ask('поддержка сферума номер', [platform('sferum') && 'contacts/#support-sferum', platform('sferum')]);
  ask('телефон школы', [schoolCard, ...byDigits(digits(school.phone ?? '').slice(-7)).filter((p) => p.startsWith('contacts/'))]);
  ask('электронная почта школы', [schoolCard]);
  ask('я бабушка как позвонить в школу по поводу внучки', [schoolCard, ...reception.map((e) => `contacts/#${e.id}`), ...hotline]);
  // Phones by their digits, as copied from a missed call or a chat.
  const hotlinePhone = firstPhone(c.contacts, 'goryachaya-liniya');
  if (hotlinePhone) ask(hotlinePhone.replace(/^.*\)\s*/, ''), byDigits(digits(hotlinePhone).slice(-6)));
  const psychPhone = c.contacts.find((e) => e.kind === 'psychologist' && !e.title.toLowerCase().includes('доверия'))?.phones?.[0];
  if (psychPhone)
    ask(
      `чей номер ${digits(psychPhone).slice(1, 5)} ${psychPhone.replace(/^.*\)\s*/, '').replace(/-/g, ' ')}`,
      byDigits(digits(psychPhone).slice(-7)),
    );
  const itPhone = c.contacts.find((e) => e.kind === 'it-support')?.phones?.[0];
  if (itPhone) ask(`номер заканчивается на ${digits(itPhone).slice(-4)}`, byDigits(digits(itPhone).slice(-4)));
  const deputyPhone = c.contacts.find((e) => e.kind === 'administration' && /заместител|завуч/.test(e.title.toLowerCase()))?.phones?.[0];
  if (deputyPhone) ask(`кто звонил с ${digits(deputyPhone)}`, byDigits(digits(deputyPhone).slice(-7)));
  const helplinePhone = c.contacts.find((e) => `contacts/#${e.id}` === helpline[0])?.phones?.[0];
  if (helplinePhone) ask(digits(helplinePhone).replace(/^(\d)(\d{3})(\d{4})(\d+)$/, '$1 $2 $3 $4'), byDigits(digits(helplinePhone)));
  const phoned = staffWhere((s) => s.phone !== undefined)[0];
  if (phoned?.phone) ask(`${phoned.phone.replace(/^\+7\s*\d{3}\s*/, '')} чей телефон`, byDigits(digits(phoned.phone).slice(-7)));

  // ——— Teachers and staff: by class, subject, name, role ———
  if (k5?.classTeacher)
    ask(`${womanOf(k5.classTeacher) ? 'классная' : 'классный'} ${spaced(k5)}`, [staffCard(k5.classTeacher), timetable(k5)]);
  if (k2?.classTeacher)
    ask(`как позвонить ${womanOf(k2.classTeacher) ? 'учительнице' : 'учителю'} внука ${classLabel(k2)} класс`, [
      staffCard(k2.classTeacher),
    ]);
  if (k3?.classTeacher) {
    const { first, patronymic } = nameOf(k3.classTeacher);
    const tail = ` ${first} ${patronymic}`;
    if (first)
      ask(`${first} ${patronymic} ${classLabel(k3)} класс`.toLowerCase(), [
        staffCard(k3.classTeacher),
        ...cardsOf(staffWhere((s) => s.name.endsWith(tail) && (s.classes ?? []).includes(k3.id))),
        timetable(k3),
      ]);
  }
  if (hasSubject(k8, 'Физика')) ask(`учитель физики ${classLabel(k8!)}`, teachersOf(k8, 'Физика'));
  if (hasSubject(k7, 'Английский язык')) ask(`кто ведет английский в ${spaced(k7!)}`, teachersOf(k7, 'Английский язык'));
  if (hasSubject(k5, 'Математика')) {
    const woman = teachersOf(k5, 'Математика').every((p) => womanOf(p?.replace('staff/#', '')));
    ask(`${woman ? 'математичка' : 'математик'} ${classLabel(k5!)}`, teachersOf(k5, 'Математика'));
  }
  if (hasSubject(k6, 'Русский язык')) {
    const women = teachersOf(k6, 'Русский язык').every((p) => womanOf(p?.replace('staff/#', '')));
    ask(`${women ? 'учительница' : 'учитель'} по русскому ${classLabel(k6!)} почта`, teachersOf(k6, 'Русский язык'));
  }
  ask(
    'физрук',
    staff((p) => p.includes('физической культуры')),
  );
  ask(
    'обзр учитель',
    staff((p) => p.includes('обзр')),
  );
  ask(
    'логопед',
    staff((p) => p.includes('логопед')),
  );
  ask(
    'библиотекарь',
    staff((p) => p.includes('библиотекар')),
  );

  // By name: first name and patronymic, surnames with typos and in cases.
  const algebra7 = teachersOf(k7, 'Алгебра')[0]?.replace('staff/#', '');
  if (algebra7) {
    const { first, patronymic } = nameOf(algebra7);
    ask(`${first} ${patronymic} алгебра`, cardsOf(teachingSubject('Алгебра').filter((s) => s.name.endsWith(` ${first} ${patronymic}`))));
  }
  if (k7?.classTeacher) {
    const { first, patronymic } = nameOf(k7.classTeacher);
    ask(`как написать ${dativeName(first, patronymic)}`, byFirstName(first, patronymic));
  }
  const man = teacherIds((s) => /ич$/.test(partsOf(s.name).patronymic))[0];
  if (man) {
    const { first, patronymic } = partsOf(man.name);
    ask(`${dativeName(first, patronymic)} позвонить`.toLowerCase(), byFirstName(first, patronymic));
  }
  const physics8 = teachersOf(k8, 'Физика')[0]?.replace('staff/#', '');
  if (physics8) ask(`${swapped(nameOf(physics8).surname, 3)} физика`, teacherNamed(nameOf(physics8).surname, 'Физика'));
  const historian = teachingSubject('История')[0];
  if (historian)
    ask(
      `${oneLetterLess(partsOf(historian.name).surname).toLowerCase()} история`,
      teacherNamed(partsOf(historian.name).surname, 'История'),
    );
  const psychStaff = staffWhere((s) => s.position.toLowerCase().includes('психолог'))[0];
  if (psychStaff) ask(`позвонить ${dative(partsOf(psychStaff.name).surname)}`, whoIs(partsOf(psychStaff.name).surname));
  const socStaff = staffWhere((s) => s.position.toLowerCase().includes('социальн'))[0];
  if (socStaff) ask(`как связаться с ${instrumental(partsOf(socStaff.name).surname)}`, whoIs(partsOf(socStaff.name).surname));
  const geographer = teachingSubject('География')[0];
  if (geographer)
    ask(
      `ищу ${accusative(partsOf(geographer.name).surname).toLowerCase()} по географии`,
      teacherNamed(partsOf(geographer.name).surname, 'География'),
    );
  const biologist = teachingSubject('Биология')[0];
  if (biologist) ask(doubled(partsOf(biologist.name).surname, 2).toLowerCase(), whoIs(partsOf(biologist.name).surname));
  const withYo = staffWhere((s) => s.name.includes('ё'))[0];
  if (withYo) {
    const { surname, first } = partsOf(withYo.name);
    ask(
      withoutYo(`${surname} ${first}`).toLowerCase(),
      cardsOf(staffWhere((s) => s.name.startsWith(`${surname} ${first} `))).concat(
        c.contacts.filter((e) => (e.person ?? '').includes(` ${surname} ${first} `)).map((e) => `contacts/#${e.id}`),
        coordinatorsWhere((x) => x.name.startsWith(`${surname} ${first} `)),
      ),
    );
  }
  const obzr = teachingSubject('Основы безопасности и защиты Родины')[0];
  if (obzr) ask(obzr.name.toLowerCase(), [staffCard(obzr.id)]);
  if (directorStaff[0]) ask(wrongLayout(partsOf(directorStaff[0].name).surname), whoIs(partsOf(directorStaff[0].name).surname));
  const informatics = teachingSubject('Информатика')[0];
  const handle = informatics?.accounts?.find((a) => a.handle)?.handle;
  if (informatics && handle) ask(handle, [staffCard(informatics.id)]);
  const musician = teachingSubject('Музыка')[0];
  if (musician) ask(`сферум ${dative(partsOf(musician.name).surname).toLowerCase()} написать`, whoIs(partsOf(musician.name).surname));

  // ——— Timetables and bells ———
  if (k5) ask(classLabel(k5), [timetable(k5)]);
  if (k7) ask(`расписание ${spaced(k7)}`, [timetable(k7)]);
  if (k6) ask(`расписание ${GRADE_ORDINALS[6]} ${k6.class.replace(/^\d+/, '').toLowerCase()}`, [timetable(k6)]);
  if (k9) ask(`${GRADE_ORDINALS[9]} ${k9.class.replace(/^\d+/, '').toLowerCase()} уроки`, [timetable(k9)]);
  if (k10) ask(wrongLayout(`расписание ${classLabel(k10)}`), [timetable(k10)]);
  if (k3) ask(`рассписание ${classLabel(k3)}`, [timetable(k3)]);
  if (k7) ask(`расписание${classLabel(k7)}`, [timetable(k7)]);
  if (k1) ask('расписание 1 класса', [timetable(k1)]);
  if (k3) {
    const day = firstDayOf(k3, 'thu');
    ask(`какие уроки у ${classLabel(k3)} ${DAYS[day]?.on ?? ''}`, [timetable(k3), dayOf(k3, day)]);
  }
  if (k2) {
    const day = firstDayOf(k2, 'mon');
    ask(`уроки ${classLabel(k2)} ${DAYS[day]?.to ?? ''}`, [timetable(k2), dayOf(k2, day)]);
  }
  if (k4) {
    const day = firstDayOf(k4, 'fri');
    ask(`расписание ${DAYS[day]?.to ?? ''} ${classLabel(k4)}`, [timetable(k4), dayOf(k4, day)]);
  }
  if (k5) {
    const day = firstDayOf(k5, 'tue');
    ask(`${DAYS[day]?.on ?? ''} у ${classLabel(k5)} сколько уроков`, [timetable(k5), dayOf(k5, day)]);
  }
  if (k10) {
    const day = firstDayOf(k10, 'wed');
    ask(`${DAYS[day]?.name ?? ''} ${classLabel(k10)}`, [timetable(k10), dayOf(k10, day)]);
  }
  if (hasSubject(k7, 'Физика'))
    ask(`есть ли завтра физика у ${classLabel(k7!)}`, [timetable(k7!), ...daysWith(k7!, (l) => l.subject === 'Физика')]);
  if (hasSubject(k9, 'Информатика'))
    ask(`когда информатика у ${classLabel(k9!)}`, [timetable(k9!), ...daysWith(k9!, (l) => l.subject === 'Информатика')]);
  if (hasSubject(k4, 'Музыка'))
    ask(`у ${classLabel(k4!)} музыка в какой день`, [timetable(k4!), ...daysWith(k4!, (l) => l.subject === 'Музыка')]);
  if (hasSubject(k6, 'Физическая культура'))
    ask(`${slang('Физическая культура')} у ${classLabel(k6!)} когда`, [
      timetable(k6!),
      ...daysWith(k6!, (l) => l.subject === 'Физическая культура'),
    ]);
  if (hasSubject(k1, 'Окружающий мир'))
    ask(`${slang('Окружающий мир')} ${classLabel(k1!)} в какие дни`, [
      timetable(k1!),
      ...daysWith(k1!, (l) => l.subject === 'Окружающий мир'),
    ]);
  const group7 = k7 ? lessonsOf(k7).find((l) => l.subject === 'Английский язык' && l.group) : undefined;
  if (k7 && group7?.group)
    ask(`английский ${group7.group} ${classLabel(k7)}`, [
      timetable(k7),
      ...daysWith(k7, (l) => l.subject === 'Английский язык' && l.group === group7.group),
    ]);
  if (k8) ask(`что сейчас у ${classLabel(k8)}`, [timetable(k8)]);
  if (k2 && hasSubject(k2, 'Английский язык')) ask(`ссылка на урок английского ${classLabel(k2)}`, [timetable(k2)]);
  if (k2)
    ask(`подскажите пожалуйста во сколько завтра начинается первый урок у ${classLabel(k2)} и какой`, [
      timetable(k2),
      shiftCard(k2.shift),
      bellsPage,
    ]);
  if (k1) ask(`во сколько начинаются уроки у ${classLabel(k1)}`, [timetable(k1), shiftCard(k1.shift), bellsPage]);
  if (k5) ask(`внук в ${spaced(k5)} во сколько у него уроки заканчиваются`, [timetable(k5), shiftCard(k5.shift), bellsPage]);
  if (k6) ask(`какая смена у ${classLabel(k6)}`, [timetable(k6), 'timetable/', shiftCard(k6.shift)]);
  ask('звонки', [bellsPage, ...allShifts]);
  if (c.bells?.shifts.find((s) => s.id === 2)?.periods.some((p) => p.n === 4))
    ask('во сколько заканчивается 4 урок во второй смене', [bellsPage, shiftCard(2)]);
  ask('сколько длится урок', [
    bellsPage,
    ...allShifts,
    howItWorks && pageBody('kak-ustroeno-obuchenie').includes('минут') ? howItWorks : undefined,
  ]);
  for (const n of notices) {
    const named = /расписание (\d+[а-яё]) класса/.exec(n.title)?.[1];
    const k = c.classes.find((x) => x.class.toLowerCase() === named);
    if (k) ask(`изменения в расписании ${classLabel(k)}`, [`announcements/#${n.id}`, timetable(k)]);
  }

  // ——— Guides: connecting, lessons, homework, trouble ———
  const sferumConnect = (device: string) =>
    guides((g) => g.platform === 'sferum' && g.topic === 'connect' && (g.device === device || g.device === 'any'));
  ask('как зайти в сферум с телефона', sferumConnect('phone'));
  ask('как подключиться к сферуму с планшета', sferumConnect('tablet'));
  ask('сферум с компьютера как войти', sferumConnect('computer'));
  const cannotOpen = guides((g) => g.topic === 'troubleshooting' && /не открывается|не входит|не работает/.test(g.title.toLowerCase()));
  ask('внук не может войти на урок', [...lessonGuides, ...connectGuides, ...cannotOpen]);
  ask('как попасть на видеоурок', lessonGuides);
  if (k7)
    ask(`здравствуйте сын в ${classLabel(k7)} не может зайти на урок английского пишет ошибка что делать куда звонить`, [
      ...lessonGuides,
      ...connectGuides,
      ...cannotOpen,
      ...itSupport,
    ]);
  ask('как сдать домашку', homeworkGuides);
  ask(wrongLayout('как сдать домашнее задание'), homeworkGuides);
  ask(
    'как отправить фото тетради учителю',
    guidesSaying((title, body) => title.includes('тетрад') || body.includes('сфотографируйте страницы тетради')),
  );
  ask(
    'нет звука на уроке',
    guidesSaying((title) => title.includes('звук')),
  );
  ask(
    'как включить камеру в сферуме',
    guides((g) => g.platform === 'sferum' && (g.title.toLowerCase().includes('камер') || guideBody(g.id).includes('камере'))),
  );
  ask(
    'не слышно меня на уроке микрофон',
    guidesSaying((title, body) => title.includes('микрофон') || body.includes('включите микрофон')),
  );
  ask(
    'уведомления сферум не приходят',
    guidesSaying((title) => title.includes('уведомлен')),
  );
  ask(
    'вход через госуслуги',
    guidesSaying((_t, body) => body.includes('госуслуг')),
  );
  ask('что делать если моя школа не открывается', [
    ...guides((g) => g.platform === 'moya-shkola' && g.topic === 'troubleshooting'),
    platform('moya-shkola') && 'contacts/#support-moya-shkola',
  ]);
  ask(
    'забыл как войти в сферум восстановить',
    guidesSaying((title) => title.includes('восстанов')),
  );
  ask('где смотреть оценки', [
    ...guidesSaying((title) => title.includes('оценк')),
    ...said(SAYS.grades),
    ...faq((q) => q.includes('оценк')),
    howItWorks && pageBody('kak-ustroeno-obuchenie').includes('оценк') ? howItWorks : undefined,
    ...c.platforms.filter((p) => (p.kind ?? []).includes('diary')).map((p) => `platforms/#${p.id}`),
  ]);

  // ——— Devices and the internet ———
  const internet = c.hasRequirements ? ['requirements/#internet', 'requirements/', deviceCheck] : [];
  ask('какой нужен интернет для уроков', internet);
  ask('скорость интернета', internet);
  ask('нужна ли камера на компьютере', [deviceCard('computer')]);
  ask('наушники обязательно?', [
    ...deviceCards((d) => d.headset !== undefined),
    c.hasRequirements ? 'requirements/#devices-title' : undefined,
  ]);
  ask('подойдет ли айфон', [...deviceCards((d) => (d.os ?? []).some((os) => /^ios/i.test(os))), deviceCheck]);
  ask('старый ноутбук на windows 7 пойдет для уроков', [deviceCard('laptop'), deviceCheck]);
  ask('хромбук подойдет', [deviceCard('laptop'), deviceCheck]);
  ask(
    'айпад',
    deviceCards((d) => (d.os ?? []).some((os) => /ipad/i.test(os))),
  );
  ask('проверить камеру и микрофон перед уроком', [deviceCheck]);

  // ——— Borrowing a device ———
  const lendingPlaces = [lending, ...noticesWhere((title) => /выдач\S* (ноутбук|устройств|планшет)/.test(title)), ...said(SAYS.lending)];
  ask('как взять ноутбук в школе', lendingPlaces);
  ask('нет компьютера дома чем учиться', lendingPlaces);
  ask('у внука сломался ноутбук может школа дать на время', lendingPlaces);
  ask('мы многодетные у нас один телефон на троих детей можно получить ноутбук от школы и куда звонить', [
    ...lendingPlaces,
    ...(pageBody('kak-poluchit-ustroystvo').includes('социальн') ? social : []),
  ]);

  // ——— Parent meetings ———
  if (k3) ask(`собрание ${classLabel(k3)}`, meetingsOfClass(k3.id));
  if (k5)
    ask(
      `родительское собрание ${k5.class.replace(/\D+$/, '')} класс ноябрь`,
      meetingOf((m) => (m.classes ?? []).includes(k5.id) && m.date.slice(5, 7) === '11'),
    );
  ask('общешкольное собрание', schoolMeetings);
  if (k4) ask(`когда собрание у ${classLabel(k4)} во сколько`, meetingsOfClass(k4.id));
  const gradeMeeting = c.meetings.find((m) => /-х классов/.test(m.title));
  if (gradeMeeting) ask(`собрание ${gradeMeeting.title.match(/(\d+)-х/)?.[1]} классов`, [`meetings/#${gradeMeeting.id}`]);
  const classMeeting = c.meetings.find((m) => (m.classes ?? []).length === 1);
  if (classMeeting) {
    const [, month, day] = classMeeting.date.split('-');
    if (month === '11')
      ask(
        `собрание ${Number(day)} ноября`,
        meetingOf((m) => m.date === classMeeting.date),
      );
  }
  for (const n of notices) {
    const named = /собрание (\d+[а-яё]) класса/.exec(n.title)?.[1];
    const k = c.classes.find((x) => x.class.toLowerCase() === named);
    if (k) ask(`собрание ${classLabel(k)} перенесли`, [`announcements/#${n.id}`, ...meetingsOfClass(k.id)]);
  }

  // ——— The communication schedule ———
  ask(
    'планерка учителей во сколько',
    talk((item) => item.form === 'planning'),
  );
  ask('когда директор принимает по телефону', [
    ...talk((item) => item.title.toLowerCase().includes('директор')),
    ...cardsOf(directorStaff),
  ]);
  ask('график связи с родителями', [
    ...talk((item) => item.audience === 'parents'),
    c.communication.some((item) => item.audience === 'parents') ? 'communication/#audience-parents' : undefined,
  ]);
  ask('когда ребенок может поговорить с психологом', [...consultation, ...psychologist]);

  // ——— Orders, the plan-schedule, coordinators ———
  const order = school.distanceLearning?.order;
  ask('приказ о переходе на дистанционное обучение', [
    order && c.documents.some((d) => d.id === order) ? `documents/#${order}` : undefined,
  ]);
  const numbered = c.documents.filter((d) => d.kind === 'order' && d.number);
  if (numbered[1])
    ask(
      `приказ ${numbered[1].number}`,
      documents((t) => t === numbered[1]!.title.toLowerCase()),
    );
  ask(
    'положение о дистанционке',
    c.documents.filter((d) => d.kind === 'regulation').map((d) => `documents/#${d.id}`),
  );
  ask('памятка распечатать с телефонами', ['memo/']);
  const planOrder = c.documents.find((d) => d.title.toLowerCase().includes('план'));
  ask('план график мероприятий', [planPage, planOrder && `documents/#${planOrder.id}`]);
  ask(
    'психологическая поддержка детей сроки по плану',
    planItems((item) => item.title.toLowerCase().includes('психологическ')),
  );
  ask(
    'кто отвечает за подготовку к контрольным',
    planItems((item) => item.title.toLowerCase().includes('контрольн')),
  );
  const dated = c.roadmap.filter((item) => /^\d{4}-\d{2}-\d{2}$/.test(item.deadline));
  const late = dated[Math.floor(dated.length / 2)];
  if (late) {
    const [, month, day] = late.deadline.split('-');
    const monthWord = month === '11' ? 'ноября' : month === '12' ? 'декабря' : '';
    if (monthWord)
      ask(
        `что по плану к ${Number(day)} ${monthWord}`,
        planItems((item) => item.deadline === late.deadline),
      );
  }
  ask('кто в управлении образования отвечает за дистант', coordinatorLevel('municipal'));
  ask('региональный координатор', coordinatorLevel('regional'));
  ask('координатор от школы', coordinatorLevel('school'));
  const municipal = c.coordinators.find((x) => x.level === 'municipal');
  if (municipal) ask(swapped(partsOf(municipal.name).surname, 4).toLowerCase(), [coordinatorCard(municipal)]);

  // ——— Questions and answers, notices, platforms ———
  const faqKinds: { test: RegExp; words: (po: string, subject: string) => string; more: () => (string | undefined)[] }[] = [
    { test: /где найти учебник/, words: (po) => `учебник по ${po} электронный где`, more: () => said(SAYS.textbooks) },
    { test: /можно ли заниматься/, words: (po) => `можно ли по ${po} заниматься с телефона`, more: () => [deviceCard('phone')] },
    {
      test: /не успевает сдать/,
      words: (po) => `не успеваем сдать задание по ${po} что делать`,
      more: () => [...said(SAYS.late), ...said(SAYS.newTerm)],
    },
    { test: /будет ли контрольная/, words: (po) => `контрольная по ${po} будет на дистанте`, more: () => said(SAYS.tests) },
    {
      test: /как узнать оценку/,
      words: (po) => `где оценки по ${po} за неделю`,
      more: () => [...said(SAYS.grades), ...guidesSaying((t) => t.includes('оценк'))],
    },
    { test: /кому писать/, words: (po) => `непонятна тема по ${po} кому писать`, more: () => [] },
  ];
  for (const kind of faqKinds) {
    const first = [...c.faq].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).find((f) => kind.test.test(f.question.toLowerCase()));
    const subject = first && /«(.+?)»/.exec(first.question)?.[1];
    if (!first || !subject) continue;
    const same = faq((q) => kind.test.test(q) && q.includes(`«${subject.toLowerCase()}»`));
    const teachers = kind.test.source === 'кому писать' ? cardsOf(teachingSubject(subject)) : [];
    ask(kind.words(afterPo(subject), subject), [...same, ...kind.more(), ...teachers]);
  }
  ask('когда появятся оценки в дневнике', said(SAYS.grades));
  ask('учитель не отвечает на сообщения', said(SAYS.answers));
  ask(
    'продуктовые наборы когда',
    noticesWhere((title) => title.includes('продуктов')),
  );
  ask('объявления', notices.length > 0 ? ['announcements/', ...notices.map((n) => `announcements/#${n.id}`)] : []);
  ask('сферум', [platform('sferum'), platform('sferum') && 'contacts/#support-sferum']);
  const primary = c.platforms.find((p) => p.primary);
  ask('на какой платформе уроки', [primary && `platforms/#${primary.id}`, 'platforms/', howItWorks]);
  ask('как устроено дистанционное обучение', [howItWorks]);

  return cases;
}
