/**
 * The staff page's rules: who is listed under which heading and in what order, which classes a
 * person's card links to (by their display names), and how platform accounts read.
 */
import type { Platform } from '../schemas/platform.ts';
import { staffGroups, type Staff } from '../schemas/staff.ts';
import { groupInOrder, type Group } from './group.ts';

export type StaffGroup = (typeof staffGroups)[number];

type Person = Pick<Staff, 'name' | 'position' | 'group'>;

/** The head of the school opens the list; everyone else follows alphabetically. */
function headFirst(position: string): number {
  return /^директор/i.test(position.trim()) ? 0 : 1;
}

export function compareStaff(a: Person, b: Person): number {
  return headFirst(a.position) - headFirst(b.position) || a.name.localeCompare(b.name, 'ru');
}

/** Non-empty groups in the order of `staffGroups`, each sorted by `compareStaff`. */
export function staffByGroup<T extends Person>(staff: readonly T[]): Group<StaffGroup, T>[] {
  return groupInOrder([...staff].sort(compareStaff), staffGroups, (person) => person.group);
}

export interface ClassLink {
  /** The class file's id, e.g. `5a` (the timetable page is `timetable/5a/`). */
  id: string;
  /** The class as people write it, e.g. «5А»; the id when the class has no file. */
  name: string;
  /** Whether the class has a timetable file (and so a page to link to). */
  exists: boolean;
}

/** A person's classes by display name, in school order (1А, 2Б, …, 10А, 11А). */
export function classLinks(ids: readonly string[], classes: readonly { id: string; class: string }[]): ClassLink[] {
  return ids
    .map((id) => {
      const found = classes.find((entry) => entry.id === id);
      return { id, name: found?.class ?? id, exists: found !== undefined };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ru', { numeric: true }));
}

/** The classes whose class teacher (классный руководитель, the class file's `classTeacher`) the person is. */
export function classesLedBy(
  personId: string,
  classes: readonly { id: string; class: string; classTeacher?: string | undefined }[],
): ClassLink[] {
  return classLinks(
    classes.filter((entry) => entry.classTeacher === personId).map((entry) => entry.id),
    classes,
  );
}

export interface AccountView {
  /** The platform's name as pupils know it, or its id when the platform is unknown. */
  platformName: string;
  /** The name to look for on the platform. */
  handle?: string;
  /** A direct link to the profile. */
  url?: string;
}

/** A person's platform accounts with platform names instead of ids. */
export function accountViews(accounts: Staff['accounts'], platforms: readonly (Pick<Platform, 'name'> & { id: string })[]): AccountView[] {
  return accounts.map((account) => ({
    platformName: platforms.find((platform) => platform.id === account.platform)?.name ?? account.platform,
    ...(account.handle !== undefined && { handle: account.handle }),
    ...(account.url !== undefined && { url: account.url }),
  }));
}

/**
 * Whether a person belongs to «Педагогический состав» (Rosobrnadzor's structure of a school site):
 * teachers, the specialists (педагог-психолог, социальный педагог, логопед…) and anyone who teaches a subject.
 */
export function isTeachingStaff(person: Pick<Staff, 'group' | 'subjects'>): boolean {
  return person.group === 'teacher' || person.group === 'specialist' || person.subjects.length > 0;
}
