/**
 * The plan-schedule as people read it: measures «1», «2» with their sub-items «2.1», «2.2» nested
 * under them, deadlines as dates or as the month the editor wrote, and which measures are overdue.
 */
import { formatDate } from './dates.ts';
import { isRealDate } from './time.ts';

export interface RoadmapLike {
  id: string;
  deadline: string;
  status: string;
}

export interface RoadmapNode<T> {
  item: T;
  children: RoadmapNode<T>[];
}

/** Ids «1», «1.2», «10» in numeric order (so «10» comes after «9», «1» before «1.1»). */
export function compareDotted(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** «1.2» → «1»; a top-level id has no parent. */
export function parentId(id: string): string | undefined {
  const cut = id.lastIndexOf('.');
  return cut === -1 ? undefined : id.slice(0, cut);
}

/**
 * Items as a tree in id order. A sub-item goes under its nearest existing ancestor («1.2.1» under
 * «1» when there is no «1.2»); one whose parent is missing altogether stays at the top, so nothing
 * the editor wrote disappears.
 */
export function nestRoadmap<T extends { id: string }>(items: readonly T[]): RoadmapNode<T>[] {
  const sorted = [...items].sort((a, b) => compareDotted(a.id, b.id));
  const nodes = new Map<string, RoadmapNode<T>>();
  const roots: RoadmapNode<T>[] = [];
  for (const item of sorted) {
    const node: RoadmapNode<T> = { item, children: [] };
    let ancestor = parentId(item.id);
    while (ancestor !== undefined && !nodes.has(ancestor)) ancestor = parentId(ancestor);
    (ancestor === undefined ? roots : nodes.get(ancestor)!.children).push(node);
    if (!nodes.has(item.id)) nodes.set(item.id, node);
  }
  return roots;
}

/** The ids of a measure and of every sub-item under it, in order: «2», «2.1», «2.2». */
export function idsUnder<T extends { id: string }>(node: RoadmapNode<T>): string[] {
  return [node.item.id, ...node.children.flatMap(idsUnder)];
}

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/**
 * The last day a deadline allows, `YYYY-MM-DD`: the date itself, or the last day of a month written
 * in words with its year («август 2026» → 2026-08-31). Undefined for texts without a fixed end
 * («постоянно», «в течение периода», a month without a year).
 */
export function deadlineEnd(deadline: string): string | undefined {
  const text = deadline.trim();
  if (isRealDate(text)) return text;
  const match = /^([а-яё]+)\s+(\d{4})(\s+(года|г\.))?$/i.exec(text);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  if (month === -1) return undefined;
  const year = Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** «20 ноября 2026» for a date; a month or phrase in words is shown as the editor wrote it. */
export function formatDeadline(deadline: string): string {
  const text = deadline.trim();
  return isRealDate(text) ? formatDate(text) : text;
}

/** Not done although its last allowed day is before `today`. */
export function isOverdue(item: RoadmapLike, today: string): boolean {
  if (item.status === 'done') return false;
  const end = deadlineEnd(item.deadline);
  return end !== undefined && end < today;
}

/** How many measures (items and sub-items alike) there are, and how many are done, in progress, overdue. */
export function roadmapCounts(
  items: readonly RoadmapLike[],
  today: string,
): { total: number; done: number; inProgress: number; planned: number; overdue: number } {
  return {
    total: items.length,
    done: items.filter((item) => item.status === 'done').length,
    inProgress: items.filter((item) => item.status === 'in-progress').length,
    planned: items.filter((item) => item.status === 'planned').length,
    overdue: items.filter((item) => isOverdue(item, today)).length,
  };
}

/** An anchor for a measure: «1.1» → `item-1-1` (letters, digits and dashes only, starting with a letter). */
export function roadmapAnchor(id: string): string {
  return `item-${id.replace(/\./g, '-')}`;
}
