/**
 * The search evaluation's questions, written the way parents and pupils type them — whole questions,
 * colloquial words, inflections, typos, the wrong keyboard layout, class and phone spellings — without
 * copying the pages' wording. Each question names the places (site paths, with the anchor where the
 * answer is one item of a list) any of which counts as the right answer. The places are read from the
 * school's own content, so the same questions run against the sample and against generated schools
 * whose names and wording differ; a question whose subject a school lacks is left out for it.
 */
import { sampleContent } from '../../helpers/sample-content.ts';

export interface EvalCase {
  query: string;
  /** Site paths without the base: `contacts/#psiholog`, `timetable/5b/`. */
  expected: string[];
}

/** Latin letters typed with the Russian layout off: «расписание» → «hfcgbcfybt». */
const TO_LATIN: Record<string, string> = Object.fromEntries(
  [...'йцукенгшщзхъфывапролджэячсмитьбюё'].map((letter, i) => [letter, "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"[i]!]),
);
export const wrongLayout = (text: string) => [...text.toLowerCase()].map((letter) => TO_LATIN[letter] ?? letter).join('');

/** Grades as pupils write them in words («пятый а»), by the grade's number (index 0 is empty). */
export const GRADE_ORDINALS: readonly string[] = [
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

/** «5Б» → «5», «Б». */
const gradeAndLetter = (name: string) => /^(\d+)(.*)$/.exec(name)!.slice(1, 3) as [string, string];

/** Every question for one school. */
export function evalCases(contentDir: string): EvalCase[] {
  const c = sampleContent(contentDir);
  const cases: EvalCase[] = [];
  const ask = (query: string, expected: (string | undefined)[]) => {
    const places = expected.filter((place): place is string => Boolean(place));
    if (places.length > 0) cases.push({ query, expected: places });
  };

  const contact = (kind: string, test: (title: string) => boolean = () => true) => {
    const found = c.contacts.find((entry) => entry.kind === kind && test(entry.title.toLowerCase()));
    return found && `contacts/#${found.id}`;
  };
  const staff = (test: (position: string) => boolean) => c.staff.filter((s) => test(s.position.toLowerCase())).map((s) => `staff/#${s.id}`);
  const hotline = contact('hotline');
  const helpline = contact('psychologist', (title) => title.includes('доверия'));
  const psychologist = [contact('psychologist', (title) => !title.includes('доверия')), ...staff((p) => p.includes('психолог'))];
  const social = [contact('social', (title) => title.includes('педагог')), ...staff((p) => p.includes('социальн'))];
  const itSupport = [contact('it-support'), ...staff((p) => p.includes('системный'))];
  const director = [
    ...staff((p) => p === 'директор'),
    contact('administration', (title) => title.includes('директор') && !title.includes('заместител')),
  ];
  const deputy = [
    contact('administration', (title) => /заместител|завуч/.test(title)),
    ...staff((p) => p.startsWith('заместитель директора по учебно')),
  ];
  const phoneOf = (place: string | undefined) => c.contacts.find((entry) => `contacts/#${entry.id}` === place)?.phones[0];

  // Timetables and bells.
  const classes = [...c.classes].sort((a, b) => a.class.localeCompare(b.class, 'ru', { numeric: true }));
  const timetable = (name: string) => `timetable/${c.classes.find((entry) => entry.class === name)!.id}/`;
  const picked = [classes[0]!, classes[Math.floor(classes.length / 2)]!, classes.at(-1)!];
  for (const [i, entry] of picked.entries()) {
    const [grade, letter] = gradeAndLetter(entry.class);
    const own = [timetable(entry.class)];
    ask(`расписание ${grade}${letter.toLowerCase()}`, own);
    ask(`${grade} ${letter} класс`, own);
    ask(
      [
        `какие уроки завтра у ${grade}${letter}`,
        `уроки ${grade}-${letter.toLowerCase()} класса`,
        `раписание ${grade} ${letter.toLowerCase()}`,
      ][i]!,
      own,
    );
    ask(
      [
        `расписанние уроков ${grade}${letter.toLowerCase()}`,
        `что сегодня у ${grade}${letter} класса`,
        `${wrongLayout('расписание')} ${grade}${letter.toLowerCase()}`,
      ][i]!,
      own,
    );
    const teacher = c.staff.find((s) => s.id === entry.classTeacher);
    if (i === 0 && teacher) ask(`классный руководитель ${grade}${letter}`, [...own, `staff/#${teacher.id}`]);
  }
  ask('во сколько начинается первый урок', ['timetable/bells/']);
  ask('когда перемена', ['timetable/bells/']);
  ask('звонки', ['timetable/bells/']);
  ask('ракписание звонков', ['timetable/bells/']);
  ask(wrongLayout('расписание звонков'), ['timetable/bells/']);
  ask('сколько длится урок', ['timetable/bells/']);

  // Contacts.
  ask('горячая линия', [hotline]);
  ask('телефон горячей линии школы', [hotline]);
  ask('горячая линя', [hotline]);
  ask(wrongLayout('горячая линия'), [hotline]);
  ask('куда звонить по дистанционке', [hotline]);
  const hotlinePhone = phoneOf(hotline);
  if (hotlinePhone) {
    const digits = hotlinePhone.replace(/\D/g, '');
    ask(`${digits.slice(-6, -4)}-${digits.slice(-4, -2)}-${digits.slice(-2)}`, [hotline]);
    ask(`8${digits.slice(-10)}`, [hotline]);
  }
  ask('школьный психолог', psychologist);
  ask('нужен психолог', psychologist);
  ask('псхолог', psychologist);
  ask('как связаться с психологом', psychologist);
  ask(wrongLayout('психолог'), psychologist);
  ask('поговорить с психологом ребенку', psychologist);
  ask('телефон доверия для детей', [helpline]);
  ask('анонимный телефон доверия', [helpline]);
  ask('8 800 2000 122', [helpline]);
  ask('соцпедагог', social);
  ask('телефон социального педагога', social);
  ask('техподдержка', itSupport);
  ask('айтишник школы', itSupport);
  ask('системный админ', itSupport);
  ask('тех поддержка телефон', itSupport);
  ask('директор школы', director);
  ask('как позвонить директору', director);
  ask('завуч', deputy);
  ask('заместитель директора по учебной работе', deputy);

  // Device requirements.
  if (c.hasRequirements) {
    // A question about one device wants that device (or the page); a general one, the page or any of its parts.
    const parts = ['internet', 'device-computer', 'device-laptop', 'device-tablet', 'device-phone'].map(
      (anchor) => `requirements/#${anchor}`,
    );
    const requirements = (anchor?: string) => (anchor ? [`requirements/#${anchor}`, 'requirements/'] : ['requirements/', ...parts]);
    const internetFaq = c.faq.find((f) => /интернет/i.test(f.question));
    ask('минимальные требования к компьютеру', requirements('device-computer'));
    ask('какой нужен компьютер для уроков', requirements('device-computer'));
    ask('какая скорость интернета нужна', [...requirements('internet'), internetFaq && `faq/#${internetFaq.id}`]);
    ask('подойдет ли телефон для учебы', requirements('device-phone'));
    ask('требования к планшету', requirements('device-tablet'));
    ask('можно ли учиться на ноутбуке', requirements('device-laptop'));
    ask('сколько нужно памяти на компьютере', requirements('device-computer'));
    ask(wrongLayout('требования к технике'), requirements());
    ask('какие условия нужны для дистанционки', requirements());
  }

  // Meetings.
  const meetingsOf = (test: (m: (typeof c.meetings)[number]) => boolean) => c.meetings.filter(test).map((m) => `meetings/#${m.id}`);
  ask('родительское собрание', [...meetingsOf(() => true), 'meetings/']);
  ask(
    'когда общешкольное собрание',
    meetingsOf((m) => m.classes.length === 0),
  );
  const classMeeting = c.meetings.find((m) => m.classes.length === 1);
  if (classMeeting) {
    const name = c.classes.find((entry) => entry.id === classMeeting.classes[0])!.class;
    const [grade, letter] = gradeAndLetter(name);
    ask(`когда собрание ${grade}${letter.toLowerCase()} класса`, [`meetings/#${classMeeting.id}`]);
    ask(`встреча родителей ${grade} ${letter}`, [`meetings/#${classMeeting.id}`]);
  }
  const gradeMeeting = c.meetings.find((m) => m.classes.length > 1);
  if (gradeMeeting) {
    const grade = gradeAndLetter(c.classes.find((entry) => entry.id === gradeMeeting.classes[0])!.class)[0];
    ask(`собрание ${grade} классов`, [`meetings/#${gradeMeeting.id}`]);
  }
  ask(wrongLayout('собрание'), [...meetingsOf(() => true), 'meetings/']);
  ask('онлайн встреча с родителями', [...meetingsOf(() => true), 'meetings/']);

  // Guides: a device-specific question accepts that device's guide or one for any device.
  // A question that names «Сферум» accepts only that platform's guides.
  const guides = (topic: string, device?: string, platform?: string) =>
    c.guides
      .filter((g) => g.topic === topic && (!device || g.device === device || g.device === 'any') && (!platform || g.platform === platform))
      .map((g) => `guides/${g.id}/`);
  ask('как подключиться с телефона', guides('connect', 'phone'));
  ask('как войти в сферум с компьютера', guides('connect', 'computer', 'sferum'));
  ask('не могу зайти в сферум', [...guides('connect', undefined, 'sferum'), ...guides('troubleshooting', undefined, 'sferum')]);
  ask('как попасть на урок', guides('lesson'));
  ask('как включить камеру на уроке', [...guides('lesson'), ...guides('troubleshooting')]);
  ask('как отправить домашку учителю', guides('homework'));
  ask('куда сдавать домашнее задание', guides('homework'));
  ask('ничего не работает что делать', guides('troubleshooting'));
  ask('не открывается сферум', guides('troubleshooting', undefined, 'sferum'));
  ask('пропал звук на уроке', guides('troubleshooting'));
  ask('как написать учителю', [
    ...guides('other'),
    ...c.faq.filter((f) => /связаться с учител/i.test(f.question)).map((f) => `faq/#${f.id}`),
  ]);
  ask('инструкции', ['guides/', ...c.guides.map((g) => `guides/${g.id}/`)]);

  // Lending devices.
  const lending = c.pages.filter((p) => /устройств|ноутбук|техник/i.test(p.title)).map((p) => `${p.id}/`);
  const noComputerFaq = c.faq.filter((f) => /компьютер|планшет|устройств/i.test(f.question)).map((f) => `faq/#${f.id}`);
  ask('где взять ноутбук', [...lending, ...noComputerFaq]);
  ask('дома нет компьютера', [...lending, ...noComputerFaq]);
  ask('школа дает планшет на время?', [...lending, ...noComputerFaq]);
  ask('выдача ноутбуков', lending);
  ask('не на чем учиться дома', [...lending, ...noComputerFaq]);

  // Orders and the plan.
  const order = `documents/#${c.school.distanceLearning?.order ?? ''}`;
  ask('приказ о дистанционке', [order]);
  ask('приказ о переходе на дистант', [order]);
  ask(wrongLayout('приказ о дистанционном'), [order]);
  ask(
    'положение о дистанционном обучении',
    c.documents.filter((d) => d.kind === 'regulation').map((d) => `documents/#${d.id}`),
  );
  ask('план-график', ['plan/']);
  ask('план график мероприятий по дистанционному обучению', ['plan/']);
  ask('план мероприятий школы', ['plan/']);
  ask('что запланировано школой', ['plan/']);

  // Coordinators.
  const coordinator = (level: string) =>
    c.coordinators.flatMap((entry, i) => (entry.level === level ? [`coordinators/#coordinator-${i + 1}`] : []));
  ask('координатор', ['coordinators/', ...c.coordinators.map((_, i) => `coordinators/#coordinator-${i + 1}`)]);
  ask('кто координатор дистанционного обучения в школе', ['coordinators/', ...coordinator('school')]);
  ask('координатор в управлении образования', coordinator('municipal'));
  ask('куда жаловаться если школа не отвечает', ['coordinators/', ...coordinator('municipal'), ...coordinator('regional')]);

  // Teachers.
  const subjectTeachers = (word: string) =>
    c.staff.filter((s) => (s.subjects ?? []).some((subject: string) => subject.toLowerCase().includes(word))).map((s) => `staff/#${s.id}`);
  ask('учитель математики', subjectTeachers('математик'));
  ask('учительница английского', subjectTeachers('английск'));
  ask('кто ведет физику', subjectTeachers('физика'));
  const teacher = c.staff.find((s) => (s.subjects ?? []).length > 0 && s.name.split(' ')[0]!.length >= 6);
  if (teacher) {
    const surname = teacher.name.split(' ')[0]!.toLowerCase();
    ask(surname, [`staff/#${teacher.id}`]);
    ask(`${surname.slice(0, 2)}${surname[3]}${surname[2]}${surname.slice(4)}`, [`staff/#${teacher.id}`]); // two letters swapped
  }

  // A second set, written later to look for general failure modes: one-word queries, surnames and
  // their cases, more spellings of class names, colloquial words, long questions.
  // «четвертый» as most type it, without «ё».
  const ordinals = GRADE_ORDINALS.slice(1).map((word) => word.replace('ё', 'е'));
  for (const [i, entry] of picked.entries()) {
    const [grade, letter] = gradeAndLetter(entry.class);
    const own = [timetable(entry.class)];
    ask([`${grade}-${letter}`, `${grade}${letter} расп`, `уроки в ${grade} ${letter.toLowerCase()} на завтра`][i]!, own);
    ask(`${ordinals[Number(grade) - 1]} ${letter.toLowerCase()} расписание`, own);
    ask(
      [
        `расписание ${grade} ${letter} класса на неделю`,
        `${ordinals[Number(grade) - 1]} ${letter} класс`,
        `${grade}${letter.toLowerCase()}`,
      ][i]!,
      own,
    );
  }
  ask('когда звонок на урок', ['timetable/bells/']);
  ask('во сколько заканчиваются уроки', ['timetable/bells/']);
  ask('психолог', psychologist);
  ask('директор', director);
  ask('дириктор', director);
  ask('номер директора', director);
  ask('сисадмин', itSupport);
  ask('комп не включается куда обращаться', [...itSupport, ...guides('troubleshooting')]);
  ask('соц педагог телефон', social);
  ask('телефон завуча', deputy);
  ask('горячая линия по дистанционному обучению номер', [hotline]);
  if (c.hasRequirements) {
    const requirements = (anchor?: string) => (anchor ? [`requirements/#${anchor}`, 'requirements/'] : ['requirements/']);
    ask('комп для учебы какой нужен', requirements('device-computer'));
    ask('какой нужен инет', requirements('internet'));
    ask('требования к технике', requirements());
    ask('какой планшет подойдет для дистанционного обучения', requirements('device-tablet'));
  }
  ask('собрания', [...meetingsOf(() => true), 'meetings/']);
  ask('когда следующее родительское собрание', [...meetingsOf(() => true), 'meetings/']);
  ask('дз куда отправлять', guides('homework'));
  ask('как сфотографировать тетрадь и отправить учителю', guides('homework'));
  ask('созвон с учителем', [...guides('lesson'), ...guides('other')]);
  ask('подскажите пожалуйста как моему ребенку попасть на урок с телефона', guides('lesson'));
  ask('нет звука', guides('troubleshooting'));
  ask('не работает камера на видеоуроке', [...guides('lesson'), ...guides('troubleshooting')]);
  ask('инет пропал что делать', [
    ...guides('troubleshooting'),
    ...c.faq.filter((f) => /интернет/i.test(f.question)).map((f) => `faq/#${f.id}`),
  ]);
  ask('ноутбук на время', [...lending, ...noComputerFaq]);
  ask('как получить планшет в школе', [...lending, ...noComputerFaq]);
  ask(
    'приказ',
    c.documents.filter((d) => d.kind === 'order').map((d) => `documents/#${d.id}`),
  );
  ask('план', ['plan/']);
  ask('куратор дистанционного обучения', ['coordinators/', ...coordinator('school')]);
  ask('училка по математике', subjectTeachers('математик'));
  ask('кто преподает русский язык', subjectTeachers('русский'));
  ask('учитель истории', subjectTeachers('истори'));
  const surnamed = c.staff.filter((s) => (s.subjects ?? []).length > 0 && s.name.split(' ')[0]!.length >= 5).slice(1, 4);
  const genitive = (surname: string) =>
    /(ов|ев|ин|ын)$/.test(surname) ? `${surname}а` : /(ова|ева|ина|ына)$/.test(surname) ? `${surname.slice(0, -1)}ой` : surname;
  for (const [i, person] of surnamed.entries()) {
    const [surname, first, patronymic] = person.name.split(' ') as [string, string, string];
    const same = (test: (s: (typeof c.staff)[number]) => boolean) => c.staff.filter(test).map((s) => `staff/#${s.id}`);
    ask([`телефон ${genitive(surname)}`, surname.toUpperCase(), `${first} ${patronymic}`][i]!, [
      `staff/#${person.id}`,
      ...(i === 2 ? same((s) => s.name.endsWith(`${first} ${patronymic}`)) : []),
    ]);
    ask(
      [`${surname.toLowerCase()} ${first[0]!.toLowerCase()}`, `${surname.toLowerCase().slice(0, -1)}`, `${surname} ${first} ${patronymic}`][
        i
      ]!,
      [`staff/#${person.id}`],
    );
  }
  return cases;
}
