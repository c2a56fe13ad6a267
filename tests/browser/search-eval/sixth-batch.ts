/**
 * Batch 6 of the development questions (2026-12-07), over generated schools of seeds 17 and 18, which
 * no earlier evaluation used. Written blind, before any of them was asked of the search and without
 * looking at the search or at how it ranks: from the mission of a distance-learning page (bells and
 * timetable, hotline, e-mail, teachers and their platform accounts, psychologist and social help,
 * device and internet requirements, parent meetings, the communication schedule, step-by-step guides,
 * borrowing a device, orders, the plan-schedule and its coordinators, FAQ, announcements) and from the
 * seed-17 school's content. Worded unlike batch 5, to measure how the ranking generalises: whole
 * sentences with a family's situation in them, voice input without punctuation, pupils' slang, typos
 * (a letter missing, doubled or swapped, no space, «е» for «ё», the wrong keyboard layout), people
 * named by first name and patronymic or by their role, subjects and classes, times and weekdays.
 * Contacts and timetables come most often, as they do in what families ask.
 *
 * Each question names every place that truly answers it: the card, entry or page that is about what is
 * asked, and a FAQ answer or a notice whose own text is the answer. A phone number that merely closes
 * a guide («Если не получилось, позвоните…») does not make the guide an answer to «телефон
 * техподдержки». A question whose school has none of the places is left out.
 */
import { join } from 'node:path';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** One letter typed twice: «Гаврилов» → «Гавриллов». */
export const doubled = (word: string, at: number) => word.slice(0, at + 1) + word.slice(at);

/** Without «ё», as most people type: «Артём» → «Артем». */
export const withoutYo = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/** A surname in the accusative, as in «найти Абрамову»: «Абрамова» → «Абрамову», «Казаков» → «Казакова». */
export const accusative = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}у` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}а` : surname;

/** A full name's parts: «Маркова Нина Владимировна». */
export const partsOf = (name: string) => {
  const [surname = '', first = '', patronymic = ''] = name.split(' ');
  return { surname, first, patronymic };
};

export function sixthBatchCases(contentDir: string): EvalCase[] {
  const {
    c,
    classes,
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
    school,
    digits,
    schoolCard,
    guides,
    guidesWhere,
    faq,
    notices,
    announcementDir,
    announcements,
    talk,
    platform,
    lending,
    howItWorks,
    deviceCard,
    deviceCards,
    timetable,
    gradeOf,
    letterOf,
    classOfGrade,
    staffCard,
    bySurname,
    sferumGuides,
    connectGuides,
    lessonGuides,
    homeworkGuides,
    troubleGuides,
    schoolMeetings,
    meetingsOfClass,
  } = batchPlacesOf(contentDir);
  const { cases, ask } = uniqueAsker();

  // Places the earlier batches did not need, derived from the same content.
  type Staffer = (typeof c.staff)[number];
  type Klass = (typeof c.classes)[number];
  type Coordinator = (typeof c.coordinators)[number];
  const staffWhere = (test: (s: Staffer) => boolean) => c.staff.filter(test).map((s) => `staff/#${s.id}`);
  const contactsWhere = (test: (e: (typeof c.contacts)[number]) => boolean) => c.contacts.filter(test).map((e) => `contacts/#${e.id}`);
  const coordinatorsWhere = (test: (k: Coordinator) => boolean) =>
    c.coordinators.filter(test).map((k) => `coordinators/#coordinator-${k.id}`);
  /** Every card that gives a person named by first name and patronymic: staff, contacts, coordinators. */
  const byPerson = (first: string, patronymic: string) => {
    const named = (name: string) => name.endsWith(` ${first} ${patronymic}`);
    return [
      ...staffWhere((s) => named(s.name)),
      ...contactsWhere((e) => named(e.person ?? '')),
      ...coordinatorsWhere((k) => named(k.name)),
    ];
  };
  /** Contact cards with a phone on them, of a kind or of a person whose post is given. */
  const phoned = (places: readonly string[]) =>
    places.filter((place) => {
      const contact = c.contacts.find((e) => place === `contacts/#${e.id}`);
      const person = c.staff.find((s) => place === `staff/#${s.id}`);
      return (contact?.phones.length ?? 0) > 0 || Boolean(person?.phone) || place.startsWith('coordinators/');
    });
  /** FAQ answers and notices whose own text says `phrase` (lower case). */
  const saying = (phrase: string) => [
    ...faq((_, body) => body.includes(phrase)),
    ...notices.filter((n) => bodyOf(announcementDir, n.id).includes(phrase)).map((n) => `announcements/#${n.id}`),
  ];
  const guideBody = (g: (typeof c.guides)[number]) => bodyOf(join(contentDir, 'guides'), g.id);
  const plan = (test: (title: string) => boolean) =>
    c.roadmap.filter((item) => test(item.title.toLowerCase())).map((item) => `plan/#item-${item.id.replace(/\./g, '-')}`);
  const shifts = c.bells?.shifts ?? [];
  const bells = ['timetable/bells/', ...shifts.map((s) => `timetable/bells/#shift-${s.id}`)];
  const shiftOf = (k: Klass) => `timetable/bells/#shift-${k.shift}`;
  const shiftsWith = (period: number) =>
    shifts.filter((s) => s.periods.some((p) => p.n === period)).map((s) => `timetable/bells/#shift-${s.id}`);
  const short = (k: Klass) => `${gradeOf(k)}${letterOf(k).toLowerCase()}`;
  const lessonsOf = (k: Klass) => Object.entries(k.days).flatMap(([day, lessons]) => (lessons ?? []).map((lesson) => ({ ...lesson, day })));
  /** The staff cards of those who teach `subject` (a test on its lower-cased name) in class `k`. */
  const teaching = (k: Klass, subject: (name: string) => boolean) =>
    [
      ...new Set(
        lessonsOf(k)
          .filter((lesson) => subject(lesson.subject.toLowerCase()))
          .flatMap((lesson) => [lesson.teacher].flat()),
      ),
    ].map((id) => staffCard(id));
  /** The class's page and the weekdays on it that have `subject`. */
  const daysWith = (k: Klass, subject: (name: string) => boolean) => [
    ...new Set(
      lessonsOf(k)
        .filter((lesson) => subject(lesson.subject.toLowerCase()))
        .map((lesson) => `${timetable(k)}#${lesson.day}`),
    ),
  ];
  const dayOf = (k: Klass, day: keyof Klass['days']) => ((k.days[day] ?? []).length > 0 ? `${timetable(k)}#${day}` : undefined);
  const ofGrade = (grade: number) => classes.filter((k) => gradeOf(k) === grade);
  const teachers = c.staff.filter((s) => (s.subjects ?? []).length > 0);
  const directorCard = c.staff.find((s) => s.position.toLowerCase() === 'директор');
  const psychologistCard = c.staff.find((s) => s.position.toLowerCase().includes('психолог'));
  const socialContacts = contactsWhere((e) => e.kind === 'social' && e.phones.length > 0);
  const itContacts = contactsWhere((e) => e.kind === 'it-support' && e.phones.length > 0);
  const sysadmins = coordinatorsWhere((k) => k.position.toLowerCase().includes('системн'));
  const isDeputy = (post: string) => post.toLowerCase().startsWith('заместитель директора по учебно');
  const deputies = [...deputy, ...contactsWhere((e) => isDeputy(e.person ?? '')), ...coordinatorsWhere((k) => isDeputy(k.position))];
  const lendingNotices = [lending, ...announcements((t) => t.includes('выдач') && /ноутбук|планшет|устройств/.test(t))];
  const [k1, k2, k3, k4, k5, k6, k7, k8, k9, k10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(classOfGrade);
  const isMath = (name: string) => /математик|алгебр|геометр|вероятност/.test(name);

  // The hotline: how families look for it, with typos and the number itself.
  ask('куда звонить по дистанционке если ничего не понятно', hotline);
  ask('гарячая линия номер', hotline);
  ask('горячаялиния', hotline);
  ask('горячая линия в субботу работает', hotline);
  ask(
    'почта горячей линии',
    contactsWhere((e) => e.kind === 'hotline' && Boolean(e.email)),
  );
  const hotlineContact = c.contacts.find((e) => e.kind === 'hotline');
  if (hotlineContact?.phones[0]) ask(digits(hotlineContact.phones[0]), hotline);
  const onHotline = hotlineContact?.person && c.staff.find((s) => hotlineContact.person?.endsWith(` ${s.name}`));
  if (onHotline) {
    const { first, patronymic } = partsOf(onHotline.name);
    ask(`${first.toLowerCase()} ${patronymic.toLowerCase()} телефон`, phoned(byPerson(first, patronymic)));
  }

  // The school and its administration.
  const schoolPhones = contactsWhere((e) => e.phones.includes(school.phone));
  ask('какой телефон у школы', [schoolCard, ...schoolPhones]);
  ask('как попасть на прием к директору', [...talk((item) => item.responsible === directorCard?.id), ...director]);
  if (directorCard) {
    const { first, patronymic } = partsOf(directorCard.name);
    ask(`директор ${first.toLowerCase()} ${patronymic.toLowerCase()} почта`, byPerson(first, patronymic));
  }
  ask('завуч', deputies);
  ask(
    'завуч по воспитательной работе',
    staffWhere((s) => s.position.toLowerCase().includes('по воспитательной')),
  );
  ask('секретарь школы почта', [
    ...staffWhere((s) => s.position.toLowerCase().includes('секретар')),
    ...contactsWhere((e) => (e.person ?? '').toLowerCase().startsWith('секретар')),
  ]);

  // Psychological and social help, in a child's and a parent's words.
  const consultation = talk((item) => item.form === 'consultation');
  ask('ребёнок плачет не хочет заходить на урок', [...psychologist, ...consultation]);
  ask('мне тревожно и не с кем поговорить', [...helpline, ...psychologist, ...consultation]);
  ask('телефон доверия для подростков бесплатно', helpline);
  ask('псхолог', psychologist);
  ask(wrongLayout('психолог'), psychologist);
  ask('когда психолог принимает', [...psychologist, ...consultation]);
  if (psychologistCard) {
    const { first, patronymic } = partsOf(psychologistCard.name);
    ask(`${first} ${patronymic} психолог`, byPerson(first, patronymic));
  }
  ask('соцпедагог', social);
  ask('алло подскажите номер телефона социального педагога нашей школы', socialContacts);
  ask('малоимущая семья куда обращаться за помощью', social);
  ask('бесплатные обеды на дистанте', [...social, ...announcements((t) => t.includes('продуктов')), ...plan((t) => t.includes('питани'))]);

  // Help with computers.
  ask('айтишник', [...itSupport, ...sysadmins]);
  ask('тех поддержка школы номер', [...itContacts, ...sysadmins]);
  ask('у ребенка не работает микрофон на уроке', [
    ...itSupport,
    ...guidesWhere((t) => t.includes('микрофон')),
    ...guides((g) => g.topic === 'lesson' && guideBody(g).includes('микрофон')),
  ]);
  ask('пишет ошибка входа', [...guidesWhere((t) => t.includes('ошибка входа') || t.includes('восстановить вход')), ...itSupport]);

  // Teachers: by subject and class, by role, by first name and patronymic, with typos.
  if (k9 && teaching(k9, (s) => s.includes('хими')).length > 0)
    ask(`кто ведёт химию в ${short(k9)}`, [...teaching(k9, (s) => s.includes('хими')), timetable(k9)]);
  if (k6) ask(`классная ${short(k6)}`, [staffCard(k6.classTeacher), timetable(k6)]);
  if (k9) ask(`классный рук ${short(k9)} почта`, [staffCard(k9.classTeacher)]);
  const phonedClass = classes.find((k) => c.staff.find((s) => s.id === k.classTeacher)?.phone);
  if (phonedClass) ask(`номер классной ${short(phonedClass)}`, [staffCard(phonedClass.classTeacher)]);
  if (k8) ask(`русичка ${short(k8)}`, [...teaching(k8, (s) => s.startsWith('русский')), timetable(k8)]);
  if (k6) ask(`матеша ${short(k6)} кто ведет`, [...teaching(k6, isMath), timetable(k6)]);
  if (k1)
    ask(`первая учительница ${short(k1)}`, [
      ...staffWhere((s) => s.position.toLowerCase().includes('начальных') && (s.classes ?? []).includes(k1.id)),
      timetable(k1),
    ]);
  if (k5) ask(`англ у ${short(k5)} кто ведет`, [...teaching(k5, (s) => s.startsWith('английск')), timetable(k5)]);
  if (k10) ask(`обж ${short(k10)} учитель`, [...teaching(k10, (s) => s.startsWith('основы безопасности')), timetable(k10)]);
  if (k3) ask(`кто ведёт окружайку в ${short(k3)}`, [...teaching(k3, (s) => s.startsWith('окружающ')), timetable(k3)]);
  if (k8)
    ask(
      `учитель истории ${short(k8)} почта`,
      teaching(k8, (s) => s.startsWith('истори')),
    );
  ask('информатичка', teachersOf('информатик'));
  ask('училка по музыке', teachersOf('музык'));
  ask(
    'ник историка в сферуме',
    staffWhere((s) => s.position.toLowerCase().includes('истори') && (s.accounts ?? []).some((a) => a.platform === 'sferum' && a.handle)),
  );
  ask(
    'логопед',
    staffWhere((s) => s.position.toLowerCase().includes('логопед')),
  );
  ask('как мне записаться на консультацию к учителю математики', teachersOf('математик'));
  for (const person of [teachers[3], teachers.at(-5)]) {
    if (!person) continue;
    const { first, patronymic } = partsOf(person.name);
    ask(`${first} ${patronymic} почта`, byPerson(first, patronymic));
  }
  const sixthTeacher = teachers[6];
  if (sixthTeacher) {
    const { first, patronymic } = partsOf(sixthTeacher.name);
    const subject = (sixthTeacher.subjects ?? [])[0] ?? '';
    ask(
      `${first.toLowerCase()} ${patronymic.toLowerCase()} по ${afterPo(subject)}`,
      staffWhere((s) => s.name.endsWith(` ${first} ${patronymic}`) && (s.subjects ?? []).includes(subject)),
    );
  }
  const typoed = teachers[teachers.length >> 1];
  if (typoed) {
    const { surname } = partsOf(typoed.name);
    const subject = (typoed.subjects ?? [])[0] ?? '';
    ask(
      `${doubled(surname.toLowerCase(), 3)} ${subject.toLowerCase()}`,
      staffWhere((s) => s.name.startsWith(`${surname} `) && (s.subjects ?? []).includes(subject)),
    );
  }
  const missing = teachers[2];
  if (missing) {
    const { surname, first } = partsOf(missing.name);
    ask(
      `${oneLetterLess(surname.toLowerCase())} ${first.toLowerCase()}`,
      staffWhere((s) => s.name.startsWith(`${surname} ${first} `)),
    );
  }
  const swappedTeacher = teachers.at(-3);
  if (swappedTeacher) {
    const { surname } = partsOf(swappedTeacher.name);
    ask(`как отправить сообщение ${swapped(dative(surname).toLowerCase(), 1)}`, bySurname(surname));
  }
  const withYo = c.staff.find((s) => /ё/i.test(s.name));
  if (withYo) {
    const { surname, first } = partsOf(withYo.name);
    ask(
      withoutYo(`${surname} ${first}`).toLowerCase(),
      staffWhere((s) => s.name.startsWith(`${surname} ${first} `)),
    );
  }
  const namesakes = [...new Set(c.staff.map((s) => partsOf(s.name).surname))].find((surname) => {
    const same = c.staff.filter((s) => s.name.startsWith(`${surname} `));
    return same.length > 1 && same.every((s) => (s.accounts ?? []).some((a) => a.platform === 'sferum'));
  });
  if (namesakes)
    ask(
      `как найти ${accusative(namesakes).toLowerCase()} в сферуме`,
      staffWhere((s) => s.name.startsWith(`${namesakes} `)),
    );
  const single = teachers.find(
    (s) => (s.classes ?? []).length > 2 && c.staff.filter((other) => other.name.startsWith(`${partsOf(s.name).surname} `)).length === 1,
  );
  if (single) ask(`${partsOf(single.name).surname} какие классы`, [staffCard(single.id)]);

  // Bells and timetables: times, weekdays, shifts, classes written every way.
  ask('во сколько второй урок', bells);
  if (shifts.some((s) => s.id === 2))
    ask('скажи пожалуйста во сколько начинается третий урок во второй смене', ['timetable/bells/', 'timetable/bells/#shift-2']);
  ask('7 урок во сколько заканчивается', ['timetable/bells/', ...shiftsWith(7)]);
  ask('большая перемена сколько минут', bells);
  if (shifts.some((s) => s.id === 2)) ask('вторая смена во сколько начинается', ['timetable/bells/', 'timetable/bells/#shift-2']);
  ask('урок по 30 минут или 40', ['timetable/bells/', howItWorks]);
  ask('расписание всех классов', ['timetable/']);
  if (k3) ask(`расписание на среду ${short(k3)}`, [timetable(k3), dayOf(k3, 'wed')]);
  if (k4) ask(`покажи расписание уроков ${gradeOf(k4)} ${letterOf(k4).toLowerCase()} класса на четверг`, [timetable(k4), dayOf(k4, 'thu')]);
  if (k9) ask(`расписание ${gradeOf(k9)} ${letterOf(k9).toLowerCase()}`, [timetable(k9)]);
  if (k1) ask(`рассписание ${short(k1)}`, [timetable(k1)]);
  if (k10) ask(`расписане ${short(k10)}`, [timetable(k10)]);
  if (k7) ask(wrongLayout(`уроки ${short(k7)}`), [timetable(k7)]);
  if (k6) ask(`во сколько заканчиваются уроки у ${short(k6)}`, [timetable(k6), shiftOf(k6)]);
  if (k2) ask(`какая смена у ${short(k2)}`, [timetable(k2), shiftOf(k2)]);
  if (k5) ask(`физра у ${short(k5)} когда`, [timetable(k5), ...daysWith(k5, (s) => s.startsWith('физическ'))]);
  if (k3) ask(`когда англ у ${short(k3)}`, [timetable(k3), ...daysWith(k3, (s) => s.startsWith('английск'))]);
  if (k8 && lessonsOf(k8).some((lesson) => lesson.subject === 'Физика' && lesson.link))
    ask(`ссылка на физику ${short(k8)}`, [timetable(k8), ...daysWith(k8, (s) => s === 'физика')]);
  if (k5) ask(`${short(k5)} понедельник первый урок`, [timetable(k5), dayOf(k5, 'mon')]);
  ask(
    'первоклашки во сколько начинаются уроки',
    ofGrade(1).flatMap((k) => [timetable(k), shiftOf(k)]),
  );
  ask(`расписание ${GRADE_ORDINALS[2]} класс`, ofGrade(2).map(timetable));

  // Step-by-step guides: connecting, joining a lesson, handing in homework.
  ask(
    'как войти в сферум через телефон ребенку',
    guides((g) => g.platform === 'sferum' && g.topic === 'connect' && ['phone', 'any'].includes(g.device)),
  );
  ask('забыл пароль от госуслуг не могу зайти в сферум', [...sferumGuides('connect'), ...sferumGuides('troubleshooting'), ...itSupport]);
  ask(
    'как подключиться к видеоуроку с компа',
    guides((g) => g.topic === 'lesson' && ['computer', 'any'].includes(g.device)),
  );
  ask('как скинуть фото домашки учителю', homeworkGuides);
  ask(
    'куда сдавать дз в моей школе',
    guides((g) => g.topic === 'homework' && g.platform === 'moya-shkola'),
  );
  ask('как поднять руку на уроке чтобы ответить', [
    ...guidesWhere((t) => t.includes('поднять руку')),
    ...guides((g) => g.topic === 'lesson' && guideBody(g).includes('ладон')),
  ]);
  ask('нет звука на уроке ничего не слышно', [...guidesWhere((t) => t.includes('нет звука')), ...itSupport]);
  ask('сферум не открывается что делать', [...sferumGuides('troubleshooting'), ...itSupport]);
  ask('как найти чат класса', [...guidesWhere((t) => t.includes('чат класса')), ...talk((item) => item.form === 'chat')]);
  ask(
    'уведомления от сферума не приходят',
    guides((g) => g.platform === 'sferum' && (g.title.toLowerCase().includes('уведомлен') || guideBody(g).includes('уведомлен'))),
  );
  ask(
    'инструкция для первоклассника как зайти на урок',
    guides((g) => g.grades[0] <= 1 && (g.topic === 'lesson' || (g.topic === 'connect' && !g.title.includes('восстановить')))),
  );
  ask('как включить камеру на уроке', [
    ...guidesWhere((t) => t.includes('камер')),
    ...guides((g) => g.topic === 'lesson' && guideBody(g).includes('камер')),
  ]);
  ask(
    'как прикрепить фото тетради с планшета',
    guides((g) => g.topic === 'homework' && ['tablet', 'any'].includes(g.device)),
  );
  ask('где посмотреть оценку за задание', [
    ...guidesWhere((t) => t.includes('оценк')),
    ...faq((q) => q.includes('оценк')),
    ...saying('оценки появляются'),
    platform('moya-shkola'),
    howItWorks,
  ]);
  ask('сын не может попасть на урок а мы на работе что делать', [...lessonGuides, ...connectGuides, ...troubleGuides, ...itSupport]);
  ask('как написать учителю в моей школе', [
    ...guides((g) => g.platform === 'moya-shkola' && g.title.toLowerCase().includes('написать учител')),
    ...guides((g) => g.platform === 'moya-shkola' && g.topic === 'other' && guideBody(g).includes('**сообщения**')),
  ]);

  // Platforms.
  ask('поддержка фгис моя школа номер', [
    platform('moya-shkola'),
    c.platforms.some((p) => p.id === 'moya-shkola') ? 'contacts/#support-moya-shkola' : undefined,
  ]);
  ask(wrongLayout('моя школа'), [platform('moya-shkola')]);
  ask('сферум или моя школа где проходят уроки', [howItWorks, 'platforms/', platform('sferum')]);

  // Requirements for devices and the internet.
  if (c.hasRequirements) {
    ask('хватит ли 10 мбит для уроков', ['requirements/', 'requirements/#internet']);
    ask('слабый интернет в деревне 1 мегабит можно учиться', ['requirements/', 'requirements/#internet']);
  }
  ask('пойдет ли старый айпад', [
    ...deviceCards((d) => d.device === 'tablet' && (d.os ?? []).some((os) => /ipad|ios/i.test(os))),
    c.hasRequirements ? 'requirements/' : undefined,
    c.hasRequirements ? 'device-check/' : undefined,
  ]);
  ask('какой телефон нужен ребенку для дистанта', [deviceCard('phone'), ...requirements.slice(0, 1)]);
  ask('сколько оперативки нужно ноуту', [
    ...deviceCards((d) => d.device === 'laptop' && d.ramGb !== undefined),
    ...requirements.slice(0, 1),
  ]);
  ask('подойдет ли windows 7', [
    ...deviceCards((d) => (d.os ?? []).some((os) => os.startsWith('Windows'))),
    ...requirements.slice(0, 1),
    c.hasRequirements ? 'device-check/' : undefined,
  ]);
  ask('андроид 8 потянет', [
    ...deviceCards((d) => (d.os ?? []).some((os) => os.startsWith('Android'))),
    ...requirements.slice(0, 1),
    c.hasRequirements ? 'device-check/' : undefined,
  ]);
  ask('проверить подходит ли мой телефон', [c.hasRequirements ? 'device-check/' : undefined, deviceCard('phone')]);
  ask('без камеры можно заниматься', [...deviceCards((d) => (d.note ?? '').toLowerCase().includes('камер')), ...requirements.slice(0, 1)]);

  // Borrowing a device.
  ask('у нас дома один ноутбук на троих детей что делать', lendingNotices);
  ask('какие документы нужны чтобы получить ноутбук от школы', [lending]);
  ask('кому звонить насчет выдачи ноутбука', [lending]);
  ask('выданный школой ноутбук сломался', [lending, ...itSupport]);
  ask(
    'выдача ноутбуков до какого числа',
    announcements((t) => t.includes('выдач')),
  );

  // Parent meetings.
  ask(
    'когда собрание у 4 классов',
    ofGrade(4).flatMap((k) => meetingsOfClass(k.id)),
  );
  if (k5) ask(`ссылка на собрание ${short(k5)}`, meetingsOfClass(k5.id));
  ask('общее собрание для всех родителей во сколько', schoolMeetings);
  ask(
    'на собрании будут говорить про психологическую поддержку',
    meetingOf((m) => (m.agenda ?? []).some((item) => item.toLowerCase().includes('психолог'))),
  );
  if (k4) {
    const meetings = c.meetings.filter((m) => (m.classes ?? []).includes(k4.id));
    ask(`кто проводит собрание ${short(k4)}`, [
      ...meetings.map((m) => `meetings/#${m.id}`),
      ...meetings.map((m) => staffCard(m.responsible)),
    ]);
  }
  if (k2)
    ask(`перенос собрания ${short(k2)} класса`, [
      ...meetingsOfClass(k2.id),
      ...announcements((t) => t.includes('собрани') && t.includes(k2.class.toLowerCase())),
    ]);
  ask('собранние родителей', ['meetings/', ...meetingOf(() => true)]);
  ask('добавить собрание в календарь телефона', ['meetings/']);

  // The schedule of communication.
  ask('во сколько учителя отвечают родителям в чате', [
    ...talk((item) => item.form === 'chat'),
    ...saying('учитель отвечает на сообщения'),
  ]);
  ask('когда администрация на связи с родителями', ['communication/', 'communication/#audience-parents']);
  ask(
    'планерка учителей во сколько',
    talk((item) => item.form === 'planning'),
  );

  // Orders, the plan-schedule and the coordinators.
  const order = c.documents.find((d) => d.id === school.distanceLearning?.order);
  if (order) {
    ask('приказ о переходе на дистант', [`documents/#${order.id}`]);
    ask('на каком основании перевели на дистанционку', [`documents/#${order.id}`]);
  }
  ask(
    'положение о дистанционном',
    documents((t) => t.startsWith('положение') && t.includes('дистанцион')),
  );
  const otherOrder = c.documents.find((d) => d.kind === 'order' && d.number && d.id !== order?.id);
  const otherNumber = otherOrder?.number && /^\d+/.exec(otherOrder.number)?.[0];
  if (otherOrder && otherNumber) ask(`приказ №${otherNumber}`, [`documents/#${otherOrder.id}`]);
  ask(
    'рекомендации минпросвещения по дистанционному обучению',
    documents((t) => t.includes('рекомендаци')),
  );
  ask('памятка для родителей', [...documents((t) => t.includes('памятк')), 'memo/']);
  ask('план график дистанционного обучения приказ', [...documents((t) => /плана?-график/.test(t)), 'plan/']);
  ask('что уже сделано по плану мероприятий', ['plan/']);
  ask(
    'срок выдачи устройств по план графику',
    plan((t) => t.includes('выдач')),
  );
  ask(
    'кто отвечает за питание по плану',
    plan((t) => t.includes('питани')),
  );
  ask('кто в управлении образования отвечает за дистант', [
    'coordinators/#level-municipal',
    ...coordinatorsWhere((k) => k.level === 'municipal'),
  ]);
  ask('координатор дистанционки в школе телефон', ['coordinators/#level-school', ...coordinatorsWhere((k) => k.level === 'school')]);
  ask('кому жаловаться если в школе не решают вопрос', [
    'coordinators/',
    'coordinators/#level-municipal',
    ...coordinatorsWhere((k) => k.level === 'municipal'),
  ]);
  const regional = c.coordinators.find((k) => k.level === 'regional');
  if (regional) {
    const { first, patronymic } = partsOf(regional.name);
    ask(withoutYo(`${first} ${patronymic} министерство`).toLowerCase(), byPerson(first, patronymic));
  }

  // FAQ: the questions parents and pupils ask again and again.
  const subjectOf = (question: string) => /«([^»]+)»/.exec(question)?.[1] ?? '';
  const faqAbout = (kind: string) => [...c.faq].reverse().find((f) => f.question.includes(kind));
  const book = faqAbout('учебник');
  if (book) {
    const subject = subjectOf(book.question).toLowerCase();
    ask(`учебника по ${afterPo(subject)} нет где скачать`, [
      ...faq((q) => q.includes('учебник') && q.includes(subject)),
      ...saying('электронные учебники открываются'),
    ]);
  }
  const test = faqAbout('контрольн');
  if (test) {
    const subject = subjectOf(test.question).toLowerCase();
    ask(`а контрольные по ${afterPo(subject)} будут или нет`, [
      ...faq((q) => q.includes('контрольн') && q.includes(subject)),
      ...saying('контрольные работы проводятся по расписанию'),
      ...announcements((t) => t.includes('контрольн')),
    ]);
  }
  const late = faqAbout('не успевает');
  if (late) {
    const subject = subjectOf(late.question).toLowerCase();
    ask(`сын не успевает сдать ${subject} что делать`, [
      ...faq((q) => q.includes('не успевает') && q.includes(subject)),
      ...saying('срок сдачи можно перенести'),
    ]);
  }
  const unclear = faqAbout('непонятна тема');
  if (unclear) {
    const subject = subjectOf(unclear.question);
    ask(`непонятна тема по ${afterPo(subject)} кому писать`, [
      ...faq((q) => q.includes('непонятна тема') && q.includes(subject.toLowerCase())),
      ...staffWhere((s) => (s.subjects ?? []).includes(subject)),
    ]);
  }
  const phone = faqAbout('с телефона');
  if (phone) {
    const subject = subjectOf(phone.question).toLowerCase();
    ask(`можно ли по ${afterPo(subject)} заниматься с телефона`, [
      ...faq((q) => q.includes('с телефона') && q.includes(subject)),
      ...saying('да, но для письменных работ'),
      deviceCard('phone'),
    ]);
  }
  ask('оценки когда появятся в дневнике', [...saying('оценки появляются'), ...faq((q) => q.includes('оценк'))]);

  // Announcements.
  ask('новости школы по дистанционке', ['announcements/']);
  ask(
    'продуктовый набор вместо обедов когда получить',
    announcements((t) => t.includes('продуктов')),
  );
  const linkNotice = notices.find((n) => n.title.includes('ссылки на видеоуроки'));
  const linkClass = classes.find((k) => linkNotice?.title.includes(k.class.toLowerCase()));
  if (linkNotice && linkClass)
    ask(`у ${short(linkClass)} поменялись ссылки на уроки в сферуме`, [`announcements/#${linkNotice.id}`, timetable(linkClass)]);

  return cases;
}
