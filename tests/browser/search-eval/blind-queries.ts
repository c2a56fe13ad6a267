/**
 * The blind set (2026-12-07): questions written the way parents and pupils type them, by someone who did
 * not look at how the search works or at the pages' wording — only at the school's data (names, ids,
 * kinds) to know where each answer lives. Nobody tunes on it: it is scored once, and its floor is set
 * after that. The questions are built from the school's own content, so the same set runs on the sample
 * and on generated schools; a question whose subject a school lacks is left out for it.
 *
 * An expected path ending in `/` stands for that page and any place on it (`plan/` is also
 * `plan/#item-3`); a path with `#` stands for that one item.
 */
import { sampleContent } from '../../helpers/sample-content.ts';
import { GRADE_ORDINALS, type EvalCase } from './queries.ts';

type School = ReturnType<typeof sampleContent>;

/** Whether a result's path answers a question that expects `expected`. */
export function isBlindAnswer(expected: readonly string[], path: string): boolean {
  return expected.some((place) => path === place || (place.endsWith('/') && path.startsWith(`${place}#`)));
}

// ---------------------------------------------------------------------------------------------
// How people type
// ---------------------------------------------------------------------------------------------

const RUSSIAN_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
/** The same keys pressed with the Latin layout on: «звонки» → «pdjyrb». */
const typedInLatin = (text: string) => [...text.toLowerCase()].map((letter) => LATIN_KEYS[RUSSIAN_KEYS.indexOf(letter)] ?? letter).join('');

/** One letter left out, typed twice, or two neighbours swapped, at a given place. */
const withoutLetter = (word: string, at: number) => word.slice(0, at) + word.slice(at + 1);
const withDoubledLetter = (word: string, at: number) => word.slice(0, at + 1) + word.slice(at);
const withSwappedLetters = (word: string, at: number) => word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);

const ORDINALS_GENITIVE = [
  '',
  'первого',
  'второго',
  'третьего',
  'четвёртого',
  'пятого',
  'шестого',
  'седьмого',
  'восьмого',
  'девятого',
  'десятого',
  'одиннадцатого',
];

/** «5Б» → 5, «б». */
function gradeAndLetter(name: string): [number, string] {
  const [, grade, letter] = /^(\d+)\s*-?\s*(.*)$/.exec(name)!;
  return [Number(grade), letter!.toLowerCase()];
}

/** The ways a class is written: «5б», «5 б», «5-Б», «пятый б», «5Б класс». */
function classSpellings(name: string): string[] {
  const [grade, letter] = gradeAndLetter(name);
  const upper = letter.toUpperCase();
  return [`${grade}${letter}`, `${grade} ${letter}`, `${grade}-${upper}`, `${GRADE_ORDINALS[grade]} ${letter}`, `${grade}${upper} класс`];
}

/** Surname, name, patronymic; a woman's patronymic ends in «-вна»/«-чна». */
function nameParts(fullName: string) {
  const [surname = '', name = '', patronymic = ''] = fullName.split(/\s+/);
  return { surname, name, patronymic, female: /на$/.test(patronymic), initials: `${name[0] ?? ''}. ${patronymic[0] ?? ''}.` };
}

/** A surname in the genitive, dative and instrumental, for the common endings; undefined for others. */
function surnameCases(surname: string, female: boolean): { genitive: string; dative: string; instrumental: string } | undefined {
  if (female && /(ова|ева|ёва|ина|ына)$/.test(surname)) {
    const stem = surname.slice(0, -1);
    return { genitive: `${stem}ой`, dative: `${stem}ой`, instrumental: `${stem}ой` };
  }
  if (!female && /(ов|ев|ёв|ин|ын)$/.test(surname)) {
    return { genitive: `${surname}а`, dative: `${surname}у`, instrumental: `${surname}ым` };
  }
  return undefined;
}

/** How subjects are said: «по чему» and the nickname of its teacher, if there is a common one. */
const SUBJECT_WORDS: Record<string, { dative: string; teacher?: string }> = {
  Математика: { dative: 'математике', teacher: 'математичка' },
  Алгебра: { dative: 'алгебре' },
  Геометрия: { dative: 'геометрии' },
  'Русский язык': { dative: 'русскому', teacher: 'русичка' },
  Литература: { dative: 'литре' },
  'Литературное чтение': { dative: 'чтению' },
  'Английский язык': { dative: 'английскому', teacher: 'англичанка' },
  'Физическая культура': { dative: 'физре', teacher: 'физрук' },
  Информатика: { dative: 'информатике', teacher: 'информатик' },
  Химия: { dative: 'химии', teacher: 'химичка' },
  История: { dative: 'истории', teacher: 'историк' },
  Обществознание: { dative: 'обществознанию' },
  Биология: { dative: 'биологии', teacher: 'биологичка' },
  География: { dative: 'географии', teacher: 'географичка' },
  Физика: { dative: 'физике', teacher: 'физичка' },
  Музыка: { dative: 'музыке' },
  'Основы безопасности и защиты Родины': { dative: 'обзр', teacher: 'обжшник' },
};
const subjectDative = (subject: string) => SUBJECT_WORDS[subject]?.dative ?? subject.toLowerCase();

const PLATFORM_WORDS: Record<string, { in: string; of: string; name: string }> = {
  sferum: { in: 'сферум', of: 'сферума', name: 'сферум' },
  'moya-shkola': { in: 'мою школу', of: 'моей школы', name: 'моя школа' },
};
const DEVICE_WORDS: Record<string, string> = { phone: 'с телефона', computer: 'с компа', tablet: 'с планшета' };

const digitsOf = (phone: string) => phone.replace(/\D/g, '').slice(-10);

// ---------------------------------------------------------------------------------------------
// Where answers live
// ---------------------------------------------------------------------------------------------

function placesIn(school: School) {
  const staffWhere = (test: (person: School['staff'][number]) => boolean) =>
    school.staff.filter(test).map((person) => `staff/#${person.id}`);
  const contactsWhere = (test: (contact: School['contacts'][number]) => boolean) =>
    school.contacts.filter(test).map((contact) => `contacts/#${contact.id}`);
  const coordinatorPath = (index: number) => `coordinators/#coordinator-${index + 1}`;
  return {
    staffWhere,
    contactsWhere,
    /** A person's own entry and every list item that is about them (a contact they answer, a coordinator). */
    person(fullName: string): string[] {
      return [
        ...staffWhere((person) => person.name === fullName),
        ...contactsWhere((contact) => (contact.person ?? '').includes(fullName)),
        ...school.coordinators.flatMap((coordinator, i) => (coordinator.name === fullName ? [coordinatorPath(i)] : [])),
      ];
    },
    /** Everyone with a surname (a surname alone cannot tell namesakes apart). */
    surname(surname: string): string[] {
      const names = new Set(
        [...school.staff.map((p) => p.name), ...school.coordinators.map((c) => c.name)].filter(
          (name) => nameParts(name).surname === surname,
        ),
      );
      return [...names].flatMap((name) => this.person(name));
    },
    /**
     * A surname typed bare, which may also be the other gender's namesake or its genitive: «Никитина» is
     * Никитина and, as in «почта Никитина», Никитин.
     */
    surnameOrNamesake(surname: string): string[] {
      const other = surname.endsWith('а') ? surname.slice(0, -1) : `${surname}а`;
      return [...this.surname(surname), ...this.surname(other)];
    },
    phone(phone: string): string[] {
      const digits = digitsOf(phone);
      return [
        ...contactsWhere((contact) => contact.phones.some((p) => digitsOf(p) === digits)),
        ...staffWhere((person) => person.phone !== undefined && digitsOf(person.phone) === digits),
        ...school.coordinators.flatMap((coordinator, i) => (digitsOf(coordinator.phone ?? '') === digits ? [coordinatorPath(i)] : [])),
        ...(digitsOf(school.school.phone ?? '') === digits ? ['contacts/#school-reception'] : []),
      ];
    },
    coordinatorsWhere(test: (coordinator: School['coordinators'][number]) => boolean): string[] {
      return school.coordinators.flatMap((coordinator, i) => (test(coordinator) ? [coordinatorPath(i)] : []));
    },
    communicationWhere(test: (item: School['communication'][number]) => boolean): string[] {
      return school.communication.flatMap((item, i) => (test(item) ? [`communication/#communication-${i + 1}`] : []));
    },
    guidesWhere(test: (guide: School['guides'][number]) => boolean): string[] {
      return school.guides.filter(test).map((guide) => `guides/${guide.id}/`);
    },
    faqWhere(test: (item: School['faq'][number]) => boolean): string[] {
      return school.faq.filter(test).map((item) => `faq/#${item.id}`);
    },
    pagesWhere(test: RegExp): string[] {
      return school.pages.filter((page) => test.test(`${page.title} ${page.description ?? ''}`)).map((page) => `${page.id}/`);
    },
    meetingsWhere(test: (meeting: School['meetings'][number]) => boolean): string[] {
      return school.meetings.filter(test).map((meeting) => `meetings/#${meeting.id}`);
    },
    documentsWhere(test: (document: School['documents'][number]) => boolean): string[] {
      return school.documents.filter(test).map((document) => `documents/#${document.id}`);
    },
  };
}
type Places = ReturnType<typeof placesIn>;

/** Collects questions, leaving out those whose answer the school does not have. */
class Questions {
  readonly cases: EvalCase[] = [];
  ask(queries: string | string[], ...expected: (string | string[])[]) {
    const places = [...new Set(expected.flat())];
    if (places.length === 0) return;
    for (const query of [queries].flat()) {
      if (!this.cases.some((c) => c.query === query)) this.cases.push({ query, expected: places });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The questions, by what people look for
// ---------------------------------------------------------------------------------------------

function timetables(q: Questions, school: School) {
  const classes = [...school.classes].sort((a, b) => a.id.localeCompare(b.id));
  const forms: ((name: string) => string)[] = [
    (name) => `расписание ${classSpellings(name)[0]}`,
    (name) => `${classSpellings(name)[1]} расписание уроков`,
    (name) => `какие уроки у ${classSpellings(name)[2]} завтра`,
    (name) => {
      const [grade, letter] = gradeAndLetter(name);
      return `расписание ${ORDINALS_GENITIVE[grade]} ${letter}`;
    },
    (name) => `расп ${classSpellings(name)[0]}`,
    (name) => `${typedInLatin('расписание')} ${typedInLatin(classSpellings(name)[0]!)}`,
    (name) => `рассписание ${classSpellings(name)[4]}`,
    (name) => `ссылка на урок ${classSpellings(name)[0]}`,
    (name) => `${classSpellings(name)[3]} уроки на неделю`,
    (name) => `где посмотреть расписание ${classSpellings(name)[2]} класса`,
    (name) => {
      const [grade, letter] = gradeAndLetter(name);
      return `${grade} ${letter.toUpperCase()} класс`;
    },
  ];
  classes.forEach((entry, i) => {
    for (let k = 0; k < 3; k += 1) q.ask(forms[(i * 3 + k) % forms.length]!(entry.class), `timetable/${entry.id}/`);
  });
  q.ask(['расписание уроков', 'расписание', typedInLatin('расписание'), 'расписане'], 'timetable/');

  for (const entry of classes.slice(0, 4)) {
    const [grade, letter] = gradeAndLetter(entry.class);
    q.ask(
      [`кто классный руководитель ${grade}${letter}`, `классуха ${GRADE_ORDINALS[grade]} ${letter}`][classes.indexOf(entry) % 2]!,
      `staff/#${entry.classTeacher}`,
      `timetable/${entry.id}/`,
    );
  }
}

function bells(q: Questions, school: School) {
  const shifts = [...new Set(school.classes.map((entry) => entry.shift))].sort();
  const page = 'timetable/bells/';
  q.ask(
    [
      'расписание звонков',
      'звонки',
      'во сколько начинается второй урок',
      'когда заканчивается третий урок',
      'сколько длится перемена',
      'сколько минут идет урок на дистанте',
      'росписание звонков',
      typedInLatin('звонки'),
      'время уроков',
    ],
    page,
  );
  for (const shift of shifts) {
    const words = shift === 1 ? 'первой смены' : shift === 2 ? 'второй смены' : `${shift} смены`;
    q.ask([`звонки ${words}`, `во сколько начинаются уроки ${words}`][shift % 2]!, `${page}#shift-${shift}`, page);
  }
  const secondShift = school.classes.find((entry) => entry.shift === 2);
  if (secondShift) {
    q.ask(`во сколько начинаются уроки у ${classSpellings(secondShift.class)[0]}`, `timetable/${secondShift.id}/`, `${page}#shift-2`, page);
  }
}

function contacts(q: Questions, school: School, at: Places) {
  const ofKind = (kind: string) => at.contactsWhere((contact) => contact.kind === kind);
  const hotline = ofKind('hotline');
  q.ask(
    [
      'горячая линия',
      'телефон горячей линии',
      'куда звонить по дистанционке',
      'горячея линия',
      typedInLatin('горячая линия'),
      'номер горячей линии школы',
    ],
    hotline,
  );

  const psychologists = [...ofKind('psychologist'), ...at.staffWhere((p) => /психолог/i.test(p.position))];
  const schoolPsychologist = [
    ...at.contactsWhere((c) => c.kind === 'psychologist' && c.person !== undefined),
    ...at.staffWhere((p) => /психолог/i.test(p.position)),
  ];
  q.ask(['психолог', 'псхолог', typedInLatin('психолог'), 'телефон психолога', 'нужна помощь психолога ребенку'], psychologists);
  q.ask(['школьный психолог номер', 'записаться к психологу в школе'], schoolPsychologist);
  const trustLine = at.contactsWhere((c) => /довери/i.test(c.title));
  q.ask(['телефон доверия', 'детский телефон доверия бесплатно'], trustLine);
  q.ask('ребенку страшно и не с кем поговорить куда позвонить', trustLine, psychologists);

  const social = [...ofKind('social'), ...at.staffWhere((p) => /социальн/i.test(p.position))];
  q.ask(['социальный педагог', 'соцпедагог телефон', 'социальная помощь семье', 'социалка в школе', 'социальный пидагог'], social);
  q.ask(['льготы многодетным', 'помощь малоимущим семьям'], ofKind('social'));

  const director = at.staffWhere((p) => /^директор$/i.test(p.position.trim()));
  const reception = at.contactsWhere(
    (c) => c.kind === 'administration' && /директор|секретар|приём/i.test(c.title) && !/замест|увр/i.test(c.title),
  );
  q.ask(['телефон директора', 'позвонить директору'], reception, director);
  q.ask(
    ['приемная директора', 'секретарь школы', 'записаться на прием к директору'],
    reception,
    at.communicationWhere((item) => /директор/i.test(item.title) && !/замест/i.test(item.title)),
  );
  q.ask(['директор', 'кто директор школы', 'дериктор'], director);

  const deputies = at.staffWhere((p) => /учебно-воспитательной/i.test(p.position));
  const deputyContacts = at.contactsWhere((c) => c.kind === 'administration' && /замест|увр/i.test(c.title));
  q.ask(['завуч', 'телефон завуча', 'зам директора по учебной работе', 'завуч по увр'], deputyContacts, deputies);

  const itSupport = [...ofKind('it-support'), ...at.staffWhere((p) => /системн/i.test(p.position))];
  q.ask(['техподдержка', 'тхеподдержка', 'техническая поддержка телефон', 'сисадмин школы', 'помощь с компьютером школа'], itSupport);
  q.ask(
    'не могу войти в сферум кому звонить',
    itSupport,
    at.guidesWhere((g) => /восстанов/i.test(g.title)),
  );

  q.ask(['электронная почта для вопросов по дистанту', 'куда написать письмо по дистанционке'], ofKind('email'));
  q.ask(
    ['управление образования телефон', 'гороно горячая линия'],
    at.contactsWhere((c) => c.kind === 'other' && /управлени.*образовани/i.test(c.title)),
  );

  q.ask(
    'телефон школы',
    'contacts/#school-reception',
    at.phone(school.school.phone).filter((p) => p.startsWith('contacts/')),
  );
  q.ask('адрес школы', 'contacts/#school-reception');
  q.ask(['контакты школы', 'все телефоны'], 'contacts/');

  for (const platform of school.platforms) {
    const words = PLATFORM_WORDS[platform.id];
    if (!words || !platform.support?.phone) continue;
    q.ask(`телефон поддержки ${words.of}`, `contacts/#support-${platform.id}`, `platforms/#${platform.id}`);
  }

  // Phone numbers as people paste them.
  const numbered = [...new Set([...hotline, ...schoolPsychologist, ...ofKind('it-support')])].slice(0, 4);
  numbered.forEach((path, i) => {
    const phone = school.contacts.find((c) => `contacts/#${c.id}` === path)?.phones[0];
    if (!phone) return;
    const digits = digitsOf(phone);
    // A city number: a four-digit area code and six digits («8 (3843) 36-43-70»).
    const local = digits.slice(-6);
    const forms = [
      `${local.slice(0, 2)}-${local.slice(2, 4)}-${local.slice(4)}`,
      `8${digits}`,
      `+7 ${digits.slice(0, 4)} ${local}`,
      `чей номер ${local}`,
    ];
    q.ask(forms[i % forms.length]!, at.phone(phone));
  });
}

function people(q: Questions, school: School, at: Places) {
  const staff = [...school.staff].sort((a, b) => a.id.localeCompare(b.id));
  // Two questions a person, one in a large staff: people should not outweigh everything else asked.
  const perPerson = staff.length <= 25 ? 2 : 1;
  staff.forEach((person, i) => {
    const { surname, name, patronymic, female, initials } = nameParts(person.name);
    const cases = surnameCases(surname, female);
    const lower = surname.toLowerCase();
    const forms: (() => [string, string[]] | undefined)[] = [
      () => [`кто ${female ? 'такая' : 'такой'} ${surname}`, at.surname(surname)],
      () => [`${lower} ${name.toLowerCase()} ${patronymic.toLowerCase()}`, at.person(person.name)],
      () => (cases ? [`почта ${cases.genitive}`, female ? at.surname(surname) : at.surnameOrNamesake(surname)] : undefined),
      () =>
        cases
          ? [
              `как связаться ${/^[сзшж][^аеёиоуыэюя]/i.test(surname) ? 'со' : 'с'} ${cases.instrumental} ${initials}`,
              at.person(person.name),
            ]
          : undefined,
      () => (surname.length > 5 ? [`${withoutLetter(surname, 3)} ${initials}`, at.person(person.name)] : undefined),
      () => [`${lower} сферум`, at.surnameOrNamesake(surname)],
      () => (surname.length > 4 ? [withDoubledLetter(lower, 2), at.surnameOrNamesake(surname)] : undefined),
      () => (surname.length > 5 ? [`${withSwappedLetters(surname, 2)} ${name}`, at.person(person.name)] : undefined),
      () => [surname, at.surnameOrNamesake(surname)],
      () => [typedInLatin(surname), at.surnameOrNamesake(surname)],
    ];
    // In turn through the forms; a form that does not fit the name gives way to the next.
    let asked = 0;
    for (let k = 0; asked < perPerson && k < forms.length; k += 1) {
      const question = forms[(i * perPerson + k) % forms.length]!();
      if (!question) continue;
      q.ask(question[0], question[1]);
      asked += 1;
    }
  });

  // Teachers by subject, as pupils call them.
  const bySubject = new Map<string, typeof staff>();
  for (const person of staff) for (const subject of person.subjects) bySubject.set(subject, [...(bySubject.get(subject) ?? []), person]);
  const seniorClasses = school.classes.filter((entry) => gradeAndLetter(entry.class)[0] >= 5).sort((a, b) => a.id.localeCompare(b.id));
  [...bySubject].forEach(([subject, teachers], s) => {
    const words = SUBJECT_WORDS[subject];
    if (!words) return;
    const isPrimary = teachers.some((t) => /начальных/i.test(t.position));
    if (words.teacher && !isPrimary)
      q.ask(
        words.teacher,
        at.staffWhere((p) => p.subjects.includes(subject)),
      );
    // A different class for each subject, so the questions do not all name the same one.
    const taught = seniorClasses.filter((entry) => teachers.some((t) => t.classes.includes(entry.id)));
    const inClass = taught[s % (taught.length || 1)];
    if (inClass) {
      q.ask(
        [
          `учитель по ${words.dative} ${classSpellings(inClass.class)[0]}`,
          `кто учитель по ${words.dative} в ${classSpellings(inClass.class)[1]}`,
        ][s % 2]!,
        at.staffWhere((p) => p.subjects.includes(subject) && p.classes.includes(inClass.id)),
      );
    }
  });

  q.ask(
    ['библиотекарь', 'школьная библиотека'],
    at.staffWhere((p) => /библиотекар/i.test(p.position)),
  );
  q.ask(
    'логопед',
    at.staffWhere((p) => /логопед/i.test(p.position)),
  );
  q.ask(
    'зам по воспитательной работе',
    at.staffWhere((p) => /заместитель директора по воспитательной/i.test(p.position)),
  );
  q.ask(['список учителей', 'учителя школы', 'почта учителей', 'аккаунты учителей в сферуме', 'училки контакты'], 'staff/');
}

/** Kinds of instructions, recognised by their title, and how people ask for them. */
type PlatformWords = (typeof PLATFORM_WORDS)[string];
const NO_PLATFORM: PlatformWords = { in: '', of: '', name: '' };
const GUIDE_NEEDS: { is: (guide: School['guides'][number]) => boolean; asks: (platform: PlatformWords, device: string) => string[] }[] = [
  {
    is: (g) => g.topic === 'connect' && !/восстанов/i.test(g.title),
    asks: (platform, device) => [
      `как зайти в ${platform.in} ${device}`,
      `как подключиться ${device || 'к платформе'}`,
      `вход в ${platform.in} ${device} инструкция`,
    ],
  },
  {
    is: (g) => /восстанов/i.test(g.title),
    asks: (platform, device) => [`забыл пароль от ${platform.of} ${device}`, 'не могу зайти восстановить доступ'],
  },
  {
    is: (g) => g.topic === 'lesson' && /видеоурок|подключиться к/i.test(g.title),
    asks: () => ['как подключиться к уроку', 'как попасть на онлайн урок', 'как зайти на видеоурок'],
  },
  {
    is: (g) => /микрофон|камер/i.test(g.title),
    asks: () => ['не работает микрофон на уроке', 'как включить камеру на уроке', 'меня не слышно на уроке'],
  },
  { is: (g) => /руку/i.test(g.title), asks: () => ['как поднять руку на онлайн уроке'] },
  {
    is: (g) => g.topic === 'homework' && /сдать|прикреп|отправ/i.test(g.title),
    asks: (_platform, device) => [`как сдать дз ${device}`, 'куда скинуть фото домашки', 'как отправить домашнее задание учителю', 'дз'],
  },
  { is: (g) => /оценк/i.test(g.title), asks: () => ['где посмотреть оценки за задания'] },
  { is: (g) => /дневник/i.test(g.title), asks: () => ['как родителю посмотреть дневник ребенка', 'электронный дневник где смотреть'] },
  { is: (g) => /не открывается/i.test(g.title), asks: (platform, device) => [`${platform.name} не открывается ${device} что делать`] },
  {
    is: (g) => /не работает/i.test(g.title),
    asks: () => ['не работает звук', 'ничего не слышно на уроке что делать', 'ничего не работает что делать', 'пропал интернет на уроке'],
  },
  {
    is: (g) => /написать учителю/i.test(g.title),
    asks: (_platform, device) => [`как написать училке ${device}`, 'как задать вопрос учителю'],
  },
  { is: (g) => /уведомлени/i.test(g.title), asks: (platform) => [`как включить уведомления в ${platform.in}`] },
];

function guides(q: Questions, school: School, at: Places) {
  for (const need of GUIDE_NEEDS) {
    const matching = school.guides.filter(need.is);
    const first = matching[0];
    if (!first) continue;
    const platform = PLATFORM_WORDS[first.platform ?? ''] ?? NO_PLATFORM;
    const device = DEVICE_WORDS[first.device ?? ''] ?? '';
    for (const asked of need.asks(platform, device)) {
      const query = asked.replace(/\s+/g, ' ').trim();
      // A question that names the device or the platform is answered only by instructions for them.
      const namesPlatform = platform.name !== '' && [platform.in, platform.of, platform.name].some((word) => query.includes(word));
      const fits = matching.filter(
        (g) =>
          (!device || !query.includes(device) || g.device === first.device || g.device === 'any') &&
          (!namesPlatform || g.platform === first.platform),
      );
      q.ask(
        query,
        fits.map((g) => `guides/${g.id}/`),
      );
    }
  }
  q.ask(['инструкции', 'пошаговые инструкции для учеников', 'инстукции'], 'guides/');
  // The phone and the computer asked for in general: any instruction for connecting from that device.
  const connecting = (device: string) =>
    at.guidesWhere((g) => g.topic === 'connect' && !/восстанов/i.test(g.title) && (g.device === device || g.device === 'any'));
  q.ask(['как подключиться с телефона', 'подключение со смартфона'], connecting('phone'));
  q.ask(['как подключиться с компьютера', 'подключение с ноутбука'], connecting('computer'));
}

/** Kinds of questions in the FAQ, recognised by their wording, and how people ask them. */
const FAQ_NEEDS: { is: RegExp; asks: (subject: string) => string[]; alsoGuides?: RegExp }[] = [
  { is: /нет интернета|медленн/i, asks: () => ['дома плохой интернет что делать', 'интернет тормозит'] },
  { is: /нет компьютера|нет.*планшета/i, asks: () => ['нет компа дома как учиться'] },
  { is: /ставить оценки/i, asks: () => ['ставят ли оценки на дистанте'] },
  { is: /питани/i, asks: () => ['бесплатные обеды на дистанционке', 'питание льготникам'] },
  { is: /заболел/i, asks: () => ['ребенок болеет надо ли подключаться к урокам'] },
  { is: /продлится/i, asks: () => ['до какого числа дистанционка', 'когда обратно в школу'] },
  { is: /связаться с учителем/i, asks: () => ['как связаться с учителем'], alsoGuides: /написать учителю/i },
  { is: /учебник по предмету «(.+)»/, asks: (subject) => [`электронный учебник по ${subjectDative(subject)}`] },
  { is: /контрольная работа по предмету «(.+)»/, asks: (subject) => [`будет ли контрольная по ${subjectDative(subject)}`] },
  { is: /не успевает сдать задание по предмету «(.+)»/, asks: (subject) => [`не успеваем сдать задание по ${subjectDative(subject)}`] },
  { is: /заниматься по предмету «(.+)» с телефона/, asks: (subject) => [`можно заниматься по ${subjectDative(subject)} с телефона?`] },
  { is: /оценку по предмету «(.+)»/, asks: (subject) => [`как узнать оценку по ${subjectDative(subject)}`] },
  { is: /непонятна тема по предмету «(.+)»/, asks: (subject) => [`непонятна тема по ${subjectDative(subject)} кому писать`] },
];

function faq(q: Questions, school: School, at: Places) {
  for (const need of FAQ_NEEDS) {
    const subjects = new Set(school.faq.flatMap((item) => (need.is.test(item.question) ? [need.is.exec(item.question)![1] ?? ''] : [])));
    for (const subject of subjects) {
      const same = at.faqWhere((item) => need.is.test(item.question) && (need.is.exec(item.question)![1] ?? '') === subject);
      const also = need.alsoGuides ? at.guidesWhere((g) => need.alsoGuides!.test(g.title)) : [];
      q.ask(need.asks(subject), same, also);
    }
  }
  q.ask(['частые вопросы', 'вопросы и ответы'], 'faq/');
}

function meetings(q: Questions, school: School, at: Places) {
  q.ask(
    ['родительское собрание', 'онлайн собрание для родителей когда', typedInLatin('собрание'), 'сабрание', 'собрания родителей'],
    'meetings/',
  );
  q.ask(
    ['общешкольное собрание', 'общее собрание родителей всей школы'],
    at.meetingsWhere((m) => m.classes.length === 0),
  );
  q.ask(
    'запись собрания посмотреть',
    at.meetingsWhere((m) => Boolean(m.recording)),
  );
  const forms = [
    (name: string) => `собрание ${classSpellings(name)[0]}`,
    (name: string) => {
      const [grade, letter] = gradeAndLetter(name);
      return `родительское собрание ${ORDINALS_GENITIVE[grade]} ${letter} класса`;
    },
    (name: string) => `ссылка на собрание ${classSpellings(name)[2]}`,
    (name: string) => `когда созвон родителей ${classSpellings(name)[1]}`,
  ];
  const classesWithMeetings = school.classes.filter((entry) => school.meetings.some((m) => m.classes.includes(entry.id)));
  classesWithMeetings.slice(0, 6).forEach((entry, i) => {
    q.ask(
      forms[i % forms.length]!(entry.class),
      at.meetingsWhere((m) => m.classes.includes(entry.id)),
    );
  });
}

function requirements(q: Questions, school: School) {
  if (!school.hasRequirements) return;
  const page = 'requirements/';
  const devices = new Set<string>(school.requirements?.devices?.map((d) => d.device) ?? []);
  const deviceItem = (device: string) => (devices.has(device) ? [`${page}#device-${device}`] : []);
  q.ask(
    [
      'технические требования',
      'требования к устройствам',
      typedInLatin('требования'),
      'какой браузер нужен',
      'сколько оперативки надо для уроков',
      'трибования к технике',
    ],
    page,
  );
  q.ask(['минимальные требования к компьютеру', 'какой нужен комп для дистанционки'], deviceItem('computer'), page);
  q.ask('подойдет ли ноутбук для уроков', deviceItem('laptop'), page);
  q.ask('требования к телефону для уроков', deviceItem('phone'), page);
  q.ask('подойдет ли планшет для учебы', deviceItem('tablet'), page);
  const internet = school.requirements?.internet ? [`${page}#internet`] : [];
  q.ask(['какая скорость интернета нужна', 'сколько мбит нужно для видеоурока'], internet, page);
  q.ask('проверить скорость интернета', 'device-check/', internet);
}

function communication(q: Questions, school: School, at: Places) {
  if (school.communication.length === 0) return;
  const page = 'communication/';
  q.ask(
    [
      'график связи',
      'грфик связи',
      'расписание связи с администрацией',
      'график общения родителей и учителей',
      'когда можно связаться с администрацией',
      'консультации для родителей время',
    ],
    page,
  );
  q.ask(
    'во сколько планерка у учителей',
    at.communicationWhere((item) => /планёрк|планерк/i.test(item.title)),
  );
  q.ask(
    'классный час онлайн когда',
    at.communicationWhere((item) => /классн\S* час/i.test(item.title)),
  );
  q.ask(
    'родительский чат класса',
    at.communicationWhere((item) => /чат/i.test(item.title)),
  );
  q.ask(
    'когда можно поговорить с психологом',
    at.communicationWhere((item) => /психолог/i.test(item.title)),
    at.contactsWhere((c) => c.kind === 'psychologist' && c.person !== undefined),
  );
}

function planAndDocuments(q: Questions, school: School, at: Places) {
  q.ask(
    [
      'план-график мероприятий',
      'план мероприятий по дистанционному обучению сроки',
      'дорожная карта дистанционки',
      'план графек',
      typedInLatin('план-график'),
      'сроки мероприятий и ответственные',
    ],
    'plan/',
  );

  const order = school.school.distanceLearning?.order;
  if (order) q.ask(['приказ о переходе на дистанционное обучение', 'приказ о дистанте'], `documents/#${order}`);
  for (const document of school.documents.filter((d) => d.kind === 'order' && d.number).slice(0, 3)) {
    q.ask(
      `приказ ${document.number}`,
      at.documentsWhere((d) => d.number === document.number),
    );
  }
  q.ask(
    'приказ об утверждении плана графика',
    at.documentsWhere((d) => d.kind === 'order' && /план/i.test(d.title)),
  );
  q.ask(
    ['положение о дистанционном обучении', 'положение об электронном обучении'],
    at.documentsWhere((d) => d.kind === 'regulation'),
  );
  q.ask(
    'методические рекомендации минпросвещения',
    at.documentsWhere((d) => d.kind === 'recommendation'),
  );
  q.ask(
    'памятка родителям режим дня',
    at.documentsWhere((d) => /памятк/i.test(d.title)),
  );
  q.ask(['приказы', 'документы школы'], 'documents/');
}

function coordinators(q: Questions, school: School, at: Places) {
  if (school.coordinators.length === 0) return;
  q.ask(['координатор', 'кординатор', 'ответственные за дистанционку', 'координаторы дистанционного обучения'], 'coordinators/');
  q.ask(
    'кто координирует дистанционное обучение в школе',
    at.coordinatorsWhere((c) => c.level === 'school'),
    'coordinators/#level-school',
  );
  q.ask(
    'муниципальный координатор',
    at.coordinatorsWhere((c) => c.level === 'municipal'),
    'coordinators/#level-municipal',
  );
  q.ask(
    'региональный координатор телефон',
    at.coordinatorsWhere((c) => c.level === 'regional'),
    'coordinators/#level-regional',
  );
  for (const coordinator of school.coordinators.filter((c) => c.level !== 'school')) {
    const { surname } = nameParts(coordinator.name);
    q.ask(`координатор ${surname}`, at.person(coordinator.name));
  }
}

function devicesAndPlatforms(q: Questions, school: School, at: Places) {
  const devicePage = at.pagesWhere(/устройств|ноутбук|планшет|техник/i);
  const noComputer = at.faqWhere((item) => /нет компьютера|нет.*планшета/i.test(item.question));
  q.ask(
    [
      'взять ноутбук в школе',
      'выдача планшетов',
      'школа дает комп на время',
      'получить устройство во временное пользование',
      'ноутбук напрокат от школы',
      typedInLatin('ноутбук'),
    ],
    devicePage,
    noComputer,
  );
  q.ask(
    ['как устроено дистанционное обучение', 'как проходит учеба на дистанте', 'порядок обучения на дистанционке'],
    at.pagesWhere(/устроен|порядок обучения/i),
  );

  for (const platform of school.platforms) {
    const words = PLATFORM_WORDS[platform.id];
    if (!words) continue;
    q.ask([words.name, `что такое ${words.name}`], `platforms/#${platform.id}`);
  }
  q.ask('платформы для обучения', 'platforms/');
}

/** Every blind question for one school. */
export function blindCases(contentDir: string): EvalCase[] {
  const school = sampleContent(contentDir);
  const at = placesIn(school);
  const q = new Questions();
  timetables(q, school);
  bells(q, school);
  contacts(q, school, at);
  people(q, school, at);
  guides(q, school, at);
  faq(q, school, at);
  meetings(q, school, at);
  requirements(q, school);
  communication(q, school, at);
  planAndDocuments(q, school, at);
  coordinators(q, school, at);
  devicesAndPlatforms(q, school, at);
  return q.cases;
}
