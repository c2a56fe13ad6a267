/**
 * Guides as lists: grouped by who follows them and by topic, the guide to read next, and the short
 * labels (device, topic, grades, minutes) shown as tags. Pure functions over guide entries, so the
 * pages only render and the rules can be tested without a build.
 */
import { t } from '../i18n/ru.ts';
import { guideTopics, type Guide } from '../schemas/guide.ts';

/** A guide entry as the content layer gives it (only what these helpers read). */
export interface GuideLike {
  id: string;
  data: Pick<Guide, 'audience' | 'device' | 'topic' | 'grades' | 'minutes' | 'order'>;
}

/** Audiences in the order a visitor looks for them: the child, then the parent, then the teacher. */
export const audienceOrder = ['pupils', 'parents', 'teachers'] as const;
export type Audience = (typeof audienceOrder)[number];

const byOrder = (a: GuideLike, b: GuideLike) => a.data.order - b.data.order || a.id.localeCompare(b.id, 'ru');

/** Guides sorted by `order` (then id, so equal orders stay stable). */
export function sortGuides<T extends GuideLike>(guides: readonly T[]): T[] {
  return [...guides].sort(byOrder);
}

/** Questions are asked mostly by parents, so the answers to parents come first. */
export const faqAudienceOrder: readonly Audience[] = ['parents', 'pupils', 'teachers'];

/** Non-empty groups of entries per audience, in the given order, keeping the entries' own order. */
export function groupByAudience<T extends { data: { audience: string } }>(
  entries: readonly T[],
  order: readonly Audience[] = audienceOrder,
): { audience: Audience; items: T[] }[] {
  return order
    .map((audience) => ({ audience, items: entries.filter((entry) => entry.data.audience === audience) }))
    .filter((group) => group.items.length > 0);
}

/** Non-empty groups of guides per audience, in `audienceOrder`, each sorted by `order`. */
export function guidesByAudience<T extends GuideLike>(guides: readonly T[]): { audience: Audience; guides: T[] }[] {
  return groupByAudience(sortGuides(guides)).map((group) => ({ audience: group.audience, guides: group.items }));
}

/** Non-empty groups of guides per topic, in the schema's topic order, each sorted by `order`. */
export function guidesByTopic<T extends GuideLike>(guides: readonly T[]): { topic: Guide['topic']; guides: T[] }[] {
  return guideTopics
    .map((topic) => ({ topic, guides: sortGuides(guides.filter((guide) => guide.data.topic === topic)) }))
    .filter((group) => group.guides.length > 0);
}

/** The guide after `id` by `order`; none after the last one (a loop back would look like a new guide). */
export function nextGuide<T extends GuideLike>(guides: readonly T[], id: string): T | undefined {
  const sorted = sortGuides(guides);
  const index = sorted.findIndex((guide) => guide.id === id);
  return index === -1 ? undefined : sorted[index + 1];
}

/**
 * The guides whose QR codes the printed memo carries: connection guides for the main platform, or
 * any connection guides when none is for it; at most two, so with the timetable's code all three fit
 * on one A4 page.
 */
export function memoGuides<T extends { data: Pick<Guide, 'topic' | 'platform'> }>(
  guides: readonly T[],
  primaryPlatform: string | undefined,
): T[] {
  const forPrimary = primaryPlatform === undefined ? [] : connectGuides(guides, primaryPlatform);
  return (forPrimary.length > 0 ? forPrimary : guides.filter(isConnectGuide)).slice(0, 2);
}

const isConnectGuide = (guide: { data: Pick<Guide, 'topic'> }): boolean => guide.data.topic === 'connect';

/** The guides on connecting to a platform, in their given order: the home page links the first one for the main platform. */
export function connectGuides<T extends { data: Pick<Guide, 'topic' | 'platform'> }>(guides: readonly T[], platform: string): T[] {
  return guides.filter((guide) => isConnectGuide(guide) && guide.data.platform === platform);
}

/** The tags of a guide, in the order they are shown: device, topic, grades, minutes. */
export function guideTags(guide: GuideLike): { kind: 'device' | 'topic' | 'grades' | 'minutes'; label: string }[] {
  const [from, to] = guide.data.grades;
  return [
    { kind: 'device', label: t.guides.device[guide.data.device] ?? guide.data.device },
    { kind: 'topic', label: t.guides.topic[guide.data.topic] ?? guide.data.topic },
    { kind: 'grades', label: t.guides.grades(from, to) },
    { kind: 'minutes', label: t.guides.minutes(guide.data.minutes) },
  ];
}

/** «Ученикам», «Родителям», «Учителям» — the heading of an audience group. */
export function audienceHeading(audience: string): string {
  return t.audiencePlural[audience] ?? audience;
}

/** «ученики», «родители», «учителя» — the value of the search filter `audience`. */
export function audienceLabel(audience: string): string {
  return t.audience[audience] ?? audience;
}

/** Contacts to call when a guide did not help: the school's IT support first, then the hotline. */
export function helpContacts<T extends { kind: string }>(contacts: readonly T[]): T[] {
  return (['it-support', 'hotline'] as const).flatMap((kind) => contacts.filter((contact) => contact.kind === kind));
}
