/**
 * `npm run schemas`: writes the JSON Schemas editors get hints from (.vscode/schemas/*.schema.json)
 * and brings `yaml.schemas` in .vscode/settings.json up to date. Run it after changing a schema in
 * src/schemas/ or a hint in src/content-model/field-help.ts, and commit the result;
 * tests/json-schema fails while the committed files are stale. The logic is in
 * src/content-model/json-schema.ts; this script only writes files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FieldHelpError, renderJsonSchemas, renderSettings } from '../src/content-model/json-schema.ts';
import { SCHEMA_DIR, SETTINGS_FILE } from '../src/content-model/json-schema/vscode-paths.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes a file only when its text changes; returns whether it did. */
function writeIfChanged(relative: string, text: string): boolean {
  const path = join(root, relative);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
  return true;
}

export function writeJsonSchemas(): string[] {
  const changed: string[] = [];
  const files = renderJsonSchemas();
  for (const [relative, text] of files) if (writeIfChanged(relative, text)) changed.push(relative);
  // A schema of a collection that no longer exists would keep giving wrong hints: remove it.
  for (const name of readdirSync(join(root, SCHEMA_DIR))) {
    const relative = posix.join(SCHEMA_DIR, name);
    if (name.endsWith('.schema.json') && !files.has(relative)) {
      rmSync(join(root, relative));
      changed.push(`${relative} (удалён)`);
    }
  }
  const settingsPath = join(root, SETTINGS_FILE);
  const settings = renderSettings(existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined);
  if (writeIfChanged(SETTINGS_FILE, settings)) changed.push(SETTINGS_FILE);
  return changed;
}

if (import.meta.main) {
  try {
    const changed = writeJsonSchemas();
    console.log(changed.length === 0 ? 'Схемы для VS Code уже актуальны.' : `Обновлено:\n${changed.map((file) => `  ${file}`).join('\n')}`);
  } catch (error) {
    console.error(error instanceof FieldHelpError ? error.message : error);
    process.exitCode = 1;
  }
}
