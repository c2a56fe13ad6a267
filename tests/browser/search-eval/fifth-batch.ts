/**
 * Batch 5 of the development questions (2026-12-07), over generated schools of seeds 15 and 16, which
 * no earlier evaluation used. They were written from the mission of a distance-learning page (bells and
 * timetable, hotline, e-mail, teachers and their platform accounts, psychologist and social help,
 * device and internet requirements, parent meetings, the communication schedule, step-by-step guides,
 * borrowing a device, orders, the plan-schedule and its coordinators, FAQ, announcements) and from the
 * seed-15 school's content, as parents and pupils would type them, before any question was asked of
 * the search — an independent check, not a set the ranking was fitted to. Each question names every
 * place that truly answers it; a question whose school has none of them is left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { asker, placesOf } from './fresh-queries.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** Two neighbouring letters swapped: «Тихонова» → «Тиохнова». */
export const swapped = (word: string, at = 2) => word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);

/** A surname in the dative, as in «написать Масловой»: «Маслова» → «Масловой», «Фомин» → «Фомину». */
export const dative = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}у` : surname;

/** How a subject is said after «по»: «по русскому», «по физре». */
const SUBJECT_AFTER_PO: Record<string, string> = {
  'русский язык': 'русскому',
  'английский язык': 'английскому',
  литература: 'литре',
  'физическая культура': 'физре',
  алгебра: 'алгебре',
  геометрия: 'геометрии',
  'вероятность и статистика': 'статистике',
  информатика: 'информатике',
  история: 'истории',
  обществознание: 'обществознанию',
  физика: 'физике',
  химия: 'химии',
  биология: 'биологии',
  география: 'географии',
  математика: 'математике',
  'основы безопасности и защиты родины': 'обзр',
};
export const afterPo = (subject: string) => SUBJECT_AFTER_PO[subject.toLowerCase()] ?? subject.toLowerCase();

/** The body of a Markdown entry (front matter cut off), lower-cased; empty when the file is missing. */
export function bodyOf(dir: string, id: string): string {
  const file = join(dir, `${id}.md`);
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .replace(/^---[\s\S]*?---/, '')
        .toLowerCase()
    : '';
}

/** A collector of questions that names a place given twice (a guide both about lessons and about the camera) once. */
export function uniqueAsker() {
  const { cases, ask } = asker();
  return { cases, ask: (query: string, expected: (string | undefined)[]) => ask(query, [...new Set(expected)]) };
}

/** The places of placesOf and the finer ones the later batches expect, derived from the same content. */
export function batchPlacesOf(contentDir: string) {
  const places = placesOf(contentDir);
  const { c, meetingOf, documents, classes } = places;
  const school = c.school;
  const digits = (phone: string) => phone.replace(/\D/g, '');
  const schoolCard = 'contacts/#school-reception';
  const guides = (test: (g: (typeof c.guides)[number]) => boolean) => c.guides.filter(test).map((g) => `guides/${g.id}/`);
  const faq = (test: (question: string, body: string) => boolean) =>
    c.faq.filter((f) => test(f.question.toLowerCase(), bodyOf(join(contentDir, 'faq'), f.id))).map((f) => `faq/#${f.id}`);
  const announcementDir = join(contentDir, 'announcements');
  const notices = existsSync(announcementDir)
    ? readdirSync(announcementDir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => {
          const id = name.replace(/\.md$/, '');
          const title = /^title:\s*(.*)$/m.exec(readFileSync(join(announcementDir, name), 'utf8'))?.[1] ?? '';
          return { id, title: title.replace(/^["']|["']$/g, '').toLowerCase() };
        })
    : [];
  const announcements = (test: (title: string) => boolean) => notices.filter((n) => test(n.title)).map((n) => `announcements/#${n.id}`);
  const talk = (test: (item: (typeof c.communication)[number]) => boolean) =>
    c.communication.filter(test).map((item) => `communication/#communication-${item.id}`);
  const platform = (id: string) => (c.platforms.some((p) => p.id === id) ? `platforms/#${id}` : undefined);
  const page = (id: string) => (c.pages.some((p) => p.id === id) ? `${id}/` : undefined);
  const devices = c.requirements?.devices ?? [];
  const deviceCards = (test: (d: (typeof devices)[number]) => boolean) =>
    devices.filter(test).map((d) => `requirements/#device-${d.device}`);
  const timetable = (k: { id: string }) => `timetable/${k.id}/`;
  const gradeOf = (k: { class: string }) => Number.parseInt(k.class, 10);
  const teachersIn = (subject: string, classId: string) =>
    c.staff.filter((s) => s.position.toLowerCase().includes(subject) && (s.classes ?? []).includes(classId)).map((s) => `staff/#${s.id}`);
  const sferumGuides = (topic: string) => guides((g) => g.platform === 'sferum' && g.topic === topic);
  return {
    ...places,
    school,
    digits,
    schoolCard,
    guides,
    faq,
    announcementDir,
    notices,
    announcements,
    talk,
    platform,
    page,
    lending: page('kak-poluchit-ustroystvo'),
    howItWorks: page('kak-ustroeno-obuchenie'),
    devices,
    deviceCard: (kind: string) => (devices.some((d) => d.device === kind) ? `requirements/#device-${kind}` : undefined),
    deviceCards,
    deviceHelp: c.hasRequirements ? 'requirements/#device-help-title' : undefined,
    timetable,
    gradeOf,
    letterOf: (k: { class: string }) => k.class.replace(/^\d+/, '').trim(),
    classOfGrade: (grade: number) => classes.find((k) => gradeOf(k) === grade),
    staffCard: (id: string | undefined) => (id && c.staff.some((s) => s.id === id) ? `staff/#${id}` : undefined),
    teachersIn,
    /** Everyone a surname names: the staff cards and the contact cards that give that person. */
    bySurname: (surname: string) => [
      ...c.staff.filter((s) => s.name.startsWith(`${surname} `)).map((s) => `staff/#${s.id}`),
      ...c.contacts.filter((e) => (e.person ?? '').includes(` ${surname} `)).map((e) => `contacts/#${e.id}`),
    ],
    sferumGuides,
    connectGuides: guides((g) => g.topic === 'connect'),
    lessonGuides: guides((g) => g.topic === 'lesson'),
    homeworkGuides: guides((g) => g.topic === 'homework'),
    troubleGuides: guides((g) => g.topic === 'troubleshooting'),
    schoolMeetings: meetingOf((m) => (m.classes ?? []).length === 0),
    meetingsOfClass: (id: string) => meetingOf((m) => (m.classes ?? []).includes(id)),
    orders: documents(() => true).filter((place) => c.documents.find((d) => `documents/#${d.id}` === place)?.kind === 'order'),
  };
}

export function fifthBatchCases(contentDir: string): EvalCase[] {
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
    meetingOf,
    requirements,
    classes,
    school,
    digits,
    schoolCard,
    guides,
    faq,
    notices,
    announcements,
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
    classOfGrade,
    staffCard,
    teachersIn,
    bySurname,
    sferumGuides,
    connectGuides,
    lessonGuides,
    homeworkGuides,
    troubleGuides,
    schoolMeetings,
    meetingsOfClass,
    orders,
  } = batchPlacesOf(contentDir);
  const { cases, ask } = uniqueAsker();

  // The hotline and the school's own numbers.
  ask('номер горячей линии', hotline);
  ask('горячая линия по дистанционному обучению до скольки работает', hotline);
  ask('куда звонить если дистант не работает', [...hotline, ...itSupport]);
  ask('горячея линия', hotline);
  ask(wrongLayout('горячая линия'), hotline);
  const hotlinePhone = c.contacts.find((e) => e.kind === 'hotline')?.phones[0];
  if (hotlinePhone) ask(digits(hotlinePhone).slice(-6), hotline);
  ask('телефон школы', [schoolCard, ...c.contacts.filter((e) => e.phones.includes(school.phone)).map((e) => `contacts/#${e.id}`)]);
  ask(
    digits(school.phone)
      .slice(-6)
      .replace(/(\d\d)(\d\d)(\d\d)/, '$1 $2 $3'),
    [
      schoolCard,
      ...c.contacts.filter((e) => e.phones.includes(school.phone)).map((e) => `contacts/#${e.id}`),
      ...talk((item) => (item.channel ?? '').includes(school.phone)),
    ],
  );
  ask('электронная почта школы', [schoolCard]);

  // Psychologist, helpline, social help.
  ask('телефон психолога', psychologist);
  ask('психолок', psychologist);
  ask('школьный психолог когда можно поговорить', [...psychologist, ...talk((item) => item.form === 'consultation')]);
  ask('мне плохо не с кем поговорить', [...helpline, ...psychologist]);
  ask('анонимный телефон доверия для детей бесплатный', helpline);
  const psychologistPhone = c.contacts.find((e) => e.kind === 'psychologist' && !e.title.toLowerCase().includes('доверия'))?.phones[0];
  if (psychologistPhone)
    ask(
      digits(psychologistPhone)
        .slice(-4)
        .replace(/(\d\d)(\d\d)/, '$1-$2'),
      psychologist.filter((place) => place.startsWith('contacts/')),
    );
  ask('соц педагог', social);
  ask('льготное питание к кому обращаться', [...social, 'plan/']);
  ask('многодетная семья нет компьютера что делать', [lending, deviceHelp, ...social]);

  // Administration.
  ask('как связаться с директором', [
    ...director,
    ...talk((item) => item.responsible === c.staff.find((s) => s.position === 'Директор')?.id),
  ]);
  ask('завуч почта', deputy);

  // IT help.
  ask('сисадмин', itSupport);
  ask('не работает камера на уроке', [...itSupport, ...guidesWhere((t) => t.includes('камер')), ...lessonGuides]);
  ask('ноут сломался что делать', [...itSupport, lending]);

  // Teachers: colloquial names of subjects, classes, names, accounts.
  ask('англичанка', teachersOf('английск'));
  ask('физрук', teachersOf('физической'));
  ask('трудовик', teachersOf('труд'));
  ask('училка по рисованию', teachersOf('изобразительн'));
  ask('учитель обж', teachersOf('обзр'));
  ask('химичка почта', teachersOf('хими'));
  ask('биологичка', teachersOf('биолог'));
  ask('историк сферум', teachersOf('истори'));
  const seventh = classOfGrade(7);
  if (seventh) ask(`математичка ${gradeOf(seventh)}${letterOf(seventh).toLowerCase()}`, teachersIn('математик', seventh.id));
  const sixth = classOfGrade(6);
  if (sixth) ask(`кто ведет русский в ${gradeOf(sixth)} ${letterOf(sixth)} классе`, teachersIn('русского', sixth.id));
  const ninth = classOfGrade(9);
  if (ninth) ask(`англ ${gradeOf(ninth)}${letterOf(ninth).toLowerCase()}`, [...teachersIn('английск', ninth.id), timetable(ninth)]);
  const [fifthGrade, eighthGrade] = [classOfGrade(5), classOfGrade(8)];
  if (fifthGrade)
    ask(`классный руководитель ${gradeOf(fifthGrade)}${letterOf(fifthGrade).toLowerCase()}`, [
      staffCard(fifthGrade.classTeacher),
      timetable(fifthGrade),
    ]);
  if (eighthGrade)
    ask(`кто классная у ${GRADE_ORDINALS[gradeOf(eighthGrade)]} ${letterOf(eighthGrade).toLowerCase()}`, [
      staffCard(eighthGrade.classTeacher),
      timetable(eighthGrade),
    ]);
  const people = c.staff.filter((s) => s.group === 'teacher');
  for (const person of [people[1], people.at(-2)]) {
    if (!person) continue;
    const [surname = '', name = '', patronymic = ''] = person.name.split(' ');
    ask(`написать ${dative(surname).toLowerCase()}`, bySurname(surname));
    ask(`${swapped(surname.toLowerCase())} ${name.toLowerCase()} ${patronymic.toLowerCase()}`, [`staff/#${person.id}`]);
    ask(
      `${surname} ${name[0]}.${patronymic[0]}.`,
      c.staff
        .filter((s) => s.name.startsWith(`${surname} ${name[0]}`) && s.name.split(' ')[2]?.[0] === patronymic[0])
        .map((s) => `staff/#${s.id}`),
    );
  }
  const withYo = c.staff.find((s) => s.name.includes('ё'));
  if (withYo) ask(withYo.name.replace(/ё/g, 'е').toLowerCase(), [`staff/#${withYo.id}`]);
  const handled = c.staff.filter((s) => (s.accounts ?? []).some((a) => a.handle));
  const handlePerson = handled[Math.floor(handled.length / 3)];
  const handle = handlePerson?.accounts?.find((a) => a.handle)?.handle;
  if (handlePerson && handle) ask(handle.replace(/^@/, ''), [`staff/#${handlePerson.id}`]);
  ask('как найти учителя в сферуме', ['staff/', ...guides((g) => g.platform === 'sferum' && g.topic === 'other')]);
  ask('как написать классному руководителю', [
    ...guidesWhere((t) => t.includes('написать учител')),
    ...talk((item) => item.form === 'chat'),
  ]);

  // Timetable and bells, with classes written every way.
  const [first, second, third, fourth, fifth, sixthForm] = [
    classOfGrade(5),
    classOfGrade(7),
    classOfGrade(10),
    classOfGrade(3),
    classOfGrade(2),
    classOfGrade(8),
  ];
  if (first) {
    ask(`расписание ${gradeOf(first)}a`, letterOf(first) === 'А' ? [timetable(first)] : []);
    ask(`ссылка на урок математики ${gradeOf(first)} ${letterOf(first)}`, [timetable(first)]);
  }
  if (second) ask(`расп ${GRADE_ORDINALS[gradeOf(second)]} ${letterOf(second).toLowerCase()}`, [timetable(second)]);
  if (third) ask(`уроки ${gradeOf(third)}-${letterOf(third)} на завтра`, [timetable(third)]);
  if (fourth) ask(`какие уроки у ${gradeOf(fourth)}${letterOf(fourth)} во вторник`, [timetable(fourth), `${timetable(fourth)}#tue`]);
  if (fifth) ask(`расписание ${gradeOf(fifth)} "${letterOf(fifth)}" класса`, [timetable(fifth)]);
  if (sixthForm) ask(wrongLayout(`расписание ${gradeOf(sixthForm)}${letterOf(sixthForm)}`), [timetable(sixthForm)]);
  const secondShift = classes.find((k) => k.shift === 2);
  if (secondShift)
    ask(`в какую смену учится ${gradeOf(secondShift)}${letterOf(secondShift).toLowerCase()}`, [timetable(secondShift), 'timetable/bells/']);
  ask('расписание уроков на дистанционке', ['timetable/']);
  ask('расписание звонков', ['timetable/bells/']);
  ask('во сколько начинается первый урок', ['timetable/bells/']);
  ask('сколько длится урок на дистанте', ['timetable/bells/', howItWorks]);
  ask('когда кончается последний урок во вторую смену', ['timetable/bells/', 'timetable/bells/#shift-2']);
  ask('где ссылка на видеоурок', ['timetable/', ...lessonGuides]);

  // Step-by-step guides.
  ask(
    'как зайти в сферум с телефона',
    guides((g) => g.platform === 'sferum' && g.topic === 'connect' && ['phone', 'any'].includes(g.device ?? '')),
  );
  ask('не могу войти в сферум', [...sferumGuides('connect'), ...sferumGuides('troubleshooting'), ...itSupport]);
  ask('ребёнок не может зайти на урок', [...lessonGuides, ...connectGuides, ...troubleGuides, ...itSupport]);
  ask('забыл пароль от сферума', [...sferumGuides('connect'), ...sferumGuides('troubleshooting'), ...itSupport]);
  ask('не приходит код из смс', [...connectGuides, ...itSupport]);
  ask('как подключиться к уроку', [...lessonGuides, ...connectGuides]);
  ask('как сдать домашку', homeworkGuides);
  ask('дз куда скидывать', homeworkGuides);
  ask('где смотреть оценки', [
    ...guidesWhere((t) => t.includes('оценк')),
    ...faq((q) => q.includes('оценк')),
    howItWorks,
    platform('moya-shkola'),
  ]);

  // Platforms.
  ask(wrongLayout('сферум'), [platform('sferum'), ...sferumGuides('connect')]);
  ask('что такое фгис моя школа', [platform('moya-shkola')]);
  ask('электронный дневник', [platform('moya-shkola'), howItWorks]);
  ask('телефон поддержки сферума', [platform('sferum'), 'contacts/#support-sferum']);

  // Requirements.
  ask('какой нужен интернет', requirements);
  ask('минимальные требования к компьютеру', [...requirements, deviceCard('computer')]);
  ask('сколько оперативки нужно для планшета', [deviceCard('tablet'), 'requirements/']);
  ask('можно ли учиться с телефона', [deviceCard('phone'), 'requirements/', ...faq((q) => q.includes('с телефона'))]);
  ask('нужна ли веб камера', [...requirements, ...deviceCards((d) => d.camera !== undefined)]);
  ask('наушники нужны?', ['requirements/', 'requirements/#devices-title', ...deviceCards((d) => d.headset === true)]);
  ask(
    'пойдет ли astra linux',
    deviceCards((d) => (d.os ?? []).some((os) => os.toLowerCase().includes('astra'))),
  );
  ask('у ребенка нет микрофона можно ли заниматься', [
    'requirements/',
    'requirements/#devices-title',
    ...deviceCards((d) => d.microphone === true),
  ]);
  ask('проверить скорость интернета', ['device-check/', 'requirements/#internet']);

  // Borrowing a device.
  ask('взять ноутбук в школе', [lending, deviceHelp]);
  ask('нет компа дома как учиться', [lending, deviceHelp]);
  ask('выдача планшетов', [lending, ...announcements((t) => t.includes('выдач')), 'plan/']);
  ask('какие документы нужны чтобы получить ноутбук', [lending]);

  // Parent meetings.
  ask('родительское собрание', ['meetings/', ...meetingOf(() => true)]);
  ask('общешкольное собрание ссылка', schoolMeetings);
  if (first) ask(`собрание ${gradeOf(first)}${letterOf(first).toLowerCase()}`, meetingsOfClass(first.id));
  const fourthGrade = classOfGrade(4);
  if (fourthGrade) ask(`во сколько собрание ${gradeOf(fourthGrade)} ${letterOf(fourthGrade)} класса`, meetingsOfClass(fourthGrade.id));
  const sixthGrade = classOfGrade(6);
  if (sixthGrade) ask('когда собрание у родителей шестых классов', meetingsOfClass(sixthGrade.id));
  if (fourth)
    ask(`собрание ${gradeOf(fourth)}${letterOf(fourth).toLowerCase()} перенесли`, [
      ...meetingsOfClass(fourth.id),
      ...announcements((t) => t.includes('собрани') && t.includes(fourth.class.toLowerCase())),
    ]);
  ask(
    'собрание про питание',
    meetingOf((m) => (m.agenda ?? []).some((item) => item.toLowerCase().includes('питани'))),
  );
  ask('сабрание родителей', ['meetings/', ...meetingOf(() => true)]);

  // Communication schedule.
  ask('график связи с администрацией', ['communication/']);
  ask(
    'во сколько классный руководитель пишет итоги дня',
    talk((item) => item.form === 'chat'),
  );

  // Orders, the plan-schedule, coordinators.
  ask(
    'приказ о дистанционном обучении',
    documents((t) => t.includes('дистанцион')).filter((place) => orders.includes(place)),
  );
  const numbered = c.documents.find((d) => d.kind === 'order' && d.number);
  if (numbered) ask(`приказ ${numbered.number}`, [`documents/#${numbered.id}`]);
  ask(
    'положение о дот',
    documents((t) => t.startsWith('положение')),
  );
  ask(
    'методички по дистанционке',
    documents((t) => t.includes('рекомендаци')),
  );
  ask(
    'памятка родителям режим дня',
    documents((t) => t.includes('памятк') || t.includes('режим')),
  );
  ask('план график мероприятий', ['plan/', ...documents((t) => t.includes('план'))]);
  ask('плн график', ['plan/']);
  ask('кто отвечает за дистанционное обучение в школе', ['coordinators/', 'coordinators/#level-school']);
  ask('координатор от управления образования', ['coordinators/#level-municipal', 'coordinators/']);
  ask('региональный координатор телефон', ['coordinators/#level-regional', 'coordinators/']);

  // FAQ and announcements.
  ask('вопросы и ответы', ['faq/']);
  const textbook = c.faq.find((f) => f.question.includes('учебник'));
  const textbookSubject = /«([^»]+)»/.exec(textbook?.question ?? '')?.[1];
  if (textbookSubject)
    ask(
      `где взять учебник по ${afterPo(textbookSubject)}`,
      faq((q) => q.includes('учебник') && q.includes(textbookSubject.toLowerCase())),
    );
  ask('электронные учебники', [...faq((q) => q.includes('учебник')), platform('moya-shkola')]);
  const test = c.faq.find((f) => f.question.includes('контрольн'));
  const testSubject = /«([^»]+)»/.exec(test?.question ?? '')?.[1];
  if (testSubject)
    ask(
      `будет контрольная по ${afterPo(testSubject)}?`,
      faq((q) => q.includes('контрольн') && q.includes(testSubject.toLowerCase())),
    );
  ask(
    'не успеваем сдать задание в срок',
    faq((q, body) => q.includes('не успевает') || body.includes('срок сдачи можно перенести')),
  );
  ask('учитель не отвечает в сферуме что делать', [...faq((_, body) => body.includes('учитель отвечает на сообщения')), ...hotline]);
  ask('объявления', ['announcements/']);
  ask(
    'продуктовые наборы',
    announcements((t) => t.includes('продуктов')),
  );
  const linkNotice = notices.find((n) => /ссылки на видеоуроки/.test(n.title));
  const linkClass = classes.find((k) => linkNotice?.title.includes(k.class.toLowerCase()));
  if (linkNotice && linkClass)
    ask(`новые ссылки на уроки ${linkClass.class.toLowerCase()}`, [`announcements/#${linkNotice.id}`, timetable(linkClass)]);
  ask('консультации перед контрольными', [...announcements((t) => t.includes('контрольн')), ...faq((q) => q.includes('контрольн'))]);

  // Long questions in full sentences.
  ask('здравствуйте подскажите пожалуйста как нам получить ноутбук на время дистанционного обучения', [lending, deviceHelp]);
  ask('ребенок сидит за компьютером целый день как организовать режим дня', [
    ...documents((t) => t.includes('режим')),
    ...meetingOf((m) => (m.agenda ?? []).some((item) => item.toLowerCase().includes('режим'))),
  ]);
  ask('куда писать если ребенок заболел и не может быть на уроке', [
    ...talk((item) => item.form === 'chat'),
    ...guidesWhere((t) => t.includes('написать учител')),
  ]);
  ask('до скольки можно сдать задание из моей школы', [...classes.map(timetable), ...homeworkGuides]);

  return cases;
}
