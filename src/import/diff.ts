/** What changed in a class's lessons since the last import (or since the editor's file), in words. */
import { t } from '../i18n/ru.ts';
import { schoolDays } from '../lib/week.ts';

export interface ClassDiff {
  id: string;
  name: string;
  /** The class file is new. */
  created: boolean;
  /** The class is gone from the timetable and its file (written by the import) is deleted. */
  removedClass?: boolean;
  /** «пн, 3-й урок: Физика», one line per lesson. */
  added: string[];
  removed: string[];
  /** «вт, 2-й урок: Алгебра (petrov-i-v) → Геометрия (petrov-i-v)». */
  changed: string[];
}

type Raw = Record<string, unknown>;

function slot(day: string, lesson: Raw): string {
  const extras = [lesson['group'], lesson['week'] === 'a' ? 'неделя А' : lesson['week'] === 'b' ? 'неделя Б' : undefined].filter(Boolean);
  return `${t.days[day] ?? day}, ${String(lesson['period'])}-й урок${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

function what(lesson: Raw): string {
  const teacher = Array.isArray(lesson['teacher']) ? (lesson['teacher'] as unknown[]).join(', ') : String(lesson['teacher'] ?? '');
  return `${String(lesson['subject'] ?? '')} (${teacher})`;
}

function bySlot(days: Raw): Map<string, Raw> {
  const result = new Map<string, Raw>();
  for (const day of schoolDays) {
    const list = days[day];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const lesson = (typeof item === 'object' && item !== null ? item : {}) as Raw;
      result.set(slot(day, lesson), lesson);
    }
  }
  return result;
}

export function diffLessons(id: string, name: string, before: Raw, after: Raw, created: boolean): ClassDiff {
  const old = bySlot(before);
  const next = bySlot(after);
  const diff: ClassDiff = { id, name, created, added: [], removed: [], changed: [] };
  if (created) return diff;
  for (const [key, lesson] of next) {
    const was = old.get(key);
    if (!was) diff.added.push(`${key}: ${what(lesson)}`);
    else if (what(was) !== what(lesson)) diff.changed.push(`${key}: ${what(was)} → ${what(lesson)}`);
  }
  for (const [key, lesson] of old) if (!next.has(key)) diff.removed.push(`${key}: ${what(lesson)}`);
  return diff;
}
