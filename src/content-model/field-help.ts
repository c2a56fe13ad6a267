/**
 * Russian one-line hints for every field an editor writes, shown by VS Code's YAML extension on hover
 * and in completion (see json-schema.ts). Kept apart from the zod schemas so the schemas stay the
 * contract in code (English comments for programmers) and this table stays the words for teachers.
 *
 * Paths are inside one entry: `name`, `distanceLearning.from`, `hours[]` (an item of a list),
 * `hours[].days`, `grades[0]`. A field with a fixed list of values gives the meaning of each value.
 * `npm run schemas` (and tests/json-schema) fails when a schema field has no hint, a hint names a
 * field that no longer exists, or a value is left unexplained — so this table cannot drift.
 *
 * This file assembles the table; the hints themselves are kept by area in field-help/ (school,
 * people, timetable, learning, articles), with the rules they share in field-help/common.ts.
 */
import type { CollectionName } from './collections.ts';
import type { CollectionHelp } from './field-help/common.ts';
import { announcementsHelp, faqHelp, guidesHelp, pagesHelp } from './field-help/articles.ts';
import { platformsHelp, requirementsHelp } from './field-help/learning.ts';
import { communicationHelp, contactsHelp, coordinatorsHelp, meetingsHelp, staffHelp } from './field-help/people.ts';
import { documentsHelp, roadmapHelp, schoolHelp } from './field-help/school.ts';
import { bellsHelp, changesHelp, classesHelp } from './field-help/timetable.ts';

export type { CollectionHelp, Help } from './field-help/common.ts';

export const fieldHelp: Record<CollectionName, CollectionHelp> = {
  school: schoolHelp,
  announcements: announcementsHelp,
  contacts: contactsHelp,
  staff: staffHelp,
  platforms: platformsHelp,
  requirements: requirementsHelp,
  bells: bellsHelp,
  changes: changesHelp,
  classes: classesHelp,
  meetings: meetingsHelp,
  communication: communicationHelp,
  guides: guidesHelp,
  faq: faqHelp,
  documents: documentsHelp,
  roadmap: roadmapHelp,
  coordinators: coordinatorsHelp,
  pages: pagesHelp,
};
