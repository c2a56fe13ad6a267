/**
 * Batch 8 of the development questions (2026-12-07), over generated schools of seeds 23 and 24, which
 * no earlier evaluation used. Written blind, before any of them was asked of the search, without
 * looking at the search, its tests, its logs or the questions of the earlier batches: from the mission
 * of a distance-learning page (bells and timetable, hotline, e-mail, teachers and their platform
 * accounts, psychologist and social help, device and internet requirements, parent meetings, the
 * communication schedule, step-by-step guides, borrowing a device, orders, the plan-schedule and its
 * coordinators, FAQ, announcements) and from the seed-23 school's content, as parents, grandparents,
 * teachers and pupils of 7–17 type into a school site's search box on a phone: a word or two, or a
 * family's situation in one breath («ребёнок один дома как ему зайти на урок»); worries («сын не хочет
 * учиться»), money («бесплатное питание»), breakdowns («вылетает сферум»), dates («собрание 20 ноября»),
 * teachers' own questions («график планёрок», «положение о дот»); no punctuation, typos (a letter
 * swapped, missing or doubled, «е» for «ё», the wrong keyboard layout), classes typed «5 а», «5-а»,
 * «пятый а». Contacts and timetables come most often, then the guides, then the rest.
 *
 * Each question names every place that truly answers it: the card, entry or page about what is asked
 * (a class's page and, for a weekday, that day on it), and a FAQ answer or a notice only where its own
 * text is the answer. A phone number that merely closes a guide does not make the guide an answer. A
 * question whose school has none of the places is left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { oneLetterLess } from './fresh-queries.ts';
import { batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** A date as people say it: «2026-11-20» → «20 ноября». */
const spokenDate = (iso: string) => {
  const [, month = '1', day = '1'] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]}`;
};

/** A date field as «ГГГГ-ММ-ДД», whether the content gave a string or a Date. */
const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

/** The weekday id of a date: «2026-11-16» → «mon». */
const weekdayOf = (iso: string) => ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${iso}T12:00:00Z`).getUTCDay()]!;

export function eighthBatchCases(contentDir: string): EvalCase[] {
  const places = batchPlacesOf(contentDir);
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
    schoolCard,
    digits,
    guides,
    guidesWhere,
    faq,
    notices,
    announcements,
    announcementDir,
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
    lessonGuides,
    homeworkGuides,
    troubleGuides,
    schoolMeetings,
    meetingsOfClass,
    meetingOf,
    documents,
    orders,
    staff,
  } = places;
  const { cases, ask } = uniqueAsker();

  // ---- what the questions draw on ----
  const staffById = (id: string | undefined) => c.staff.find((s) => s.id === id);
  const surnameOf = (id: string | undefined) => partsOf(staffById(id)?.name ?? '').surname;
  /** Every place that names one person: the staff card, a contact card giving the person, a coordinator. */
  const personPlaces = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(name)).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => k.name === name).map((k) => `coordinators/#coordinator-${k.id}`),
  ];
  const coordinators = (test: (k: (typeof c.coordinators)[number]) => boolean) =>
    c.coordinators.filter(test).map((k) => `coordinators/#coordinator-${k.id}`);
  const plan = (test: (item: (typeof c.roadmap)[number]) => boolean) => c.roadmap.filter(test).map((item) => `plan/#item-${item.id}`);
  const planTitled = (pattern: RegExp) => plan((item) => pattern.test(item.title.toLowerCase()));
  const hasPhone = (phones: readonly string[] | undefined, wanted: string) => (phones ?? []).some((p) => digits(p).endsWith(wanted));
  /** Whoever a phone number belongs to: contact cards, staff with a published phone, coordinators. */
  const phoneOwners = (wanted: string) => [
    ...c.contacts.filter((e) => hasPhone(e.phones, wanted)).map((e) => `contacts/#${e.id}`),
    ...c.staff.filter((s) => hasPhone(s.phone ? [s.phone] : [], wanted)).map((s) => `staff/#${s.id}`),
    ...coordinators((k) => hasPhone(k.phone ? [k.phone] : [], wanted)),
  ];
  const shiftPlace = (shift: number | string | undefined) => (shift === undefined ? undefined : `timetable/bells/#shift-${shift}`);
  const shifts = (c.bells?.shifts ?? []).map((s) => `timetable/bells/#shift-${s.id}`);
  const bells = ['timetable/bells/', ...shifts];
  /** «5А» → «5а»; with a space, a hyphen, in words, with a Latin letter. */
  const spelled = (k: (typeof classes)[number]) => {
    const grade = gradeOf(k);
    const letter = letterOf(k).toLowerCase();
    return {
      plain: `${grade}${letter}`,
      spaced: `${grade} ${letter}`,
      hyphen: `${grade}-${letter}`,
      words: `${GRADE_ORDINALS[grade] ?? grade} ${letter}`,
      latin: `${grade}${letter === 'а' ? 'a' : letter}`,
    };
  };
  const lessonsOf = (k: (typeof classes)[number]) =>
    Object.entries(k.days ?? {}).flatMap(([day, list]) =>
      (list ?? []).map((lesson) => ({ day, subject: lesson.subject.toLowerCase(), teachers: [lesson.teacher].flat().filter(Boolean) })),
    );
  const teachersOfLesson = (k: (typeof classes)[number] | undefined, subject: RegExp) =>
    k
      ? [
          ...new Set(
            lessonsOf(k)
              .filter((l) => subject.test(l.subject))
              .flatMap((l) => l.teachers),
          ),
        ].map((id) => `staff/#${id}`)
      : [];
  const daysWith = (k: (typeof classes)[number] | undefined, subject: RegExp) =>
    k
      ? [
          ...new Set(
            lessonsOf(k)
              .filter((l) => subject.test(l.subject))
              .map((l) => l.day),
          ),
        ].map((day) => `timetable/${k.id}/#${day}`)
      : [];
  const hasDay = (k: (typeof classes)[number] | undefined, day: string) => Boolean(k && (k.days as Record<string, unknown>)[day]);
  const onDay = (k: (typeof classes)[number] | undefined, day: string) =>
    k && hasDay(k, day) ? [timetable(k), `timetable/${k.id}/#${day}`] : [];
  const classTeacherOf = (k: (typeof classes)[number] | undefined) => staffCard(k?.classTeacher);
  /** A subject taught only when the class has it, with the class's page. */
  const subjectIn = (k: (typeof classes)[number] | undefined, subject: RegExp, withDays = false) => {
    const teachers = teachersOfLesson(k, subject);
    if (!k || teachers.length === 0) return { teachers: [], days: [], page: [] };
    return { teachers, days: withDays ? daysWith(k, subject) : [], page: [timetable(k)] };
  };
  const guideBody = (id: string) => bodyOf(join(contentDir, 'guides'), id);
  const pageBody = (id: string) => bodyOf(join(contentDir, 'pages'), id);
  const noticeBody = (id: string) => bodyOf(announcementDir, id);
  const noticesSaying = (phrase: string) => notices.filter((n) => noticeBody(n.id).includes(phrase)).map((n) => `announcements/#${n.id}`);
  const urgentNotices = existsSync(announcementDir)
    ? readdirSync(announcementDir)
        .filter((name) => name.endsWith('.md') && /^level:\s*urgent\s*$/m.test(readFileSync(join(announcementDir, name), 'utf8')))
        .map((name) => `announcements/#${name.replace(/\.md$/, '')}`)
    : [];
  const onlineLessonGuides = (device: string) => guides((g) => g.topic === 'lesson' && (g.device === device || g.device === 'any'));
  const sferumTrouble = guides((g) => g.platform === 'sferum' && g.topic === 'troubleshooting');
  const sferumSupport = c.platforms.some((p) => p.id === 'sferum') ? 'contacts/#support-sferum' : undefined;
  const psychTalk = talk(
    (item) => item.form === 'consultation' && /психолог/.test(`${item.title} ${staffById(item.responsible)?.position ?? ''}`.toLowerCase()),
  );
  const directorId = c.staff.find((s) => s.position.toLowerCase() === 'директор')?.id;
  const lendingPlaces = [
    lending,
    ...announcements((t) => /ноутбук|планшет|устройств/.test(t)),
    ...faq((_question, body) => body.includes('выдаёт ноутбук')),
    ...noticesSaying('выдаёт ноутбук'),
  ];
  const gradesPlaces = [
    ...faq((question, body) => question.includes('оценк') || body.includes('оценки появляются в электронном дневнике')),
    ...noticesSaying('оценки появляются в электронном дневнике'),
    howItWorks && pageBody('kak-ustroeno-obuchenie').includes('оценк') ? howItWorks : undefined,
  ];

  const k1 = classOfGrade(1);
  const k2 = classOfGrade(2);
  const k3 = classOfGrade(3);
  const k4 = classOfGrade(4);
  const k5 = classOfGrade(5);
  const k6 = classOfGrade(6);
  const k7 = classOfGrade(7);
  const k8 = classOfGrade(8);
  const k9 = classOfGrade(9);

  // ---- hotline, psychologist, social help, administration (phones most of all) ----
  ask('горячая линия', hotline);
  ask(wrongLayout('горячая линия'), hotline);
  ask('куда звонить если ребенок не может попасть на урок', [...hotline, ...itSupport]);
  ask('психолог', psychologist);
  ask(`${oneLetterLess('психолог')} школы`, psychologist);
  ask('телефон доверия', helpline);
  ask('поговорить анонимно подростку', helpline);
  ask('сын не хочет учиться совсем что делать', [...psychologist, ...helpline, ...psychTalk]);
  ask('дочь боится включать камеру на уроке', [
    ...psychologist,
    ...psychTalk,
    ...deviceCards((d) => (d.note ?? '').toLowerCase().includes('без веб-камеры')),
  ]);
  ask('ребенок плачет целыми днями устал от дистанта', [...psychologist, ...helpline, ...psychTalk]);
  ask('социальный педагог', social);
  ask('материальная помощь', social);
  ask('бесплатное питание на дистанте', [...social, ...planTitled(/питани/), ...announcements((t) => /продукт|питани/.test(t))]);
  ask(
    'продуктовые наборы когда выдают',
    announcements((t) => t.includes('продукт')),
  );
  ask('техподдержка', itSupport);
  ask('не включается камера на ноутбуке куда звонить', itSupport);
  ask('директор', director);
  ask('как связаться с директором', [...director, ...talk((item) => item.form === 'phone' && item.responsible === directorId)]);
  ask('завуч', deputy);
  ask('электронная почта школы', [schoolCard]);
  ask('адрес школы', [schoolCard]);
  const hotlineDigits = digits(c.contacts.find((e) => e.kind === 'hotline')?.phones?.[0] ?? '').slice(-6);
  if (hotlineDigits.length === 6)
    ask(`${hotlineDigits.slice(0, 2)} ${hotlineDigits.slice(2, 4)} ${hotlineDigits.slice(4)} чей номер`, phoneOwners(hotlineDigits));
  ask('поддержка сферума', [sferumSupport, platform('sferum')]);
  ask('горячая линия моя школа номер', [
    c.platforms.some((p) => p.id === 'moya-shkola') ? 'contacts/#support-moya-shkola' : undefined,
    platform('moya-shkola'),
  ]);
  ask('распечатать все телефоны школы', ['memo/']);

  // ---- teachers and staff ----
  if (k5) ask(`классный руководитель ${spelled(k5).plain}`, [classTeacherOf(k5), timetable(k5)]);
  if (k7) ask(`классная ${spelled(k7).spaced}`, [classTeacherOf(k7), timetable(k7)]);
  if (k1) ask(`кл рук ${spelled(k1).plain} кто`, [classTeacherOf(k1), timetable(k1)]);
  if (k9) ask(`телефон классной руководительницы ${spelled(k9).plain}`, [classTeacherOf(k9)]);
  const ct9 = surnameOf(k9?.classTeacher);
  if (ct9) ask(`написать ${dative(ct9).toLowerCase()}`, bySurname(ct9));
  const musician = c.staff.find((s) => s.position.toLowerCase().includes('музык'));
  if (musician) ask(`${withoutYo(partsOf(musician.name).surname).toLowerCase()} музыка`, [`staff/#${musician.id}`]);
  const algebra7 = teachersOfLesson(k7, /алгебр/)[0]?.replace('staff/#', '');
  if (algebra7) ask(`${swapped(surnameOf(algebra7).toLowerCase())} алгебра`, [staffCard(algebra7)]);
  const chemist = c.staff.find((s) => s.position.toLowerCase().includes('хими'));
  if (chemist) {
    const surname = partsOf(chemist.name).surname.toLowerCase();
    ask(`${doubled(surname, 3)} химичка`, [`staff/#${chemist.id}`]);
  }
  const ct3 = staffById(k3?.classTeacher);
  if (ct3) {
    const { first, patronymic } = partsOf(ct3.name);
    ask(
      `${first} ${patronymic}`.toLowerCase(),
      c.staff.filter((s) => s.name.endsWith(` ${first} ${patronymic}`)).map((s) => `staff/#${s.id}`),
    );
  }
  if (k5) ask(`почта учителя английского ${spelled(k5).spaced}`, teachersOfLesson(k5, /английск/));
  ask(
    'ник учительницы химии в сферуме',
    staff((p) => p.includes('хими')),
  );
  ask(
    'логопед',
    staff((p) => p.includes('логопед')),
  );
  const history8 = subjectIn(k8, /^история/);
  if (k8) ask(`кто ведет историю в ${spelled(k8).plain}`, [...history8.teachers, ...history8.page]);
  ask(
    'консультации учителей математики',
    staff((p) => p.includes('математик')),
  );
  const hotlinePerson = c.contacts
    .find((e) => e.kind === 'hotline')
    ?.person?.split(' ')
    .slice(-3)
    .join(' ');
  if (hotlinePerson && c.staff.some((s) => s.name === hotlinePerson)) ask(hotlinePerson.toLowerCase(), personPlaces(hotlinePerson));
  const directorSurname = surnameOf(directorId);
  if (directorSurname) ask(wrongLayout(directorSurname), bySurname(directorSurname));

  // ---- timetables and bells ----
  ask('расписание', ['timetable/']);
  if (k5) ask(`расписание ${spelled(k5).plain}`, [timetable(k5)]);
  if (k8) ask(`${spelled(k8).spaced} расписание`, [timetable(k8)]);
  if (k2) ask(`раписание ${spelled(k2).hyphen}`, [timetable(k2)]);
  if (k5) ask(`${spelled(k5).words} расписание уроков`, [timetable(k5)]);
  if (k7) ask(wrongLayout(`расписание ${spelled(k7).plain}`), [timetable(k7)]);
  if (k3) ask(`расписание ${spelled(k3).latin}`, [timetable(k3)]);
  if (k4) ask(`уроки ${spelled(k4).plain} на завтра`, [timetable(k4)]);
  if (k9) ask(`уроки ${spelled(k9).plain} ${DAYS.mon!.on}`, onDay(k9, 'mon'));
  if (k3) ask(`что ${DAYS.wed!.on} у ${spelled(k3).plain}`, onDay(k3, 'wed'));
  if (k2) ask(`расписание ${spelled(k2).plain} ${DAYS.fri!.to}`, onDay(k2, 'fri'));
  if (k6) ask(`какие уроки ${DAYS.thu!.on} ${spelled(k6).words}`, onDay(k6, 'thu'));
  if (k2) ask(`во сколько начинаются уроки у ${spelled(k2).plain}`, [timetable(k2), shiftPlace(k2.shift)]);
  ask('звонки', bells);
  if (shifts.length > 1) ask('звонки вторая смена', ['timetable/bells/', shifts[1]]);
  ask('во сколько кончается 3 урок', bells);
  ask('сколько длится урок', [...bells, howItWorks && /\d+ минут/.test(pageBody('kak-ustroeno-obuchenie')) ? howItWorks : undefined]);
  ask('перемена сколько минут', bells);
  if (k6) ask(`какая смена у ${spelled(k6).plain}`, [timetable(k6), 'timetable/', shiftPlace(k6.shift)]);
  if (shifts.length > 0) ask('1 смена какие классы', ['timetable/', 'timetable/bells/', shifts[0]]);
  const math5 = subjectIn(k5, /^математик/, true);
  if (k5) ask(`ссылка на урок математики ${spelled(k5).plain}`, [...math5.page, ...math5.days]);
  const pe4 = subjectIn(k4, /физическая культура/, true);
  if (k4) ask(`когда физра у ${spelled(k4).plain}`, [...pe4.page, ...pe4.days]);
  const music1 = subjectIn(k1, /музык/, true);
  if (k1) ask(`музыка у ${spelled(k1).plain} по каким дням`, [...music1.page, ...music1.days]);
  const chemistry8 = subjectIn(k8, /хими/, true);
  if (k8) ask(`химия ${spelled(k8).plain} в какие дни`, [...chemistry8.page, ...chemistry8.days]);
  ask('расписание 10 класса', classes.filter((k) => gradeOf(k) === 10).map(timetable));
  if (k8) ask(`добавить расписание ${spelled(k8).plain} в календарь телефона`, [timetable(k8)]);
  const changeNotices = notices.filter((n) => /изменил.*расписани|замен/.test(n.title));
  for (const notice of changeNotices.slice(0, 2)) {
    const date = /(\d{4}-\d{2}-\d{2})/.exec(notice.title)?.[1];
    const klass = classes.find((k) => notice.title.includes(k.class.toLowerCase()));
    if (date && klass) {
      ask(`что изменилось в расписании ${spelled(klass).plain} на ${spokenDate(date)}`, [`announcements/#${notice.id}`]);
      ask(`замены ${spelled(klass).spaced} ${DAYS[weekdayOf(date)]?.on ?? spokenDate(date)}`, [`announcements/#${notice.id}`]);
    }
  }

  // ---- step-by-step guides ----
  ask(
    'как зайти в сферум с телефона',
    guides((g) => g.platform === 'sferum' && g.topic === 'connect' && ['phone', 'any'].includes(g.device)),
  );
  ask(
    'вход в сферум через госуслуги',
    guides((g) => g.platform === 'sferum' && g.topic === 'connect' && guideBody(g.id).includes('госуслуг')),
  );
  ask('ребенок один дома как ему зайти на урок', lessonGuides);
  ask('как подключиться к видеоуроку с компа', onlineLessonGuides('computer'));
  ask(
    'как поднять руку на уроке',
    guidesWhere((t) => t.includes('руку')),
  );
  ask('как сдать домашку', homeworkGuides);
  ask('как отправить фото тетради учителю', homeworkGuides);
  ask(
    'домашнее задание с планшета как прикрепить',
    guides((g) => g.topic === 'homework' && ['tablet', 'any'].includes(g.device)),
  );
  ask(
    'нет звука на уроке',
    guidesWhere((t) => t.includes('звук')),
  );
  ask('не открывается сферум', [...sferumTrouble, ...itSupport, sferumSupport]);
  ask('тормозит видео на уроке', [...troubleGuides, ...itSupport, c.hasRequirements ? 'requirements/#internet' : undefined]);
  ask('вылетает сферум', [...sferumTrouble, ...itSupport, sferumSupport]);
  ask('нет интернета что делать', [...itSupport, ...troubleGuides]);
  ask('как написать учителю в сферуме', [
    ...guidesWhere((t) => t.includes('написать учител')),
    ...guides((g) => g.platform === 'sferum' && guideBody(g.id).includes('**написать**')),
  ]);
  ask('уведомления сферум', [
    ...guides((g) => g.platform === 'sferum' && g.title.toLowerCase().includes('уведомлен')),
    ...guides((g) => g.platform === 'sferum' && guideBody(g.id).includes('разрешите уведомления')),
  ]);
  ask(
    'инструкция для первоклассника как зайти на урок',
    guides((g) => (g.topic === 'connect' || g.topic === 'lesson') && (g.grades ?? []).length > 0 && Math.min(...(g.grades ?? [])) <= 1),
  );
  ask('как провести урок в сферуме учителю', [...guides((g) => g.platform === 'sferum' && g.topic === 'lesson'), platform('sferum')]);
  ask(wrongLayout('сферум'), [platform('sferum')]);

  // ---- parent meetings ----
  ask('родительское собрание когда', ['meetings/', ...schoolMeetings]);
  if (k5) ask(`собрание ${spelled(k5).plain}`, meetingsOfClass(k5.id));
  const meetingDates = [...new Set(c.meetings.map((m) => isoOf(m.date)))].sort();
  const someDate = meetingDates[Math.min(4, meetingDates.length - 1)];
  if (someDate)
    ask(
      `собрание ${spokenDate(someDate)}`,
      meetingOf((m) => isoOf(m.date) === someDate),
    );
  const lastDate = meetingDates.at(-1);
  if (lastDate && lastDate !== someDate)
    ask(
      `родительское собрание ${spokenDate(lastDate)} во сколько`,
      meetingOf((m) => isoOf(m.date) === lastDate),
    );
  ask('общешкольное собрание ссылка', schoolMeetings);
  ask(
    'собрание родителей шестых классов',
    meetingOf((m) => (m.classes ?? []).some((id) => classes.some((k) => k.id === id && gradeOf(k) === 6))),
  );
  if (k3) ask(`повестка собрания ${spelled(k3).plain}`, meetingsOfClass(k3.id));
  ask('как подключиться к родительскому собранию', ['meetings/']);

  // ---- the communication schedule ----
  ask(
    withoutYo('график планёрок'),
    talk((item) => item.form === 'planning'),
  );
  ask(
    'планерка для учителей во сколько',
    talk((item) => item.form === 'planning'),
  );
  ask('график взаимодействия с родителями', ['communication/', ...talk((item) => item.audience === 'parents')]);
  ask(
    'родительский чат',
    talk((item) => item.form === 'chat'),
  );
  ask('когда директор принимает по телефону', [
    ...talk((item) => item.form === 'phone' && item.responsible === directorId),
    staffCard(directorId),
  ]);
  ask('консультация психолога для ребенка', [...psychTalk, ...psychologist]);

  // ---- device and internet requirements ----
  ask('требования к компьютеру', [deviceCard('computer'), c.hasRequirements ? 'requirements/' : undefined]);
  ask('какой нужен браузер', [
    ...deviceCards((d) => (d.browsers ?? []).length > 0),
    c.hasRequirements ? 'requirements/#devices-title' : undefined,
  ]);
  ask('скорость интернета для уроков', [c.requirements?.internet ? 'requirements/#internet' : undefined]);
  ask('подойдет ли мой телефон для уроков', [c.hasRequirements ? 'device-check/' : undefined, deviceCard('phone')]);
  ask('проверить камеру и микрофон', [c.hasRequirements ? 'device-check/' : undefined]);
  ask('сколько оперативки надо', [
    ...deviceCards((d) => d.ramGb !== undefined),
    c.hasRequirements ? 'requirements/#devices-title' : undefined,
  ]);
  ask(
    'астра линукс подойдет',
    deviceCards((d) => (d.os ?? []).some((os) => /astra/i.test(os))),
  );
  ask(
    'какой андроид нужен',
    deviceCards((d) => (d.os ?? []).some((os) => /android/i.test(os))),
  );
  ask('минимальные технические требования', c.hasRequirements ? [...places.requirements] : []);

  // ---- borrowing a device ----
  ask('как получить ноутбук в школе', lendingPlaces);
  ask('планшет на время дистанта', lendingPlaces);
  ask('дома нет компьютера только телефон', [...lendingPlaces, deviceCard('phone')]);
  ask('сломался школьный ноутбук', [lending && /неисправн/.test(pageBody('kak-poluchit-ustroystvo')) ? lending : undefined, ...itSupport]);

  // ---- orders, regulations, the plan-schedule, coordinators ----
  ask(
    'приказ о дистанционном обучении',
    orders.filter((place) => /дистанц/.test(c.documents.find((d) => `documents/#${d.id}` === place)?.title.toLowerCase() ?? '')),
  );
  const firstOrder = c.documents.find((d) => d.kind === 'order' && d.number);
  if (firstOrder?.number) ask(`приказ номер ${/\d+/.exec(firstOrder.number)?.[0] ?? firstOrder.number}`, [`documents/#${firstOrder.id}`]);
  ask(
    'положение о дистанционном обучении',
    documents((t) => t.includes('положение')),
  );
  ask(
    'положение о дот',
    documents((t) => t.includes('положение')),
  );
  ask(
    'методические рекомендации',
    documents((t) => t.includes('рекомендац')),
  );
  ask('памятка для родителей', [...documents((t) => t.includes('памятк')), 'memo/']);
  const basis = c.school.distanceLearning?.order;
  if (basis) ask('на основании какого приказа дистант', [`documents/#${basis}`]);
  ask('план график мероприятий', c.roadmap.length > 0 ? ['plan/', ...documents((t) => t.includes('план'))] : []);
  const someDeadline = c.roadmap[Math.min(9, c.roadmap.length - 1)]?.deadline;
  if (someDeadline)
    ask(
      `что по плану на ${spokenDate(isoOf(someDeadline))}`,
      plan((item) => isoOf(item.deadline) === isoOf(someDeadline)),
    );
  ask('режим дня ребенка на дистанте', [...documents((t) => t.includes('режим')), ...planTitled(/режим дня/)]);
  const planPerson = surnameOf(c.roadmap[1]?.responsible);
  if (planPerson)
    ask(
      `за что отвечает ${planPerson.toLowerCase()} в плане`,
      plan((item) => partsOf(staffById(item.responsible)?.name ?? '').surname === planPerson),
    );
  ask('координаторы дистанционного обучения', c.coordinators.length > 0 ? ['coordinators/', ...coordinators(() => true)] : []);
  ask(
    'координатор от управления образования',
    coordinators((k) => k.level === 'municipal'),
  );
  ask(
    'региональный координатор',
    coordinators((k) => k.level === 'regional'),
  );
  ask(
    'кто координатор в школе',
    coordinators((k) => k.level === 'school'),
  );
  const municipal = c.coordinators.find((k) => k.level === 'municipal');
  if (municipal) {
    const surname = partsOf(municipal.name).surname;
    ask(
      swapped(surname.toLowerCase(), 3),
      coordinators((k) => k.name.startsWith(`${surname} `)),
    );
  }

  // ---- FAQ, notices, how learning goes ----
  ask('где смотреть оценки', gradesPlaces);
  ask('электронный учебник где взять', [
    ...faq((question, body) => question.includes('учебник') || body.includes('электронные учебники открываются')),
    ...noticesSaying('электронные учебники открываются'),
  ]);
  ask('не успевает сдать задание', [
    ...faq(
      (question, body) =>
        question.includes('не успевает') || body.includes('срок сдачи можно перенести') || body.includes('договоритесь о новом сроке'),
    ),
    ...noticesSaying('срок сдачи можно перенести'),
  ]);
  ask('контрольные на дистанте будут', [
    ...faq((question, body) => question.includes('контрольн') || body.includes('контрольные работы проводятся')),
    ...announcements((t) => t.includes('контрольн')),
  ]);
  ask(
    'учитель не отвечает на сообщения',
    faq((_question, body) => body.includes('учитель отвечает на сообщения')),
  );
  ask('можно учиться с телефона', [
    ...faq((question, body) => question.includes('с телефона') || body.includes('для письменных работ удобнее компьютер')),
    deviceCard('phone'),
  ]);
  ask('объявления', notices.length > 0 ? ['announcements/'] : []);
  ask('срочное объявление', urgentNotices);
  const linkNotices = notices.filter((n) => n.title.includes('ссылки на видеоурок'));
  ask('обновили ссылки на видеоуроки', [
    ...linkNotices.map((n) => `announcements/#${n.id}`),
    ...classes.filter((k) => linkNotices.some((n) => n.title.includes(`${k.class.toLowerCase()} `))).map(timetable),
  ]);
  ask('как проходит обучение на дистанте', [howItWorks]);
  if (basis) ask('до какого числа дистант', [`documents/#${basis}`, 'memo/']);

  return cases;
}
