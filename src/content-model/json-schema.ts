/**
 * JSON Schemas for editors: made from the zod schemas of src/content-model/collections.ts, with the
 * Russian hints of field-help.ts, so VS Code's YAML extension (redhat.vscode-yaml) can complete
 * fields, show what each one means on hover and underline mistakes while a teacher types.
 *
 * The zod schemas stay the only truth: `npm run check` and the build use them directly. A JSON Schema
 * is a hint, and cannot say everything zod says (that a teacher id exists, that `from` is before `to`,
 * that a phone has the right number of digits), so the checker has the last word.
 *
 * Draft-07 is used: every version of the YAML extension understands it (2019-09 and 2020-12 arrived
 * only in recent versions). `io: 'input'` describes what editors write, before defaults and
 * transforms: a field with a default is optional, a roadmap `id` may be a number or a string.
 *
 * scripts/write-json-schemas.ts writes the result; tests/json-schema checks that it is not stale.
 */
import { z } from 'astro/zod';
import { isRealDate, isRealTime } from '../lib/time.ts';
import { collections, type CollectionDefinition, type CollectionName, type Storage } from './collections.ts';
import { fieldHelp, type Help } from './field-help.ts';

/** A JSON Schema as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** The folder the schemas are written to, relative to the project root. */
export const SCHEMA_DIR = '.vscode/schemas';
/** The VS Code workspace settings that map the schemas to content files. */
export const SETTINGS_FILE = '.vscode/settings.json';
/** The content folder the VS Code mappings point at (`CONTENT_DIR` cannot be known to the editor). */
export const CONTENT_DIR_FOR_EDITOR = 'content';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * Patterns for checks zod makes with a function, so the editor underlines `8:30` or `2026-2-3`
 * at once. They must agree with src/lib/time.ts; tests/json-schema compares them on many values.
 * The date pattern only checks the shape: `2026-02-30` passes here and is caught by the checker.
 */
export const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
/** Links must be https (zod checks the protocol; JSON Schema's `format: uri` does not). */
export const HTTPS_PATTERN = '^https://';

const collectionNames = Object.keys(collections) as CollectionName[];

/** File name of a collection's schema inside SCHEMA_DIR. */
export function schemaFileName(name: CollectionName): string {
  return `${name}.schema.json`;
}

/** The schema's path as written in settings.json (relative to the workspace root). */
export function schemaSettingsPath(name: CollectionName): string {
  return `./${SCHEMA_DIR}/${schemaFileName(name)}`;
}

/**
 * The file patterns VS Code's YAML extension matches for a collection. The extension turns `*` into
 * «anything» and matches the end of the file's address, so the leading `/` anchors the folder name.
 * Markdown patterns are listed too for completeness, but the extension does not read frontmatter.
 */
export function editorGlobs(storage: Storage, contentDir = CONTENT_DIR_FOR_EDITOR): string[] {
  switch (storage.kind) {
    case 'single':
    case 'list':
      return [`/${contentDir}/${storage.file}`];
    case 'per-file':
      return [`/${contentDir}/${storage.dir}/*.yaml`];
    case 'markdown':
      return storage.mdx
        ? [`/${contentDir}/${storage.dir}/*.md`, `/${contentDir}/${storage.dir}/*.mdx`]
        : [`/${contentDir}/${storage.dir}/*.md`];
  }
}

/** Where the entries live, as a person would say it: `staff/*.yaml`, `guides/*.md, *.mdx`. */
export function storagePlace(storage: Storage): string {
  switch (storage.kind) {
    case 'single':
    case 'list':
      return storage.file;
    case 'per-file':
      return `${storage.dir}/*.yaml`;
    case 'markdown':
      return storage.mdx ? `${storage.dir}/*.md, *.mdx` : `${storage.dir}/*.md`;
  }
}

/** The `yaml.schemas` value of settings.json: schema path → content patterns, for every collection. */
export function yamlSchemasSetting(): Record<string, string[]> {
  return Object.fromEntries(collectionNames.map((name) => [schemaSettingsPath(name), editorGlobs(collections[name].storage)] as const));
}

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

/**
 * Every node of an entry schema an editor can point at, by path: `name`, `distanceLearning.from`,
 * `hours[]` (one item of a list), `hours[].days`, `grades[0]` (a position of a fixed pair).
 */
export function schemaNodes(schema: JsonSchema, path = ''): Array<{ path: string; node: JsonSchema; isProperty: boolean }> {
  const result: Array<{ path: string; node: JsonSchema; isProperty: boolean }> = [];
  const properties = schema['properties'];
  if (properties && typeof properties === 'object') {
    for (const [key, child] of Object.entries(properties as Record<string, JsonSchema>)) {
      const childPath = path ? `${path}.${key}` : key;
      result.push({ path: childPath, node: child, isProperty: true }, ...schemaNodes(child, childPath));
    }
  }
  const items = schema['items'];
  if (Array.isArray(items)) {
    items.forEach((child: JsonSchema, index) => {
      result.push({ path: `${path}[${index}]`, node: child, isProperty: false }, ...schemaNodes(child, `${path}[${index}]`));
    });
  } else if (items && typeof items === 'object') {
    result.push({ path: `${path}[]`, node: items as JsonSchema, isProperty: false }, ...schemaNodes(items as JsonSchema, `${path}[]`));
  }
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) for (const branch of branches as JsonSchema[]) result.push(...schemaNodes(branch, path));
  }
  return result;
}

/** A problem an editor of this project can fix (a hint missing, settings.json unreadable), said in Russian. */
export class FieldHelpError extends Error {
  override name = 'FieldHelpError';
}

function helpText(help: Help): string {
  return typeof help === 'string' ? help : help.text;
}

/**
 * Puts the Russian hints on the entry schema: `description` on each field, `enumDescriptions` (shown
 * by the YAML extension next to each allowed value) where the table gives them. Returns what is
 * missing or left over, so a field added to a zod schema without a hint is noticed.
 */
export function applyHelp(name: CollectionName, schema: JsonSchema): string[] {
  const help = fieldHelp[name];
  const problems: string[] = [];
  const nodes = schemaNodes(schema);
  const known = new Set(nodes.map((entry) => entry.path));
  for (const path of Object.keys(help.fields)) {
    if (!known.has(path)) problems.push(`${name}: подсказка для «${path}», а такого поля в схеме нет`);
  }
  for (const { path, node, isProperty } of nodes) {
    const entry = help.fields[path];
    if (entry === undefined) {
      if (isProperty) problems.push(`${name}: у поля «${path}» нет подсказки в src/content-model/field-help.ts`);
      if (Array.isArray(node['enum'])) problems.push(`${name}: у значений «${path}» нет подсказок`);
      continue;
    }
    node['description'] = helpText(entry);
    const values = node['enum'];
    if (Array.isArray(values)) {
      const meanings = typeof entry === 'string' ? {} : entry.values;
      const missing = values.filter((value) => typeof value !== 'string' || meanings[value] === undefined);
      const extra = Object.keys(meanings).filter((value) => !values.includes(value));
      if (missing.length > 0) problems.push(`${name}: у «${path}» нет пояснений для значений ${missing.join(', ')}`);
      if (extra.length > 0) problems.push(`${name}: у «${path}» пояснения для лишних значений ${extra.join(', ')}`);
      node['enumDescriptions'] = values.map((value) => `${String(value)} — ${meanings[String(value)] ?? ''}`);
    } else if (typeof entry !== 'string') {
      problems.push(`${name}: у «${path}» даны пояснения значений, а список значений в схеме не задан`);
    }
  }
  return problems;
}

/** The complete JSON Schema of one collection's file: what one YAML file (or frontmatter) holds. */
export function collectionJsonSchema(name: CollectionName): { schema: JsonSchema; problems: string[] } {
  const definition: CollectionDefinition = collections[name];
  const entry = entryJsonSchema(definition);
  const problems = applyHelp(name, entry);
  const { storage } = definition;
  const about = fieldHelp[name].about;
  const title = `${storagePlace(storage)} — ${definition.label}`;
  const schema: JsonSchema =
    storage.kind === 'list'
      ? { title, description: about, type: 'array', items: entry }
      : { ...entry, title, description: storage.kind === 'markdown' ? `${about} (шапка файла между строками ---)` : about };
  return { schema: { $schema: DRAFT_07, ...schema }, problems };
}

/** Recursively sorts object keys (arrays keep their order: it means something in `enum`, `required`). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** Stable JSON text: sorted keys, two-space indent, a trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * All schema files as they should be on disk: path relative to the project root → text.
 * Throws FieldHelpError listing every missing or stale hint.
 */
export function renderJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  const problems: string[] = [];
  for (const name of collectionNames) {
    const result = collectionJsonSchema(name);
    problems.push(...result.problems);
    files.set(`${SCHEMA_DIR}/${schemaFileName(name)}`, stableJson(result.schema));
  }
  if (problems.length > 0) throw new FieldHelpError(`Подсказки для редакторов не сходятся со схемами:\n${problems.join('\n')}`);
  return files;
}

/**
 * settings.json with `yaml.schemas` brought up to date; every other setting is kept as it is.
 * settings.json must be plain JSON (no comments), so the script can rewrite it.
 */
export function renderSettings(current: string | undefined): string {
  let settings: Record<string, unknown> = {};
  try {
    if (current !== undefined) settings = JSON.parse(current) as Record<string, unknown>;
  } catch (error) {
    throw new FieldHelpError(`${SETTINGS_FILE} не читается как JSON (комментарии в нём не допускаются): ${String(error)}`);
  }
  return `${JSON.stringify({ ...settings, 'yaml.schemas': yamlSchemasSetting() }, null, 2)}\n`;
}
