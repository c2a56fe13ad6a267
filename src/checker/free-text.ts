/**
 * The text editors write, for rules that read it all: every string of an entry's data (with its field
 * path) and every Markdown body, with a way back from a place in a body to its line in the file.
 */
import type { Position } from '../content-model/problem.ts';
import type { Checked } from './model.ts';

/** Every string in an entry's data with its path; `skip` leaves out a field and what is under it. */
export function* stringsOf(
  value: unknown,
  skip: (path: readonly PropertyKey[]) => boolean = () => false,
  path: PropertyKey[] = [],
): Generator<[string, PropertyKey[]]> {
  if (skip(path)) return;
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsOf(item, skip, [...path, index]);
  else if (value !== null && typeof value === 'object')
    for (const [name, item] of Object.entries(value)) yield* stringsOf(item, skip, [...path, name]);
}

/** Line and column in the file of an offset in an entry's Markdown body. */
export function bodyPosition(entry: Pick<Checked<unknown>, 'source'>, offset: number): Position {
  const before = (entry.source.body ?? '').slice(0, offset).split('\n');
  return { line: (entry.source.bodyLine ?? 1) + before.length - 1, column: before[before.length - 1]!.length + 1 };
}
