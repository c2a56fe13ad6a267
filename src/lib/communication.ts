/** The regular communication schedule: grouped by whom it is for, when it happens, who answers for it. */
import type { CommunicationItem } from '../schemas/communication.ts';
import { groupInOrder, type Group } from './group.ts';
import { formatHours } from './hours.ts';

/** Parents look for this page first, then teachers, then pupils. */
export const communicationAudiences = ['parents', 'teachers', 'pupils'] as const;
export type CommunicationAudience = (typeof communicationAudiences)[number];

/** Non-empty groups in `communicationAudiences` order, keeping the file's order inside each. */
export function communicationByAudience<T extends Pick<CommunicationItem, 'audience'>>(
  items: readonly T[],
): Group<CommunicationAudience, T>[] {
  return groupInOrder(items, communicationAudiences, (item) => item.audience);
}

/** «пн–пт 08:00–08:15», several lines joined by «; », or the frequency in the editor's words. */
export function scheduleText(item: Pick<CommunicationItem, 'hours' | 'frequency'>): string {
  if (item.hours && item.hours.length > 0) return item.hours.map(formatHours).join('; ');
  return item.frequency ?? '';
}

/** The staff member responsible for an item (the checker guarantees the reference resolves). */
export function responsibleOf<P extends { id: string }>(item: Pick<CommunicationItem, 'responsible'>, staff: readonly P[]): P | undefined {
  return staff.find((person) => person.id === item.responsible);
}
