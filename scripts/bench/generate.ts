/**
 * A deterministic synthetic school for benchmarks: the same seed and size always give byte-identical
 * files, which pass the checker with no errors. Files are returned as a path → text map, then written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Scalar, stringify } from 'yaml';
import { cityPhone, createPeople, mobilePhone, translit, type Person } from './names.ts';
import { createRandom, type Random } from './random.ts';
import * as fixed from './school-files.ts';
import { AGENDA, faqText, GUIDE_DEVICES, GUIDE_TOPICS, guideText, noticeText } from './texts.ts';
import { planWeek, SCHOOL_DAYS, SPECIALITIES } from './timetable.ts';
import { wordingFor } from './wording.ts';

export const SIZES = {
  /** The least a school can be: for tests that build many schools on a shared machine. */
  tiny: { classes: 2, staff: 14, guides: 1, meetings: 1, faq: 1, announcements: 1 },
  small: { classes: 10, staff: 30, guides: 8, meetings: 6, faq: 10, announcements: 4 },
  medium: { classes: 30, staff: 100, guides: 60, meetings: 40, faq: 60, announcements: 8 },
  large: { classes: 60, staff: 200, guides: 300, meetings: 100, faq: 200, announcements: 12 },
  /** Over 1,000 content files: for timing the checker. */
  huge: { classes: 66, staff: 330, guides: 420, meetings: 150, faq: 260, announcements: 20 },
} as const;
export type SizeName = keyof typeof SIZES;

export interface GenerateOptions {
  seed: number;
  size: SizeName;
}

/** Times in double quotes, as editors are told to write them («"08:30"»), so any YAML reader sees text. */
function quoteTimes(value: unknown): unknown {
  if (typeof value === 'string' && /^\d\d:\d\d$/.test(value)) return Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
  if (Array.isArray(value)) return value.map(quoteTimes);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, quoteTimes(v)]));
  return value;
}
const toYaml = (value: unknown) => stringify(quoteTimes(value), { lineWidth: 0 });
const yaml = (value: unknown, comment?: string) => `${comment ? `# ${comment}\n` : ''}${toYaml(value)}`;
const markdown = (frontmatter: unknown, body: string) => `---\n${toYaml(frontmatter)}---\n\n${body}`;

/** `2026-11-16` plus `days` calendar days. */
function dayAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
/** The `n`-th working day (Mon–Fri) from a Monday. */
const workingDay = (monday: string, n: number) => dayAfter(monday, Math.floor(n / 5) * 7 + (n % 5));

interface Staffer extends Person {
  position: string;
  email: string;
  phone: string;
}

function staffHours(random: Random): unknown[] {
  const from = random.pick(['13:00', '14:00', '15:00', '16:00']);
  const to = `${String(Number(from.slice(0, 2)) + 1)}:00`;
  return [
    {
      days: random
        .shuffle(SCHOOL_DAYS)
        .slice(0, random.int(1, 2))
        .sort((a, b) => SCHOOL_DAYS.indexOf(a) - SCHOOL_DAYS.indexOf(b)),
      from,
      to,
    },
  ];
}

/** Generates every file of a school: relative path → file text. */
export function generateSchool({ seed, size }: GenerateOptions): Map<string, string> {
  const spec = SIZES[size];
  const random = createRandom(seed);
  const wording = wordingFor(seed);
  const files = new Map<string, string>();
  const number = random.int(1, 150);
  const domain = `school${number}.example`;
  const newPerson = createPeople(random);
  const staffer = (position: string): Staffer => {
    const person = newPerson();
    return { ...person, position, email: `${person.mailbox}@${domain}`, phone: cityPhone(random) };
  };

  // Administration and specialists first, so their ids are stable whatever the size.
  const roles = [
    ['administration', 'Директор'],
    ['administration', 'Заместитель директора по учебно-воспитательной работе'],
    ['administration', 'Заместитель директора по учебно-воспитательной работе'],
    ['administration', 'Заместитель директора по воспитательной работе'],
    ['specialist', 'Педагог-психолог'],
    ['specialist', 'Социальный педагог'],
    ['specialist', 'Учитель-логопед'],
    ['specialist', 'Педагог-библиотекарь'],
    ['support', 'Системный администратор'],
    ['support', 'Секретарь руководителя'],
  ] as const;
  const office = roles.map(([group, position]) => ({ group, ...staffer(position) }));
  const role = (i: number): Staffer => office[i]!;
  const [director, deputy, deputy2, psychologist, social, it, secretary] = [role(0), role(1), role(2), role(4), role(5), role(8), role(9)];

  const week = planWeek(random, spec.classes, spec.staff - roles.length);
  const teachers = week.teachers.map((t) => ({ plan: t, ...staffer(SPECIALITIES[t.speciality]) }));
  const school = {
    name: `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${number}»`,
    shortName: `МБОУ «СОШ № ${number}»`,
    address: `6540${random.int(10, 99)}, Кемеровская область — Кузбасс, г. Новокузнецк, ул. ${random.pick(['Школьная', 'Садовая', 'Мира', 'Кирова', 'Ленина'])}, д. ${random.int(1, 120)}`,
    phone: secretary.phone,
    email: `school${number}@${domain}`,
    website: `https://${domain}`,
    region: 'Кемеровская область — Кузбасс',
    municipality: 'Новокузнецкий городской округ',
    director: director.name,
    timezone: 'Asia/Novokuznetsk',
    distanceLearning: { active: true, from: '2026-11-16', to: '2026-12-04', order: 'prikaz-o-dot' },
  };
  files.set('school.yaml', yaml(school));

  for (const person of office) {
    files.set(
      `staff/${person.id}.yaml`,
      yaml({ name: person.name, position: person.position, group: person.group, email: person.email, hours: staffHours(random) }),
    );
  }
  for (const t of teachers) {
    const withPhone = random.chance(0.08);
    files.set(
      `staff/${t.id}.yaml`,
      yaml({
        name: t.name,
        position: t.position,
        subjects: [...t.plan.subjects],
        classes: [...t.plan.classes],
        email: t.email,
        accounts: [{ platform: 'sferum', handle: t.handle }, { platform: 'moya-shkola' }],
        hours: staffHours(random),
        ...(withPhone ? { phone: mobilePhone(random), consent: { date: '2026-09-01', scope: 'телефон для связи с родителями' } } : {}),
      }),
    );
  }

  files.set('timetable/bells.yaml', yaml(fixed.bells(), 'Звонки на период дистанционного обучения: уроки по 30 минут.'));
  const links = new Map<string, string>();
  const linkFor = (teacher: number, classId: string) => {
    const key = `${teacher}|${classId}`;
    if (!links.has(key)) links.set(key, `https://sferum.ru/?call_link=${random.token(22)}`);
    return links.get(key)!;
  };
  for (const c of week.classes) {
    const days = Object.fromEntries(
      SCHOOL_DAYS.map((day) => [
        day,
        c.days[day].map((lesson) => {
          const online = random.chance(0.8);
          return {
            period: lesson.period,
            subject: lesson.subject,
            teacher: teachers[lesson.teacher]!.id,
            ...(lesson.group ? { group: lesson.group } : {}),
            platform: online ? 'sferum' : 'moya-shkola',
            ...(online ? { link: linkFor(lesson.teacher, c.id) } : { note: 'Задание в «Моей школе», сдать до 20:00.' }),
            online,
          };
        }),
      ]),
    );
    const classTeacher = c.classTeacher === undefined ? {} : { classTeacher: teachers[c.classTeacher]!.id };
    files.set(`timetable/classes/${c.id}.yaml`, yaml({ class: c.name, shift: c.shift, ...classTeacher, days }));
  }

  for (const [path, data] of Object.entries(fixed.platformFiles())) files.set(path, yaml(data));
  files.set('requirements.yaml', yaml(fixed.requirements()));
  files.set('documents.yaml', yaml(fixed.documents(domain, wording.orderTitle)));
  const coordinators = [deputy, it].map((p) => ({ name: p.name, position: p.position, phone: p.phone, email: p.email }));
  files.set('coordinators.yaml', yaml(fixed.coordinators(school, coordinators)));
  for (const [name, [front, body]] of Object.entries(fixed.pages(social, it, wording)))
    files.set(`pages/${name}.md`, markdown(front, body));

  const weekdays = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' }];
  const contact = (id: string, kind: string, title: string, person: Staffer | undefined, audience: string[], phone?: string) => ({
    id,
    kind,
    title,
    phones: [phone ?? person!.phone],
    ...(person ? { email: person.email } : {}),
    hours: weekdays,
    audience,
    ...(person ? { person: `${person.position} ${person.name}` } : {}),
  });
  files.set(
    'contacts.yaml',
    yaml([
      contact('goryachaya-liniya', 'hotline', wording.contacts.hotline, deputy, ['parents', 'pupils', 'teachers'], cityPhone(random)),
      contact('psiholog', 'psychologist', wording.contacts.psychologist, psychologist, ['parents', 'pupils']),
      contact('detskiy-telefon-doveriya', 'psychologist', wording.contacts.helpline, undefined, ['pupils', 'parents'], '8-800-2000-122'),
      contact('socpedagog', 'social', wording.contacts.social, social, ['parents']),
      contact('priemnaya', 'administration', wording.contacts.reception, secretary, ['parents', 'teachers']),
      contact('zavuch', 'administration', wording.contacts.deputy, deputy2, ['parents', 'teachers']),
      contact('tehpodderzhka', 'it-support', wording.contacts.itSupport, it, ['pupils', 'parents', 'teachers']),
    ]),
  );
  files.set(
    'communication.yaml',
    yaml([
      {
        audience: 'teachers',
        form: 'planning',
        title: 'Утренняя планёрка администрации с учителями',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:45', to: '08:00' }],
        responsible: deputy.id,
        channel: 'Видеозвонок в «Сферуме»',
      },
      {
        audience: 'parents',
        form: 'chat',
        title: 'Родительские чаты классов',
        frequency: 'Ежедневно до 19:00 классный руководитель пишет итоги дня',
        responsible: deputy2.id,
        channel: 'Чат класса в «Сферуме»',
      },
      {
        audience: 'parents',
        form: 'phone',
        title: 'Приём директора по телефону',
        hours: [{ days: ['tue'], from: '15:00', to: '17:00' }],
        responsible: director.id,
        channel: school.phone,
      },
      {
        audience: 'pupils',
        form: 'consultation',
        title: 'Разговор с психологом',
        hours: [{ days: ['tue', 'thu'], from: '13:00', to: '17:00' }],
        responsible: psychologist.id,
      },
    ]),
  );
  const admins = [director, deputy, deputy2, social, it];
  files.set(
    'roadmap.yaml',
    yaml(
      Array.from({ length: 12 }, (_, i) => ({
        id: String(i + 1),
        title: `${random.pick(['Провести', 'Организовать', 'Проверить', 'Подготовить'])} ${random.pick(AGENDA).toLowerCase()}`,
        deadline: dayAfter('2026-11-13', i * 2),
        status: i < 5 ? 'done' : i < 8 ? 'in-progress' : 'planned',
        responsible: random.pick(admins).id,
      })),
      `План-график мероприятий (приложение к приказу № 215-о)`,
    ),
  );

  const hotline = cityPhone(random);
  const allClasses = week.classes;
  for (let i = 0; i < spec.meetings; i++) {
    const date = workingDay('2026-11-16', i % 20);
    const kind = i % 10 === 0 ? 'school' : i % 5 === 0 ? 'grade' : 'class';
    const first = allClasses[i % allClasses.length]!;
    const classes = kind === 'school' ? [] : kind === 'grade' ? allClasses.filter((c) => c.grade === first.grade) : [first];
    const title =
      kind === 'school'
        ? `Общешкольное родительское собрание № ${i / 10 + 1}`
        : kind === 'grade'
          ? `Собрание родителей ${first.grade}-х классов`
          : `Собрание родителей ${first.name} класса`;
    const leader =
      kind === 'class' && first.classTeacher !== undefined ? teachers[first.classTeacher]!.id : random.pick([deputy, deputy2]).id;
    const from = random.pick(['18:00', '18:30', '19:00']);
    files.set(
      `meetings/${date}-${String(i + 1).padStart(3, '0')}-${kind === 'class' ? first.id : kind}.yaml`,
      yaml({
        title,
        date,
        from,
        to: `${from.slice(0, 3)}45`,
        classes: classes.map((c) => c.id),
        platform: 'sferum',
        link: `https://sferum.ru/?call_link=${random.token(22)}`,
        agenda: random.shuffle(AGENDA).slice(0, random.int(2, 4)),
        responsible: leader,
      }),
    );
  }

  const gradeRanges: [number, number][] = [
    [1, 4],
    [5, 9],
    [10, 11],
    [1, 11],
    [5, 11],
  ];
  for (let i = 0; i < spec.guides; i++) {
    const topic = GUIDE_TOPICS[i % GUIDE_TOPICS.length]!;
    const platform = topic === 'homework' ? fixed.PLATFORMS[1] : random.chance(0.8) ? fixed.PLATFORMS[0] : fixed.PLATFORMS[1];
    const text = guideText(random, topic, random.pick(GUIDE_DEVICES), platform, it.phone);
    const front = {
      title: text.title,
      description: text.description,
      platform: platform.id,
      audience: random.pick(['pupils', 'parents', 'pupils', 'teachers']),
      device: text.device,
      topic,
      grades: random.pick(gradeRanges),
      minutes: random.int(5, 20),
      order: i + 1,
    };
    files.set(
      `guides/${String(i + 1).padStart(3, '0')}-${translit(text.title).slice(0, 48).replace(/-$/, '')}.md`,
      markdown(front, text.body),
    );
  }
  const subjects = [...new Set(week.teachers.flatMap((t) => [...t.subjects]))].sort();
  for (let i = 0; i < spec.faq; i++) {
    const text = faqText(random, random.pick(subjects), hotline);
    files.set(
      `faq/vopros-${String(i + 1).padStart(3, '0')}.md`,
      markdown({ question: text.question, audience: random.pick(['parents', 'pupils', 'parents']), order: i + 1 }, text.body),
    );
  }
  for (let i = 0; i < spec.announcements; i++) {
    const date = dayAfter('2026-11-10', i % 12);
    const text = noticeText(random, random.pick(allClasses).name, dayAfter(date, 5), hotline);
    const level = i === 0 ? 'urgent' : i % 3 === 0 ? 'important' : 'info';
    files.set(
      `announcements/${date}-${String(i + 1).padStart(2, '0')}.md`,
      markdown({ title: text.title, date, level, expires: dayAfter(date, 14) }, text.body),
    );
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes the files under `outDir` (which should be empty). */
export function writeSchool(files: ReadonlyMap<string, string>, outDir: string): void {
  for (const [path, text] of files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
