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
 *
 * This file makes the files `npm run schemas` writes; the parts are in json-schema/: from-zod.ts
 * (one entry's schema from zod), field-hints.ts (the Russian hints put on it) and vscode-paths.ts
 * (where the schemas go and which content files each is for).
 */
import { collections, type CollectionDefinition, type CollectionName } from './collections.ts';
import { fieldHelp } from './field-help.ts';
import { applyHelp } from './json-schema/field-hints.ts';
import { entryJsonSchema, type JsonSchema } from './json-schema/from-zod.ts';
import { editorGlobs, SCHEMA_DIR, schemaFileName, schemaSettingsPath, SETTINGS_FILE, storagePlace } from './json-schema/vscode-paths.ts';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

const collectionNames = Object.keys(collections) as CollectionName[];

/** The `yaml.schemas` value of settings.json: schema path → content patterns, for every collection. */
export function yamlSchemasSetting(): Record<string, string[]> {
  return Object.fromEntries(collectionNames.map((name) => [schemaSettingsPath(name), editorGlobs(collections[name].storage)] as const));
}

/** A problem an editor of this project can fix (a hint missing, settings.json unreadable), said in Russian. */
export class FieldHelpError extends Error {
  override name = 'FieldHelpError';
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
