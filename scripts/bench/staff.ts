/**
 * The synthetic school's staff: the office (administration, specialists, support) and the teachers
 * its week of lessons needs, then their files under staff/. Hiring and writing the files are two
 * steps because the school's own card draws random numbers between them, and draws keep their order.
 */
import { yaml } from './file-text.ts';
import { cityPhone, createPeople, mobilePhone, type Person } from './names.ts';
import type { Random } from './random.ts';
import { planWeek, SCHOOL_DAYS, SPECIALITIES, type SchoolWeek, type Teacher } from './timetable.ts';

export interface Staffer extends Person {
  position: string;
  email: string;
  phone: string;
}

// Administration and specialists first, so their ids are stable whatever the size.
const ROLES = [
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

/** Everyone the school employs, the week they teach, and the office people other files name. */
export interface Staff {
  office: (Staffer & { group: (typeof ROLES)[number][0] })[];
  week: SchoolWeek;
  teachers: (Staffer & { plan: Teacher })[];
  director: Staffer;
  deputy: Staffer;
  deputy2: Staffer;
  psychologist: Staffer;
  social: Staffer;
  it: Staffer;
  secretary: Staffer;
}

/** Hires the office, plans the week for `classCount` classes, then hires the teachers it needs. */
export function hireStaff(random: Random, domain: string, classCount: number, staffCount: number): Staff {
  const newPerson = createPeople(random);
  const staffer = (position: string): Staffer => {
    const person = newPerson();
    return { ...person, position, email: `${person.mailbox}@${domain}`, phone: cityPhone(random) };
  };
  const office = ROLES.map(([group, position]) => ({ group, ...staffer(position) }));
  const role = (i: number): Staffer => office[i]!;
  const [director, deputy, deputy2, psychologist, social, it, secretary] = [role(0), role(1), role(2), role(4), role(5), role(8), role(9)];
  const week = planWeek(random, classCount, staffCount - ROLES.length);
  const teachers = week.teachers.map((t) => ({ plan: t, ...staffer(SPECIALITIES[t.speciality]) }));
  return { office, week, teachers, director, deputy, deputy2, psychologist, social, it, secretary };
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

/** Adds `staff/<id>.yaml` for the office, then for each teacher. */
export function addStaffFiles(files: Map<string, string>, random: Random, { office, teachers }: Staff): void {
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
}
