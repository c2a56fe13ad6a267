/**
 * The browser editor's configuration against the content model. The drift test walks every zod
 * schema itself (not through the JSON Schema the generator reads), so a field the generator drops,
 * invents or shows with the wrong widget fails here.
 */
import { describe, expect, it } from 'vitest';
import type { Field } from '@sveltia/cms';
import { parse } from 'yaml';
import { collections, type CollectionName } from '../../src/content-model/collections.ts';
import { isRealDate, isRealTime } from '../../src/lib/time.ts';
import { editorCollection, editorConfig, editorConfigYaml, contentPathFromRoot } from '../../src/editor/config.ts';
import { EditorConfigError, fieldFor, ROOT_LIST_FIELD } from '../../src/editor/fields.ts';
import { COLLECTION_LABELS, fieldLabel, isGoodLabel, labelFromHint } from '../../src/editor/labels.ts';
import { REFERENCES } from '../../src/editor/references.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** A zod node without optional/default/pipe/preprocess wrappers, and whether it may be left out. */
function unwrap(schema: unknown): { node: unknown; optional: boolean } {
  let node = schema;
  let optional = false;
  for (;;) {
    const def = defOf(node);
    if (def.type === 'optional' || def.type === 'default') {
      optional = true;
      node = def['innerType'];
    } else if (def.type === 'pipe') {
      // preprocess(fn, string) is a pipe from a transform into the string; union→transform→pipe keeps the union.
      node = defOf(def['in']).type === 'transform' ? def['out'] : def['in'];
    } else return { node, optional };
  }
}

interface ZodField {
  path: string;
  kind: string;
  optional: boolean;
  values?: string[];
}

/** Every field of a zod object schema, by field-help path, with what kind of value it holds. */
function zodFields(schema: unknown, prefix = ''): ZodField[] {
  const { node } = unwrap(schema);
  const shape = defOf(node)['shape'] as Record<string, unknown>;
  return Object.entries(shape).flatMap(([key, child]) => walk(child, prefix ? `${prefix}.${key}` : key));
}

function leafKind(def: Def): string {
  const checks = ((def['checks'] as Array<{ _zod: { def: Def } }> | undefined) ?? []).map((check) => check._zod.def);
  if (checks.some((check) => check['fn'] === isRealTime)) return 'time';
  if (checks.some((check) => check['fn'] === isRealDate)) return 'date';
  if (def.type === 'union') return 'string';
  return def.type;
}

function walk(schema: unknown, path: string): ZodField[] {
  const { node, optional } = unwrap(schema);
  const def = defOf(node);
  if (def.type === 'object') return [{ path, kind: 'object', optional }, ...zodFields(node, path)];
  if (def.type === 'array') {
    const item = unwrap(def['element']).node;
    const itemDef = defOf(item);
    if (itemDef.type === 'object') return [{ path, kind: 'list-of-objects', optional }, ...zodFields(item, `${path}[]`)];
    if (itemDef.type === 'enum')
      return [{ path, kind: 'multi-select', optional, values: Object.values(itemDef['entries'] as object) as string[] }];
    return [{ path, kind: `list-of-${leafKind(itemDef)}`, optional }];
  }
  if (def.type === 'tuple') return [{ path, kind: 'tuple', optional }];
  if (def.type === 'enum') return [{ path, kind: 'select', optional, values: Object.values(def['entries'] as object) as string[] }];
  return [{ path, kind: leafKind(def), optional }];
}

/** The editor's fields by the same paths. */
function configFields(fields: Field[], prefix = ''): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>();
  for (const field of fields as Array<Record<string, unknown>>) {
    const path = prefix ? `${prefix}.${String(field['name'])}` : String(field['name']);
    result.set(path, field);
    const nested = field['fields'] as Field[] | undefined;
    if (nested) for (const [key, value] of configFields(nested, field['widget'] === 'list' ? `${path}[]` : path)) result.set(key, value);
  }
  return result;
}

/** The fields of one entry in the editor's collection (the root list's items for a list file). */
function entryFields(name: CollectionName): Map<string, Record<string, unknown>> {
  const collection = editorCollection(name, 'content') as unknown as { files?: Array<{ fields: Field[] }>; fields?: Field[] };
  const fields = collection.files ? collection.files[0]!.fields : collection.fields!;
  if (collections[name].storage.kind === 'list') {
    const root = fields[0] as unknown as { name: string; root: boolean; fields: Field[] };
    expect(root).toMatchObject({ name: ROOT_LIST_FIELD, root: true });
    return configFields(root.fields);
  }
  const map = configFields(fields);
  map.delete('body');
  return map;
}

/** Whether the editor's widget can hold what zod expects there. */
function compatible(zod: ZodField, field: Record<string, unknown>, reference: string | undefined): boolean {
  const widget = field['widget'];
  if (reference) return widget === 'relation' && field['collection'] === reference;
  switch (zod.kind) {
    case 'object':
      return widget === 'object';
    case 'list-of-objects':
      return widget === 'list' && Array.isArray(field['fields']);
    case 'multi-select':
    case 'select': {
      const options = (field['options'] as Array<{ value: string }>).map((option) => option.value);
      return widget === 'select' && Boolean(field['multiple']) === (zod.kind === 'multi-select') && options.join() === zod.values!.join();
    }
    case 'tuple':
      return widget === 'list' && field['min'] === field['max'];
    case 'time':
      return widget === 'datetime' && field['format'] === 'HH:mm' && field['date_format'] === false;
    case 'date':
      return widget === 'datetime' && field['format'] === 'YYYY-MM-DD' && field['time_format'] === false;
    case 'boolean':
      return widget === 'boolean';
    case 'number':
      return widget === 'number';
    case 'string':
      return widget === 'string';
    case 'list-of-string':
      return widget === 'list' && (field['field'] as { widget: string }).widget === 'string';
    default:
      return false;
  }
}

const names = Object.keys(collections) as CollectionName[];

describe('the editor configuration follows the zod schemas', () => {
  for (const name of names) {
    it(`${name}: every schema field, with a fitting widget, and nothing else`, () => {
      const zod = zodFields(collections[name].schema());
      const config = entryFields(name);
      const references = REFERENCES[name] ?? {};
      for (const field of zod) {
        const editorField = config.get(field.path);
        expect(editorField, `${name}: поля ${field.path} нет в редакторе`).toBeDefined();
        const reference = references[field.path] ?? references[`${field.path}[]`];
        expect(compatible(field, editorField!, reference), `${name}.${field.path}: ${field.kind} ≠ ${JSON.stringify(editorField)}`).toBe(
          true,
        );
        // Optional in zod ⇔ not required in the editor (a list with a minimum is required by its minimum).
        expect(editorField!['required'] === false, `${name}.${field.path}: обязательность`).toBe(field.optional);
      }
      const zodPaths = new Set(zod.map((field) => field.path));
      expect([...config.keys()].filter((path) => !zodPaths.has(path))).toEqual([]);
    });
  }

  it('walks real schemas: a field added to a schema appears in the comparison', () => {
    const paths = zodFields(collections.staff.schema()).map((field) => field.path);
    expect(paths).toContain('accounts[].platform');
    expect(paths).toContain('consent.date');
    expect(zodFields(collections.classes.schema()).map((field) => field.path)).toContain('days.mon[].teacher');
  });
});

describe('storage kinds', () => {
  const config = editorConfig({ contentPath: 'content', backend: { name: 'github', repo: 'school/site' } });
  const byName = new Map(
    (config.collections ?? []).map((collection) => [(collection as { name: string }).name, collection as Record<string, unknown>]),
  );

  it('lists every collection once, in the order of the content model, with its Russian name', () => {
    expect([...byName.keys()]).toEqual(names);
    for (const name of names) expect(byName.get(name)!['label']).toBe(COLLECTION_LABELS[name]);
  });

  it('a single file is a file collection with that file', () => {
    expect(byName.get('school')!['files']).toEqual([expect.objectContaining({ name: 'school', file: 'content/school.yaml' })]);
    expect(byName.get('bells')!['files']).toEqual([expect.objectContaining({ file: 'content/timetable/bells.yaml' })]);
  });

  it('a list file is one file whose root is a list', () => {
    const [file] = byName.get('contacts')!['files'] as Array<{ file: string; fields: Array<Record<string, unknown>> }>;
    expect(file!.file).toBe('content/contacts.yaml');
    expect(file!.fields).toEqual([expect.objectContaining({ widget: 'list', root: true, summary: '{{fields.title}}' })]);
  });

  it('a folder of YAML files is a folder collection whose file name is typed once, on creation', () => {
    expect(byName.get('staff')).toMatchObject({
      folder: 'content/staff',
      extension: 'yaml',
      format: 'yaml',
      identifier_field: 'name',
      slug: { editable: ['create'] },
    });
    expect(byName.get('classes')).toMatchObject({ folder: 'content/timetable/classes', identifier_field: 'class' });
  });

  it('a Markdown folder has the header fields, the text, and pictures in images/ next to the text', () => {
    const guides = byName.get('guides')!;
    expect(guides).toMatchObject({
      folder: 'content/guides',
      extension: 'md',
      format: 'yaml-frontmatter',
      media_folder: 'images',
      public_folder: 'images',
    });
    expect((guides['fields'] as Array<Record<string, unknown>>).at(-1)).toMatchObject({ name: 'body', widget: 'markdown', label: 'Текст' });
    expect(byName.get('faq')).toMatchObject({ identifier_field: 'question', media_folder: 'images' });
  });

  it('follows CONTENT_DIR: paths start from the project root', () => {
    expect(contentPathFromRoot('./content', '/p')).toBe('content');
    expect(contentPathFromRoot('/p/schools/47', '/p')).toBe('schools/47');
    const other = editorConfig({ contentPath: 'schools/47', backend: { name: 'github', repo: 'a/b' } });
    expect(JSON.stringify(other)).not.toContain('"content/');
    expect((other.collections![0] as { files: Array<{ file: string }> }).files[0]!.file).toBe('schools/47/school.yaml');
  });

  it('writes strings in double quotes and leaves empty optional fields out', () => {
    expect(config.output).toEqual({ omit_empty_optional_fields: true, yaml: { quote: 'double' } });
  });

  it('is YAML that reads back as the same configuration, with a do-not-edit header', () => {
    const text = editorConfigYaml(config);
    expect(text.split('\n')[0]).toMatch(/^# Создано командой npm run build/);
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(config)));
  });
});

describe('widgets', () => {
  const school = configFields((editorCollection('school', 'content') as unknown as { files: Array<{ fields: Field[] }> }).files[0]!.fields);
  const classes = configFields((editorCollection('classes', 'content') as unknown as { fields: Field[] }).fields);
  const contacts = configFields(
    (editorCollection('contacts', 'content') as unknown as { files: Array<{ fields: Array<{ fields: Field[] }> }> }).files[0]!.fields[0]!
      .fields,
  );

  it('a select shows what each value means and stores the value', () => {
    expect(contacts.get('kind')!['options']).toContainEqual({ label: 'горячая линия по дистанционному обучению', value: 'hotline' });
    expect(contacts.get('audience')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [
        { label: 'родители', value: 'parents' },
        { label: 'ученики', value: 'pupils' },
        { label: 'учителя', value: 'teachers' },
      ],
    });
  });

  it('references are pick lists of the files they name', () => {
    expect(classes.get('days.mon[].teacher')).toMatchObject({ widget: 'relation', collection: 'staff', value_field: '{{slug}}' });
    expect(classes.get('classTeacher')).toMatchObject({ widget: 'relation', collection: 'staff', required: false });
    expect(school.get('distanceLearning.order')).toMatchObject({
      widget: 'relation',
      collection: 'documents',
      file: 'documents',
      value_field: `${ROOT_LIST_FIELD}.*.id`,
    });
  });

  it('dates and times are pickers that store the text the schema asks for', () => {
    expect(school.get('distanceLearning.from')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(contacts.get('hours[].from')).toMatchObject({ widget: 'datetime', format: 'HH:mm', date_format: false });
  });

  it('hints are the field help; links and e-mails are typed inputs with the Russian message', () => {
    expect(school.get('phone')!['hint']).toMatch(/^Телефон приёмной: номер в кавычках/);
    expect(school.get('website')).toMatchObject({
      widget: 'string',
      type: 'url',
      pattern: ['^https://', expect.stringMatching(/https:\/\//)],
    });
    expect(school.get('email')).toMatchObject({ widget: 'string', type: 'email' });
  });

  it('a list that zod requires but allows empty stops the generation with a Russian explanation', () => {
    const node = { type: 'array', items: { type: 'string' } };
    expect(() => fieldFor('staff', 'subjects', 'subjects', node, true)).toThrow(EditorConfigError);
    expect(() => fieldFor('staff', 'subjects', 'subjects', node, true)).toThrow(/может быть пустым.*\.default\(\[\]\)/);
  });

  it('a field without a hint stops the generation', () => {
    expect(() => fieldFor('staff', 'nickname', 'nickname', { type: 'string' }, false)).toThrow(/нет подсказки/);
  });
});

describe('labels', () => {
  it('come from the hint before its explanation', () => {
    expect(labelFromHint('Телефон приёмной: "8 (3843) 36-43-66"')).toBe('Телефон приёмной');
    expect(labelFromHint('true — основная платформа школы')).toBe('True');
    expect(isGoodLabel('True')).toBe(false);
    expect(labelFromHint('Номер урока, например 1; такой урок…')).toBe('Номер урока');
  });

  it('every field of every collection has a short Russian label', () => {
    const bad: string[] = [];
    for (const name of names) {
      for (const [path, field] of entryFields(name))
        if (!isGoodLabel(String(field['label']))) bad.push(`${name}.${path}: ${String(field['label'])}`);
    }
    expect(bad).toEqual([]);
    expect(fieldLabel('platforms', 'primary', 'true — основная')).toBe('Основная платформа школы');
  });
});

describe('references', () => {
  const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

  it('the id pattern is the one idSchema() writes (so the search below finds something to miss)', () => {
    const pattern = entryFields('contacts').get('id')!['pattern'] as [string, string];
    expect(pattern[0]).toBe(ID_PATTERN);
  });

  it('every field that names another file is a relation, and every relation is a real field', () => {
    for (const name of names) {
      const fields = entryFields(name);
      // A field written with idSchema() that is not an entry's own id names another file.
      const plain = [...fields]
        .filter(([path, field]) => path !== 'id' && (field['pattern'] as string[] | undefined)?.[0] === ID_PATTERN)
        .map(([path]) => path);
      expect(plain, `${name}: идентификаторы без выбора из списка`).toEqual([]);
      for (const path of Object.keys(REFERENCES[name] ?? {})) {
        const field = fields.get(path.replace(/\[\]$/, ''));
        expect(field?.['widget'], `${name}.${path}`).toBe('relation');
      }
    }
  });
});
