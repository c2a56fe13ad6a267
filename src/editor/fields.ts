/**
 * One collection's fields for the browser editor (Sveltia CMS), made from the same JSON Schema the
 * VS Code hints come from (src/content-model/json-schema.ts: zod → JSON Schema, with the Russian hints
 * of field-help.ts). So the editor, VS Code and the checker read one contract:
 * - a fixed list of values becomes a select whose options carry the meaning of each value;
 * - times (`"08:30"`) and dates (`2026-11-16`) become pickers that store exactly that text;
 * - a field that names another file (a lesson's teacher) becomes a relation, see references.ts;
 * - lists and nested objects keep their structure; a list file is a list at the root of the file.
 * A schema shape this module does not know stops the build (EditorConfigError) instead of reaching
 * the editor as a wrong widget; tests/editor walks every zod schema to keep the two in step.
 */
import type { Field } from '@sveltia/cms';
import type { CollectionName } from '../content-model/collections.ts';
import { fieldHelp, type Help } from '../content-model/field-help.ts';
import { DATE_PATTERN, HTTPS_PATTERN, TIME_PATTERN, type JsonSchema } from '../content-model/json-schema/from-zod.ts';
import { fieldLabel } from './labels.ts';
import { REFERENCE_TARGETS, referenceAt, type ReferenceTarget } from './references.ts';

/** The content model has a shape the editor configuration cannot express (a programmer's error). */
export class EditorConfigError extends Error {
  override name = 'EditorConfigError';
}

/** How a relation names an entry of each target: per-file collections by file name, lists by `id`. */
function relationField(target: ReferenceTarget): Record<string, unknown> {
  const { search, display } = REFERENCE_TARGETS[target];
  if (target === 'documents') {
    // documents.yaml is a list file: its entries are the items of the root list, named by `id`.
    const item = (field: string) => `${ROOT_LIST_FIELD}.*.${field}`;
    return {
      collection: target,
      file: target,
      value_field: item('id'),
      display_fields: [display.replace(/\{\{(\w+)\}\}/g, (_, field: string) => `{{${item(field)}}}`)],
      search_fields: search.map(item),
    };
  }
  return { collection: target, value_field: '{{slug}}', display_fields: [display], search_fields: [...search] };
}

/** The name of the list field that stands for a whole list file (`root: true` in Sveltia). */
export const ROOT_LIST_FIELD = 'items';

function helpOf(collection: CollectionName, path: string): Help {
  const help = fieldHelp[collection].fields[path];
  if (help === undefined) throw new EditorConfigError(`${collection}: у поля «${path}» нет подсказки в src/content-model/field-help.ts`);
  return help;
}

function hintText(help: Help): string {
  return typeof help === 'string' ? help : help.text;
}

/** Select options: the stored value and, as its label, what it means (`parents` → «родители»). */
function options(values: unknown[], help: Help): Array<{ label: string; value: string }> {
  const meanings = typeof help === 'string' ? {} : help.values;
  return values.map((value) => ({ label: meanings[String(value)] ?? String(value), value: String(value) }));
}

function typeOf(node: JsonSchema): string | undefined {
  const type = node['type'];
  // `string | number` (a roadmap or document number): the editor writes text, zod turns both into text.
  if (Array.isArray(type)) return type.includes('string') ? 'string' : String(type[0]);
  return typeof type === 'string' ? type : undefined;
}

/** The widget (and its options) for a value that is not a list or an object. */
function leafWidget(collection: CollectionName, path: string, node: JsonSchema, help: Help): Record<string, unknown> {
  const target = referenceAt(collection, path);
  if (target !== undefined) return { widget: 'relation', ...relationField(target) };
  if (Array.isArray(node['enum'])) return { widget: 'select', options: options(node['enum'], help) };
  const type = typeOf(node);
  if (type === 'boolean') return { widget: 'boolean' };
  if (type === 'integer' || type === 'number') {
    return {
      widget: 'number',
      value_type: type === 'integer' ? 'int' : 'float',
      ...(typeof node['minimum'] === 'number' ? { min: node['minimum'] } : {}),
      ...(typeof node['maximum'] === 'number' ? { max: node['maximum'] } : {}),
    };
  }
  if (type !== 'string') throw new EditorConfigError(`${collection}: поле «${path}» неизвестного вида (${JSON.stringify(node['type'])})`);
  const pattern = node['pattern'];
  // Pickers store the text the schema asks for, in the school's own time (no UTC shift).
  if (pattern === TIME_PATTERN) return { widget: 'datetime', date_format: false, time_format: 'HH:mm', format: 'HH:mm', picker_utc: true };
  if (pattern === DATE_PATTERN)
    return { widget: 'datetime', time_format: false, date_format: 'DD.MM.YYYY', format: 'YYYY-MM-DD', picker_utc: true };
  const message = typeof node['patternErrorMessage'] === 'string' ? node['patternErrorMessage'] : undefined;
  if (pattern === HTTPS_PATTERN) return { widget: 'string', type: 'url', ...(message ? { pattern: [pattern, message] } : {}) };
  if (node['format'] === 'email') return { widget: 'string', type: 'email' };
  if (typeof pattern === 'string' && message) return { widget: 'string', pattern: [pattern, message] };
  return { widget: 'string' };
}

/** The item of a list as the editor shows it folded: its title, name, subject… */
const SUMMARY_FIELDS = ['title', 'name', 'subject', 'device', 'question', 'id', 'n', 'platform'];

function summaryOf(node: JsonSchema): string | undefined {
  const keys = Object.keys((node['properties'] as Record<string, unknown> | undefined) ?? {});
  const first = SUMMARY_FIELDS.find((key) => keys.includes(key));
  if (first === 'n') return '{{fields.n}}. {{fields.from}}–{{fields.to}}';
  if (first === 'subject') return '{{fields.period}}. {{fields.subject}}';
  return first ? `{{fields.${first}}}` : undefined;
}

/** The fields of an object node (an entry, or a nested object). */
export function objectFields(collection: CollectionName, node: JsonSchema, prefix = ''): Field[] {
  const properties = (node['properties'] as Record<string, JsonSchema> | undefined) ?? {};
  const required = new Set(Array.isArray(node['required']) ? (node['required'] as string[]) : []);
  return Object.entries(properties).map(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return fieldFor(collection, path, name, child, required.has(name) && child['default'] === undefined);
  });
}

/** The list widget for an array node at `path` (its items at `${path}[]`). */
function listWidget(collection: CollectionName, path: string, node: JsonSchema): Record<string, unknown> {
  const items = node['items'];
  const bounds = {
    ...(typeof node['minItems'] === 'number' && node['minItems'] > 0 ? { min: node['minItems'] } : {}),
    ...(typeof node['maxItems'] === 'number' ? { max: node['maxItems'] } : {}),
  };
  if (Array.isArray(items)) {
    // A fixed pair such as guide grades `[1, 4]`: a list of exactly that many values of one kind.
    const first = items[0] as JsonSchema;
    const help = helpOf(collection, `${path}[0]`);
    // One label for every position: «С какого класса / По какой класс».
    const label = items
      .map((_, index) => fieldLabel(collection, `${path}[${index}]`, hintText(helpOf(collection, `${path}[${index}]`))))
      .join(' / ');
    return {
      widget: 'list',
      min: items.length,
      max: items.length,
      field: { name: 'item', label, ...leafWidget(collection, `${path}[0]`, first, help) },
    };
  }
  if (!items || typeof items !== 'object') throw new EditorConfigError(`${collection}: у списка «${path}» не описаны элементы`);
  const item = items as JsonSchema;
  const itemPath = `${path}[]`;
  const itemHelp = fieldHelp[collection].fields[itemPath];
  if (typeOf(item) === 'object') {
    const summary = summaryOf(item);
    return { widget: 'list', ...bounds, ...(summary ? { summary } : {}), fields: objectFields(collection, item, itemPath) };
  }
  const leaf = leafWidget(collection, itemPath, item, itemHelp ?? helpOf(collection, path));
  // A list of fixed values or of references is one multiple select; other lists add one text per line.
  if (leaf['widget'] === 'select' || leaf['widget'] === 'relation') return { ...leaf, multiple: true, ...bounds };
  const label = itemHelp ? fieldLabel(collection, itemPath, hintText(itemHelp)) : 'Значение';
  return { widget: 'list', ...bounds, field: { name: 'item', label, ...leaf } };
}

/**
 * The list form of a field that takes one value or a list of them (a lesson's `teacher: a` or
 * `teacher: [a, b]`): the editor always offers the list, which the schema accepts as well.
 */
function listOfOneOrMany(node: JsonSchema): JsonSchema | undefined {
  const variants = node['anyOf'] ?? node['oneOf'];
  if (!Array.isArray(variants) || variants.length !== 2) return undefined;
  const [list, single] = [
    (variants as JsonSchema[]).find((v) => typeOf(v) === 'array'),
    (variants as JsonSchema[]).find((v) => typeOf(v) !== 'array'),
  ];
  return list && single ? list : undefined;
}

/** One field of the editor for the JSON Schema node at `path` (a field-help path). */
export function fieldFor(collection: CollectionName, path: string, name: string, node: JsonSchema, required: boolean): Field {
  const help = helpOf(collection, path);
  const hint = hintText(help);
  const label = fieldLabel(collection, path, hint);
  // A hint that only repeats the label is left out; «(необязательно)» is said by the editor itself.
  const base = {
    name,
    label,
    ...(hint.replace(/\s*\(необязательно\)$/, '') !== label ? { hint } : {}),
    ...(required ? {} : { required: false }),
  };
  const defaultValue =
    node['default'] !== undefined && !(Array.isArray(node['default']) && node['default'].length === 0) ? { default: node['default'] } : {};
  const oneOrMany = listOfOneOrMany(node);
  if (oneOrMany) return { ...base, ...listWidget(collection, path, oneOrMany) } as Field;
  const type = typeOf(node);
  if (type === 'array' && required && !(typeof node['minItems'] === 'number' && node['minItems'] > 0)) {
    // The editor takes a required list for «at least one item», and leaves an empty optional one out.
    throw new EditorConfigError(
      `${collection}: список «${path}» обязателен, но может быть пустым — редактор так не умеет; дайте ему .default([]) в схеме или .min(1)`,
    );
  }
  if (type === 'array') return { ...base, ...listWidget(collection, path, node) } as Field;
  if (type === 'object') return { ...base, widget: 'object', fields: objectFields(collection, node, path) } as Field;
  return { ...base, ...leafWidget(collection, path, node, help), ...defaultValue } as Field;
}

/** The root list of a list file: every item of the file is one entry of the list. */
export function rootListField(collection: CollectionName, label: string, item: JsonSchema): Field {
  const summary = summaryOf(item);
  return {
    name: ROOT_LIST_FIELD,
    label,
    hint: fieldHelp[collection].about,
    widget: 'list',
    root: true,
    ...(summary ? { summary } : {}),
    fields: objectFields(collection, item),
  } as Field;
}
