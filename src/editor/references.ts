/**
 * Fields that name another file or entry: a lesson's teacher is a file of staff/, a guide's platform a
 * file of platforms/. The editor shows them as a list to pick from, so a teacher never types
 * `petrov-i-v` by hand. The checker's rule (src/checker/rules/references.ts) says the same in code;
 * tests/editor fails when a field written with idSchema() is neither here nor an entry's own id, so
 * a new reference cannot reach the editor as a bare text box.
 */
import type { CollectionName } from '../content-model/collections.ts';
import { schoolDays } from '../lib/week.ts';

/** The collections a field may point at, and how an entry of each is shown in the pick list. */
export const REFERENCE_TARGETS = {
  staff: { search: ['name', 'position'], display: '{{name}} ({{position}})' },
  platforms: { search: ['name'], display: '{{name}}' },
  classes: { search: ['class'], display: '{{class}}' },
  documents: { search: ['title'], display: '{{title}}' },
} as const satisfies Partial<Record<CollectionName, { search: readonly string[]; display: string }>>;

export type ReferenceTarget = keyof typeof REFERENCE_TARGETS;

const lessonReferences = Object.fromEntries(
  schoolDays.flatMap((day) => [
    [`days.${day}[].teacher`, 'staff'],
    [`days.${day}[].platform`, 'platforms'],
    [`days.${day}[].withClasses[]`, 'classes'],
  ]),
) as Record<string, ReferenceTarget>;

/** Field path (as in field-help.ts) → the collection it names, for every collection. */
export const REFERENCES: Partial<Record<CollectionName, Record<string, ReferenceTarget>>> = {
  school: { 'distanceLearning.order': 'documents' },
  staff: { 'classes[]': 'classes', 'accounts[].platform': 'platforms' },
  classes: { classTeacher: 'staff', ...lessonReferences },
  meetings: { platform: 'platforms', responsible: 'staff', 'classes[]': 'classes' },
  communication: { responsible: 'staff' },
  roadmap: { responsible: 'staff' },
  guides: { platform: 'platforms' },
  changes: { 'changes[].class': 'classes', 'changes[].teacher': 'staff', 'changes[].platform': 'platforms' },
};

/** What `path` of `collection` names, if it names another entry. */
export function referenceAt(collection: CollectionName, path: string): ReferenceTarget | undefined {
  const references = REFERENCES[collection];
  // `teacher[]`: one of the teachers of a field that takes one id or a list of them.
  return references?.[path] ?? (path.endsWith('[]') ? references?.[path.slice(0, -2)] : undefined);
}
