/**
 * The Russian hints of field-help.ts put on an entry's JSON Schema: every node an editor can point
 * at is found by its field-help path, given its hint and the meaning of each allowed value, and what
 * is missing or left over is reported, so the hint table and the zod schemas cannot drift apart.
 */
import type { CollectionName } from '../collections.ts';
import { fieldHelp, type Help } from '../field-help.ts';
import type { JsonSchema } from './from-zod.ts';

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
