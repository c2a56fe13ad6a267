/**
 * Development questions written for the ranking work of 2026-12-07, over generated schools the old
 * development half never saw (seeds 2 and 7, search-quality.test.ts). They were written from the
 * schools' content (who works there, which classes, guides and documents there are) as parents and
 * pupils would type, before any of them was asked of the search — so tuning on them is tuning on
 * questions the ranking was not fitted to. All of them are development questions: their misses are
 * printed. Each question names the places any of which counts as the right answer.
 */
import { sampleContent } from '../../helpers/sample-content.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** How a device is named in a question. */
const DEVICE_WORDS: Record<string, string> = { computer: 'с компа', phone: 'с телефона', tablet: 'с планшета', any: '' };

/** A word with one letter left out in its middle: «психолог» → «псиолог». */
export const oneLetterLess = (word: string) => word.slice(0, Math.floor(word.length / 2)) + word.slice(Math.floor(word.length / 2) + 1);

/** The places the fresh questions expect, read from one school's content: one list for each kind of answer. */
export function placesOf(contentDir: string) {
  const c = sampleContent(contentDir);
  const contact = (kind: string, test: (title: string) => boolean = () => true) =>
    c.contacts.filter((entry) => entry.kind === kind && test(entry.title.toLowerCase())).map((entry) => `contacts/#${entry.id}`);
  const staff = (test: (position: string) => boolean) => c.staff.filter((s) => test(s.position.toLowerCase())).map((s) => `staff/#${s.id}`);
  const guidesWhere = (test: (title: string) => boolean) =>
    c.guides.filter((g) => test(g.title.toLowerCase())).map((g) => `guides/${g.id}/`);
  return {
    c,
    contact,
    staff,
    guidesWhere,
    hotline: contact('hotline'),
    helpline: contact('psychologist', (title) => title.includes('доверия')),
    psychologist: [...contact('psychologist', (title) => !title.includes('доверия')), ...staff((p) => p.includes('психолог'))],
    social: [...contact('social'), ...staff((p) => p.includes('социальн'))],
    itSupport: [...contact('it-support'), ...staff((p) => p.includes('системный'))],
    director: [
      ...staff((p) => p === 'директор'),
      ...contact('administration', (t) => /директор|секретар|при[её]мн/.test(t) && !t.includes('заместител')),
    ],
    deputy: [
      ...contact('administration', (t) => /заместител|завуч/.test(t)),
      ...staff((p) => p.startsWith('заместитель директора по учебно')),
    ],
    teachersOf: (subject: string) => staff((p) => p.includes(subject)),
    requirements: c.hasRequirements ? ['requirements/', 'requirements/#internet', 'requirements/#devices-title'] : [],
    documents: (test: (title: string) => boolean) =>
      c.documents.filter((d) => test(d.title.toLowerCase())).map((d) => `documents/#${d.id}`),
    pages: (test: (title: string) => boolean) => c.pages.filter((p) => test(p.title.toLowerCase())).map((p) => `${p.id}/`),
    meetingOf: (test: (entry: (typeof c.meetings)[number]) => boolean) => c.meetings.filter(test).map((m) => `meetings/#${m.id}`),
    /** Classes in the order of their grades: «2А» before «10А». */
    classes: [...c.classes].sort((a, b) => a.class.localeCompare(b.class, 'ru', { numeric: true })),
  };
}

/** A collector of questions: a question whose school lacks every place it would expect is left out. */
export function asker() {
  const cases: EvalCase[] = [];
  const ask = (query: string, expected: (string | undefined)[]) => {
    const places = expected.filter((place): place is string => Boolean(place));
    if (places.length > 0) cases.push({ query, expected: places });
  };
  return { cases, ask };
}

export function freshCases(contentDir: string): EvalCase[] {
  const {
    c,
    guidesWhere,
    hotline,
    helpline,
    psychologist,
    social,
    itSupport,
    director,
    deputy,
    teachersOf,
    documents,
    pages,
    meetingOf,
    requirements,
    classes,
  } = placesOf(contentDir);
  const { cases, ask } = asker();

  // Contacts.
  ask('телефон горячей линии', hotline);
  ask('куда звонить по дистанционке', hotline);
  ask('горячая линия школы номер', hotline);
  ask('психолог', psychologist);
  ask('телефон школьного психолога', psychologist);
  ask('псиолог', psychologist);
  ask('детский телефон доверия', helpline);
  ask('телефон доверия для подростков', helpline);
  ask('социальный педагог', social);
  ask('соцпедагог телефон', social);
  ask('техподдержка', itSupport);
  ask('телефон технической поддержки', itSupport);
  ask('системный администратор школы', itSupport);
  ask('директор', director);
  ask('приемная директора телефон', director);
  ask('как записаться на приём к директору', director);
  ask('завуч', deputy);
  ask('телефон завуча', deputy);
  ask('заместитель директора по учебной работе', deputy);
  const hotlinePhone = c.contacts.find((entry) => entry.kind === 'hotline')?.phones[0];
  if (hotlinePhone)
    ask(
      hotlinePhone
        .replace(/\D/g, '')
        .slice(-6)
        .replace(/(\d\d)(\d\d)(\d\d)/, '$1-$2-$3'),
      hotline,
    );

  // Staff: by position, colloquially, and by name.
  ask('учитель математики', teachersOf('математик'));
  ask('кто ведет химию', teachersOf('хими'));
  ask('учительница английского', teachersOf('английск'));
  ask('учитель физики почта', teachersOf('физики'));
  ask('логопед', teachersOf('логопед'));
  ask('библиотекарь', teachersOf('библиотекар'));
  ask('учитель начальных классов', teachersOf('начальных'));
  ask('информатика учитель', teachersOf('информатик'));
  for (const person of [c.staff[0], c.staff[Math.floor(c.staff.length / 2)], c.staff.at(-1)]) {
    if (!person) continue;
    const [surname = '', name = '', patronymic = ''] = person.name.split(' ');
    // A surname two people share answers with either card.
    ask(
      surname.toLowerCase(),
      c.staff.filter((s) => s.name.startsWith(`${surname} `)).map((s) => `staff/#${s.id}`),
    );
    ask(`${name} ${patronymic}`, [`staff/#${person.id}`]);
    ask(`${oneLetterLess(surname.toLowerCase())} ${name.toLowerCase()}`, [`staff/#${person.id}`]);
  }

  // Timetables and bells.
  for (const entry of [classes[1], classes[Math.floor(classes.length / 2)], classes.at(-2)]) {
    if (!entry) continue;
    const [, grade = '', letter = ''] = /^(\d+)(.*)$/.exec(entry.class) ?? [];
    const place = [`timetable/${entry.id}/`];
    ask(`расписание ${grade}${letter.toLowerCase()}`, place);
    ask(`уроки ${grade} ${letter} класса`, place);
    ask(`какие уроки завтра в ${grade}${letter.toLowerCase()}`, place);
    ask(`${GRADE_ORDINALS[Number(grade)]} ${letter.toLowerCase()} расписание`, place);
    ask(wrongLayout(`расписание ${grade}${letter.toLowerCase()}`), place);
  }
  ask('расписание звонков', ['timetable/bells/']);
  ask('во сколько начинается первый урок', ['timetable/bells/']);
  ask('сколько длится перемена', ['timetable/bells/']);

  // Guides, asked by what they help with.
  const platformName = (id: string) => c.platforms.find((p) => p.id === id)?.name ?? id;
  for (const guide of c.guides) {
    const title = guide.title.toLowerCase();
    const where = platformName(guide.platform).toLowerCase();
    const device = DEVICE_WORDS[guide.device] ?? '';
    const same = (word: string) => guidesWhere((t) => t.includes(word) && t.includes(where.slice(0, 5)));
    if (title.includes('подключиться') || title.includes('войти'))
      ask(`как зайти в ${where} ${device}`.trim(), same(title.includes('войти') ? 'войти' : 'подключиться'));
    if (title.includes('поднять руку')) ask(`как поднять руку на уроке в ${where}`, same('поднять руку'));
    if (title.includes('сдать домашнее')) ask(`как сдать домашку в ${where}`, same('сдать домашнее'));
    if (title.includes('фото тетради'))
      ask(
        `как отправить фото тетради учителю`,
        guidesWhere((t) => t.includes('фото тетради')),
      );
    if (title.includes('ошибка входа')) ask(`${where} пишет ошибка входа`, same('ошибка входа'));
    if (title.includes('нет звука'))
      ask(
        `на уроке нет звука что делать`,
        guidesWhere((t) => t.includes('нет звука')),
      );
    if (title.includes('написать учителю')) ask(`как написать учителю в ${where}`, same('написать учителю'));
    if (title.includes('чат класса'))
      ask(
        `где найти чат класса`,
        guidesWhere((t) => t.includes('чат класса')),
      );
    if (title.includes('не открывается')) ask(`${where} не открывается`, same('не открывается'));
    if (title.includes('микрофон'))
      ask(
        `как включить камеру на уроке`,
        guidesWhere((t) => t.includes('микрофон')),
      );
    if (title.includes('видеоурок')) ask(`как попасть на урок в ${where}`, same('видеоурок'));
  }

  // The plan, requirements, documents, pages.
  ask('план мероприятий по дистанционному обучению', ['plan/']);
  ask('план-график', ['plan/']);
  ask('какой нужен компьютер для уроков', [...requirements, ...(c.hasRequirements ? ['requirements/#device-computer'] : [])]);
  ask('какая скорость интернета нужна', c.hasRequirements ? ['requirements/', 'requirements/#internet'] : []);
  ask('требования к технике', requirements);
  // Every order of the school is an answer: the question does not say which.
  ask(
    'приказ о дистанционном обучении',
    c.documents.filter((d) => d.kind === 'order').map((d) => `documents/#${d.id}`),
  );
  ask(
    'положение о дистанционном обучении',
    documents((t) => t.startsWith('положение')),
  );
  ask(
    'памятка родителям режим дня',
    documents((t) => t.includes('памятка')),
  );
  ask(
    'где взять ноутбук',
    pages((t) => /ноутбук|устройств/.test(t)),
  );
  ask(
    'школа дает планшет на время?',
    pages((t) => /ноутбук|устройств/.test(t)),
  );
  ask(
    'как проходит дистанционное обучение',
    pages((t) => t.includes('как устроено')),
  );

  // Meetings.
  ask(
    'общешкольное родительское собрание',
    meetingOf((m) => m.classes.length === 0 || /общешкольн/i.test(m.title)),
  );
  const classMeeting = c.meetings.find((m) => m.classes.length === 1);
  const meetingClass = classMeeting && c.classes.find((entry) => entry.id === classMeeting.classes[0]);
  if (meetingClass)
    ask(
      `собрание ${meetingClass.class.toLowerCase()} когда`,
      meetingOf((m) => m.classes.includes(meetingClass.id)),
    );

  // Platforms.
  for (const platform of c.platforms) ask(`что такое ${platform.name.toLowerCase()}`, [`platforms/#${platform.id}`]);

  // FAQ: a question about one subject's marks or textbook.
  for (const entry of c.faq) {
    const subject = /«([^»]+)»/.exec(entry.question)?.[1];
    if (!subject) continue;
    if (entry.question.startsWith('Как узнать оценку')) ask(`где смотреть оценки ${subject.toLowerCase()}`, [`faq/#${entry.id}`]);
    if (entry.question.startsWith('Где найти учебник')) ask(`электронный учебник ${subject.toLowerCase()}`, [`faq/#${entry.id}`]);
  }
  // A second batch, written after the first was scored (and before it was asked), in other words.
  ask('к кому обратиться если ребенку тревожно', [...psychologist, ...helpline]);
  ask('номер социального педагога', social);
  ask('позвонить в техподдержку', itSupport);
  ask('кто директор', director);
  ask('как связаться с завучем', deputy);
  ask('горячая линия дистант', hotline);
  ask('телефон доверия бесплатный', helpline);
  ask('учитель истории', teachersOf('истории'));
  ask('кто учитель музыки', teachersOf('музыки'));
  ask('учитель физкультуры', teachersOf('физической'));
  ask('учитель по русскому языку', teachersOf('русского'));
  const withTeacher = c.classes.find((entry) => entry.classTeacher);
  if (withTeacher)
    ask(`классный руководитель ${withTeacher.class.toLowerCase()}`, [`staff/#${withTeacher.classTeacher}`, `timetable/${withTeacher.id}/`]);
  const third = classes[2];
  if (third) ask(`рассписание ${third.class.toLowerCase()}`, [`timetable/${third.id}/`]);
  ask('во сколько заканчиваются уроки', ['timetable/bells/']);
  ask(
    'не слышно учителя на уроке',
    guidesWhere((t) => t.includes('нет звука')),
  );
  ask(
    'как включить микрофон',
    guidesWhere((t) => t.includes('микрофон')),
  );
  for (const platform of c.platforms) {
    const where = platform.name.toLowerCase().replace(/^фгис /, '');
    ask(
      `забыл пароль от ${where}`,
      guidesWhere((t) => t.includes('восстановить вход') && t.includes(where.replace(/[«»]/g, '').slice(0, 5))),
    );
    ask(`${where.replace(/[«»]/g, '')} сайт`, [`platforms/#${platform.id}`]);
  }
  ask(
    'уведомления не приходят',
    guidesWhere((t) => t.includes('уведомления')),
  );
  ask(
    'положение о дистанционке',
    documents((t) => t.startsWith('положение')),
  );
  ask(
    'методические рекомендации',
    documents((t) => t.startsWith('методические')),
  );
  ask('сколько нужно оперативной памяти', requirements);
  ask('какая скорость интернета нужна для видеоурока', c.hasRequirements ? ['requirements/', 'requirements/#internet'] : []);
  ask(
    'как получить ноутбук от школы',
    pages((t) => /ноутбук|устройств/.test(t)),
  );
  ask('план график', ['plan/']);
  ask('график связи с учителями', ['communication/']);
  for (const entry of c.faq) {
    const subject = /«([^»]+)»/.exec(entry.question)?.[1]?.toLowerCase();
    if (!subject) continue;
    if (entry.question.startsWith('Будет ли контрольная')) ask(`контрольная по предмету ${subject} будет?`, [`faq/#${entry.id}`]);
    if (entry.question.startsWith('Можно ли заниматься')) ask(`${subject} можно с телефона заниматься`, [`faq/#${entry.id}`]);
  }
  return cases;
}

/**
 * How pupils name a subject after «по»: the everyday short word where there is one («по физре»), the
 * dative of the subject otherwise. Subjects of the Russian school curriculum.
 */
const SUBJECT_AFTER_PO: Record<string, string> = {
  'русский язык': 'русскому',
  литература: 'литре',
  'литературное чтение': 'чтению',
  'английский язык': 'английскому',
  математика: 'матеше',
  алгебра: 'алгебре',
  геометрия: 'геометрии',
  'вероятность и статистика': 'вероятности',
  информатика: 'инфе',
  физика: 'физике',
  химия: 'химии',
  биология: 'биологии',
  география: 'географии',
  история: 'истории',
  обществознание: 'обществу',
  'окружающий мир': 'окружайке',
  музыка: 'музыке',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труду',
  'физическая культура': 'физре',
  'основы безопасности и защиты родины': 'обж',
};

/** Two letters in the middle of a word swapped, as fast typing does: «техподдержка» → «техподдрежка». */
const swappedLetters = (word: string) => {
  const i = Math.floor(word.length / 2);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
};

/**
 * Batch 3 of the development questions (2026-12-07, round 2 of the search work), over generated schools
 * of seeds 11 and 12 that no earlier evaluation used. Written from the schools' content and the list of
 * what a school publishes (help and contacts, staff, timetable, requirements, device lending, meetings,
 * the communication schedule, guides, documents, plan, coordinators, FAQ) before any of them was asked of
 * the search: worries in a parent's words, everyday names of subjects and staff, short questions and
 * long ones, typos and the wrong layout.
 */
export function thirdBatchCases(contentDir: string): EvalCase[] {
  const p = placesOf(contentDir);
  const { c, staff, guidesWhere, teachersOf, documents, pages, meetingOf, classes } = p;
  const { cases, ask } = asker();

  // Help in a worry, in the parent's words rather than the contact's title.
  const anyHelp = [...p.psychologist, ...p.helpline];
  ask('ребенок не хочет учиться и плачет к кому идти', anyHelp);
  ask('травля в классе куда обратиться', anyHelp);
  ask('анонимная помощь подростку', p.helpline);
  ask('бесплатный номер для детей 8 800', p.helpline);
  ask('консультация психолога для родителей', p.psychologist);
  ask('почта психолога', p.psychologist);
  ask(wrongLayout('телефон психолога'), p.psychologist);
  ask('материальная помощь многодетной семье', p.social);
  ask('бесплатное питание льготникам', p.social);
  ask('кто отвечает за компьютеры в школе', p.itSupport);
  ask('не работает сферум кому звонить', [...p.itSupport, ...p.hotline]);
  ask(swappedLetters('техподдержка'), p.itSupport);
  const secretary = [...p.director, ...staff((position) => position.includes('секретар'))];
  ask('номер секретаря', secretary);
  ask('телефон приемной школы', secretary);
  ask('зам по увр', p.deputy);
  ask(
    'заместитель директора по воспитательной работе',
    staff((position) => position.includes('по воспитательной')),
  );
  ask('как позвонить в школу по поводу дистанта', p.hotline);

  // Staff by the everyday names pupils use.
  ask('физрук', teachersOf('физической'));
  ask('учитель по физре', teachersOf('физической'));
  ask('математичка', teachersOf('математик'));
  ask('англичанка', teachersOf('английск'));
  ask('русичка телефон', teachersOf('русского'));
  ask('историк', teachersOf('истори'));
  ask('кто ведет обж', teachersOf('обзр'));
  ask('учитель изо', teachersOf('изобразительного'));
  ask('трудовик', teachersOf('труда'));
  ask('учитель технологии', teachersOf('технологи'));
  ask('биологичка', teachersOf('биологии'));
  ask('учитель географии почта', teachersOf('географии'));
  ask('учитель инфы', teachersOf('информатики'));
  ask('химичка', teachersOf('химии'));
  ask('учитель обществознания', teachersOf('обществознания'));
  ask('учитель литературы', teachersOf('литератур'));
  ask('школьная библиотека', teachersOf('библиотекар'));
  ask('учительница начальной школы', teachersOf('начальных'));
  for (const person of [c.staff[1], c.staff[Math.floor(c.staff.length / 3)]]) {
    if (!person) continue;
    const [surname = '', name = '', patronymic = ''] = person.name.split(' ');
    ask(`${surname} ${name[0]}.${patronymic[0]}.`, [`staff/#${person.id}`]);
    ask(`${surname.toLowerCase()} ${name.toLowerCase()} телефон`, [`staff/#${person.id}`]);
  }

  // Timetables and bells.
  const timetableOf = (entry: (typeof classes)[number] | undefined) => (entry ? [`timetable/${entry.id}/`] : []);
  const nameOf = (entry: (typeof classes)[number] | undefined) => entry?.class.toLowerCase() ?? '';
  const [early, middle, late] = [classes[2], classes[Math.floor(classes.length / 2) + 1], classes.at(-1)];
  ask(`расписание на завтра ${nameOf(middle).replace(/(\d)(\D)/, '$1 $2')}`, timetableOf(middle));
  ask(`какие уроки в понедельник у ${nameOf(early)}`, timetableOf(early));
  ask(`ссылка на урок ${nameOf(late)}`, timetableOf(late));
  ask(`у ${nameOf(middle)} сегодня онлайн урок?`, timetableOf(middle));
  const withTeacher = c.classes.find((entry) => entry.classTeacher && entry.id !== c.classes[0]?.id);
  if (withTeacher)
    ask(`классная руководительница ${nameOf(withTeacher)}`, [`staff/#${withTeacher.classTeacher}`, ...timetableOf(withTeacher)]);
  const tenth = classes.filter((entry) => entry.class.startsWith('10'));
  ask(
    'расписание 10 класса',
    tenth.map((entry) => `timetable/${entry.id}/`),
  );
  ask('звонки', ['timetable/bells/']);
  ask('во сколько заканчивается 4 урок', ['timetable/bells/']);
  ask('когда большая перемена', ['timetable/bells/']);
  ask('сколько минут длится урок на дистанте', ['timetable/bells/', ...pages((t) => /как устроено|порядок/.test(t))]);

  // What a device must have.
  const device = (kind: string) => (c.requirements?.devices.some((d) => d.device === kind) ? [`requirements/#device-${kind}`] : []);
  ask('можно учиться с телефона', [...p.requirements, ...device('phone')]);
  ask('нужна ли веб камера', [...p.requirements, ...device('computer'), ...device('laptop')]);
  ask('какой браузер нужен для уроков', [...p.requirements, ...device('computer'), ...device('laptop')]);
  ask('на каком windows будет работать', [...p.requirements, ...device('computer'), ...device('laptop')]);
  ask('сколько оперативки нужно планшету', [...p.requirements, ...device('tablet')]);
  ask('нужны ли наушники', [...p.requirements, ...device('computer'), ...device('phone')]);
  ask('минимальная скорость интернета', c.hasRequirements ? ['requirements/', 'requirements/#internet'] : []);
  ask('подойдет ли старый ноутбук', [...p.requirements, ...device('laptop')]);

  // Borrowing a device from the school.
  const lending = pages((t) => /ноутбук|устройств/.test(t));
  ask('нет компьютера дома что делать', lending);
  ask('выдача планшетов', lending);
  ask('какие документы нужны чтобы взять ноутбук', lending);
  ask('школа дает технику бесплатно', lending);

  // Meetings.
  const allMeetings = ['meetings/', ...meetingOf(() => true)];
  ask('когда родительское собрание', allMeetings);
  const classMeeting = [...c.meetings].reverse().find((m) => m.classes.length === 1);
  const meetingClass = classMeeting && c.classes.find((entry) => entry.id === classMeeting.classes[0]);
  if (meetingClass)
    ask(
      `родительское собрание ${nameOf(meetingClass)} ссылка`,
      meetingOf((m) => m.classes.includes(meetingClass.id)),
    );
  ask(
    'ссылка на общешкольное собрание',
    meetingOf((m) => m.classes.length === 0 || /общешкольн/i.test(m.title)),
  );

  // The communication schedule.
  const talks = (test: (item: (typeof c.communication)[number]) => boolean) =>
    c.communication.filter(test).map((item) => `communication/#communication-${item.id}`);
  const staffIds = (places: readonly string[]) => places.filter((place) => place.startsWith('staff/#')).map((place) => place.slice(7));
  ask('когда можно поговорить с психологом', [
    ...talks((item) => staffIds(p.psychologist).includes(item.responsible ?? '')),
    ...p.psychologist,
  ]);
  ask('часы приема директора', [...talks((item) => staffIds(p.director).includes(item.responsible ?? '')), ...p.director]);
  ask('чат родителей класса', [...talks((item) => item.form === 'chat'), ...guidesWhere((t) => t.includes('чат класса'))]);
  ask('когда учитель отвечает на сообщения', ['communication/', ...talks(() => true)]);
  ask('график консультаций учителей', ['communication/', ...talks((item) => item.form === 'consultation')]);

  // Guides, by what goes wrong.
  const platformOf = (guide: (typeof c.guides)[number]) =>
    c.platforms.find((platform) => platform.id === guide.platform)?.name.toLowerCase() ?? '';
  const guidesOf = (platformWord: string, test: (title: string) => boolean) =>
    c.guides.filter((g) => platformOf(g).includes(platformWord) && test(g.title.toLowerCase())).map((g) => `guides/${g.id}/`);
  ask(
    'как войти в сферум через госуслуги',
    guidesOf('сферум', (t) => /войти|подключиться|восстановить вход/.test(t)),
  );
  ask(
    'не могу зайти в мою школу',
    guidesOf('моя школа', (t) => /войти|вход|подключиться/.test(t)),
  );
  ask(
    'как прикрепить файл с домашкой',
    guidesWhere((t) => t.includes('сдать домашнее')),
  );
  ask('как посмотреть оценки в моей школе', [
    ...guidesWhere((t) => t.includes('оценк')),
    ...c.faq.filter((entry) => entry.question.startsWith('Как узнать оценку')).map((entry) => `faq/#${entry.id}`),
    ...c.platforms.filter((platform) => platform.name.toLowerCase().includes('моя школа')).map((platform) => `platforms/#${platform.id}`),
  ]);
  ask(
    'как выключить микрофон на уроке',
    guidesWhere((t) => t.includes('микрофон')),
  );
  ask(
    'как включить видео на уроке',
    guidesWhere((t) => t.includes('камер')),
  );
  ask(
    'как настроить оповещения',
    guidesWhere((t) => t.includes('уведомлен')),
  );
  ask(
    'как подключиться к видеоуроку с компьютера',
    guidesOf('сферум', (t) => /видеоурок|подключиться|войти/.test(t)),
  );
  ask(
    'инструкция для планшета',
    c.guides.filter((g) => g.device === 'tablet').map((g) => `guides/${g.id}/`),
  );

  // Platforms.
  for (const platform of c.platforms) {
    const name = platform.name
      .toLowerCase()
      .replace(/^фгис /, '')
      .replace(/[«»]/g, '');
    ask(`ссылка на ${name}`, [`platforms/#${platform.id}`]);
  }

  // Documents, the plan, coordinators.
  const orders = c.documents.filter((d) => d.kind === 'order').map((d) => `documents/#${d.id}`);
  ask('номер приказа о переходе на дистант', orders);
  ask('приказ на дистанционку', orders);
  ask(
    'локальный акт о дистанционном обучении',
    documents((t) => t.startsWith('положение')),
  );
  ask(
    'рекомендации министерства по дистанционке',
    documents((t) => t.startsWith('методические')),
  );
  ask(
    'режим дня школьника на дистанте',
    documents((t) => t.includes('режим')),
  );
  const coordinatorsAt = (level: string) => [
    'coordinators/',
    ...c.coordinators.filter((person) => person.level === level).map((person) => `coordinators/#coordinator-${person.id}`),
  ];
  ask('кто отвечает за дистанционное обучение в районе', coordinatorsAt('municipal'));
  ask('управление образования телефон', coordinatorsAt('municipal'));
  ask('министерство образования региона контакты', coordinatorsAt('regional'));
  ask('координатор от школы', coordinatorsAt('school'));
  ask('мероприятия школы на время дистанта', ['plan/']);
  ask('что уже сделано по плану', ['plan/']);

  // FAQ, with the subject as pupils name it.
  for (const entry of c.faq) {
    const subject = /«([^»]+)»/.exec(entry.question)?.[1]?.toLowerCase();
    const afterPo = subject && SUBJECT_AFTER_PO[subject];
    if (!afterPo) continue;
    const place = [`faq/#${entry.id}`];
    if (entry.question.startsWith('Будет ли контрольная')) ask(`контрольная по ${afterPo} на дистанте будет`, place);
    if (entry.question.startsWith('Что делать, если ребёнок не успевает')) ask(`не успели сделать задание по ${afterPo}`, place);
    if (entry.question.startsWith('Кому писать')) ask(`не понимаю тему по ${afterPo} кому написать`, place);
    if (entry.question.startsWith('Где найти учебник')) ask(`учебник по ${afterPo} онлайн`, place);
    if (entry.question.startsWith('Как узнать оценку')) ask(`где оценки по ${afterPo}`, place);
    if (entry.question.startsWith('Можно ли заниматься')) ask(`по ${afterPo} можно заниматься с телефона`, place);
  }
  return cases;
}

/**
 * Batch 4 of the development questions (2026-12-07, round 3 of the search work), over generated schools
 * of seeds 13 and 14 that no earlier evaluation used. Written from the list of what a school publishes
 * and the seed-13 school's content (its staff, classes, guides, documents, meetings) before any of them
 * was asked of the search: short and long questions, a parent's worries, slang, typos, the wrong layout,
 * numbers of classes written every way.
 */
export function fourthBatchCases(contentDir: string): EvalCase[] {
  const p = placesOf(contentDir);
  const { c, staff, guidesWhere, teachersOf, documents, pages, meetingOf, classes } = p;
  const { cases, ask } = asker();

  // Help and contacts.
  ask('куда звонить если не получается подключиться к уроку', [...p.hotline, ...p.itSupport]);
  ask('единый телефон школы', p.hotline);
  ask('номер горячей линии по дистанту', p.hotline);
  ask('гарячая линия', p.hotline);
  ask('психологическая помощь ребенку', [...p.psychologist, ...p.helpline]);
  ask('ребенок в стрессе из-за учебы', [...p.psychologist, ...p.helpline]);
  ask('школьный психолог почта', p.psychologist);
  ask(wrongLayout('психолог'), p.psychologist);
  ask('телефон доверия круглосуточно', p.helpline);
  ask('соц педагог', p.social);
  ask('помощь малоимущим семьям', p.social);
  ask('айтишник школы', p.itSupport);
  ask('сломался компьютер кому звонить', p.itSupport);
  ask('техническая поддержка почта', p.itSupport);
  const secretary = [...p.director, ...staff((position) => position.includes('секретар'))];
  ask('секретарь', secretary);
  ask('директор школы телефон', p.director);
  ask('кто у нас директор', p.director);
  ask('завуч по учебной части', p.deputy);
  ask('заместитель по увр телефон', p.deputy);

  // Staff, by subject and by name.
  ask('учитель биологии', teachersOf('биологии'));
  ask('кто преподает географию', teachersOf('географии'));
  ask('учитель англ языка', teachersOf('английск'));
  ask('учительница по математике', teachersOf('математик'));
  ask('преподаватель информатики', teachersOf('информатики'));
  ask('обзр преподаватель', teachersOf('обзр'));
  ask('учитель рисования', teachersOf('изобразительного'));
  ask('учитель музыки почта', teachersOf('музыки'));
  ask('логопед в школе есть', teachersOf('логопед'));
  ask('библиотекарь школы', teachersOf('библиотекар'));
  ask('учитель русского и литературы', teachersOf('русского'));
  ask('учитель труда', teachersOf('труда'));
  for (const person of [c.staff[2], c.staff[Math.floor(c.staff.length / 2) + 1], c.staff.at(-3)]) {
    if (!person) continue;
    const [surname = '', name = '', patronymic = ''] = person.name.split(' ');
    const sameSurname = c.staff.filter((s) => s.name.startsWith(`${surname} `)).map((s) => `staff/#${s.id}`);
    ask(`${surname.toLowerCase()} почта`, sameSurname);
    ask(`${name.toLowerCase()} ${patronymic.toLowerCase()} учитель`, [`staff/#${person.id}`]);
    ask(wrongLayout(surname), sameSurname);
  }

  // Timetables and bells.
  for (const entry of [classes[0], classes[3], classes.at(-1)]) {
    if (!entry) continue;
    const [, grade = '', letter = ''] = /^(\d+)(.*)$/.exec(entry.class) ?? [];
    const place = [`timetable/${entry.id}/`];
    ask(`расписание уроков ${grade}-${letter.toLowerCase()}`, place);
    ask(`что у ${grade}${letter.toLowerCase()} в среду`, place);
    ask(`${grade}${letter} класс расписание на неделю`, place);
  }
  ask('во сколько звонок с первого урока', ['timetable/bells/']);
  ask('время уроков', ['timetable/bells/']);
  ask('расписание звонков на дистанте', ['timetable/bells/']);

  // Devices and requirements.
  const device = (kind: string) => (c.requirements?.devices.some((d) => d.device === kind) ? [`requirements/#device-${kind}`] : []);
  ask('какой интернет нужен для учебы', c.hasRequirements ? ['requirements/', 'requirements/#internet'] : []);
  ask('требования к компьютеру', [...p.requirements, ...device('computer')]);
  ask('подойдет ли планшет для уроков', [...p.requirements, ...device('tablet')]);
  ask('технические требования', p.requirements);
  const lending = pages((t) => /ноутбук|устройств|техника/.test(t));
  ask('взять ноутбук в школе', lending);
  ask('нечем учиться нет планшета', lending);
  ask('техника для учебы дома', lending);
  ask(
    'как устроена учеба на дистанционке',
    pages((t) => t.includes('как устроено')),
  );

  // Meetings and the communication schedule.
  ask(
    'общее собрание родителей',
    meetingOf((m) => m.classes.length === 0 || /общешкольн/i.test(m.title)),
  );
  const classMeeting = c.meetings.find((m) => m.classes.length === 1 && m.classes[0] !== c.classes[0]?.id);
  const meetingClass = classMeeting && c.classes.find((entry) => entry.id === classMeeting.classes[0]);
  if (meetingClass)
    ask(
      `когда собрание в ${meetingClass.class.toLowerCase()}`,
      meetingOf((m) => m.classes.includes(meetingClass.id)),
    );
  const talks = (test: (item: (typeof c.communication)[number]) => boolean) =>
    c.communication.filter(test).map((item) => `communication/#communication-${item.id}`);
  ask('приём директора по телефону', [...talks((item) => item.form === 'phone'), ...p.director]);
  ask('когда звонить учителю', ['communication/', ...talks(() => true)]);
  ask('родительский чат', [...talks((item) => item.form === 'chat'), ...guidesWhere((t) => t.includes('чат класса'))]);

  // Guides.
  ask(
    'не открывается сферум на планшете',
    guidesWhere((t) => t.includes('не открывается')),
  );
  ask(
    'как восстановить пароль сферум',
    guidesWhere((t) => t.includes('восстановить вход') && t.includes('сферум')),
  );
  ask(
    'как загрузить домашку в моя школа',
    guidesWhere((t) => t.includes('сдать домашнее')),
  );
  ask(
    'как сфоткать тетрадь и отправить',
    guidesWhere((t) => t.includes('фото тетради')),
  );
  ask(
    'как поднять руку в сферуме',
    guidesWhere((t) => t.includes('поднять руку')),
  );
  ask(
    'как войти в сферум',
    guidesWhere((t) => /войти в «сферум»|подключиться к «сферум»/.test(t)),
  );
  ask(
    'уведомления моя школа',
    guidesWhere((t) => t.includes('уведомлен')),
  );

  // Documents, plan, coordinators, platforms, FAQ.
  ask(
    'приказ об организации дистанционного обучения',
    c.documents.filter((d) => d.kind === 'order').map((d) => `documents/#${d.id}`),
  );
  ask(
    'положение об электронном обучении',
    documents((t) => t.startsWith('положение')),
  );
  ask(
    'памятка для родителей',
    documents((t) => t.includes('памятка')),
  );
  ask('план мероприятий', ['plan/']);
  const coordinatorsAt = (level: string) => [
    'coordinators/',
    ...c.coordinators.filter((person) => person.level === level).map((person) => `coordinators/#coordinator-${person.id}`),
  ];
  ask('ответственный за дистанционное обучение в школе', coordinatorsAt('school'));
  ask('региональный координатор', coordinatorsAt('regional'));
  for (const platform of c.platforms) {
    const name = platform.name
      .toLowerCase()
      .replace(/^фгис /, '')
      .replace(/[«»]/g, '');
    ask(`${name} что это`, [`platforms/#${platform.id}`]);
  }
  for (const entry of c.faq) {
    const subject = /«([^»]+)»/.exec(entry.question)?.[1]?.toLowerCase();
    if (!subject) continue;
    const place = [`faq/#${entry.id}`];
    if (entry.question.startsWith('Как узнать оценку')) ask(`оценки за неделю ${subject}`, place);
    if (entry.question.startsWith('Кому писать')) ask(`непонятна тема ${subject}`, place);
    if (entry.question.startsWith('Что делать, если ребёнок не успевает')) ask(`ребенок не успевает по ${subject}`, place);
  }
  return cases;
}
