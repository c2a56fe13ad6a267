/**
 * Batch 19 of the evaluation questions (2026-11-18), written blind for generated schools of seeds 45
 * and 46: before any of them was asked of the search, without looking at the search, its tests, its
 * logs or the earlier batches' questions. They come from what a newcomer to a school's
 * distance-learning site needs — worried parents in long run-on sentences, grandparents, pupils of
 * 7–17 on phones (slang, no punctuation, typos: a letter missing, doubled or swapped, «е» for «ё», the
 * wrong keyboard layout, Latin transliteration), teachers — and cover the hotline, the psychologist and
 * the children's helpline, social help, the administration, technical and platform support, the
 * school's phone, address and e-mail, whole lists of phones and teachers; people by surname in the
 * genitive, dative and accusative, by first name and patronymic, by e-mail, Sferum handle and role;
 * phone numbers written as bare digits, with 8 or +7; who teaches a subject in a class and who is a
 * class's form teacher; classes spelt «7а», «7 а», «7-а», «седьмой а», «7a»; a weekday's or a
 * period's lesson in a class, shifts and bell times; step-by-step guides (first login from a phone,
 * tablet or computer, joining a lesson, the microphone and camera, handing in homework, writing to a
 * teacher, when nothing works); device and internet requirements; borrowing a laptop; parent
 * meetings; the communication schedule; plan-schedule measures by topic, deadline, number and
 * responsible person; coordinators by level; orders by number and topic; platforms, grades, e-books
 * and deadlines.
 *
 * Every place is read from the school's own content (names, phones, e-mails, ids, titles, agendas,
 * timetables), so the same questions run on both seeds. Each question names every place that truly
 * answers it: the card, entry or page whose subject it is (a person's staff card together with the
 * contact and coordinator cards that give that person; a class's page and, for a weekday, that day on
 * it; a list page together with its items' heading where both list them), and a FAQ answer or a notice
 * only where its own text is the answer (their bodies are read with bodyOf). A phone number that merely
 * closes a guide does not make the guide an answer. A question whose school has none of its places is
 * left out.
 */
import { join } from 'node:path';
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';
import { DAYS } from './seventh-batch.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';

/** A surname in the genitive, as in «почта Калининой», «уроки Соколова». */
const genitive = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname)
    ? `${surname.slice(0, -1)}ой`
    : /(ов|ев|ёв|ин|ын)$/.test(surname)
      ? `${surname}а`
      : /ая$/.test(surname)
        ? `${surname.slice(0, -2)}ой`
        : /ий$/.test(surname)
          ? `${surname.slice(0, -2)}ого`
          : surname;

/** A surname after «с»: «с Калининой», «с Соколовым». */
const instrumental = (surname: string) =>
  /(ова|ева|ёва|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : /(ов|ев|ёв|ин|ын)$/.test(surname) ? `${surname}ым` : surname;

const isWoman = (patronymic: string) => /на$/.test(patronymic);

/** Men's first names that lose a vowel when inflected: «Павел» → «Павла», «Павлу». */
const FLEETING: Record<string, string> = { Павел: 'Павл', Лев: 'Льв', Пётр: 'Петр' };

/** First name and patronymic in the genitive, as in «у Людмилы Юрьевны», «у Павла Викторовича». */
const genitiveName = (first: string, patronymic: string) => {
  if (FLEETING[first]) return `${FLEETING[first]}а ${patronymic}а`;
  if (isWoman(patronymic)) {
    const name = /[ий]я$|ья$/.test(first)
      ? `${first.slice(0, -1)}и`
      : /[гкхжшщч]а$/.test(first)
        ? `${first.slice(0, -1)}и`
        : /а$/.test(first)
          ? `${first.slice(0, -1)}ы`
          : /я$/.test(first)
            ? `${first.slice(0, -1)}и`
            : first;
    return `${name} ${patronymic.slice(0, -1)}ы`;
  }
  const name = /[йь]$/.test(first)
    ? `${first.slice(0, -1)}я`
    : /ья$/.test(first)
      ? `${first.slice(0, -1)}и`
      : /а$/.test(first)
        ? `${first.slice(0, -1)}ы`
        : `${first}а`;
  return `${name} ${patronymic}а`;
};

/** First name and patronymic in the dative, as in «написать Наталье Сергеевне», «Игорю Викторовичу». */
const dativeName = (first: string, patronymic: string) => {
  if (FLEETING[first]) return `${FLEETING[first]}у ${patronymic}у`;
  if (isWoman(patronymic)) {
    const name = /ия$/.test(first) ? `${first.slice(0, -1)}и` : /[ая]$/.test(first) ? `${first.slice(0, -1)}е` : first;
    return `${name} ${patronymic.slice(0, -1)}е`;
  }
  const name = /[йь]$/.test(first) ? `${first.slice(0, -1)}ю` : /[ая]$/.test(first) ? `${first.slice(0, -1)}е` : `${first}у`;
  return `${name} ${patronymic}у`;
};

/** Subjects as said after «ведёт»: «кто ведёт физику», «кто ведёт физру». */
const SUBJECT_ACCUSATIVE: Record<string, string> = {
  'русский язык': 'русский',
  'английский язык': 'английский',
  литература: 'литературу',
  'литературное чтение': 'чтение',
  'физическая культура': 'физру',
  алгебра: 'алгебру',
  геометрия: 'геометрию',
  'вероятность и статистика': 'статистику',
  информатика: 'информатику',
  история: 'историю',
  обществознание: 'обществознание',
  физика: 'физику',
  химия: 'химию',
  биология: 'биологию',
  география: 'географию',
  математика: 'математику',
  музыка: 'музыку',
  'изобразительное искусство': 'изо',
  'окружающий мир': 'окружающий мир',
  'труд (технология)': 'технологию',
  'основы безопасности и защиты родины': 'обж',
};
const subjectAcc = (subject: string) => SUBJECT_ACCUSATIVE[subject.toLowerCase()] ?? subject.toLowerCase();

/** The teacher of a subject as pupils call them: «физичка», «англичанка». */
const TEACHER_SLANG: Record<string, string> = {
  'английский язык': 'англичанка',
  физика: 'физичка',
  химия: 'химичка',
  математика: 'математичка',
  алгебра: 'алгебраичка',
  история: 'историчка',
  география: 'географичка',
  биология: 'биологичка',
  информатика: 'информатик',
  'физическая культура': 'физрук',
  'русский язык': 'русичка',
  музыка: 'музыкант',
};

/** Months in the genitive: «25 ноября». */
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const dayAndMonth = (date: string) => {
  const [, month, day] = /^\d{4}-(\d{2})-(\d{2})$/.exec(date) ?? [];
  return month && day ? `${Number(day)} ${MONTHS[Number(month) - 1]}` : undefined;
};

/** Class letters typed on a Latin keyboard: «7А» → «7a». */
const LATIN_LETTER: Record<string, string> = { А: 'a', Б: 'b', В: 'v', Г: 'g', Д: 'd', Е: 'e' };

/** Words of a phone number: its last six digits as «33-79-61», «33 79 61», «337961». */
const localOf = (digits: string) => digits.slice(-6);

export function nineteenthBatchCases(contentDir: string): EvalCase[] {
  const places = batchPlacesOf(contentDir);
  const { c, digits, schoolCard } = places;
  const { cases, ask: put } = uniqueAsker();
  const asked = new Set<string>();
  /** A question once: the same words from two templates are asked only the first time. */
  const ask = (query: string, expected: (string | undefined)[]) => {
    const key = query.toLowerCase().replace(/\s+/g, ' ').trim();
    if (asked.has(key) || expected.every((place) => place === undefined)) return;
    asked.add(key);
    put(query, expected);
  };
  const faqDir = join(contentDir, 'faq');
  const faqSaying = (...phrases: string[]) =>
    c.faq.filter((f) => phrases.some((phrase) => bodyOf(faqDir, f.id).includes(phrase))).map((f) => `faq/#${f.id}`);
  const noticesSaying = (...phrases: string[]) =>
    places.notices
      .filter((n) => phrases.some((phrase) => bodyOf(places.announcementDir, n.id).includes(phrase)))
      .map((n) => `announcements/#${n.id}`);
  /** FAQ answers and notices whose own text says one of the phrases. */
  const saying = (...phrases: string[]) => [...faqSaying(...phrases), ...noticesSaying(...phrases)];

  // People: everyone the site names with a card — staff, the people on contact cards, coordinators.
  interface Person {
    name: string;
    surname: string;
    first: string;
    patronymic: string;
  }
  const personOfContact = (person: string | undefined) => (person ? person.split(' ').slice(-3).join(' ') : undefined);
  const everyone: Person[] = [
    ...new Set([
      ...c.staff.map((s) => s.name),
      ...c.contacts.map((e) => personOfContact(e.person)).filter((n): n is string => !!n),
      ...c.coordinators.map((k) => k.name),
    ]),
  ].map((name) => ({ name, ...partsOf(name) }));
  /** Every card that gives one of the people: staff, contact and coordinator cards, and the school's card for its director. */
  const cardsOf = (people: readonly Person[]) =>
    people.flatMap(({ name }) => [
      ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
      ...c.contacts.filter((e) => personOfContact(e.person) === name).map((e) => `contacts/#${e.id}`),
      ...c.coordinators.filter((k) => k.name === name).map((k) => `coordinators/#coordinator-${k.id}`),
      ...(c.school.director === name ? [schoolCard] : []),
    ]);
  const bySurname = (surname: string) => cardsOf(everyone.filter((p) => p.surname === surname));
  const byFirstAndPatronymic = (first: string, patronymic: string) =>
    cardsOf(everyone.filter((p) => p.first === first && p.patronymic === patronymic));
  const byName = (name: string) => cardsOf(everyone.filter((p) => p.name === name));
  /** A surname no other person's surname could be read as once inflected («Сорокин» and «Сорокина» clash). */
  const stem = (surname: string) => surname.replace(/[аы]$/, '');
  const clearSurname = (p: Person) => everyone.every((o) => o.surname === p.surname || stem(o.surname) !== stem(p.surname));
  const soleSurname = (p: Person) => clearSurname(p) && everyone.filter((o) => o.surname === p.surname).length === 1;
  const personOf = (name: string) => everyone.find((p) => p.name === name)!;
  const byEmail = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => k.email === email).map((k) => `coordinators/#coordinator-${k.id}`),
    ...(c.school.email === email ? [schoolCard] : []),
  ];
  /** Every card that shows a phone number: contacts, the school, staff, coordinators, the schedule's phone line, platform support. */
  const byPhone = (number: string) => {
    const wanted = digits(number);
    return [
      ...c.contacts.filter((e) => (e.phones ?? []).some((phone) => digits(phone) === wanted)).map((e) => `contacts/#${e.id}`),
      ...(digits(c.school.phone ?? '') === wanted ? [schoolCard] : []),
      ...c.staff.filter((s) => s.phone && digits(s.phone) === wanted).map((s) => `staff/#${s.id}`),
      ...c.coordinators.filter((k) => k.phone && digits(k.phone) === wanted).map((k) => `coordinators/#coordinator-${k.id}`),
      ...c.communication
        .filter((item) => item.channel && digits(item.channel) === wanted)
        .map((item) => `communication/#communication-${item.id}`),
      ...c.platforms
        .filter((p) => p.support?.phone && digits(p.support.phone) === wanted)
        .flatMap((p) => [`contacts/#support-${p.id}`, `platforms/#${p.id}`]),
    ];
  };

  const staffWhere = (test: (position: string) => boolean) =>
    c.staff.filter((s) => test(s.position.toLowerCase())).map((s) => `staff/#${s.id}`);
  const contactsOf = (kind: string, test: (e: (typeof c.contacts)[number]) => boolean = () => true) =>
    c.contacts.filter((e) => e.kind === kind && test(e)).map((e) => `contacts/#${e.id}`);
  const staffNamedIn = (kind: string, test: (e: (typeof c.contacts)[number]) => boolean = () => true) =>
    c.contacts
      .filter((e) => e.kind === kind && test(e))
      .flatMap((e) => c.staff.filter((s) => s.name === personOfContact(e.person)))
      .map((s) => `staff/#${s.id}`);
  const talkBy = (staffIds: readonly string[], test: (item: (typeof c.communication)[number]) => boolean = () => true) =>
    c.communication
      .filter((item) => staffIds.includes(item.responsible ?? '') && test(item))
      .map((item) => `communication/#communication-${item.id}`);

  // ——— The hotline ———
  const hotline = contactsOf('hotline');
  const hotlineCard = c.contacts.find((e) => e.kind === 'hotline');
  ask('куда звонить если вопрос по дистанционке', hotline);
  ask('горячяя линия', hotline);
  ask(wrongLayout('горячая линия'), hotline);
  ask('goryachaya liniya telefon', hotline);
  ask('до скольки работает горячая линия школы', hotline);
  ask('у меня вопрос по дистанту кому позвонить чтобы объяснили что да как', hotline);
  if (hotlineCard?.phones?.[0]) {
    const local = localOf(digits(hotlineCard.phones[0]));
    ask(`${local.slice(0, 2)} ${local.slice(2, 4)} ${local.slice(4)} чей номер`, byPhone(hotlineCard.phones[0]));
    ask(`+7 ${digits(hotlineCard.phones[0]).slice(1, 5)} ${local}`, byPhone(hotlineCard.phones[0]));
  }

  // ——— Psychological help ———
  const schoolPsychologist = contactsOf('psychologist', (e) => !!e.person);
  const helpline = contactsOf('psychologist', (e) => /доверия/i.test(e.title));
  const psychologists = staffWhere((p) => p.includes('психолог'));
  const psychologistIds = c.staff.filter((s) => s.position.toLowerCase().includes('психолог')).map((s) => s.id);
  const psychologistTalk = talkBy(psychologistIds);
  ask('психолог', [...schoolPsychologist, ...psychologists, ...psychologistTalk]);
  ask(`${oneLetterLess('психолога')} телефон`, [...schoolPsychologist, ...psychologists, ...psychologistTalk]);
  ask('ребенок плачет каждый день не хочет садиться за уроки на дистанте говорит что никому не нужен к кому обратиться', [
    ...schoolPsychologist,
    ...helpline,
    ...psychologists,
    ...psychologistTalk,
  ]);
  ask('телефон доверия для детей', helpline);
  ask('куда позвонить подростку если плохо на душе', [...helpline, ...schoolPsychologist, ...psychologistTalk]);
  ask('когда ученику можно поговорить с психологом', [...psychologistTalk, ...schoolPsychologist, ...psychologists]);
  ask('psiholog', [...schoolPsychologist, ...psychologists, ...psychologistTalk]);
  const psychologist = c.staff.find((st) => st.position.toLowerCase().includes('психолог'));
  if (psychologist) {
    const { surname, first } = partsOf(psychologist.name);
    const person = personOf(psychologist.name);
    if (soleSurname(person)) ask(`как поговорить с ${instrumental(surname)}`, bySurname(surname));
    else ask(`психолог ${surname.toLowerCase()} ${first.toLowerCase()}`, byName(psychologist.name));
  }

  // ——— Social help ———
  const social = [...contactsOf('social'), ...staffWhere((p) => p.includes('социальный педагог'))];
  ask('социальный педагог телефон', social);
  ask('соцпедагог', social);
  ask('мы многодетные денег нет кто в школе помогает таким семьям', social);

  // ——— The administration, the school ———
  const reception = contactsOf('administration', (e) => /секретар|приёмн|приемн/i.test(e.title));
  const schoolPhoneTwins = c.contacts
    .filter((e) => (e.phones ?? []).some((phone) => digits(phone) === digits(c.school.phone ?? '')))
    .map((e) => `contacts/#${e.id}`);
  const receptionAndSchool = [...reception, ...(reception.some((place) => schoolPhoneTwins.includes(place)) ? [schoolCard] : [])];
  ask('приемная директора телефон', receptionAndSchool);
  ask('номер телефона школы', [schoolCard, ...schoolPhoneTwins]);
  ask('адрес школы', [schoolCard]);
  ask('электронная почта школы', [schoolCard]);
  if (c.school.phone) ask(digits(c.school.phone), byPhone(c.school.phone));
  const headTeacher = contactsOf('administration', (e) => /завуч/i.test(e.title));
  const headTeacherStaff = staffNamedIn('administration', (e) => /завуч/i.test(e.title));
  ask('завуч', [...headTeacher, ...headTeacherStaff]);
  const deputiesForStudies = c.staff.filter((s) => /учебно-воспитательной/i.test(s.position));
  ask('зам директора по увр', [
    ...deputiesForStudies.map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => /учебно-воспитательной/i.test(e.person ?? '')).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((k) => /учебно-воспитательной/i.test(k.position)).map((k) => `coordinators/#coordinator-${k.id}`),
  ]);
  ask(
    'заместитель директора по воспитательной работе',
    staffWhere((p) => /директора по воспитательной/.test(p)),
  );
  const director = c.staff.find((s) => s.position.toLowerCase() === 'директор');
  if (director) {
    const { surname, first, patronymic } = partsOf(director.name);
    ask(`${dative(surname)} директору написать`, bySurname(surname));
    ask('директор', [`staff/#${director.id}`, schoolCard]);
    ask(`приём у ${genitiveName(first, patronymic)} когда`, [`staff/#${director.id}`, ...talkBy([director.id])]);
  }
  ask('администрация школы', ['staff/#group-administration', 'contacts/#kind-administration']);

  // ——— Technical and platform support ———
  const itSupport = [...contactsOf('it-support'), ...staffNamedIn('it-support')];
  ask('техподдержка', itSupport);
  ask(wrongLayout('техподдержка'), itSupport);
  ask('сисадмин школы', [
    ...itSupport,
    ...staffWhere((p) => p.includes('системный администратор')),
    ...c.coordinators.filter((k) => /системный администратор/i.test(k.position)).map((k) => `coordinators/#coordinator-${k.id}`),
  ]);
  ask('ноутбук который дали в школе сломался куда обращаться', [...itSupport, places.lending]);
  ask('ничего не работает ни звук ни видео что делать помогите', [...places.troubleGuides, ...contactsOf('it-support')]);
  for (const platform of c.platforms) {
    if (!platform.support?.phone) continue;
    const word = platform.id === 'sferum' ? 'сферума' : platform.id === 'moya-shkola' ? 'моей школы' : platform.name.toLowerCase();
    ask(`служба поддержки ${word} номер`, [`contacts/#support-${platform.id}`, `platforms/#${platform.id}`]);
  }

  // ——— Whole lists of phones ———
  ask('все телефоны школы', ['contacts/', 'memo/']);
  ask('список телефонов', ['contacts/', 'memo/']);
  ask('памятка с номерами распечатать на холодильник', ['memo/']);

  // ——— Phone numbers written differently ———
  const psychologistCard = c.contacts.find((e) => e.kind === 'psychologist' && e.person);
  if (psychologistCard?.phones?.[0]) {
    const all = digits(psychologistCard.phones[0]);
    ask(`8(${all.slice(1, 5)})${all.slice(5)}`, byPhone(psychologistCard.phones[0]));
  }
  const socialCard = c.contacts.find((e) => e.kind === 'social');
  if (socialCard?.phones?.[0]) {
    const all = digits(socialCard.phones[0]);
    const local = localOf(all);
    ask(`+7 ${all.slice(1, 5)} ${local.slice(0, 2)}-${local.slice(2, 4)}-${local.slice(4)}`, byPhone(socialCard.phones[0]));
  }
  const itCard = c.contacts.find((e) => e.kind === 'it-support');
  if (itCard?.phones?.[0]) {
    const local = localOf(digits(itCard.phones[0]));
    ask(`${local.slice(0, 2)}-${local.slice(2, 4)}-${local.slice(4)}`, byPhone(itCard.phones[0]));
  }
  for (const s of c.staff.filter((person) => person.phone).slice(0, 1)) {
    const { surname, patronymic } = partsOf(s.name);
    ask(`номер телефона ${isWoman(patronymic) ? 'учительницы' : 'учителя'} ${genitive(surname)}`, bySurname(surname));
    ask(digits(s.phone!).replace(/^7/, '8'), byPhone(s.phone!));
  }

  // ——— People by name ———
  const teachers = c.staff.filter((s) => s.group === 'teacher' && (s.subjects ?? []).length > 0);
  const sole = teachers.filter((s) => soleSurname(personOf(s.name)));
  const nameForms: ((s: (typeof c.staff)[number]) => string)[] = [
    (s) => `почта ${genitive(partsOf(s.name).surname)}`,
    (s) => {
      const { surname, first, patronymic } = partsOf(s.name);
      return `как написать ${dative(surname)} ${first[0]}.${patronymic[0]}.`;
    },
    (s) => `${withoutYo(partsOf(s.name).surname).toLowerCase()} ${partsOf(s.name).first.toLowerCase()}`,
    (s) => swapped(partsOf(s.name).surname.toLowerCase(), 3),
    (s) => `${doubled(partsOf(s.name).surname, 2)} учитель`,
    (s) => wrongLayout(partsOf(s.name).surname),
    (s) => `какой предмет ведет ${partsOf(s.name).surname}`,
    (s) => `консультации у ${genitive(partsOf(s.name).surname)} в какие дни`,
  ];
  sole.slice(0, nameForms.length).forEach((s, i) => ask(nameForms[i]!(s), bySurname(partsOf(s.name).surname)));
  // First name and patronymic, as children call their teachers.
  const byFirstName = teachers.filter((s) => {
    const { first, patronymic } = partsOf(s.name);
    return byFirstAndPatronymic(first, patronymic).length > 0;
  });
  const firstNameForms: ((first: string, patronymic: string) => string)[] = [
    (first, patronymic) => `${first} ${patronymic}`,
    (first, patronymic) => `написать ${dativeName(first, patronymic)}`,
    (first, patronymic) => `когда консультация у ${genitiveName(first, patronymic)}`,
    (first, patronymic) => `${withoutYo(first)} ${patronymic} какой класс ведет`,
  ];
  byFirstName.slice(-firstNameForms.length).forEach((s, i) => {
    const { first, patronymic } = partsOf(s.name);
    ask(firstNameForms[i]!(first, patronymic), byFirstAndPatronymic(first, patronymic));
  });
  // E-mails and handles.
  const emailed = c.staff.filter((s) => s.email);
  for (const s of [emailed[1], emailed[Math.floor(emailed.length / 2)]]) if (s?.email) ask(s.email, byEmail(s.email));
  const login = emailed[emailed.length - 3];
  if (login?.email) ask(login.email.split('@')[0]!, byEmail(login.email));
  const contactLogin = c.contacts.find((e) => e.email && e.kind === 'psychologist')?.email;
  if (contactLogin) ask(`${contactLogin.split('@')[0]} почта`, byEmail(contactLogin));
  const handled = c.staff.flatMap((s) => (s.accounts ?? []).filter((a) => a.handle).map((a) => ({ s, handle: a.handle! })));
  const handle = handled[Math.floor(handled.length / 3)];
  if (handle) ask(handle.handle, [`staff/#${handle.s.id}`]);
  // Specialists and staff by what they do.
  for (const s of c.staff.filter((person) => person.group !== 'teacher' && clearSurname(personOf(person.name)))) {
    const { surname, first, patronymic } = partsOf(s.name);
    if (/логопед/i.test(s.position)) ask(`логопед ${surname.toLowerCase()}`, bySurname(surname));
    if (/библиотекар/i.test(s.position)) ask(`${first} ${patronymic} библиотека`, byName(s.name));
    if (/секретар/i.test(s.position)) ask(`${accusative(surname)} из приемной как найти`, bySurname(surname));
  }
  for (const k of c.coordinators.filter((k) => k.level !== 'school')) {
    const { surname, first, patronymic } = partsOf(k.name);
    ask(
      k.level === 'regional' ? `${withoutYo(first)} ${patronymic} ${surname} министерство` : `${genitive(surname)} телефон`,
      byName(k.name),
    );
  }
  // A person a surname gives several of, named with the first name.
  const shared = everyone.find((p) => clearSurname(p) && everyone.filter((o) => o.surname === p.surname).length > 1);
  if (shared) {
    ask(`${shared.surname} ${shared.first}`, byName(shared.name));
    ask(`${shared.surname.toLowerCase()} учитель`, bySurname(shared.surname));
  }

  // ——— Roles and whole lists of staff ———
  ask(
    'логопед',
    staffWhere((p) => p.includes('логопед')),
  );
  ask(
    'библиотека школы кто отвечает',
    staffWhere((p) => p.includes('библиотекарь')),
  );
  ask(
    'физрук',
    staffWhere((p) => p.includes('физической культуры')),
  );
  ask(
    'учитель музыки',
    staffWhere((p) => p.includes('музыки')),
  );
  ask(
    'учителя начальных классов',
    staffWhere((p) => p.includes('начальных классов')),
  );
  ask(
    'учителя английского',
    staffWhere((p) => p.includes('английского')),
  );
  ask(
    'обж кто преподает',
    staffWhere((p) => p.includes('обзр') || p.includes('обж')),
  );
  ask('все учителя', ['staff/', 'staff/#group-teacher']);

  // ——— Who teaches a subject in a class ———
  const classWord = (k: (typeof c.classes)[number], form: number) => {
    const grade = places.gradeOf(k);
    const letter = places.letterOf(k);
    const small = letter.toLowerCase();
    switch (form % 7) {
      case 0:
        return `${grade}${small}`;
      case 1:
        return `${grade} ${small}`;
      case 2:
        return `${grade}-${small}`;
      case 3:
        return `${GRADE_ORDINALS[grade]} ${small}`;
      case 4:
        return `${grade}${LATIN_LETTER[letter] ?? small}`;
      case 5:
        return `${grade}${letter}`;
      default:
        return `${grade} «${letter}»`;
    }
  };
  const lessonsOf = (k: (typeof c.classes)[number]) =>
    Object.entries(k.days).flatMap(([day, lessons]) => (lessons ?? []).map((l) => ({ day, ...l })));
  const teacherIds = (teacher: string | readonly string[]) => (typeof teacher === 'string' ? [teacher] : [...teacher]);
  const teachersOfSubject = (k: (typeof c.classes)[number], subject: string) => [
    ...new Set([
      ...lessonsOf(k)
        .filter((l) => l.subject === subject)
        .flatMap((l) => teacherIds(l.teacher)),
      ...c.staff.filter((s) => (s.subjects ?? []).includes(subject) && (s.classes ?? []).includes(k.id)).map((s) => s.id),
    ]),
  ];
  const askedSubjects = [
    'Физика',
    'Английский язык',
    'Химия',
    'Математика',
    'История',
    'Физическая культура',
    'Информатика',
    'География',
    'Русский язык',
    'Биология',
  ];
  const whoForms: ((subject: string, cls: string, k: (typeof c.classes)[number]) => string)[] = [
    (subject, cls) => `кто ведет ${subjectAcc(subject)} в ${cls}`,
    (subject, cls) => `учитель по ${afterPo(subject)} ${cls}`,
    (subject, cls) =>
      TEACHER_SLANG[subject.toLowerCase()]
        ? `${TEACHER_SLANG[subject.toLowerCase()]} ${cls} как зовут`
        : `кто у ${cls} по ${afterPo(subject)}`,
    (subject, cls) => `${subjectAcc(subject)} ${cls} учитель`,
    (subject, cls) => `кто у нас в ${cls} ведёт ${subjectAcc(subject)} хочу написать`,
  ];
  let whoAsked = 0;
  c.classes.forEach((k, i) => {
    if (whoAsked >= 7) return;
    const present = new Set(lessonsOf(k).map((l) => l.subject));
    const subject = askedSubjects
      .slice(i % askedSubjects.length)
      .concat(askedSubjects)
      .find((s) => present.has(s));
    if (!subject) return;
    const ids = teachersOfSubject(k, subject);
    if (ids.length === 0) return;
    ask(whoForms[whoAsked % whoForms.length]!(subject, classWord(k, whoAsked), k), [
      ...ids.map((id) => `staff/#${id}`),
      places.timetable(k),
    ]);
    whoAsked++;
  });

  // ——— Form teachers ———
  const formTeacherForms: ((cls: string) => string)[] = [
    (cls) => `классный руководитель ${cls}`,
    (cls) => `классная ${cls}`,
    (cls) => `кто классуха в ${cls}`,
    (cls) => `классный рук ${cls} телефон почта`,
  ];
  c.classes
    .filter((k) => k.classTeacher && c.staff.some((s) => s.id === k.classTeacher))
    .filter((_, i) => i % 3 === 1)
    .forEach((k, i) =>
      ask(formTeacherForms[i % formTeacherForms.length]!(classWord(k, i + 2)), [`staff/#${k.classTeacher}`, places.timetable(k)]),
    );
  const formTeacherOf = (k: (typeof c.classes)[number]) => c.staff.find((s) => s.id === k.classTeacher);
  const formTeacher = [...c.classes].reverse().find((k) => {
    const s = formTeacherOf(k);
    return s && soleSurname(personOf(s.name));
  });
  const formTeacherStaff = formTeacher && formTeacherOf(formTeacher);
  if (formTeacher && formTeacherStaff) {
    const { surname } = partsOf(formTeacherStaff.name);
    ask(`у какого класса ${surname} классный руководитель`, [`staff/#${formTeacherStaff.id}`, places.timetable(formTeacher)]);
  }

  // ——— A class's timetable ———
  const classForms: ((cls: string) => string)[] = [
    (cls) => `расписание ${cls}`,
    (cls) => `${cls} уроки`,
    (cls) => `какие завтра уроки у ${cls}`,
    (cls) => `${cls} класс расписание на неделю`,
    (cls) => `ссылки на видеоуроки ${cls}`,
    (cls) => `rasp ${cls}`,
    (cls) => `мой ребенок в ${cls} где его расписание`,
  ];
  c.classes.forEach((k, i) => {
    ask(classForms[i % classForms.length]!(classWord(k, i)), [places.timetable(k)]);
    if (i % 4 === 1) ask(classForms[(i + 3) % classForms.length]!(classWord(k, i + 4)), [places.timetable(k)]);
  });
  const first = c.classes[0];
  if (first) ask(wrongLayout(`расписание ${places.gradeOf(first)}${places.letterOf(first).toLowerCase()}`), [places.timetable(first)]);
  ask('расписание всех классов', ['timetable/']);
  ask('raspisanie urokov', ['timetable/']);

  // A weekday's lessons, a period on a weekday.
  const dayForms: ((cls: string, day: string) => string)[] = [
    (cls, day) => `что ${DAYS[day]!.on} у ${cls}`,
    (cls, day) => `уроки ${cls} ${DAYS[day]!.to}`,
    (cls, day) => `${cls} ${DAYS[day]!.name}`,
    (cls, day) => `сколько уроков ${DAYS[day]!.on} в ${cls}`,
    (cls, day) => `${DAYS[day]!.name} ${cls} расписание`,
  ];
  const dayList = ['mon', 'tue', 'wed', 'thu', 'fri'];
  c.classes.forEach((k, i) => {
    if (i % 2 === 0) return;
    const day = dayList[i % dayList.length]!;
    if (!(k.days as Record<string, unknown[] | undefined>)[day]?.length) return;
    ask(dayForms[(i >> 1) % dayForms.length]!(classWord(k, i + 1), day), [places.timetable(k), `${places.timetable(k)}#${day}`]);
  });
  c.classes.forEach((k, i) => {
    if (i % 3 !== 0) return;
    const day = dayList[(i + 2) % dayList.length]!;
    const lessons = (k.days as Record<string, { period: number; subject: string }[] | undefined>)[day] ?? [];
    const third = lessons.find((l) => l.period === 3);
    if (!third) return;
    ask(i % 2 ? `какой 3 урок ${DAYS[day]!.on} ${classWord(k, i)}` : `3 урок ${DAYS[day]!.name} ${classWord(k, i + 5)}`, [
      places.timetable(k),
      `${places.timetable(k)}#${day}`,
    ]);
  });
  // A subject's lessons in a class through the week.
  c.classes.forEach((k, i) => {
    if (i % 4 !== 2) return;
    const subject = [...new Set(lessonsOf(k).map((l) => l.subject))][i % 5];
    if (subject)
      ask(`когда ${subjectAcc(subject) === 'физру' ? 'физра' : subject.toLowerCase()} у ${classWord(k, i + 6)}`, [places.timetable(k)]);
  });
  // A self-study lesson's deadline.
  const selfStudy = c.classes.find((k) => lessonsOf(k).some((l) => !l.online && l.note));
  if (selfStudy) ask(`до скольки сдать задание в моей школе ${classWord(selfStudy, 0)}`, [places.timetable(selfStudy)]);

  // ——— Shifts and bells ———
  const shifts = c.bells?.shifts ?? [];
  const shiftOf = (k: (typeof c.classes)[number]) =>
    shifts.some((s) => s.id === k.shift) ? `timetable/bells/#shift-${k.shift}` : undefined;
  ask('расписание звонков', ['timetable/bells/']);
  ask(wrongLayout('звонки'), ['timetable/bells/']);
  ask('zvonki', ['timetable/bells/']);
  ask('сколько длится перемена', ['timetable/bells/']);
  for (const shift of shifts) {
    const ordinal = shift.id === 1 ? 'первая' : shift.id === 2 ? 'вторая' : 'третья';
    const last = shift.periods[shift.periods.length - 1];
    ask(`${ordinal} смена звонки`, [`timetable/bells/#shift-${shift.id}`]);
    if (shift.id === 2) ask(`во сколько заканчивается ${last?.n ?? 5} урок во второй смене`, [`timetable/bells/#shift-2`]);
    const classesOf = c.classes.filter((k) => k.shift === shift.id);
    if (shift.id === 2 && classesOf.length > 0) ask('какие классы учатся во вторую смену', [`timetable/bells/#shift-2`, 'timetable/']);
  }
  c.classes.forEach((k, i) => {
    if (i % 3 !== 1) return;
    ask(i % 2 ? `в какую смену ${classWord(k, i)}` : `во сколько начинаются уроки у ${classWord(k, i + 3)}`, [
      places.timetable(k),
      shiftOf(k),
    ]);
  });
  ask('сколько минут идет урок на дистанте', [places.howItWorks, 'timetable/bells/']);
  const late = c.classes[c.classes.length - 2];
  if (late) ask(`во сколько заканчиваются уроки у ${classWord(late, 0)}`, [places.timetable(late), shiftOf(late)]);
  const subscribed = c.classes[Math.floor(c.classes.length / 2)];
  if (subscribed) ask(`добавить расписание ${classWord(subscribed, 0)} в календарь телефона`, [places.timetable(subscribed)]);

  // ——— Changes in the timetable, as notices give them ———
  for (const notice of places.notices) {
    const changed = /расписани[еия] (\d{1,2}[а-я]) класса/.exec(notice.title);
    const k = changed && c.classes.find((x) => x.class.toLowerCase() === changed[1]);
    if (k) ask(`изменения в расписании ${classWord(k, 1)}`, [`announcements/#${notice.id}`, places.timetable(k)]);
    const links = /ссылки на видеоуроки (\d{1,2}[а-я]) класса/.exec(notice.title);
    const l = links && c.classes.find((x) => x.class.toLowerCase() === links[1]);
    if (l) ask(`новые ссылки на уроки ${classWord(l, 0)}`, [`announcements/#${notice.id}`, places.timetable(l)]);
  }

  // ——— Guides ———
  const guidesWhere = places.guides;
  const deviceFits = (device: string) => (g: { device: string }) => g.device === device || g.device === 'any';
  const platformWords: Record<string, { to: string; in: string }> = {
    sferum: { to: 'к сферуму', in: 'в сферум' },
    'moya-shkola': { to: 'к моей школе', in: 'в моя школа' },
  };
  const deviceWords: Record<string, string> = { phone: 'с телефона', computer: 'с компьютера', tablet: 'с планшета' };
  for (const platform of c.platforms) {
    const words = platformWords[platform.id];
    if (!words) continue;
    for (const device of ['phone', 'computer', 'tablet']) {
      const fit = guidesWhere(
        (g) => g.topic === 'connect' && g.platform === platform.id && deviceFits(device)(g) && !/восстанов/i.test(g.title),
      );
      if (fit.length === 0) continue;
      ask(
        device === 'phone'
          ? `как зайти ${words.in} ${deviceWords[device]} первый раз`
          : device === 'tablet'
            ? `инструкця как подключиться ${words.to} ${deviceWords[device]}`
            : `подключиться ${words.to} ${deviceWords[device]}`,
        fit,
      );
    }
  }
  ask('как попасть на видеоурок', places.lessonGuides);
  ask('как сдать домашку', places.homeworkGuides);
  ask(
    'как отправить учителю фото тетради',
    guidesWhere((g) => /фото тетради/i.test(g.title)),
  );
  ask(
    'как написать учителю в сферуме',
    guidesWhere((g) => /написать учителю/i.test(g.title)),
  );
  ask(
    'нет звука на уроке ничего не слышно',
    guidesWhere((g) => /звук/i.test(g.title)),
  );
  ask(
    'сферум не открывается на компе',
    guidesWhere((g) => /не открывается/i.test(g.title)),
  );
  ask(
    'как включить камеру на уроке',
    guidesWhere((g) => /камер/i.test(g.title)),
  );
  ask(
    'как поднять руку на уроке',
    guidesWhere((g) => /поднять руку/i.test(g.title)),
  );
  ask(
    'не приходят уведомления из сферума',
    guidesWhere((g) => /уведомлени/i.test(g.title)),
  );
  ask(
    'забыл пароль от моей школы как восстановить',
    guidesWhere((g) => /восстановить/i.test(g.title)),
  );
  ask('инструкции', ['guides/']);
  // A grandparent helping a child of one grade: the guides written for that grade.
  const forGrade = (grade: number, topic: string) =>
    guidesWhere(
      (g) => g.topic === topic && !/восстанов/i.test(g.title) && (g.grades ?? [1, 11])[0]! <= grade && grade <= (g.grades ?? [1, 11])[1]!,
    );
  ask('внук в 3 классе как ему зайти на урок помогите', forGrade(3, 'lesson'));
  ask('внучка первоклассница как ее подключить к платформе', forGrade(1, 'connect'));

  // ——— Grades, e-books, platforms ———
  const diary = c.platforms.filter((p) => (p.kind ?? []).includes('diary')).map((p) => `platforms/#${p.id}`);
  const gradesSaid = saying('оценки появляются');
  ask('где смотреть оценки', [...diary, places.howItWorks, ...guidesWhere((g) => /оценк/i.test(g.title)), ...gradesSaid]);
  ask('когда появятся оценки в дневнике', [...gradesSaid, places.howItWorks]);
  ask('где взять электронные учебники', [
    ...saying('электронные учебники'),
    ...c.platforms.filter((p) => /библиотек/i.test(p.description ?? '')).map((p) => `platforms/#${p.id}`),
  ]);
  const primary = c.platforms.find((p) => p.primary);
  if (primary) ask('на какой платформе проходят уроки', [`platforms/#${primary.id}`, places.howItWorks]);
  ask('сферум что это', [places.platform('sferum')]);
  ask('платформы для учебы', ['platforms/']);
  ask('учитель не отвечает на сообщение вечером', saying('учитель отвечает на сообщения'));
  ask('не успеваем сдать задание вовремя что делать', saying('срок сдачи можно перенести', 'новом сроке'));
  ask('будут ли контрольные на дистанционке', saying('контрольные работы проводятся'));
  ask('можно ли писать контрольные с телефона', [
    ...saying('для письменных работ удобнее'),
    ...places.deviceCards((d) => d.device === 'phone' && /компьютер/i.test(d.note ?? '')),
  ]);
  ask('как устроена учеба на дистанте', [places.howItWorks]);
  ask('вопросы и ответы', ['faq/']);
  ask('объявления школы', ['announcements/']);

  // ——— Devices and the internet ———
  if (c.hasRequirements) {
    ask('какая скорость интернета нужна для уроков', ['requirements/#internet']);
    ask('подойдет ли старый телефон на андроиде', [places.deviceCard('phone'), 'device-check/']);
    ask('проверить подходит ли мой компьютер', ['device-check/', places.deviceCard('computer')]);
    ask(places.deviceCard('laptop') ? 'сколько оперативки нужно ноутбуку' : 'сколько памяти нужно компьютеру', [
      places.deviceCard('laptop') ?? places.deviceCard('computer'),
    ]);
    ask('требования к планшету', [places.deviceCard('tablet')]);
    ask(wrongLayout('требования к компьютеру'), [places.deviceCard('computer')]);
    ask(
      'можно ли заниматься без веб камеры',
      places.deviceCards((d) => /без веб-камеры|без камеры/i.test(d.note ?? '')),
    );
    ask(
      'astra linux подойдет',
      places.deviceCards((d) => (d.os ?? []).some((os) => /astra/i.test(os))),
    );
    ask(
      'айфон подойдет для уроков',
      places.deviceCards((d) => (d.os ?? []).some((os) => /^ios/i.test(os))),
    );
    ask('какие устройства нужны для дистанционки', ['requirements/']);
  }

  // ——— Borrowing a device ———
  const noDeviceSaid = saying('если у семьи нет устройства');
  ask('нет компьютера дома что делать', [places.lending, ...noDeviceSaid]);
  ask('как взять ноутбук в школе на время дистанта', [places.lending]);
  ask('планшет от школы бесплатно дают', [places.lending, ...noDeviceSaid]);
  ask('какие документы нужны чтобы получить ноутбук', [places.lending]);
  ask(wrongLayout('ноутбук выдают'), [places.lending, ...noDeviceSaid]);
  const lendingNotices = places.announcements((t) => t.includes('выдача ноутбуков'));
  ask('выдача ноутбуков до какого числа', lendingNotices);

  // ——— Parent meetings ———
  const classMeetings = c.classes.filter((k) => places.meetingsOfClass(k.id).length > 0);
  const meetingForms: ((cls: string) => string)[] = [
    (cls) => `родительское собрание ${cls} когда`,
    (cls) => `ссылка на собрание ${cls}`,
    (cls) => `кто проводит собрание в ${cls}`,
    (cls) => `собрание родителей ${cls} во сколько`,
  ];
  classMeetings.slice(0, meetingForms.length).forEach((k, i) => ask(meetingForms[i]!(classWord(k, i + 3)), places.meetingsOfClass(k.id)));
  ask('общешкольное родительское собрание', places.schoolMeetings);
  const gradeMeeting = c.meetings.find((m) => /-х классов/.test(m.title));
  if (gradeMeeting) {
    const grade = /(\d{1,2})-х классов/.exec(gradeMeeting.title)?.[1];
    ask(`собрание для всех ${grade}-х классов`, [`meetings/#${gradeMeeting.id}`]);
  }
  ask('родительские собрания', ['meetings/']);
  ask('добавить собрания в календарь на телефоне', ['meetings/']);
  const foodMeetings = places.meetingOf((m) => (m.agenda ?? []).some((a) => /питани/i.test(a)));
  ask('на каком собрании будут говорить про питание', foodMeetings);
  const lastMeeting = c.meetings[c.meetings.length - 1];
  const meetingDay = lastMeeting && dayAndMonth(lastMeeting.date);
  if (lastMeeting && meetingDay)
    ask(
      `собрание ${meetingDay}`,
      places.meetingOf((m) => m.date === lastMeeting.date),
    );
  for (const notice of places.notices) {
    const moved = /собрание (\d{1,2}[а-я]) класса переносится/.exec(notice.title);
    if (moved) ask(`собрание ${moved[1]} перенесли на когда`, [`announcements/#${notice.id}`]);
    if (notice.title.includes('продуктовые наборы')) ask('когда выдают продуктовые наборы', [`announcements/#${notice.id}`]);
  }

  // ——— The communication schedule ———
  const chats = places.talk((item) => item.form === 'chat');
  ask('родительский чат класса', chats);
  ask(
    'во сколько классный руководитель пишет итоги дня',
    places.talk((item) => /итог/i.test(item.frequency ?? '')),
  );
  ask(
    'планерка для учителей во сколько',
    places.talk((item) => item.form === 'planning'),
  );
  ask('график связи', ['communication/']);

  // ——— The plan-schedule ———
  const plan = (test: (item: (typeof c.roadmap)[number]) => boolean) =>
    c.roadmap.filter(test).map((item) => `plan/#${roadmapAnchor(item.id)}`);
  ask('план-график мероприятий', ['plan/']);
  const topics: [RegExp, string][] = [
    [/питани/i, 'бесплатное питание льготникам план мероприятий'],
    [/психологическ/i, 'психологическая поддержка детей срок по плану'],
    [/выдач[аи] устройств/i, 'выдача устройств по плану кто отвечает'],
    [/режим дня/i, 'режим дня ребенка мероприятие срок'],
    [/видеоурок/i, 'мероприятие про подключение к видеоурокам ответственный'],
    [/вопросы родителей/i, 'ответы на вопросы родителей план кто ответственный'],
    [/сдавать задания/i, 'пункт плана как сдавать задания и где оценки'],
  ];
  for (const [pattern, query] of topics)
    ask(
      query,
      plan((item) => pattern.test(item.title)),
    );
  const dated = c.roadmap.filter((item) => /^\d{4}-\d{2}-\d{2}$/.test(item.deadline));
  const dueItem = dated[6] ?? dated[dated.length - 1];
  const due = dueItem && dayAndMonth(dueItem.deadline);
  if (dueItem && due)
    ask(
      `что по плану должно быть сделано к ${due}`,
      plan((x) => x.deadline === dueItem.deadline),
    );
  const responsibles = [...new Set(c.roadmap.map((item) => item.responsible).filter((id): id is string => !!id))];
  const planPerson = responsibles
    .map((id) => c.staff.find((s) => s.id === id))
    .find((s) => s && s.position.toLowerCase() !== 'директор' && soleSurname(personOf(s.name)));
  if (planPerson) {
    const { surname } = partsOf(planPerson.name);
    ask(
      `за какие мероприятия плана отвечает ${surname}`,
      plan((item) => item.responsible === planPerson.id),
    );
  }
  const numbered = c.roadmap.find((item) => item.id === '7') ?? c.roadmap[0];
  if (numbered)
    ask(
      `пункт ${numbered.id} плана-графика`,
      plan((item) => item.id === numbered.id),
    );

  // ——— Coordinators ———
  const level = (name: string) => c.coordinators.filter((k) => k.level === name).map((k) => `coordinators/#coordinator-${k.id}`);
  ask('региональный координатор', level('regional'));
  ask('кто в школе координатор дистанта', level('school'));
  ask('координаторы', ['coordinators/']);
  ask('кто отвечает за дистант в управлении образования', level('municipal'));
  ask('в школе не решили вопрос куда обращаться выше', ['coordinators/', ...level('municipal')]);

  // ——— Documents ———
  const order = c.documents.find((d) => d.id === c.school.distanceLearning?.order);
  if (order) {
    ask('приказ о переходе на дистанционное обучение', [`documents/#${order.id}`]);
    ask('на каком основании дистант', [`documents/#${order.id}`]);
    if (order.number) ask(`приказ ${order.number}`, [`documents/#${order.id}`]);
  }
  for (const d of c.documents) {
    if (d.kind === 'order' && d.id !== order?.id && d.number) ask(`приказ № ${d.number.replace(/-о$/, '')}`, [`documents/#${d.id}`]);
    if (d.kind === 'recommendation' && d.number) ask(d.number.toLowerCase(), [`documents/#${d.id}`]);
  }
  ask(
    'положение о дистанционном обучении',
    places.documents((t) => t.startsWith('положение')),
  );
  ask(
    'методические рекомендации минпросвещения',
    c.documents.filter((d) => d.kind === 'recommendation').map((d) => `documents/#${d.id}`),
  );
  ask(
    'памятка родителям про режим дня',
    places.documents((t) => t.includes('памятка') && t.includes('режим')),
  );
  ask('все приказы школы', ['documents/', ...places.orders]);

  // ——— When the learning runs, the whole site ———
  ask('порядок обучения на дистанте', [places.howItWorks]);
  return cases;
}
