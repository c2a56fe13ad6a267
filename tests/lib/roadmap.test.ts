import { describe, expect, test } from 'vitest';
import {
  compareDotted,
  deadlineEnd,
  formatDeadline,
  isOverdue,
  nestRoadmap,
  idsUnder,
  parentId,
  roadmapAnchor,
  roadmapCounts,
} from '../../src/lib/roadmap.ts';

const item = (id: string, deadline = '2026-11-20', status = 'planned') => ({ id, deadline, status });

describe('compareDotted', () => {
  test('numeric order, parent before its sub-items', () => {
    expect(['10', '2', '1.10', '1.2', '1'].sort(compareDotted)).toEqual(['1', '1.2', '1.10', '2', '10']);
  });
});

describe('nestRoadmap', () => {
  test('a measure stands for its sub-items too, at any depth («пункт 2.1» is in measure 2)', () => {
    const [first, second] = nestRoadmap([item('2.1'), item('1'), item('2'), item('2.1.1'), item('2.2')]);
    expect(idsUnder(first!)).toEqual(['1']);
    expect(idsUnder(second!)).toEqual(['2', '2.1', '2.1.1', '2.2']);
  });

  test('sub-items go under their parent, in id order, whatever the file order', () => {
    const tree = nestRoadmap([item('2.1'), item('1'), item('2'), item('1.2'), item('1.1')]);
    expect(tree.map((node) => node.item.id)).toEqual(['1', '2']);
    expect(tree[0]!.children.map((node) => node.item.id)).toEqual(['1.1', '1.2']);
    expect(tree[1]!.children.map((node) => node.item.id)).toEqual(['2.1']);
  });

  test('deeper levels nest recursively; a missing level falls back to the nearest ancestor', () => {
    const tree = nestRoadmap([item('1'), item('1.1'), item('1.1.1'), item('1.2.1')]);
    expect(tree[0]!.children.map((node) => node.item.id)).toEqual(['1.1', '1.2.1']);
    expect(tree[0]!.children[0]!.children.map((node) => node.item.id)).toEqual(['1.1.1']);
  });

  test('a sub-item without any parent stays visible at the top', () => {
    expect(nestRoadmap([item('3.1'), item('1')]).map((node) => node.item.id)).toEqual(['1', '3.1']);
  });

  test('parentId', () => {
    expect(parentId('1')).toBeUndefined();
    expect(parentId('1.2.3')).toBe('1.2');
  });
});

describe('deadlines', () => {
  test('a date is formatted, a month in words is shown as written', () => {
    expect(formatDeadline('2026-11-20')).toBe('20 ноября 2026');
    expect(formatDeadline('август 2026')).toBe('август 2026');
    expect(formatDeadline('постоянно')).toBe('постоянно');
  });

  test('the last allowed day of a date or a month with its year', () => {
    expect(deadlineEnd('2026-11-20')).toBe('2026-11-20');
    expect(deadlineEnd('август 2026')).toBe('2026-08-31');
    expect(deadlineEnd('Февраль 2028 года')).toBe('2028-02-29');
    expect(deadlineEnd('декабрь 2026 г.')).toBe('2026-12-31');
    expect(deadlineEnd('постоянно')).toBeUndefined();
    expect(deadlineEnd('в течение периода')).toBeUndefined();
  });
});

describe('isOverdue', () => {
  test('a deadline before today and not done', () => {
    expect(isOverdue(item('1', '2026-11-20', 'planned'), '2026-11-21')).toBe(true);
    expect(isOverdue(item('1', '2026-11-20', 'in-progress'), '2026-11-21')).toBe(true);
  });
  test('not overdue on the deadline day itself, when done, or without a fixed end', () => {
    expect(isOverdue(item('1', '2026-11-20', 'planned'), '2026-11-20')).toBe(false);
    expect(isOverdue(item('1', '2026-11-20', 'done'), '2026-12-01')).toBe(false);
    expect(isOverdue(item('1', 'постоянно', 'planned'), '2030-01-01')).toBe(false);
  });
  test('a month deadline is overdue only after the month ends', () => {
    expect(isOverdue(item('1', 'ноябрь 2026', 'planned'), '2026-11-30')).toBe(false);
    expect(isOverdue(item('1', 'ноябрь 2026', 'planned'), '2026-12-01')).toBe(true);
  });
});

describe('roadmapCounts', () => {
  test('counts items and sub-items by status, and the overdue ones', () => {
    const items = [
      item('1', '2026-11-01', 'done'),
      item('1.1', '2026-11-01', 'in-progress'),
      item('2', '2026-12-01', 'planned'),
      item('3', 'май 2026', 'planned'),
    ];
    expect(roadmapCounts(items, '2026-11-22')).toEqual({ total: 4, done: 1, inProgress: 1, planned: 2, overdue: 2 });
  });
});

test('anchors start with a letter and hold no dots', () => {
  expect(roadmapAnchor('1')).toBe('item-1');
  expect(roadmapAnchor('1.1')).toBe('item-1-1');
});
