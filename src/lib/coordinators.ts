/** Coordinators of distance learning by level (school, municipality, region), shown as contact cards. */
import { coordinatorLevels, type Coordinator } from '../schemas/coordinator.ts';
import type { ContactPoint } from './contacts.ts';
import { groupInOrder, type Group } from './group.ts';

export type CoordinatorLevel = (typeof coordinatorLevels)[number];

/** Non-empty levels from the school up, keeping the file's order inside each. */
export function coordinatorsByLevel<T extends Pick<Coordinator, 'level'>>(coordinators: readonly T[]): Group<CoordinatorLevel, T>[] {
  return groupInOrder(coordinators, coordinatorLevels, (person) => person.level);
}

/** A coordinator as a contact card; the anchor is `coordinator-<n>` (list entries are numbered). */
export function coordinatorContact(person: Coordinator & { id: string }): ContactPoint {
  return {
    id: `coordinator-${person.id}`,
    title: person.name,
    person: person.position,
    phones: [person.phone],
    email: person.email,
    hours: [],
  };
}
