/**
 * The JSON Schemas VS Code shows editors (.vscode/schemas, made by `npm run schemas`): committed and
 * up to date, mapped to the right content files in .vscode/settings.json, with a Russian hint on every
 * field, and agreeing with the zod schemas on real files — checked with independent validators:
 * ajv, and the YAML extension's own engine (yaml-language-server). Both come with @astrojs/check;
 * if a future version stops bringing them, those tests are skipped with the reason, not failed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { collections, type CollectionName } from '../../src/content-model/collections.ts';
import { fieldHelp } from '../../src/content-model/field-help.ts';
import { renderJsonSchemas, renderSettings } from '../../src/content-model/json-schema.ts';
import { applyHelp } from '../../src/content-model/json-schema/field-hints.ts';
import {
  DATE_PATTERN,
  entryJsonSchema,
  HTTPS_PATTERN,
  TIME_PATTERN,
  type JsonSchema,
} from '../../src/content-model/json-schema/from-zod.ts';
import {
  editorGlobs,
  SCHEMA_DIR,
  schemaFileName,
  schemaSettingsPath,
  SETTINGS_FILE,
} from '../../src/content-model/json-schema/vscode-paths.ts';
import { readCollection } from '../../src/content-model/read-collection.ts';
import { isRealDate, isRealTime } from '../../src/lib/time.ts';

const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'content');
const names = Object.keys(collections) as CollectionName[];
const STALE = 'устарело — выполните `npm run schemas` и закоммитьте .vscode/';

const readText = (relative: string): string => readFileSync(join(root, relative), 'utf8');
const settings = (): Record<string, unknown> => JSON.parse(readText(SETTINGS_FILE)) as Record<string, unknown>;
const schemaOnDisk = (name: CollectionName): JsonSchema => JSON.parse(readText(`${SCHEMA_DIR}/${schemaFileName(name)}`)) as JsonSchema;

/** The YAML extension's matching: `*` is «anything», the pattern matches the end of the file's address. */
function extensionMatches(glob: string, fileUri: string): boolean {
  const pattern = glob.replace(/[-\\{}+?|^$.,[\]()#\s]/g, '\\$&').replace(/[*]/g, '.*');
  return new RegExp(`${pattern}$`).test(fileUri);
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? posix.join(prefix, entry.name) : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

/**
 * Real files of the content folder with their data, those whose every entry the zod schema accepts
 * (files other helpers are editing right now, or broken on purpose, are left out: the property under
 * test is «the editor never underlines what the checker accepts»).
 */
function acceptedFiles(name: CollectionName): Array<{ file: string; data: unknown }> {
  const definition = collections[name];
  const { entries } = readCollection(contentDir, name, definition);
  const byFile = new Map<string, { data: unknown; ok: boolean }>();
  // One schema for all entries: zod compiles each new schema on first use, which cost seconds here.
  const schema = definition.schema();
  for (const entry of entries) {
    const ok = schema.safeParse(entry.data).success;
    const known = byFile.get(entry.file);
    byFile.set(entry.file, { data: entry.source.data, ok: (known?.ok ?? true) && ok });
  }
  return [...byFile].filter(([, value]) => value.ok).map(([file, value]) => ({ file, data: value.data }));
}

describe('committed JSON Schemas and settings', () => {
  it('.vscode/schemas matches what `npm run schemas` makes now', () => {
    const expected = renderJsonSchemas();
    for (const [relative, text] of expected) {
      const path = join(root, relative);
      expect(existsSync(path), `${relative} нет на диске — ${STALE}`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${relative} ${STALE}`).toBe(text);
    }
    const extra = readdirSync(join(root, SCHEMA_DIR))
      .map((file) => posix.join(SCHEMA_DIR, file))
      .filter((relative) => !expected.has(relative));
    expect(extra, `лишние схемы без раздела — ${STALE}`).toEqual([]);
  });

  it('settings.json maps every collection to its schema file and content files', () => {
    const text = readText(SETTINGS_FILE);
    expect(renderSettings(text), `${SETTINGS_FILE}: yaml.schemas ${STALE}`).toBe(text);
    const mapping = settings()['yaml.schemas'] as Record<string, string[]>;
    for (const name of names) {
      const key = schemaSettingsPath(name);
      expect(mapping[key], `нет сопоставления для раздела ${name}`).toEqual(editorGlobs(collections[name].storage));
      expect(existsSync(join(root, key)), `${key} указан в settings.json, но файла нет`).toBe(true);
    }
    for (const key of Object.keys(mapping)) expect(existsSync(join(root, key)), `${key}: файла нет`).toBe(true);
  });

  it('every YAML file of the content folder gets exactly one schema in the editor', () => {
    const mapping = settings()['yaml.schemas'] as Record<string, string[]>;
    const yamlFiles = listFiles(contentDir).filter((file) => file.endsWith('.yaml'));
    expect(yamlFiles.length).toBeGreaterThan(10);
    for (const file of yamlFiles) {
      const uri = pathToFileURL(join(contentDir, file)).toString();
      const matching = Object.entries(mapping).filter(([, globs]) => globs.some((glob) => extensionMatches(glob, uri)));
      expect(
        matching.map(([schema]) => schema),
        `content/${file}`,
      ).toHaveLength(1);
    }
  });

  it('sets UTF-8, two-space indentation for YAML and Markdown, and recommends the YAML extension', () => {
    const value = settings();
    expect(value['files.encoding']).toBe('utf8');
    for (const language of ['[yaml]', '[markdown]']) {
      expect(value[language]).toMatchObject({ 'editor.insertSpaces': true, 'editor.tabSize': 2 });
    }
    const extensions = JSON.parse(readText('.vscode/extensions.json')) as { recommendations: string[] };
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
  });
});

describe('hints for editors', () => {
  it('every field of every collection has a Russian hint, every allowed value a meaning', () => {
    for (const name of names) {
      expect(applyHelp(name, entryJsonSchema(collections[name])), name).toEqual([]);
      expect(fieldHelp[name].about, name).toMatch(/[а-яё]/i);
    }
  });

  it('a hint-table path that names no field is reported (the table cannot drift silently)', () => {
    const schema = entryJsonSchema(collections.faq);
    const original = fieldHelp.faq.fields;
    try {
      fieldHelp.faq.fields = { ...original, qestion: 'опечатка' };
      expect(applyHelp('faq', schema).join('\n')).toContain('qestion');
      const { order: _order, ...withoutOrder } = original;
      fieldHelp.faq.fields = withoutOrder;
      expect(applyHelp('faq', entryJsonSchema(collections.faq)).join('\n')).toContain('order');
    } finally {
      fieldHelp.faq.fields = original;
    }
  });

  it('the generated files carry the hints and zod’s own Russian messages', () => {
    const staff = schemaOnDisk('staff') as JsonSchema & { properties: Record<string, JsonSchema> };
    expect(staff['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(staff.properties['phone']?.['description']).toContain('152-ФЗ');
    const hours = (staff.properties['hours']?.['items'] as { properties: Record<string, JsonSchema> }).properties;
    expect(hours['from']?.['pattern']).toBe(TIME_PATTERN);
    expect(String(hours['from']?.['patternErrorMessage'])).toMatch(/ЧЧ:ММ/);
    const contacts = schemaOnDisk('contacts');
    expect(contacts['type'], 'contacts.yaml — список').toBe('array');
  });
});

describe('patterns agree with the checker', () => {
  it('the time pattern accepts exactly the times src/lib/time.ts accepts', () => {
    const time = new RegExp(TIME_PATTERN, 'u');
    const samples: string[] = ['8:30', '08:3', '24:00', '08.30', ' 08:30', '08:30 ', ''];
    for (let hour = 0; hour < 30; hour += 1) {
      for (let minute = 0; minute < 70; minute += 1) samples.push(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
    }
    for (const sample of samples) expect(time.test(sample), sample).toBe(isRealTime(sample));
  });

  it('the date pattern accepts every real date and rejects wrong shapes', () => {
    const date = new RegExp(DATE_PATTERN, 'u');
    for (let day = new Date(Date.UTC(2024, 0, 1)); day.getUTCFullYear() < 2027; day.setUTCDate(day.getUTCDate() + 1)) {
      const text = day.toISOString().slice(0, 10);
      expect(isRealDate(text) && date.test(text), text).toBe(true);
    }
    for (const wrong of ['2026-2-3', '16.11.2026', '2026-13-01', '2026-00-10', '2026-11-32', '2026-11-16 ']) {
      expect(date.test(wrong), wrong).toBe(false);
      expect(isRealDate(wrong), wrong).toBe(false);
    }
    expect(new RegExp(HTTPS_PATTERN, 'u').test('http://sferum.ru')).toBe(false);
  });
});

describe('the editor’s guide (content/README.md)', () => {
  /** Code blocks marked ```yaml file=staff/ivanova-m-p.yaml: whole files an editor may copy. */
  const examples = [...readText('content/README.md').matchAll(/^```(yaml|markdown) file=(\S+)\n([\s\S]*?)^```$/gm)].map(
    ([, language, file, text]) => ({ language: language!, file: file!, text: text! }),
  );

  function collectionOf(file: string): CollectionName | undefined {
    return names.find((name) => {
      const { storage } = collections[name];
      if (storage.kind === 'single' || storage.kind === 'list') return storage.file === file;
      const extensions = storage.kind === 'markdown' ? (storage.mdx ? ['.md', '.mdx'] : ['.md']) : ['.yaml'];
      return posix.dirname(file) === storage.dir && extensions.includes(posix.extname(file));
    });
  }

  it('has a whole-file example for every collection', () => {
    const covered = new Set(examples.map((example) => collectionOf(example.file)));
    expect(names.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(examples)('example $file passes the schema the checker uses', ({ language, file, text }) => {
    const name = collectionOf(file);
    expect(name, `${file}: такого места в content/ нет`).toBeDefined();
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (language === 'markdown') expect(frontmatter, `${file}: нет шапки между строками ---`).not.toBeNull();
    const data: unknown = parseYaml(language === 'markdown' ? frontmatter![1]! : text, { version: '1.2' });
    const entries = collections[name!].storage.kind === 'list' ? (data as unknown[]) : [data];
    expect(Array.isArray(entries) && entries.length > 0, file).toBe(true);
    for (const entry of entries) {
      const result = collections[name!].schema().safeParse(entry);
      expect(result.success, `${file}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Independent validators, if installed (they come with @astrojs/check; nothing is added for them).

const requireHere = createRequire(import.meta.url);
function optional<T>(id: string): T | undefined {
  try {
    return requireHere(id) as T;
  } catch {
    return undefined;
  }
}

interface AjvInstance {
  addKeyword(keyword: string): unknown;
  addFormat(name: string, format: (value: string) => boolean): unknown;
  compile(schema: object): { (data: unknown): boolean; errors?: unknown[] | null };
}
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;
const ajvModule = optional<{ default: AjvClass }>('ajv');

/** Broken copies of real entries: each is a mistake editors make, and both validators must reject it. */
const mistakes: Array<{ name: CollectionName; why: string; data: unknown }> = [
  { name: 'staff', why: 'опечатка в имени поля', data: { name: 'Иванова Мария Петровна', position: 'учитель', emial: 'a@b.ru' } },
  {
    name: 'bells',
    why: 'время без ведущего нуля',
    data: { shifts: [{ id: 1, periods: [{ n: 1, from: '8:30', to: '09:00' }] }] },
  },
  {
    name: 'platforms',
    why: 'ссылка без https',
    data: { name: 'Сферум', url: 'http://sferum.ru', kind: ['video'], primary: true },
  },
  {
    name: 'announcements',
    why: 'неизвестный уровень',
    data: { title: 'Объявление', date: '2026-11-16', level: 'normal' },
  },
  { name: 'guides', why: 'нет обязательных полей', data: { title: 'Инструкция' } },
  {
    name: 'classes',
    why: 'учитель записан не латиницей',
    data: { class: '5А', shift: 1, days: { mon: [{ period: 1, subject: 'Математика', teacher: 'Петров', online: true }] } },
  },
  {
    name: 'meetings',
    why: 'дата не по образцу',
    data: { title: 'Собрание', date: '19.11.2026', from: '18:00', to: '18:45', platform: 'sferum' },
  },
  {
    name: 'documents',
    why: 'неизвестный вид документа',
    data: { id: 'prikaz-214', title: 'Приказ о переходе', kind: 'prikaz', date: '2026-11-13' },
  },
];

/** What a file holds: a list file holds a list of entries. */
const asFile = (name: CollectionName, entry: unknown): unknown => (collections[name].storage.kind === 'list' ? [entry] : entry);

describe.skipIf(ajvModule === undefined)('ajv (draft-07) agrees with zod', () => {
  const ajv = new ajvModule!.default({ strict: true, allErrors: true, allowUnionTypes: true });
  // The YAML extension's own keywords: hints, not rules.
  for (const keyword of ['enumDescriptions', 'errorMessage', 'patternErrorMessage']) ajv.addKeyword(keyword);
  ajv.addFormat('email', (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value));
  ajv.addFormat('uri', (value) => URL.canParse(value));
  const validators = new Map(names.map((name) => [name, ajv.compile(schemaOnDisk(name))]));

  it('accepts every real file the checker accepts', () => {
    let validated = 0;
    for (const name of names) {
      for (const { file, data } of acceptedFiles(name)) {
        const validate = validators.get(name)!;
        expect(validate(data), `content/${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        validated += 1;
      }
    }
    expect(validated, 'too few real files were validated').toBeGreaterThan(30);
  });

  it.each(mistakes)('rejects $name: $why (and so does zod)', ({ name, data }) => {
    expect(collections[name].schema().safeParse(data).success).toBe(false);
    expect(validators.get(name)!(asFile(name, data))).toBe(false);
  });

  it('rejects a list file written as one entry', () => {
    const entry = { id: 'prikaz-214', title: 'Приказ о переходе', kind: 'order', date: '2026-11-13' };
    expect(validators.get('documents')!([entry])).toBe(true);
    expect(validators.get('documents')!(entry)).toBe(false);
  });
});

// The engine of VS Code's YAML extension: checks the mapping in settings.json, the hover texts and the
// messages the way editors will see them.
interface YamlLanguageService {
  configure(settings: Record<string, unknown>): void;
  doValidation(document: unknown, isKubernetes: boolean): Promise<Array<{ message: string; range: { start: { line: number } } }>>;
  doHover(document: unknown, position: { line: number; character: number }): Promise<{ contents: unknown } | null>;
}
const yls = optional<{ getLanguageService(params: Record<string, unknown>): YamlLanguageService }>(
  'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js',
);
const textDocument = optional<{ TextDocument: { create(uri: string, language: string, version: number, text: string): unknown } }>(
  'vscode-languageserver-textdocument',
);

describe.skipIf(yls === undefined || textDocument === undefined)('VS Code YAML extension engine', () => {
  const service = yls!.getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
    telemetry: { send() {}, sendError() {}, sendTrack() {} },
  });
  const mapping = settings()['yaml.schemas'] as Record<string, string[]>;
  service.configure({
    validate: true,
    hover: true,
    completion: true,
    yamlVersion: '1.2',
    schemas: Object.entries(mapping).map(([path, fileMatch]) => ({
      uri: pathToFileURL(join(root, path)).toString(),
      fileMatch,
      priority: 3,
    })),
  });
  let version = 0;
  const open = (file: string, text = readText(file)) =>
    textDocument!.TextDocument.create(pathToFileURL(join(root, file)).toString(), 'yaml', (version += 1), text);

  it('finds no problem in real files the checker accepts', async () => {
    let validated = 0;
    for (const name of names.filter((each) => collections[each].storage.kind !== 'markdown')) {
      for (const { file } of acceptedFiles(name).slice(0, 3)) {
        const problems = await service.doValidation(open(`content/${file}`), false);
        expect(
          problems.map((problem) => problem.message),
          `content/${file}`,
        ).toEqual([]);
        validated += 1;
      }
    }
    expect(validated).toBeGreaterThan(10);
  });

  it('underlines mistakes in Russian where zod has words for them', async () => {
    const text = [
      'name: Иванова Мария Петровна',
      'position: Учитель',
      'emial: a@b.ru',
      'hours:',
      '  - days: [mon]',
      '    from: "8:30"',
      '    to: "09:00"',
      '',
    ].join('\n');
    const messages = (await service.doValidation(open('content/staff/ivanova-m-p.yaml', text), false)).map((problem) => problem.message);
    expect(messages.join('\n')).toMatch(/emial/);
    expect(messages.join('\n')).toMatch(/ЧЧ:ММ/);
  });

  it('shows the Russian hint on hover', async () => {
    const hover = await service.doHover(open('content/school.yaml'), { line: 0, character: 1 });
    expect(JSON.stringify(hover?.contents)).toContain(fieldHelp.school.fields['name'] as string);
  });
});
