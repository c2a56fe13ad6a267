/**
 * The layout of the content folder, the one place that says which file holds which concept and under
 * which schema. Astro's content collections (src/content.config.ts), the checker, the JSON Schemas for
 * editors and the docs all read this table, so a file name is never written twice.
 */
import type { z } from 'astro/zod';
import { announcementSchema } from '../schemas/announcement.ts';
import { bellsSchema } from '../schemas/bells.ts';
import { communicationItemSchema } from '../schemas/communication.ts';
import { contactSchema } from '../schemas/contact.ts';
import { coordinatorSchema } from '../schemas/coordinator.ts';
import { documentSchema } from '../schemas/document.ts';
import { faqSchema } from '../schemas/faq.ts';
import { guideSchema } from '../schemas/guide.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { pageSchema } from '../schemas/page.ts';
import { platformSchema } from '../schemas/platform.ts';
import { requirementsSchema } from '../schemas/requirements.ts';
import { roadmapItemSchema } from '../schemas/roadmap.ts';
import { schoolSchema } from '../schemas/school.ts';
import { staffSchema } from '../schemas/staff.ts';
import { timetableChangesSchema } from '../schemas/timetable-change.ts';
import { timetableClassSchema } from '../schemas/timetable-class.ts';

/**
 * How entries are stored:
 * - `single`: one YAML file is one entry (its id is the collection name);
 * - `list`: one YAML file holds a list, one entry per item (id from `idField`, else the position);
 * - `per-file`: one YAML file per entry in a folder, the id is the file name;
 * - `markdown`: one Markdown/MDX file per entry, frontmatter checked by the schema, body rendered.
 */
export type Storage =
  | { kind: 'single'; file: string }
  | { kind: 'list'; file: string; idField?: string }
  | { kind: 'per-file'; dir: string }
  | { kind: 'markdown'; dir: string; mdx: boolean };

export interface CollectionDefinition {
  /** Where the entries live, relative to the content folder. */
  storage: Storage;
  /** The schema of one entry (of the frontmatter for Markdown). */
  schema: () => z.ZodType;
  /** Whether the site works without it (the checker warns instead of failing when it is missing). */
  required: boolean;
  /** Russian name of the concept, for messages. */
  label: string;
}

export const collections = {
  school: { storage: { kind: 'single', file: 'school.yaml' }, schema: schoolSchema, required: true, label: 'школа' },
  announcements: {
    storage: { kind: 'markdown', dir: 'announcements', mdx: false },
    schema: announcementSchema,
    required: false,
    label: 'объявление',
  },
  contacts: {
    storage: { kind: 'list', file: 'contacts.yaml', idField: 'id' },
    schema: contactSchema,
    required: true,
    label: 'контакт',
  },
  staff: { storage: { kind: 'per-file', dir: 'staff' }, schema: staffSchema, required: true, label: 'сотрудник' },
  platforms: {
    storage: { kind: 'per-file', dir: 'platforms' },
    schema: platformSchema,
    required: true,
    label: 'платформа',
  },
  requirements: {
    storage: { kind: 'single', file: 'requirements.yaml' },
    schema: requirementsSchema,
    required: false,
    label: 'технические требования',
  },
  bells: {
    storage: { kind: 'single', file: 'timetable/bells.yaml' },
    schema: bellsSchema,
    required: true,
    label: 'расписание звонков',
  },
  classes: {
    storage: { kind: 'per-file', dir: 'timetable/classes' },
    schema: timetableClassSchema,
    required: true,
    label: 'расписание класса',
  },
  changes: {
    storage: { kind: 'per-file', dir: 'timetable/changes' },
    schema: timetableChangesSchema,
    required: false,
    label: 'изменения в расписании',
  },
  meetings: {
    storage: { kind: 'per-file', dir: 'meetings' },
    schema: meetingSchema,
    required: false,
    label: 'родительское собрание',
  },
  communication: {
    storage: { kind: 'list', file: 'communication.yaml' },
    schema: communicationItemSchema,
    required: false,
    label: 'график взаимодействия',
  },
  guides: {
    storage: { kind: 'markdown', dir: 'guides', mdx: true },
    schema: guideSchema,
    required: false,
    label: 'инструкция',
  },
  faq: { storage: { kind: 'markdown', dir: 'faq', mdx: false }, schema: faqSchema, required: false, label: 'вопрос' },
  documents: {
    storage: { kind: 'list', file: 'documents.yaml', idField: 'id' },
    schema: documentSchema,
    required: true,
    label: 'документ',
  },
  roadmap: {
    storage: { kind: 'list', file: 'roadmap.yaml', idField: 'id' },
    schema: roadmapItemSchema,
    required: false,
    label: 'мероприятие плана-графика',
  },
  coordinators: {
    storage: { kind: 'list', file: 'coordinators.yaml' },
    schema: coordinatorSchema,
    required: false,
    label: 'координатор',
  },
  pages: { storage: { kind: 'markdown', dir: 'pages', mdx: true }, schema: pageSchema, required: false, label: 'страница' },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collections;

/** The content folder: `CONTENT_DIR` from the environment, else `./content`. */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env['CONTENT_DIR'] || './content';
}
