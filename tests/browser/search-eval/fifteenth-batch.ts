/**
 * Batch 15 of the development questions (2026-12-07), over generated schools of seeds 37 and 38, which
 * no earlier evaluation used. Written blind, before any of them was asked of the search: without reading
 * the search's code (src/search/, src/client/), its tests (tests/search/, search-quality.test.ts), its
 * logs, the README's sections or the git history about it, and without reading the questions of the
 * earlier batches (only their small exported helpers were imported). Written from the mission of a
 * distance-learning page (bells and timetable, hotline, e-mail, teachers and their platform accounts,
 * psychologist and social help, device and internet requirements, parent meetings, the communication
 * schedule, step-by-step guides, borrowing a device, orders, the plan-schedule and its coordinators,
 * FAQ, announcements) and from the two schools' content and built pages.
 *
 * Phrasings: polite whole questions and one-word queries, a worried parent's run-on sentence, pupils'
 * slang («физра», «инфа», «англ»), a grandmother's wording; a class written as «7а», «7 А», «7-а»,
 * «7«а»», «седьмой а», «7a» in Latin letters; weekdays, «завтра»-less dates, lesson numbers and clock
 * times; teachers by subject and class, by surname in the dative, accusative and instrumental, by first
 * name and patronymic, by initials, by their «Сферум» handle and e-mail; phones typed as bare digits,
 * with spaces or a «+7»; typos (a letter missing, doubled or swapped, «е» for «ё»), the wrong keyboard
 * layout and transliteration; the plan's deadlines and who answers for its items; coordinators by level;
 * what an order is about and its number; device requirements; whole lists.
 *
 * Places are read from the school's content (batchPlacesOf and the content files), so the same code
 * runs on any generated school; a question whose school lacks every place is left out. A place is
 * listed only where it truly answers: the card, entry or page about what is asked; for a class and a
 * weekday, the class's page and that day on it; for a lesson's time, the bells of the class's shift and
 * the class's page; for «who teaches X in 7а», every teacher of X in that class and the class's page;
 * for a surname alone, everyone of that family (a man's and a woman's form both fit most inflected
 * forms) with their contact and coordinator cards; a FAQ answer or a notice only where its own text
 * (or its own question) is the answer; for a whole list, the list page. The phone closing a guide does
 * not make the guide an answer.
 */
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped } from './fifth-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';

/** A surname after «с»: «Белова» → «Беловой», «Морозов» → «Морозовым». */
const instrumental = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}ым` : surname;

/** A surname after «у»: «Белова» → «Беловой», «Морозов» → «Морозова». */
const genitive = (surname: string) => (/(ова|ева|ёва|ина|ына)$/.test(surname) ? dative(surname) : accusative(surname));

/** A surname's family stem, the same for a man and a woman: «Белова», «Белов» → «белов». */
const stemOf = (surname: string) => withoutYo(surname.toLowerCase()).replace(/а$/, '');

/** Russian letters in Latin, as typed without a Russian keyboard: «Сорокина» → «sorokina». */
const LATIN: Record<string, string> = Object.fromEntries(
  [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'].map((letter, i) => [
    letter,
    [
      'a',
      'b',
      'v',
      'g',
      'd',
      'e',
      'e',
      'zh',
      'z',
      'i',
      'y',
      'k',
      'l',
      'm',
      'n',
      'o',
      'p',
      'r',
      's',
      't',
      'u',
      'f',
      'kh',
      'ts',
      'ch',
      'sh',
      'sch',
      '',
      'y',
      '',
      'e',
      'yu',
      'ya',
    ][i]!,
  ]),
);
const translit = (text: string) => [...text.toLowerCase()].map((letter) => LATIN[letter] ?? letter).join('');

/** How pupils name a subject on its own: «инфа», «англ». */
const SUBJECT_SLANG: Record<string, string> = {
  'физическая культура': 'физра',
  'английский язык': 'англ',
  информатика: 'инфа',
  'русский язык': 'русский',
  'изобразительное искусство': 'изо',
  'литературное чтение': 'чтение',
  'окружающий мир': 'окружающий',
  'труд (технология)': 'технология',
  'основы безопасности и защиты родины': 'обзр',
  математика: 'матем',
  литература: 'литра',
  обществознание: 'общага',
};
const slang = (subject: string) => SUBJECT_SLANG[subject.toLowerCase()] ?? subject.toLowerCase();

/** A class name written the way people type it, by a rotating index: «7а», «7 А», «7-а», «седьмой а», «7a». */
const classForm = (name: string, index: number) => {
  const grade = Number.parseInt(name, 10);
  const letter = name.replace(/^\d+/, '').trim().toLowerCase();
  const latin = { а: 'a', б: 'b', в: 'v', г: 'g' }[letter] ?? letter;
  const forms = [
    `${grade}${letter}`,
    `${grade} ${letter.toUpperCase()}`,
    `${grade}-${letter}`,
    `${GRADE_ORDINALS[grade] ?? grade} ${letter}`,
    `${grade}${latin}`,
    `${grade} «${letter}»`,
    `${grade}${letter} класс`,
    `${grade}${letter.toUpperCase()}`,
  ];
  return forms[index % forms.length]!;
};

/** A phone's digits, as typed without brackets or dashes: «8 (3843) 30-23-92» → «83843302392». */
const digitsOf = (phone: string | undefined) => (phone ?? '').replace(/\D/g, '');

/** The last seven digits grouped as on the card without dashes: «30 23 92». */
const localSpaced = (phone: string) => {
  const local = digitsOf(phone).slice(-6);
  return `${local.slice(0, 2)} ${local.slice(2, 4)} ${local.slice(4)}`;
};

/** Every question for one of the two schools (or any other generated school). */
export function fifteenthBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, classes } = p;
  const cases: EvalCase[] = [];
  const seen = new Set<string>();
  /** Adds a question once, with its places deduplicated; a question without places is left out. */
  const ask = (query: string, expected: (string | undefined)[]) => {
    const key = query.trim().toLowerCase();
    const places = [...new Set(expected.filter((place): place is string => Boolean(place)))];
    if (seen.has(key) || places.length === 0) return;
    seen.add(key);
    cases.push({ query, expected: places });
  };

  /** FAQ answers and notices whose own text says it. */
  const saying = (text: string) => [
    ...p.faq((_q, body) => body.includes(text)),
    ...p.notices.filter((n) => bodyOf(p.announcementDir, n.id).includes(text)).map((n) => `announcements/#${n.id}`),
  ];
  const staffById = new Map(c.staff.map((s) => [s.id, s]));
  /** Every card that gives a person: the staff card, contact cards naming them, coordinator cards. */
  const cardsOf = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(name)).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => k.name === name).map((k) => `coordinators/#coordinator-${k.id}`),
  ];
  /** Everyone of a family, whatever the surname's form fits: «Козлову» may be Козлов or Козлова. */
  const familyOf = (surname: string) =>
    [...c.staff.map((s) => s.name), ...c.coordinators.map((k) => k.name)]
      .filter((name) => stemOf(partsOf(name).surname) === stemOf(surname))
      .flatMap(cardsOf);
  const lessonsOf = (k: (typeof classes)[number]) =>
    Object.entries(k.days ?? {}).flatMap(([day, lessons]) =>
      (lessons ?? []).map((lesson) => ({ day, ...lesson, teachers: [lesson.teacher].flat().filter(Boolean) as string[] })),
    );
  const dayPlace = (k: { id: string }, day: string) => `timetable/${k.id}/#${day}`;
  const shiftPlace = (shift: number | undefined) =>
    c.bells?.shifts.some((s) => s.id === shift) ? `timetable/bells/#shift-${shift}` : c.bells ? 'timetable/bells/' : undefined;
  const periodOf = (shift: number | undefined, n: number) => c.bells?.shifts.find((s) => s.id === shift)?.periods.find((q) => q.n === n);

  // Contacts: the hotline, helpers and administration, in many words.
  ask('горячая линия школы телефон', p.hotline);
  ask('Здравствуйте, подскажите пожалуйста номер по которому можно задать вопрос про дистанционку', p.hotline);
  ask('куда звонить если ничего не работает и учитель не отвечает', p.hotline);
  ask('гор линия', p.hotline);
  ask(wrongLayout('горячая линия'), p.hotline);
  ask('психолог', p.psychologist);
  ask('ребенок плачет не хочет учиться онлайн к кому обратиться', [...p.psychologist, ...p.helpline]);
  ask('психалог школы номер', p.psychologist);
  ask('телефон доверия для детей бесплатный', p.helpline);
  ask('анонимно поговорить подростку', p.helpline);
  ask('соц педагог', p.social);
  ask('помощь малоимущим семьям школа', p.social);
  ask('льготное питание во время дистанта к кому', p.social);
  ask('директор', p.director);
  ask('как связаться с директором школы', p.director);
  ask(
    'секретарь приемная',
    p.contact('administration', (t) => /секретар|при[её]мн/.test(t)),
  );
  ask('завуч', p.deputy);
  ask('зам директора по учебной части телефон', p.deputy);
  ask('техподдержка', p.itSupport);
  ask('сисадмин', p.itSupport);
  ask('не заходит в сферум кто поможет с компьютером в школе', p.itSupport);
  ask('адрес школы', [p.schoolCard]);
  ask('электронная почта школы', [p.schoolCard]);
  ask('все телефоны школы', ['contacts/']);
  ask('памятка для холодильника с телефонами', ['memo/']);
  const hotline = c.contacts.find((e) => e.kind === 'hotline');
  if (hotline?.email)
    ask(`${hotline.email.split('@')[0]} почта`, [
      `contacts/#${hotline.id}`,
      ...cardsOf(hotline.person?.split(' ').slice(-3).join(' ') ?? ''),
    ]);

  // Phones typed back: whose number is this.
  const phonePlaces = (phone: string) => {
    const digits = digitsOf(phone).slice(-7);
    if (digits.length < 6) return [];
    return [
      ...c.contacts.filter((e) => e.phones.some((q) => digitsOf(q).endsWith(digits))).map((e) => `contacts/#${e.id}`),
      ...(digitsOf(c.school.phone).endsWith(digits) ? [p.schoolCard, 'memo/'] : []),
      ...c.coordinators.filter((k) => digitsOf(k.phone).endsWith(digits)).map((k) => `coordinators/#coordinator-${k.id}`),
      ...c.staff.filter((s) => s.phone && digitsOf(s.phone).endsWith(digits)).map((s) => `staff/#${s.id}`),
      ...p.talk((t) => digitsOf(t.channel ?? '').endsWith(digits)),
      ...c.contacts.filter((e) => e.kind !== 'administration' && e.phones.some((q) => digitsOf(q).endsWith(digits))).map(() => 'memo/'),
    ];
  };
  c.contacts
    .filter((e) => e.kind !== 'hotline' && !digitsOf(e.phones[0]!).startsWith('8800'))
    .slice(0, 5)
    .forEach((e, i) => {
      const phone = e.phones[0]!;
      const forms = [
        `${digitsOf(phone)}`,
        `чей номер ${localSpaced(phone)}`,
        `${phone.replace(/^8/, '+7')}`,
        `кто звонил с ${digitsOf(phone).slice(-6)}`,
        localSpaced(phone),
      ];
      ask(forms[i % forms.length]!, phonePlaces(phone));
    });
  for (const s of c.staff.filter((t) => t.phone).slice(0, 2)) ask(`${digitsOf(s.phone!).slice(-7)} это кто`, phonePlaces(s.phone!));

  // Teachers by subject and class: every teacher of the subject in the class, and the class's page.
  classes.forEach((k, i) => {
    const lessons = lessonsOf(k);
    const subjects = [...new Set(lessons.map((l) => l.subject))];
    const subject = subjects[(i * 3 + 1) % Math.max(subjects.length, 1)];
    if (!subject) return;
    const teachers = [
      ...lessons.filter((l) => l.subject === subject).flatMap((l) => l.teachers),
      ...c.staff.filter((s) => (s.subjects ?? []).includes(subject) && (s.classes ?? []).includes(k.id)).map((s) => s.id),
    ].map((id) => p.staffCard(id));
    const form = classForm(k.class, i);
    const phrasings = [
      `кто ведет уроки по ${afterPo(subject)} в ${form}`,
      `учитель по ${afterPo(subject)} ${form}`,
      `${slang(subject)} ${form} училка`,
      `как зовут учителя по ${afterPo(subject)} у ${form}`,
      `${form} ${slang(subject)} преподаватель`,
    ];
    ask(phrasings[i % phrasings.length]!, [...teachers, p.timetable(k)]);
    const head = staffById.get(k.classTeacher ?? '');
    if (head) {
      const asks = [`классный руководитель ${form}`, `классная ${form}`, `кто классрук в ${form}`, `классуха ${form} телефон`];
      ask(asks[i % asks.length]!, [`staff/#${head.id}`, p.timetable(k)]);
    }
  });

  // Teachers by name in many forms.
  const teachers = c.staff.filter((s) => (s.subjects ?? []).length > 0);
  teachers.slice(0, 16).forEach((s, i) => {
    const { surname, first, patronymic } = partsOf(s.name);
    const subject = (s.subjects ?? [])[0]!.toLowerCase();
    const family = familyOf(surname);
    const own = cardsOf(s.name);
    const handle = (s.accounts ?? []).find((a) => a.handle)?.handle;
    switch (i % 16) {
      case 0:
        ask(`написать ${dative(surname)}`, family);
        break;
      case 1:
        ask(
          `${first} ${patronymic}`,
          c.staff.filter((t) => t.name.endsWith(` ${first} ${patronymic}`)).flatMap((t) => cardsOf(t.name)),
        );
        break;
      case 2:
        ask(`${surname} ${first[0]}.${patronymic[0]}.`, own);
        break;
      case 3:
        ask(`как найти ${accusative(surname)} в сферуме`, family);
        break;
      case 4:
        ask(`${withoutYo(first)} ${withoutYo(patronymic)} ${subject}`, own);
        break;
      case 5:
        ask(swapped(surname.toLowerCase(), 3), family);
        break;
      case 6:
        ask(`связаться с ${instrumental(surname)}`, family);
        break;
      case 7:
        if (handle) ask(handle.replace('@', ''), own);
        break;
      case 8:
        ask(wrongLayout(surname), family);
        break;
      case 9:
        ask(`${translit(surname)} ${translit(first)}`, own);
        break;
      case 10:
        ask(`почта ${dative(surname).toLowerCase()} ${first.toLowerCase()} ${patronymic.toLowerCase()}`, own);
        break;
      case 11:
        ask(doubled(surname.toLowerCase(), 2), family);
        break;
      case 12:
        ask(`когда консультация у ${genitive(surname)}`, family);
        break;
      case 13:
        if (s.email) ask(s.email.split('@')[0]!, own);
        break;
      case 14:
        ask(`${oneLetterLess(surname.toLowerCase())} ${first[0]!.toLowerCase()} ${patronymic[0]!.toLowerCase()}`, own);
        break;
      default:
        ask(`${first} ${patronymic} ${surname}`, own);
    }
  });
  // A namesake pair by surname alone: both of them.
  const namesakes = c.staff.find((s) => c.staff.some((t) => t.id !== s.id && partsOf(t.name).surname === partsOf(s.name).surname));
  if (namesakes) ask(partsOf(namesakes.name).surname.toLowerCase(), familyOf(partsOf(namesakes.name).surname));
  // Staff by role.
  ask(
    'логопед',
    p.staff((q) => q.includes('логопед')),
  );
  ask(
    'библиотека школьная кто библиотекарь',
    p.staff((q) => q.includes('библиотекар')),
  );
  ask(
    'зам по воспитательной работе',
    p.staff((q) => q.includes('воспитательной') && !q.includes('учебно')),
  );
  ask(
    'учителя начальной школы',
    p.staff((q) => q.includes('начальных')),
  );
  ask('все учителя школы список', ['staff/']);
  ask('учитель музыки', p.teachersOf('музыки'));
  ask('кто ведет обзр', p.teachersOf('обзр'));
  ask('физрук', p.teachersOf('физической'));
  ask('англичанка', p.teachersOf('английского'));
  ask('химичка', p.teachersOf('химии'));

  // The timetable: a class, a weekday, a lesson.
  classes.forEach((k, i) => {
    const days = Object.keys(k.days ?? {}).filter((day) => DAYS[day]);
    const day = days[(i * 2 + 1) % Math.max(days.length, 1)];
    const form = classForm(k.class, i + 3);
    ask([`расписание ${form}`, `${form} уроки`, `${form} расписание на неделю`, `рассписание ${form}`][i % 4]!, [p.timetable(k)]);
    if (!day) return;
    const d = DAYS[day]!;
    const phrasings = [
      `какие уроки ${d.on} у ${form}`,
      `${form} ${d.name}`,
      `расписание ${d.to} ${form}`,
      `что завтра у ${form} если завтра ${d.name}`,
      `${d.name} ${form} сколько уроков`,
    ];
    ask(phrasings[i % phrasings.length]!, [p.timetable(k), dayPlace(k, day)]);
    const lessons = lessonsOf(k).filter((l) => l.day === day);
    const lesson = lessons[Math.min(2, lessons.length - 1)];
    if (lesson) ask(`какой ${lesson.period} урок ${d.on} в ${classForm(k.class, i)}`, [p.timetable(k), dayPlace(k, day)]);
    // When a subject is: the class's page and the days with it.
    const subject = lessonsOf(k)[i % Math.max(lessonsOf(k).length, 1)]?.subject;
    if (subject && i % 2 === 0) {
      const daysWith = [
        ...new Set(
          lessonsOf(k)
            .filter((l) => l.subject === subject)
            .map((l) => l.day),
        ),
      ];
      ask(`в какие дни ${slang(subject)} у ${classForm(k.class, i + 1)}`, [p.timetable(k), ...daysWith.map((dd) => dayPlace(k, dd))]);
    }
    // Lesson times: the bells of the class's shift and its page.
    const n = (i % 5) + 1;
    const period = periodOf(k.shift, n);
    if (period && i % 2 === 1) {
      const asks = [`во сколько ${n} урок у ${form}`, `${form} ${n} урок время`, `когда заканчивается ${n} урок ${form}`];
      ask(asks[i % asks.length]!, [shiftPlace(k.shift), p.timetable(k)]);
    }
  });
  ask(wrongLayout(`расписание ${classes[1]?.class ?? ''}`), classes[1] ? [p.timetable(classes[1])] : []);
  ask('raspisanie urokov', ['timetable/']);
  ask('расписание всех классов', ['timetable/']);
  ask('расписание звонков', ['timetable/bells/']);
  ask('звонки', ['timetable/bells/']);
  ask('во сколько начинается вторая смена', [shiftPlace(2)]);
  ask('1 смена звонки', [shiftPlace(1)]);
  ask('сколько минут длится урок на дистанте', ['timetable/bells/', p.howItWorks]);
  const lateShift = c.bells?.shifts.find((s) => s.id === 2);
  const lastPeriod = lateShift?.periods.at(-1);
  if (lastPeriod) ask(`уроки до ${lastPeriod.to} это какая смена`, [shiftPlace(2)]);
  const secondShiftClasses = classes.filter((k) => k.shift === 2);
  if (secondShiftClasses[0])
    ask(`${classForm(secondShiftClasses[0].class, 0)} во вторую смену?`, [p.timetable(secondShiftClasses[0]), 'timetable/']);

  // Device and internet requirements.
  const internet = c.hasRequirements ? ['requirements/#internet', 'requirements/'] : [];
  ask('какой нужен интернет для уроков', internet);
  ask('скорость интернета мбит', internet);
  ask('можно ли учиться с телефона', [p.deviceCard('phone')]);
  ask('подойдет ли планшет для дистанционки', [p.deviceCard('tablet')]);
  ask('требования к компьютеру', [p.deviceCard('computer')]);
  ask('ноутбук без наушников подойдёт?', [p.deviceCard('laptop')]);
  ask(
    'нужна ли веб камера',
    p.deviceCards(() => true),
  );
  ask(
    'сколько оперативки нужно',
    p.deviceCards(() => true),
  );
  ask(
    'astra linux подойдет',
    p.deviceCards((d) => (d.os ?? []).some((o) => /astra/i.test(o))),
  );
  ask(
    'какой браузер нужен',
    p.deviceCards(() => true),
  );
  ask('проверить мой телефон подходит ли', ['device-check/', p.deviceCard('phone')]);
  ask(wrongLayout('требования к устройствам'), ['requirements/']);

  // Borrowing a device.
  const lendingFaq = p.faq((_q, body) => body.includes('выдаёт ноутбук или планшет'));
  ask('у нас нет компьютера дома что делать', [p.lending, ...lendingFaq]);
  ask('взять ноутбук в школе', [p.lending, ...lendingFaq]);
  ask('планшет на время дистанта выдают?', [p.lending, ...lendingFaq]);
  ask('какие документы нужны чтобы получить ноутбук', [p.lending]);
  ask(
    'до какого числа выдают ноутбуки',
    p.announcements((t) => t.includes('выдача ноутбуков')),
  );

  // Meetings.
  ask('родительское собрание', ['meetings/']);
  ask('общешкольное собрание когда', p.schoolMeetings);
  classes.forEach((k, i) => {
    const meetings = p.meetingsOfClass(k.id);
    if (meetings.length === 0 || i % 2 === 1) return;
    const form = classForm(k.class, i + 5);
    const moved = p.announcements((t) => t.includes(`${k.class.toLowerCase()} класса переносится`));
    ask([`собрание ${form}`, `когда родительское собрание в ${form}`, `ссылка на собрание родителей ${form}`][i % 3]!, [
      ...meetings,
      ...moved,
    ]);
  });
  for (const note of p.notices.filter((n) => n.title.includes('переносится')).slice(0, 2)) {
    const name = /собрание (\S+) класса/.exec(note.title)?.[1];
    const k = classes.find((q) => q.class.toLowerCase() === name);
    const moved = p.announcements((t) => t.includes(`собрание ${name ?? ''} класса переносится`));
    ask(`перенесли собрание ${name ?? ''}?`, [...moved, ...(k ? p.meetingsOfClass(k.id) : [])]);
  }

  // The communication schedule.
  ask('график связи с администрацией', ['communication/']);
  ask(
    'когда директор принимает по телефону',
    p.talk((t) => t.form === 'phone'),
  );
  ask('когда можно поговорить с психологом ученику', [...p.talk((t) => t.form === 'consultation'), ...p.psychologist]);
  ask(
    'во сколько классный руководитель пишет итоги дня в чат',
    p.talk((t) => t.form === 'chat'),
  );
  ask(
    'планерка учителей во сколько',
    p.talk((t) => t.form === 'planning'),
  );

  // Guides.
  const guidesBy = (test: RegExp) => p.guidesWhere((t) => test.test(t));
  ask('как подключиться к сферуму', [...p.connectGuides, ...guidesBy(/войти в|вход в/)]);
  ask('первый раз захожу в сферум', p.connectGuides);
  ask('как зайти на урок', [...p.lessonGuides]);
  ask('как руку поднять на уроке', guidesBy(/поднять руку/));
  ask('не работает микрофон на уроке', guidesBy(/микрофон/));
  ask('как сдать домашку', [...p.homeworkGuides, ...guidesBy(/сдать|прикрепить/)]);
  ask('как отправить фото тетради учителю', guidesBy(/фото|сдать домашнее/));
  ask('где посмотреть оценки', [...guidesBy(/оценк/), p.howItWorks, ...saying('оценки появляются в электронном дневнике')]);
  ask('сферум не открывается', p.troubleGuides);
  ask('sferum ne rabotaet', p.troubleGuides);
  ask('как написать учителю в сферуме', guidesBy(/написать учителю/));
  ask('уведомления сферум не приходят', guidesBy(/уведомлен/));
  ask('забыл пароль сферум', guidesBy(/восстановить вход/));
  ask('инструкции для детей', ['guides/']);
  ask('пошаговая инструкция для первоклассника как зайти на урок', [...p.lessonGuides, ...p.connectGuides]);

  // Platforms.
  ask('что такое сферум', [p.platform('sferum')]);
  ask('поддержка сферума телефон', ['contacts/#support-sferum', p.platform('sferum')]);
  ask('моя школа госуслуги вход', [p.platform('moya-shkola')]);
  ask('горячая линия моей школы 8800', ['contacts/#support-moya-shkola', p.platform('moya-shkola')]);
  ask('как устроено дистанционное обучение', [p.howItWorks]);

  // Documents and orders.
  const orderOf = (id: string) => c.documents.find((d) => d.id === id);
  const main = orderOf(c.school.distanceLearning?.order ?? '');
  if (main) {
    ask('приказ о дистанционном обучении', [`documents/#${main.id}`]);
    if (main.number) ask(`приказ ${main.number}`, [`documents/#${main.id}`]);
    ask('на основании какого приказа перевели на дистант', [`documents/#${main.id}`]);
  }
  const planOrder = c.documents.find((d) => d.kind === 'order' && /план/i.test(d.title));
  if (planOrder) {
    ask('приказ об утверждении плана графика', [`documents/#${planOrder.id}`]);
    if (planOrder.number) ask(`${planOrder.number.replace('-о', '')} о приказ про что`, [`documents/#${planOrder.id}`]);
  }
  ask('все приказы школы', ['documents/']);
  ask(
    'положение об электронном обучении',
    p.documents((t) => t.startsWith('положение')),
  );
  ask(
    'методические рекомендации минпросвещения',
    p.documents((t) => t.includes('методические')),
  );
  ask(
    'памятка родителям режим дня',
    p.documents((t) => t.includes('памятка')),
  );

  // The plan-schedule: deadlines and who answers.
  ask('план график мероприятий', ['plan/']);
  ask('что уже сделано по плану', ['plan/']);
  const topics: [RegExp, string][] = [
    [/выдача устройств/, 'когда выдача устройств по плану срок'],
    [/питание/, 'до какого числа организуют питание льготникам'],
    [/психологическ/, 'психологическая поддержка детей сроки плана'],
    [/режим дня/, 'режим дня ребенка дома мероприятие срок'],
    [/видеоуроки/, 'кто готовит как проходят видеоуроки по плану'],
    [/оценки/, 'план: где смотреть оценки кто ответственный'],
  ];
  for (const [test, query] of topics) {
    ask(
      query,
      c.roadmap.filter((r) => test.test(r.title.toLowerCase())).map((r) => `plan/#${roadmapAnchor(r.id)}`),
    );
  }
  c.roadmap
    .filter((_r, i) => i % 5 === 2)
    .forEach((r) => {
      const date = new Date(`${r.deadline}T00:00:00Z`);
      const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
      const day = `${date.getUTCDate()} ${months[date.getUTCMonth()]}`;
      const sameDay = c.roadmap.filter((q) => String(q.deadline) === String(r.deadline)).map((q) => `plan/#${roadmapAnchor(q.id)}`);
      ask(`что по плану ${day}`, sameDay);
    });
  const responsible = staffById.get(c.roadmap[0]?.responsible ?? '');
  if (responsible) {
    const { surname } = partsOf(responsible.name);
    const items = c.roadmap.filter((r) => stemOf(partsOf(staffById.get(r.responsible ?? '')?.name ?? '').surname) === stemOf(surname));
    ask(
      `за что отвечает ${surname.toLowerCase()} в плане графике`,
      items.map((r) => `plan/#${roadmapAnchor(r.id)}`),
    );
  }

  // Coordinators by level.
  const coordinatorsAt = (level: string) => c.coordinators.filter((k) => k.level === level).map((k) => `coordinators/#coordinator-${k.id}`);
  ask('координаторы дистанционного обучения', ['coordinators/']);
  ask('кто координатор в управлении образования', coordinatorsAt('municipal'));
  ask('региональный координатор министерство', coordinatorsAt('regional'));
  ask('координатор от школы', coordinatorsAt('school'));
  ask('куда жаловаться если в школе не решают вопрос', [...coordinatorsAt('municipal'), 'coordinators/']);
  const municipal = c.coordinators.find((k) => k.level === 'municipal');
  if (municipal) {
    const { surname, first, patronymic } = partsOf(municipal.name);
    ask(`${surname.toLowerCase()} ${first.toLowerCase()} ${patronymic.toLowerCase()} телефон`, cardsOf(municipal.name));
  }
  const regional = c.coordinators.find((k) => k.level === 'regional');
  if (regional) ask(withoutYo(`${partsOf(regional.name).first} ${partsOf(regional.name).patronymic}`), cardsOf(regional.name));

  // FAQ: the entry whose question is asked, and answers whose own text answers.
  const faqAbout = (subject: string, kind: RegExp) => p.faq((q) => q.includes(`«${subject}»`) && kind.test(q));
  c.faq.slice(0, 6).forEach((f, i) => {
    const subject = /«([^»]+)»/.exec(f.question)?.[1]?.toLowerCase();
    if (!subject) return;
    if (/учебник/.test(f.question))
      ask([`учебник по ${afterPo(subject)} электронный где`, `электронный учебник ${subject}`][i % 2]!, [
        ...faqAbout(subject, /учебник/),
        ...saying('электронные учебники открываются'),
      ]);
    else if (/не успевает/.test(f.question))
      ask(`ребенок не успел сдать задание ${afterPo(subject) === subject ? subject : `по ${afterPo(subject)}`}`, [
        ...faqAbout(subject, /не успевает/),
        ...saying('срок сдачи можно перенести'),
      ]);
    else if (/непонятна/.test(f.question)) ask(`непонятна тема ${subject} кому писать`, faqAbout(subject, /непонятна/));
    else if (/с телефона/.test(f.question)) ask(`${slang(subject)} можно с телефона заниматься`, faqAbout(subject, /с телефона/));
  });
  ask('вопросы и ответы', ['faq/']);
  ask('во сколько учитель отвечает на сообщения', saying('учитель отвечает на сообщения'));
  ask('когда контрольные', saying('контрольные работы проводятся по расписанию'));

  // Announcements.
  ask('объявления', ['announcements/']);
  for (const note of p.notices.filter((n) => n.title.includes('ссылки на видеоуроки')).slice(0, 1)) {
    const name = /видеоуроки (\S+) класса/.exec(note.title)?.[1];
    const k = classes.find((q) => q.class.toLowerCase() === name);
    ask(`новые ссылки на уроки ${name ?? ''}`, [`announcements/#${note.id}`, k ? p.timetable(k) : undefined]);
  }
  ask(
    'продуктовые наборы',
    p.announcements((t) => t.includes('продуктовые наборы')),
  );

  return cases;
}
