/**
 * The JSON Schema of one entry, converted from its zod schema (draft-07, `io: 'input'`: what editors
 * write, before defaults and transforms), with what zod keeps in functions made visible to an
 * editor: patterns for times, dates and https links, and zod's own Russian messages.
 */
import { z } from 'astro/zod';
import { isRealDate, isRealTime } from '../../lib/time.ts';
import type { CollectionDefinition } from '../collections.ts';

/** A JSON Schema as plain data. */
export type JsonSchema = { [key: string]: unknown };

/**
 * Patterns for checks zod makes with a function, so the editor underlines `8:30` or `2026-2-3`
 * at once. They must agree with src/lib/time.ts; tests/json-schema compares them on many values.
 * The date pattern only checks the shape: `2026-02-30` passes here and is caught by the checker.
 */
export const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
/** Links must be https (zod checks the protocol; JSON Schema's `format: uri` does not). */
export const HTTPS_PATTERN = '^https://';

type ZodDef = Record<string, unknown> & { error?: unknown };
type ZodNode = { _zod?: { def?: ZodDef } };

/** The Russian message a zod schema or check was given (`{ error: '…' }` becomes a function). */
function messageOf(def: ZodDef | undefined): string | undefined {
  const error = def?.error;
  if (typeof error === 'string') return error;
  if (typeof error !== 'function') return undefined;
  try {
    const message: unknown = error({});
    if (typeof message === 'string') return message;
    if (message && typeof message === 'object' && typeof (message as { message?: unknown }).message === 'string') {
      return (message as { message: string }).message;
    }
  } catch {
    // A message built from the issue cannot be known in advance; the editor shows its own.
  }
  return undefined;
}

/** zod types whose JSON Schema is one value (not an object or a list). */
const LEAF_TYPES = new Set(['string', 'number', 'boolean', 'enum', 'literal']);

/**
 * Adds to the JSON Schema of one zod node what zod keeps in functions: patterns for times, dates and
 * https links, so the editor underlines `8:30`, `2026-2-3` or `http://` at once; and zod's own Russian
 * messages as `patternErrorMessage` / `errorMessage`, which the YAML extension shows instead of its
 * English «String does not match the pattern…» and «Value is not accepted…».
 */
function addPatternsAndMessages(context: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const def = (context.zodSchema as ZodNode)._zod?.def;
  if (!def) return;
  const json = context.jsonSchema;
  const checks = Array.isArray(def['checks']) ? (def['checks'] as ZodNode[]).map((check) => check._zod?.def ?? {}) : [];
  let patternMessage: string | undefined;
  for (const check of checks) {
    if (check['fn'] === isRealTime) json['pattern'] = TIME_PATTERN;
    else if (check['fn'] === isRealDate) json['pattern'] = DATE_PATTERN;
    else if (check['format'] !== 'regex') continue;
    patternMessage ??= messageOf(check);
  }
  const protocol = def['protocol'];
  if (def['format'] === 'url' && protocol instanceof RegExp && protocol.source === '^https$') json['pattern'] = HTTPS_PATTERN;
  if (typeof def['type'] === 'string' && LEAF_TYPES.has(def['type'])) {
    const own = messageOf(def);
    if (own !== undefined) json['errorMessage'] = own;
    patternMessage ??= own;
  }
  if (patternMessage !== undefined && (json['pattern'] !== undefined || json['format'] !== undefined)) {
    json['patternErrorMessage'] = patternMessage;
  }
}

const SAFE_INTEGER_BOUNDS: ReadonlyArray<[string, number]> = [
  ['minimum', Number.MIN_SAFE_INTEGER],
  ['maximum', Number.MAX_SAFE_INTEGER],
];

/** Drops the ±2⁵³ bounds zod writes for every `.int()`: they say nothing to an editor. */
function dropSafeIntegerBounds(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(dropSafeIntegerBounds);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  for (const [key, bound] of SAFE_INTEGER_BOUNDS) if (schema[key] === bound) delete schema[key];
  Object.values(schema).forEach(dropSafeIntegerBounds);
}

/** The JSON Schema of one entry, straight from zod (no hints yet). */
export function entryJsonSchema(definition: CollectionDefinition): JsonSchema {
  const schema = z.toJSONSchema(definition.schema(), {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override: addPatternsAndMessages,
  }) as JsonSchema;
  delete schema['$schema'];
  dropSafeIntegerBounds(schema);
  return schema;
}
