/**
 * A deterministic synthetic school for benchmarks: the same seed and size always give byte-identical
 * files, which pass the checker with no errors. Files are returned as a path → text map, then written.
 *
 * This file holds the sizes and the order of the work; each kind of file is made in its own module.
 * Every module draws from the one seeded source in turn, so the order of the calls below is part of
 * the output: changing it changes every school generated after that point.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addArticleFiles } from './articles.ts';
import { addTimetableFiles } from './class-timetables.ts';
import { addContactFiles } from './contacts.ts';
import { markdown, yaml } from './file-text.ts';
import { addMeetingFiles } from './meetings.ts';
import { cityPhone } from './names.ts';
import { createRandom } from './random.ts';
import { addRoadmapFile } from './roadmap.ts';
import * as fixed from './school-files.ts';
import { addStaffFiles, hireStaff } from './staff.ts';
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

/** Generates every file of a school: relative path → file text. */
export function generateSchool({ seed, size }: GenerateOptions): Map<string, string> {
  const spec = SIZES[size];
  const random = createRandom(seed);
  const wording = wordingFor(seed);
  const files = new Map<string, string>();
  const number = random.int(1, 150);
  const domain = `school${number}.example`;
  const staff = hireStaff(random, domain, spec.classes, spec.staff);
  const { director, deputy, social, it, secretary } = staff;

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

  addStaffFiles(files, random, staff);
  addTimetableFiles(files, random, staff);

  for (const [path, data] of Object.entries(fixed.platformFiles())) files.set(path, yaml(data));
  files.set('requirements.yaml', yaml(fixed.requirements()));
  files.set('documents.yaml', yaml(fixed.documents(domain, wording.orderTitle)));
  const coordinators = [deputy, it].map((p) => ({ name: p.name, position: p.position, phone: p.phone, email: p.email }));
  files.set('coordinators.yaml', yaml(fixed.coordinators(school, coordinators)));
  for (const [name, [front, body]] of Object.entries(fixed.pages(social, it, wording)))
    files.set(`pages/${name}.md`, markdown(front, body));

  addContactFiles(files, random, staff, wording, school.phone);
  addRoadmapFile(files, random, staff);

  const hotline = cityPhone(random);
  addMeetingFiles(files, random, spec.meetings, staff);
  addArticleFiles(files, random, spec, staff, hotline);
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
