/**
 * Development questions written for the ranking work of 2026-12-07, over generated schools the old
 * development half never saw (seeds 2 and 7, search-quality.test.ts). They were written from the
 * schools' content (who works there, which classes, guides and documents there are) as parents and
 * pupils would type, before any of them was asked of the search — so tuning on them is tuning on
 * questions the ranking was not fitted to. All of them are development questions: their misses are
 * printed. Each question names the places any of which counts as the right answer.
 */
import { sampleContent } from '../../helpers/sample-content.ts';
import { wrongLayout, type EvalCase } from './queries.ts';

/** Grades as pupils write them in words, for «седьмой а». */
const ORDINALS = [
  '',
  'первый',
  'второй',
  'третий',
  'четвёртый',
  'пятый',
  'шестой',
  'седьмой',
  'восьмой',
  'девятый',
  'десятый',
  'одиннадцатый',
];
/** How a device is named in a question. */
const DEVICE_WORDS: Record<string, string> = { computer: 'с компа', phone: 'с телефона', tablet: 'с планшета', any: '' };

/** A word with one letter left out in its middle: «психолог» → «псиолог». */
const oneLetterLess = (word: string) => word.slice(0, Math.floor(word.length / 2)) + word.slice(Math.floor(word.length / 2) + 1);

export function freshCases(contentDir: string): EvalCase[] {
  const c = sampleContent(contentDir);
  const cases: EvalCase[] = [];
  const ask = (query: string, expected: (string | undefined)[]) => {
    const places = expected.filter((place): place is string => Boolean(place));
    if (places.length > 0) cases.push({ query, expected: places });
  };
  const contact = (kind: string, test: (title: string) => boolean = () => true) =>
    c.contacts.filter((entry) => entry.kind === kind && test(entry.title.toLowerCase())).map((entry) => `contacts/#${entry.id}`);
  const staff = (test: (position: string) => boolean) => c.staff.filter((s) => test(s.position.toLowerCase())).map((s) => `staff/#${s.id}`);

  // Contacts.
  const hotline = contact('hotline');
  ask('телефон горячей линии', hotline);
  ask('куда звонить по дистанционке', hotline);
  ask('горячая линия школы номер', hotline);
  const helpline = contact('psychologist', (title) => title.includes('доверия'));
  const psychologist = [...contact('psychologist', (title) => !title.includes('доверия')), ...staff((p) => p.includes('психолог'))];
  ask('психолог', psychologist);
  ask('телефон школьного психолога', psychologist);
  ask('псиолог', psychologist);
  ask('детский телефон доверия', helpline);
  ask('телефон доверия для подростков', helpline);
  const social = [...contact('social'), ...staff((p) => p.includes('социальн'))];
  ask('социальный педагог', social);
  ask('соцпедагог телефон', social);
  const itSupport = [...contact('it-support'), ...staff((p) => p.includes('системный'))];
  ask('техподдержка', itSupport);
  ask('телефон технической поддержки', itSupport);
  ask('системный администратор школы', itSupport);
  const director = [
    ...staff((p) => p === 'директор'),
    ...contact('administration', (t) => /директор|секретар|при[её]мн/.test(t) && !t.includes('заместител')),
  ];
  ask('директор', director);
  ask('приемная директора телефон', director);
  ask('как записаться на приём к директору', director);
  const deputy = [
    ...contact('administration', (t) => /заместител|завуч/.test(t)),
    ...staff((p) => p.startsWith('заместитель директора по учебно')),
  ];
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
  const teachersOf = (subject: string) => staff((p) => p.includes(subject));
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
  const classes = [...c.classes].sort((a, b) => a.class.localeCompare(b.class, 'ru', { numeric: true }));
  for (const entry of [classes[1], classes[Math.floor(classes.length / 2)], classes.at(-2)]) {
    if (!entry) continue;
    const [, grade = '', letter = ''] = /^(\d+)(.*)$/.exec(entry.class) ?? [];
    const place = [`timetable/${entry.id}/`];
    ask(`расписание ${grade}${letter.toLowerCase()}`, place);
    ask(`уроки ${grade} ${letter} класса`, place);
    ask(`какие уроки завтра в ${grade}${letter.toLowerCase()}`, place);
    ask(`${ORDINALS[Number(grade)]} ${letter.toLowerCase()} расписание`, place);
    ask(wrongLayout(`расписание ${grade}${letter.toLowerCase()}`), place);
  }
  ask('расписание звонков', ['timetable/bells/']);
  ask('во сколько начинается первый урок', ['timetable/bells/']);
  ask('сколько длится перемена', ['timetable/bells/']);

  // Guides, asked by what they help with.
  const platformName = (id: string) => c.platforms.find((p) => p.id === id)?.name ?? id;
  const guidesWhere = (test: (title: string) => boolean) =>
    c.guides.filter((g) => test(g.title.toLowerCase())).map((g) => `guides/${g.id}/`);
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
  const requirements = c.hasRequirements ? ['requirements/', 'requirements/#internet', 'requirements/#devices-title'] : [];
  ask('какой нужен компьютер для уроков', [...requirements, ...(c.hasRequirements ? ['requirements/#device-computer'] : [])]);
  ask('какая скорость интернета нужна', c.hasRequirements ? ['requirements/', 'requirements/#internet'] : []);
  ask('требования к технике', requirements);
  const documents = (test: (title: string) => boolean) =>
    c.documents.filter((d) => test(d.title.toLowerCase())).map((d) => `documents/#${d.id}`);
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
  const pages = (test: (title: string) => boolean) => c.pages.filter((p) => test(p.title.toLowerCase())).map((p) => `${p.id}/`);
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
  const meetingOf = (test: (entry: (typeof c.meetings)[number]) => boolean) => c.meetings.filter(test).map((m) => `meetings/#${m.id}`);
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
