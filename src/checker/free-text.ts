/**
 * The text editors write, for rules that read it all: every string of an entry's data (with its field
 * path) and every Markdown body, with a way back from a place in a body to its line in the file.
 */
import type { Position } from '../content-model/problem.ts';
import type { Checked } from './model.ts';

/**
 * Calls `visit` with every string in an entry's data and its path; `skip` leaves out a field and what is
 * under it. The path is one array changed as the walk goes (the checker walks every string of a
 * school, and a new array per value was a good part of that): use it during the call, copy it to keep it.
 */
export function forEachString(
  value: unknown,
  visit: (text: string, path: readonly PropertyKey[]) => void,
  skip: (path: readonly PropertyKey[]) => boolean = () => false,
  path: PropertyKey[] = [],
): void {
  if (skip(path)) return;
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      forEachString(value[index], visit, skip, path);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const name in value) {
      path.push(name);
      forEachString((value as Record<string, unknown>)[name], visit, skip, path);
      path.pop();
    }
  }
}

/** Line and column in the file of an offset in an entry's Markdown body. */
export function bodyPosition(entry: Pick<Checked<unknown>, 'source'>, offset: number): Position {
  const before = (entry.source.body ?? '').slice(0, offset).split('\n');
  return { line: (entry.source.bodyLine ?? 1) + before.length - 1, column: before[before.length - 1]!.length + 1 };
}
