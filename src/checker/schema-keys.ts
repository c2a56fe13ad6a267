/** Walks a zod schema along a data path to find which keys an object there may have. */
import type { z } from 'astro/zod';

type Def = { type: string; [key: string]: unknown };

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** Strips optional, default, nullable and pipe wrappers down to the schema of the input. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(current);
    if (!def) return current;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') current = def['innerType'];
    else if (def.type === 'pipe') current = def['in'];
    else return current;
  }
  return current;
}

/** The keys of the object schema found at `path`, or an empty list when there is none. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = unwrap(schema);
  for (const segment of path) {
    const def = defOf(current);
    if (!def) return [];
    if (def.type === 'object') current = unwrap((def['shape'] as Record<string, unknown>)[String(segment)]);
    else if (def.type === 'array') current = unwrap(def['element']);
    else if (def.type === 'tuple') current = unwrap((def['items'] as unknown[])[Number(segment)]);
    else return [];
  }
  const def = defOf(current);
  return def?.type === 'object' ? Object.keys(def['shape'] as Record<string, unknown>) : [];
}
