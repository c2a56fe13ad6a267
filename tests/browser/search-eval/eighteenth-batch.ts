/**
 * Batch 18 of the evaluation questions (2026-11-18), written blind for generated schools of seeds 43
 * and 44: from the mission of a distance-learning page and from those schools' content and built pages
 * only, without looking at the search, its tests, its logs or the questions of any earlier batch. They
 * are typed as parents, pupils on phones, grandparents and teachers type into a school site's box:
 * whole questions and one-word queries, slang («инфа», «физра», «англичанка», «сисадмин», «дистанционка»),
 * inflected surnames («написать Фёдоровой», «найти Исаева»), first name and patronymic, e-mail addresses,
 * phone numbers as bare digits, class spellings («7а», «7 а», «7-а», «седьмой а», «7a»), typos (a letter
 * missing, doubled or swapped, «е» for «ё»), the wrong keyboard layout, Latin transliteration, plan
 * measures by number, deadline and responsible person, coordinators by level, orders by number and topic,
 * device requirements, borrowing a laptop, parent meetings, psychologist, social help, the hotline, whole
 * lists, and long worried run-on questions in a family's words.
 *
 * Places are read from the school's content, never hard-coded: a card or entry where the question is
 * about one person, service, measure or document; the class page for a class and a weekday (with the
 * day's section); the bells page (with the shift's section) and the class page for a lesson's time;
 * every teacher of a subject in a class, with the class page, for «who teaches X in 7а»; everyone of a
 * family (both genders' forms) with their contact and coordinator cards for a surname alone; a FAQ answer
 * or a notice only where its own text answers (the generated answers often do not answer their titles,
 * so their bodies are checked); the list page for a whole list. A question whose school lacks its places
 * is left out.
 */
import { join } from 'node:path';
import { roadmapAnchor } from '../../../src/lib/roadmap.ts';
import { afterPo, batchPlacesOf, bodyOf, dative, swapped, uniqueAsker } from './fifth-batch.ts';
import { oneLetterLess } from './fresh-queries.ts';
import { GRADE_ORDINALS, wrongLayout, type EvalCase } from './queries.ts';
import { accusative, doubled, partsOf, withoutYo } from './sixth-batch.ts';
import { DAYS } from './seventh-batch.ts';

interface Lesson {
  period: number;
  subject: string;
  teacher?: string;
  group?: string;
}

/** How pupils call a subject in a short query. */
const SUBJECT_WORD: Record<string, string> = {
  'английский язык': 'английский',
  'физическая культура': 'физра',
  'русский язык': 'русский',
  литература: 'литра',
  информатика: 'инфа',
  обществознание: 'общество',
  'основы безопасности и защиты родины': 'обзр',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труды',
  'вероятность и статистика': 'статистика',
  'окружающий мир': 'окружайка',
  'литературное чтение': 'чтение',
};
const subjectWord = (subject: string) => SUBJECT_WORD[subject.toLowerCase()] ?? subject.toLowerCase();

/** After «по» where the shared helper has no word: «по окружайке», «по изо». */
const PO_MORE: Record<string, string> = {
  'окружающий мир': 'окружайке',
  'литературное чтение': 'чтению',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труду',
  музыка: 'музыке',
};
const po = (subject: string) => PO_MORE[subject.toLowerCase()] ?? afterPo(subject);

/** A subject in the genitive, as in «учитель химии». */
const SUBJECT_GENITIVE: Record<string, string> = {
  'английский язык': 'английского',
  'русский язык': 'русского',
  литература: 'литературы',
  математика: 'математики',
  алгебра: 'алгебры',
  геометрия: 'геометрии',
  информатика: 'информатики',
  история: 'истории',
  обществознание: 'обществознания',
  физика: 'физики',
  химия: 'химии',
  биология: 'биологии',
  география: 'географии',
  музыка: 'музыки',
  'физическая культура': 'физкультуры',
  'изобразительное искусство': 'изо',
  'труд (технология)': 'труда',
  'основы безопасности и защиты родины': 'обзр',
  'вероятность и статистика': 'статистики',
  'окружающий мир': 'окружающего мира',
  'литературное чтение': 'чтения',
};
const genitive = (subject: string) => SUBJECT_GENITIVE[subject.toLowerCase()] ?? subject.toLowerCase();

/** Russian letters in Latin, as people type from a phone without the Russian keyboard. */
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const translit = (text: string) => [...text.toLowerCase()].map((letter) => TRANSLIT[letter] ?? letter).join('');

const MONTHS_GENITIVE = [
  '',
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** «2026-11-25» → «25 ноября». */
const dayMonth = (date: string) => {
  const [, month = '1', day = '1'] = date.split('-');
  return `${Number(day)} ${MONTHS_GENITIVE[Number(month)]}`;
};

/** The masculine and feminine forms of a surname: «Павлова» → [«Павлов», «Павлова»]. */
const familyForms = (surname: string) => {
  const plain = withoutYo(surname);
  if (/(ов|ев|ин|ын)а$/.test(plain)) return [plain, plain.slice(0, -1)];
  if (/(ов|ев|ин|ын)$/.test(plain)) return [plain, `${plain}а`];
  if (/ий$/.test(plain)) return [plain, `${plain.slice(0, -2)}ая`];
  if (/ая$/.test(plain)) return [plain, `${plain.slice(0, -2)}ий`];
  return [plain];
};

export function eighteenthBatchCases(contentDir: string): EvalCase[] {
  const p = batchPlacesOf(contentDir);
  const { c, classes, school } = p;
  const { cases, ask } = uniqueAsker();
  const digits = (phone: string) => phone.replace(/\D/g, '');

  // ---- people ----
  const surnameOf = (name: string) => partsOf(name).surname;
  /** Every place that gives one person: the staff card, contact cards naming them, coordinator cards. */
  const personPlaces = (name: string) => [
    ...c.staff.filter((s) => s.name === name).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => (e.person ?? '').endsWith(name)).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((x) => x.name === name).map((x) => `coordinators/#coordinator-${x.id}`),
  ];
  const allNames = [...new Set([...c.staff.map((s) => s.name), ...c.coordinators.map((x) => x.name)])];
  /** Everyone whose surname is this exact form (a dative or accusative names one gender). */
  const sameSurname = (surname: string) =>
    allNames.filter((n) => withoutYo(surnameOf(n)) === withoutYo(surname)).flatMap((n) => personPlaces(n));
  /** Everyone of a family, both genders' forms. */
  const family = (surname: string) => {
    const forms = familyForms(surname);
    return allNames.filter((n) => forms.includes(withoutYo(surnameOf(n)))).flatMap((n) => personPlaces(n));
  };
  const staffById = (id: string | undefined) => c.staff.find((s) => s.id === id);
  const byEmail = (email: string) => [
    ...c.staff.filter((s) => s.email === email).map((s) => `staff/#${s.id}`),
    ...c.contacts.filter((e) => e.email === email).map((e) => `contacts/#${e.id}`),
    ...c.coordinators.filter((x) => x.email === email).map((x) => `coordinators/#coordinator-${x.id}`),
  ];
  const memoKinds = new Set(['hotline', 'psychologist', 'social', 'it-support']);
  /** Every card that shows a phone number. */
  const byPhone = (phone: string) => {
    const d = digits(phone);
    return [
      ...c.contacts.filter((e) => (e.phones ?? []).some((x) => digits(x) === d)).map((e) => `contacts/#${e.id}`),
      ...(c.contacts.some((e) => memoKinds.has(e.kind) && (e.phones ?? []).some((x) => digits(x) === d)) ? ['memo/'] : []),
      ...c.staff.filter((s) => digits((s as { phone?: string }).phone ?? '') === d).map((s) => `staff/#${s.id}`),
      ...c.coordinators.filter((x) => digits(x.phone ?? '') === d).map((x) => `coordinators/#coordinator-${x.id}`),
      ...(digits(school.phone ?? '') === d ? [p.schoolCard] : []),
      ...c.communication.filter((t) => digits(String(t.channel ?? '')) === d).map((t) => `communication/#communication-${t.id}`),
    ];
  };

  // ---- timetable ----
  const lessonsOf = (k: (typeof classes)[number]) => (k as unknown as { days: Record<string, Lesson[]> }).days ?? {};
  const subjectsOf = (k: (typeof classes)[number]) =>
    [...new Set(Object.values(lessonsOf(k)).flatMap((day) => day.map((l) => l.subject)))].sort();
  const teachersOfIn = (k: (typeof classes)[number], subject: string) => [
    ...new Set(
      Object.values(lessonsOf(k))
        .flat()
        .filter((l) => l.subject === subject && l.teacher)
        .map((l) => `staff/#${l.teacher}`),
    ),
  ];
  const shiftOf = (k: (typeof classes)[number]) => (k as unknown as { shift?: number }).shift ?? 1;
  const bells = (shift?: number) => ['timetable/bells/', ...(shift ? [`timetable/bells/#shift-${shift}`] : [])];
  /** A class as typed: «7а», «7 а», «7-а», «седьмой а» (in the case the phrase needs), «7А», «7a». */
  const spell = (k: (typeof classes)[number], way: number, kase: 'nom' | 'gen' | 'prep' = 'nom') => {
    const grade = p.gradeOf(k);
    const letter = p.letterOf(k).toLowerCase();
    const ordinal = GRADE_ORDINALS[grade] ?? String(grade);
    const inCase =
      kase === 'nom' ? ordinal : ordinal.replace(/ий$/, kase === 'gen' ? 'ьего' : 'ьем').replace(/(ый|ой)$/, kase === 'gen' ? 'ого' : 'ом');
    return [
      `${grade}${letter}`,
      `${grade} ${letter}`,
      `${grade}-${letter}`,
      `${inCase} ${letter}`,
      `${grade}${letter.toUpperCase()}`,
      translit(`${grade}${letter}`),
    ][way % 6]!;
  };
  /** A surname in the genitive, as in «консультация у Исаева»: the dative's form for women, the accusative's for men. */
  const genitiveOf = (surname: string) => (/(ова|ева|ёва|ина|ына)$/.test(surname) ? dative(surname) : accusative(surname));

  // ---- FAQ and notices that answer by their own text ----
  const saying = (sentence: string) => [
    ...p.faq((_question, body) => body.includes(sentence)),
    ...p.notices.filter((n) => bodyOf(p.announcementDir, n.id).includes(sentence)).map((n) => `announcements/#${n.id}`),
  ];
  const lendingPlaces = [
    p.lending,
    ...p.pages((t) => /выдач|устройств|ноутбук/.test(t)),
    p.deviceHelp,
    ...saying('выдаёт ноутбук или планшет'),
    ...p.announcements((t) => /выдача (ноутбук|устройств|планшет)/.test(t)),
  ];

  // ================= contacts and help =================
  ask('горячая линия дистант', p.hotline);
  ask('телефон горячей линии школы', p.hotline);
  ask(wrongLayout('горячая линия'), p.hotline);
  ask('куда звонить по дистанционке если ничего не понятно', p.hotline);
  ask('горячя линия номер', p.hotline);
  for (const e of c.contacts.filter((x) => x.kind === 'hotline')) {
    for (const phone of e.phones ?? []) ask(digits(phone).slice(-6), byPhone(phone));
  }
  ask('психолог', p.psychologist);
  ask('школьный психолог телефон', p.psychologist);
  ask(oneLetterLess('психолог') + ' школы', p.psychologist);
  ask('ребенок замкнулся не хочет садиться за уроки плачет к кому обратиться', [...p.psychologist, ...p.helpline]);
  ask('поговорить с психологом когда можно', [...p.talk((t) => /психолог/.test(t.title.toLowerCase())), ...p.psychologist]);
  for (const e of c.contacts.filter((x) => x.kind === 'psychologist' && !x.title.toLowerCase().includes('доверия'))) {
    for (const phone of e.phones ?? []) ask(`${digits(phone)} чей номер`, byPhone(phone));
  }
  ask('телефон доверия для подростков', p.helpline);
  ask('детский телефон доверия бесплатный', p.helpline);
  for (const e of c.contacts.filter((x) => x.kind === 'psychologist' && x.title.toLowerCase().includes('доверия'))) {
    for (const phone of e.phones ?? []) ask(phone.replace(/-/g, ' '), byPhone(phone));
  }
  ask('соцпедагог', p.social);
  ask('социальный педагог номер телефона', p.social);
  ask('социальнй педагог', p.social);
  ask('мы многодетные нужна помощь от школы к кому', p.social);
  ask('сисадмин', p.itSupport);
  ask('техподдержка школы не могу зайти на урок', p.itSupport);
  ask(wrongLayout('техподдержка'), p.itSupport);
  ask('кто помогает с компом и интернетом', p.itSupport);
  ask('директор', p.director);
  ask('как связаться с директором школы', [...p.director, ...p.talk((t) => /директор/.test(t.title.toLowerCase()))]);
  ask('приём у директора по телефону во сколько', [...p.talk((t) => /директор/.test(t.title.toLowerCase()))]);
  ask('завуч', p.deputy);
  ask('зам директора по увр телефон', p.deputy);
  ask('завуч по учебной части почта', p.deputy);
  ask('адрес школы', [p.schoolCard]);
  ask('электронная почта школы', [p.schoolCard]);
  ask(`${school.shortName ?? ''} телефон`.trim(), [p.schoolCard]);
  ask('приемная', [...c.contacts.filter((e) => /при[её]мн|секретар/.test(e.title.toLowerCase())).map((e) => `contacts/#${e.id}`)]);
  ask('все телефоны школы куда звонить', ['contacts/', 'memo/']);
  ask('памятка распечатать на холодильник', ['memo/']);
  for (const platform of c.platforms) {
    const word = platform.id === 'sferum' ? 'сферум' : 'моя школа';
    ask(`поддержка ${word} телефон`, [`contacts/#support-${platform.id}`, `platforms/#${platform.id}`]);
    ask(`что такое ${word}`, [`platforms/#${platform.id}`]);
  }

  // ================= staff =================
  ask('учителя и сотрудники список', ['staff/']);
  ask(
    'логопед',
    p.staff((x) => x.includes('логопед')),
  );
  ask(
    'библиотекарь школы',
    p.staff((x) => x.includes('библиотекар')),
  );
  ask(
    'зам по воспитательной работе',
    p.staff((x) => x.includes('по воспитательной')),
  );
  ask(school.director ?? '', [...personPlaces(school.director ?? ''), p.schoolCard]);
  if (school.director) {
    const { surname, first, patronymic } = partsOf(school.director);
    ask(`${first} ${patronymic} директор`, [...personPlaces(school.director), p.schoolCard]);
    ask(`${withoutYo(surname).toLowerCase()} директор`, [...personPlaces(school.director), p.schoolCard]);
  }
  // families: a surname alone names everyone of the family
  const surnames = [...new Set(c.staff.map((s) => surnameOf(s.name)))];
  const families = [...new Map(surnames.map((s) => [familyForms(s).sort().join('/'), s])).values()];
  const big = families.filter(
    (s) => family(s).length >= 2 && c.staff.filter((x) => familyForms(s).includes(withoutYo(surnameOf(x.name)))).length >= 2,
  );
  big.slice(0, 6).forEach((surname, i) => {
    const forms = familyForms(surname);
    const form = forms[i % forms.length]!;
    const query = [
      form,
      form.toLowerCase(),
      `${form.toLowerCase()} учитель`,
      `учитель ${form.toLowerCase()}`,
      `${form} телефон`,
      `${form.toLowerCase()} почта`,
    ][i]!;
    ask(query, family(surname));
  });
  // one-person surnames in cases and with typos
  const singles = c.staff.filter(
    (s) => s.subjects?.length && c.staff.filter((x) => familyForms(surnameOf(s.name)).includes(withoutYo(surnameOf(x.name)))).length === 1,
  );
  singles.slice(0, 10).forEach((s, i) => {
    const { surname, first, patronymic } = partsOf(s.name);
    const subject = (s.subjects ?? [])[0]!;
    const places = personPlaces(s.name);
    const queries = [
      `написать ${dative(surname)}`,
      `найти ${accusative(surname).toLowerCase()}`,
      `${swapped(surname.toLowerCase(), 3)} ${subjectWord(subject)}`,
      `${first} ${patronymic} ${subjectWord(subject)}`,
      `${doubled(surname.toLowerCase(), 2)}`,
      `как написать ${dative(surname).toLowerCase()} по ${po(subject)}`,
      `консультация у ${genitiveOf(surname)} во сколько`,
      `${withoutYo(first).toLowerCase()} ${withoutYo(patronymic).toLowerCase()}`,
      translit(surname),
      `почта ${withoutYo(genitiveOf(surname)).toLowerCase()}`,
    ];
    const query = queries[i]!;
    // «Юлия Николаевна» alone may name several people
    if (i === 7) {
      const same = allNames.filter((n) => partsOf(n).first === first && partsOf(n).patronymic === patronymic);
      ask(
        query,
        same.flatMap((n) => personPlaces(n)),
      );
    } else if (i === 6) {
      ask(
        query,
        sameSurname(surname).filter((x) => x.startsWith('staff/')),
      );
    } else ask(query, [0, 1, 5, 9].includes(i) ? sameSurname(surname) : places);
  });
  // e-mail addresses
  for (const s of c.staff.filter((x) => x.email).slice(3, 5)) ask(s.email!, byEmail(s.email!));
  for (const e of c.contacts.filter((x) => x.email && x.kind === 'social')) ask(`${e.email!.split('@')[0]} почта`, byEmail(e.email!));
  // mobile phones of teachers
  for (const s of c.staff.filter((x) => (x as { phone?: string }).phone).slice(0, 2)) {
    ask(digits((s as { phone?: string }).phone!).slice(1), byPhone((s as { phone?: string }).phone!));
  }
  // teachers by subject and class
  classes.forEach((k, i) => {
    const subjects = subjectsOf(k).filter((s) => teachersOfIn(k, s).length > 0);
    if (subjects.length === 0) return;
    const subject = subjects[(i * 3 + 1) % subjects.length]!;
    const places = [...teachersOfIn(k, subject), p.timetable(k)];
    const query = [
      `${subjectWord(subject)} в ${spell(k, i, 'prep')} кто ведет`,
      `учитель ${genitive(subject)} ${spell(k, i)}`,
      `${subjectWord(subject)} ${spell(k, i)} кто учитель`,
      `кто у ${spell(k, i, 'gen')} по ${po(subject)}`,
      `как зовут учителя ${genitive(subject)} в ${spell(k, i, 'prep')} классе`,
      `${spell(k, i)} ${subjectWord(subject)} препод`,
    ][i % 6]!;
    ask(query, places);
  });
  ask(`англичанка ${spell(classes[classes.length - 3]!, 0)}`, [
    ...teachersOfIn(classes[classes.length - 3]!, 'Английский язык'),
    p.timetable(classes[classes.length - 3]!),
  ]);
  ask(`физрук ${spell(classes[3]!, 1)}`, [...teachersOfIn(classes[3]!, 'Физическая культура'), p.timetable(classes[3]!)]);
  // class teachers
  classes.forEach((k, i) => {
    if (i % 2 === 1) return;
    const teacher = staffById(k.classTeacher);
    if (!teacher) return;
    const cls = spell(k, i + 1);
    ask(
      [
        `классный руководитель ${cls}`,
        `классная ${cls}`,
        `кл рук ${cls}`,
        `классуха ${cls} телефон`,
        `кто классный у ${spell(k, i + 1, 'gen')}`,
      ][(i / 2) % 5]!,
      [`staff/#${teacher.id}`, p.timetable(k)],
    );
  });

  // ================= timetable =================
  ask('расписание уроков', ['timetable/']);
  ask('расписание всех классов на неделю', ['timetable/']);
  ask('рассписание', ['timetable/']);
  ask(wrongLayout('расписание'), ['timetable/']);
  ask('звонки', bells());
  ask('сколько длится урок на дистанционке', [...bells(), ...(p.howItWorks ? [p.howItWorks] : [])]);
  ask('перемена сколько минут', bells());
  ask('вторая смена во сколько начинается', bells(2));
  ask('какие классы учатся во вторую смену', [...bells(2), 'timetable/']);
  classes.forEach((k, i) => {
    const days = Object.keys(lessonsOf(k)).filter((d) => lessonsOf(k)[d]!.length > 0);
    if (days.length === 0) return;
    const day = days[i % days.length]!;
    const d = DAYS[day]!;
    const cls = spell(k, i + 3);
    const ofCls = spell(k, i + 3, 'gen');
    const places = [p.timetable(k), `${p.timetable(k)}#${day}`];
    const query = [
      `расписание ${cls} ${d.to}`,
      `какие уроки у ${ofCls} ${d.on}`,
      `${cls} ${d.name}`,
      `уроки ${d.on} ${cls} класс`,
      `что ${d.on} у ${ofCls}`,
      `${translit('расписание')} ${translit(`${p.gradeOf(k)}${p.letterOf(k)}`)}`,
      `${wrongLayout(`расписание ${p.gradeOf(k)}${p.letterOf(k)}`)}`,
      `расписане ${cls}`,
      `${d.name} ${cls} уроки ссылки`,
      `во сколько ${d.on} начинаются уроки у ${ofCls}`,
    ][i % 10]!;
    ask(query, i % 10 === 9 ? [...places, ...bells(shiftOf(k))] : places);
  });
  classes.forEach((k, i) => {
    if (i % 3 !== 0) return;
    const n = (i % 4) + 2;
    const cls = spell(k, i, 'gen');
    ask(
      [`во сколько ${n} урок у ${cls}`, `когда заканчивается ${n} урок ${cls}`, `${n} урок ${cls} время`, `${cls} ${n}-й урок во сколько`][
        (i / 3) % 4
      ]!,
      [...bells(shiftOf(k)), p.timetable(k)],
    );
  });
  classes.forEach((k, i) => {
    if (i % 3 !== 1) return;
    const subjects = subjectsOf(k);
    const subject = subjects[(i + 4) % subjects.length];
    if (!subject) return;
    const cls = spell(k, i + 2, (i - 1) / 3 === 2 ? 'prep' : 'gen');
    ask(
      [
        `когда ${subjectWord(subject)} у ${cls}`,
        `ссылка на урок ${genitive(subject)} ${cls}`,
        `в какие дни ${subjectWord(subject)} в ${cls}`,
      ][(i - 1) / 3]!,
      [p.timetable(k)],
    );
  });
  const second = classes.find((k) => shiftOf(k) === 2);
  if (second) ask(`${spell(second, 0)} вторая смена звонки`, [...bells(2), p.timetable(second)]);
  const first = classes.find((k) => shiftOf(k) === 1 && p.gradeOf(k) >= 5);
  if (first) ask(`мы ${spell(first, 0)} в какую смену учимся`, [p.timetable(first), ...bells(shiftOf(first)), 'timetable/']);
  // notices about a class
  for (const n of p.notices) {
    const cls = classes.find((k) => n.title.includes(` ${k.class.toLowerCase()} `));
    if (!cls) continue;
    if (n.title.includes('расписани')) ask(`изменения в расписании ${spell(cls, 0)}`, [`announcements/#${n.id}`, p.timetable(cls)]);
    if (n.title.includes('ссылки'))
      ask(`новые ссылки на уроки ${spell(cls, 1)} не открываются`, [`announcements/#${n.id}`, p.timetable(cls)]);
    if (n.title.includes('собрание')) ask(`перенесли собрание ${spell(cls, 0)}?`, [`announcements/#${n.id}`, ...p.meetingsOfClass(cls.id)]);
  }

  // ================= guides =================
  ask('инструкции', ['guides/']);
  ask('инструкции для родителей', c.guides.some((g) => g.audience === 'parents') ? ['guides/#parents'] : []);
  ask('инструкции учителям по сферуму', c.guides.some((g) => g.audience === 'teachers') ? ['guides/#teachers'] : []);
  const sferumConnect = p.guides((g) => g.platform === 'sferum' && g.topic === 'connect');
  ask('как зайти в сферум', sferumConnect);
  ask(
    'сферум как войти первый раз',
    p.guides((g) => g.platform === 'sferum' && g.topic === 'connect' && !/восстанов/.test(g.title.toLowerCase())),
  );
  ask(wrongLayout('сферум вход'), sferumConnect);
  ask('sferum kak voiti', sferumConnect);
  ask(
    'забыл пароль от сферума',
    p.guides((g) => g.platform === 'sferum' && /восстанов/.test(g.title.toLowerCase())),
  );
  ask(
    'как поднять руку на видеоуроке',
    p.guides((g) => /поднять руку/.test(g.title.toLowerCase())),
  );
  ask(
    'не включается камера на уроке',
    p.guides((g) => /камер/.test(g.title.toLowerCase())),
  );
  ask(
    'как сдать домашку',
    p.guides((g) => /сдать|прикрепить/.test(g.title.toLowerCase())),
  );
  ask(
    'как отправить фото тетради учителю',
    p.guides((g) => /фото тетради/.test(g.title.toLowerCase())),
  );
  ask('где посмотреть оценки', [
    ...saying('оценки появляются в электронном дневнике'),
    ...p.guides((g) => /оценк/.test(g.title.toLowerCase())),
    ...(bodyOf(join(contentDir, 'pages'), 'kak-ustroeno-obuchenie').includes('электронном дневнике') ? [p.howItWorks] : []),
  ]);
  ask(
    'чат класса где найти',
    p.guides((g) => /чат класса/.test(g.title.toLowerCase())),
  );
  ask(
    'как написать учителю в сферуме',
    p.guides((g) => /написать учителю/.test(g.title.toLowerCase())),
  );
  ask(
    'не открывается сферум на планшете',
    p.guides((g) => g.topic === 'troubleshooting' && g.platform === 'sferum' && g.device === 'tablet'),
  );
  ask(
    'моя школа ошибка входа',
    p.guides((g) => g.platform === 'moya-shkola' && /ошибка входа/.test(g.title.toLowerCase())),
  );
  ask('что делать если не работает', p.troubleGuides);
  ask('как устроено обучение на дистанте', [p.howItWorks]);

  // ================= requirements and devices =================
  ask('требования к компьютеру для дистанционки', [...p.requirements, ...p.deviceCards((d) => d.device === 'computer')]);
  ask('какая скорость интернета нужна', c.hasRequirements ? ['requirements/#internet', 'requirements/'] : []);
  ask('сколько мбит нужно для видеоурока', c.hasRequirements ? ['requirements/#internet'] : []);
  ask('можно ли учиться с телефона', [
    p.deviceCard('phone'),
    ...p.faq((question, body) => /телефон/.test(question) && body.includes('да, но для письменных работ')),
  ]);
  ask(
    'подойдет ли айфон для уроков',
    p.deviceCards((d) => (d.os ?? []).some((o) => /ios/i.test(o))),
  );
  ask(
    'планшет на андроиде подойдет',
    p.deviceCards((d) => d.device === 'tablet' && (d.os ?? []).some((o) => /android/i.test(o))),
  );
  ask('сколько оперативки нужно на ноутбук', [p.deviceCard('laptop')]);
  ask('нужны ли наушники с микрофоном', [...p.deviceCards(() => true), c.hasRequirements ? 'requirements/#devices-title' : undefined]);
  ask('какой браузер нужен для уроков', [
    ...p.deviceCards((d) => (d.browsers ?? []).length > 0),
    c.hasRequirements ? 'requirements/' : undefined,
  ]);
  ask(
    'без веб камеры можно заниматься',
    p.deviceCards((d) => /без веб-камеры|без камеры/i.test(d.note ?? '')),
  );
  ask(
    'астра линукс подойдет',
    p.deviceCards((d) => (d.os ?? []).some((o) => /astra/i.test(o))),
  );
  ask('проверить подойдет ли мой компьютер', c.hasRequirements ? ['requirements/', 'device-check/'] : []);
  ask('нет компьютера дома как учиться', lendingPlaces);
  ask('выдача ноутбуков', lendingPlaces);
  ask('как взять ноутбук в школе', lendingPlaces);
  ask('ноут в аренду от школы бесплатно', lendingPlaces);
  ask(wrongLayout('выдача ноутбуков'), lendingPlaces);
  ask('какие документы нужны чтобы получить планшет', [p.lending]);

  // ================= meetings =================
  ask('родительское собрание', ['meetings/']);
  ask('общешкольное родительское собрание', p.schoolMeetings);
  classes.forEach((k, i) => {
    const meetings = p.meetingsOfClass(k.id);
    if (meetings.length === 0) return;
    const cls = spell(k, i, 'gen');
    ask(
      [
        `собрание ${cls}`,
        `родительское собрание ${cls} когда`,
        `ссылка на собрание ${cls} класса`,
        `во сколько собрание у ${cls}`,
        `собрание родителей ${cls} тема`,
      ][i % 5]!,
      meetings,
    );
  });
  ask(wrongLayout('родительское собрание'), ['meetings/']);
  ask('родительское сабрание', ['meetings/']);

  // ================= communication =================
  ask('график связи', ['communication/']);
  ask(
    'когда классный руководитель пишет в чат',
    p.talk((t) => t.form === 'chat'),
  );
  ask(
    'планерка учителей во сколько',
    p.talk((t) => t.form === 'planning'),
  );
  ask('когда учитель на связи', ['communication/', ...saying('учитель отвечает на сообщения')]);

  // ================= FAQ and notices by their text =================
  ask('вопросы и ответы', ['faq/']);
  ask('когда появятся оценки в дневнике', saying('оценки появляются в электронном дневнике'));
  ask('не успели сдать задание можно перенести срок', [...saying('срок сдачи можно перенести'), ...saying('договоритесь о новом сроке')]);
  ask('электронный учебник где взять', saying('электронные учебники открываются'));
  ask('будут ли контрольные на дистанте', saying('контрольные работы проводятся по расписанию'));
  ask('учитель не отвечает в сферуме вечером', saying('учитель отвечает на сообщения'));
  ask('объявления', ['announcements/']);
  ask(
    'продуктовые наборы',
    p.announcements((t) => /продуктов/.test(t)),
  );

  // ================= documents =================
  ask('все приказы по дистанционке', ['documents/']);
  for (const d of c.documents) {
    const place = `documents/#${d.id}`;
    if (d.kind === 'order' && d.number) {
      ask(`приказ ${d.number.replace(/-.*$/, '')}`, [place]);
      if (d.id === school.distanceLearning?.order) ask(`приказ № ${d.number}`, [place]);
    }
    if (d.kind === 'recommendation' && d.number) ask(`${d.number.toLowerCase()} рекомендации`, [place]);
  }
  const mainOrder = school.distanceLearning?.order;
  if (mainOrder && c.documents.some((d) => d.id === mainOrder)) {
    ask('приказ о переходе на дистанционное обучение', [`documents/#${mainOrder}`]);
    ask('на каком основании дистанционка приказ директора', [`documents/#${mainOrder}`]);
  }
  ask(
    'приказ об утверждении плана графика',
    p.documents((t) => /плана-графика|плана графика/.test(t)),
  );
  ask(
    'положение о дистанционном обучении',
    p.documents((t) => t.startsWith('положение')),
  );
  ask(
    'положение о ДОТ',
    p.documents((t) => t.startsWith('положение')),
  );
  ask(
    'методические рекомендации',
    p.documents((t) => t.includes('рекомендаци')),
  );
  ask(
    'памятка родителям режим дня',
    p.documents((t) => t.includes('памятк')),
  );

  // ================= plan =================
  ask('план график мероприятий', ['plan/']);
  const items = c.roadmap;
  items.forEach((item, i) => {
    if (i % 3 !== 0) return;
    const place = `plan/#${roadmapAnchor(item.id)}`;
    ask(
      [
        `пункт ${item.id} плана`,
        `мероприятие ${item.id} план график`,
        `${item.id} пункт план-графика кто ответственный`,
        `план график п.${item.id}`,
      ][(i / 3) % 4]!,
      [place],
    );
  });
  const deadlines = [...new Set(items.map((x) => x.deadline).filter((x): x is string => Boolean(x)))];
  deadlines.slice(-3).forEach((deadline, i) => {
    const places = items.filter((x) => x.deadline === deadline).map((x) => `plan/#${roadmapAnchor(x.id)}`);
    ask(
      [`что в плане со сроком ${dayMonth(deadline)}`, `план мероприятия срок ${dayMonth(deadline)}`, `до ${dayMonth(deadline)} по плану`][
        i
      ]!,
      places,
    );
  });
  const topics: [RegExp, string][] = [
    [/выдач/, 'когда по плану выдача устройств'],
    [/питани/, 'питание льготников на дистанте план'],
    [/психологическ/, 'психологическая поддержка детей мероприятия'],
  ];
  for (const [test, query] of topics)
    ask(
      query,
      items.filter((x) => test.test(x.title.toLowerCase())).map((x) => `plan/#${roadmapAnchor(x.id)}`),
    );
  const responsibles = [...new Set(items.map((x) => x.responsible))];
  responsibles.slice(0, 2).forEach((id, i) => {
    const s = staffById(id);
    if (!s) return;
    const { surname, first, patronymic } = partsOf(s.name);
    const places = items.filter((x) => x.responsible === id).map((x) => `plan/#${roadmapAnchor(x.id)}`);
    ask([`за что отвечает ${surname} по плану`, `${first} ${patronymic} план-график ответственный`][i]!, places);
  });

  // ================= coordinators =================
  const coordinatorsAt = (level: string) => c.coordinators.filter((x) => x.level === level).map((x) => `coordinators/#coordinator-${x.id}`);
  ask('координаторы дистанционного обучения', ['coordinators/']);
  ask(
    'кто в школе отвечает за дистант',
    coordinatorsAt('school').length ? [...coordinatorsAt('school'), 'coordinators/#level-school'] : [],
  );
  ask(
    'куратор дистанта в управлении образования',
    coordinatorsAt('municipal').length ? [...coordinatorsAt('municipal'), 'coordinators/#level-municipal'] : [],
  );
  ask(
    'министерство образования координатор по дистанту',
    coordinatorsAt('regional').length ? [...coordinatorsAt('regional'), 'coordinators/#level-regional'] : [],
  );
  ask(
    'в школе не отвечают куда жаловаться выше',
    coordinatorsAt('municipal').length ? [...coordinatorsAt('municipal'), 'coordinators/#level-municipal', 'coordinators/'] : [],
  );
  for (const x of c.coordinators.filter((y) => y.level !== 'school')) {
    const { surname } = partsOf(x.name);
    ask(withoutYo(surname).toLowerCase(), family(surname));
    if (x.phone) ask(x.phone.replace(/\D/g, ' ').trim().replace(/\s+/g, ' '), byPhone(x.phone));
  }

  // ================= long worried questions =================
  const young = classes.find((k) => p.gradeOf(k) <= 4);
  const mid = classes.find((k) => p.gradeOf(k) >= 7 && p.gradeOf(k) <= 9);
  ask(
    'здравствуйте у нас один ноутбук на троих детей а уроки у всех одновременно можно ли взять у школы еще один и что для этого надо',
    lendingPlaces,
  );
  if (young) {
    ask(`я бабушка внук в ${spell(young, 0)} не могу понять во сколько у него уроки начинаются помогите пожалуйста`, [
      p.timetable(young),
      ...bells(shiftOf(young)),
    ]);
  }
  if (mid) {
    const teachers = teachersOfIn(mid, 'Физика');
    ask(
      `сын в ${spell(mid, 0)} говорит что учитель по физике не отвечает уже два дня а контрольная скоро кому писать как с ней связаться`,
      teachers.length ? [...teachers, p.timetable(mid)] : [],
    );
  }
  ask('ребенок весь день сидит за компьютером стал нервный плохо спит не хочет учиться дистанционно что нам делать к кому идти', [
    ...p.psychologist,
    ...p.helpline,
  ]);
  ask('мы не можем зайти в сферум уже третий день пишет ошибка ребенок пропускает уроки кому звонить', [...p.itSupport, ...p.hotline]);
  ask('у нас интернет только с телефона раздаём хватит ли этого для уроков или нужно что то еще', [
    ...(c.hasRequirements ? ['requirements/#internet'] : []),
    p.deviceCard('phone'),
  ]);
  ask('до какого числа будет дистанционка и когда обратно в школу', ['memo/']);

  // ---- deduplicate per school ----
  const seen = new Set<string>();
  return cases.filter((item) => {
    const key = item.query.toLowerCase();
    if (seen.has(key) || item.query.trim() === '') return false;
    seen.add(key);
    return true;
  });
}
