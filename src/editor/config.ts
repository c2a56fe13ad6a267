/**
 * The browser editor's whole configuration (Sveltia CMS, `/admin/config.yml`), generated from the
 * content model at every build — never written by hand. Each collection of
 * src/content-model/collections.ts becomes one collection of the editor, by how it is stored:
 * - `single` (school.yaml): a file collection with one file and its fields;
 * - `list` (contacts.yaml): a file collection with one file whose root is a list (`root: true`), so
 *   the file keeps the shape editors and the checker know (`- id: …`);
 * - `per-file` (staff/): a folder collection of YAML files, the file name being the id;
 * - `markdown` (guides/): a folder collection of Markdown files, the header's fields plus the text,
 *   and pictures uploaded into the `images` folder next to the text, as the checker requires.
 */
import { posix, relative, resolve } from 'node:path';
import type { Backend, CmsConfig, Collection, Field } from '@sveltia/cms';
import { stringify } from 'yaml';
import { collections, type CollectionName, type Storage } from '../content-model/collections.ts';
import { fieldHelp } from '../content-model/field-help.ts';
import { applyHelp } from '../content-model/json-schema/field-hints.ts';
import { entryJsonSchema, type JsonSchema } from '../content-model/json-schema/from-zod.ts';
import { EditorConfigError, objectFields, rootListField } from './fields.ts';
import { BODY_HINTS, BODY_LABEL, COLLECTION_LABELS } from './labels.ts';

/** Where pictures of a Markdown text live, relative to the text (the checker's rule for pictures). */
export const IMAGES_FOLDER = 'images';

/** The entry's JSON Schema with the Russian hints on; a missing hint is a programmer's error here. */
function entrySchema(name: CollectionName): JsonSchema {
  const schema = entryJsonSchema(collections[name]);
  const problems = applyHelp(name, schema);
  if (problems.length > 0) throw new EditorConfigError(problems.join('\n'));
  return schema;
}

/** The field of an entry that names it in lists: its title, name, question or class. */
function identifierField(schema: JsonSchema): string | undefined {
  const keys = Object.keys((schema['properties'] as Record<string, unknown> | undefined) ?? {});
  return ['title', 'name', 'question', 'class'].find((key) => keys.includes(key));
}

function base(name: CollectionName): { name: string; label: string; label_singular: string; description: string } {
  return { name, label: COLLECTION_LABELS[name], label_singular: collections[name].label, description: fieldHelp[name].about };
}

/** One collection of the editor. `dir` is the content folder as seen from the project root. */
export function editorCollection(name: CollectionName, dir: string): Collection {
  const storage: Storage = collections[name].storage;
  const schema = entrySchema(name);
  const common = base(name);
  switch (storage.kind) {
    case 'single':
      return {
        ...common,
        files: [{ name, label: common.label, file: posix.join(dir, storage.file), fields: objectFields(name, schema) }],
      } as Collection;
    case 'list':
      return {
        ...common,
        files: [{ name, label: common.label, file: posix.join(dir, storage.file), fields: [rootListField(name, common.label, schema)] }],
      } as Collection;
    case 'per-file':
    case 'markdown': {
      const identifier = identifierField(schema);
      const fields: Field[] = objectFields(name, schema);
      const markdown = storage.kind === 'markdown';
      if (markdown)
        fields.push({
          name: 'body',
          label: BODY_LABEL,
          widget: 'markdown',
          ...(BODY_HINTS[name] ? { hint: BODY_HINTS[name] } : {}),
        } as Field);
      const folder = posix.join(dir, storage.dir);
      return {
        ...common,
        folder,
        extension: markdown ? 'md' : 'yaml',
        format: markdown ? 'yaml-frontmatter' : 'yaml',
        ...(identifier ? { identifier_field: identifier } : {}),
        // The file name is the entry's id (other files refer to it): typed once, when the entry is made.
        slug: { editable: ['create'] },
        // Relative to the text's own folder, so the file lands in guides/images/ and the text says
        // images/name.png — the path the checker resolves (an absolute media_folder made Sveltia write /images/…).
        ...(markdown ? { media_folder: IMAGES_FOLDER, public_folder: IMAGES_FOLDER } : {}),
        fields,
      } as Collection;
    }
  }
}

/** The content folder as the editor sees it: a path from the project root, with forward slashes. */
export function contentPathFromRoot(contentDir: string, projectRoot = process.cwd()): string {
  const path = relative(projectRoot, resolve(projectRoot, contentDir)).split('\\').join('/');
  return path === '' ? '.' : path;
}

/** The whole configuration. */
export function editorConfig(options: { contentPath: string; backend: Backend; siteUrl?: string }): CmsConfig {
  const names = Object.keys(collections) as CollectionName[];
  return {
    backend: options.backend,
    // Files of documents (PDF) are served from public/; pictures of texts go next to the texts instead.
    media_folder: 'public/documents',
    public_folder: '/documents',
    ...(options.siteUrl ? { site_url: options.siteUrl } : {}),
    app_title: 'Школьная страница — редактор',
    // An empty optional field is left out of the file, not written as '' (zod would reject '' as an e-mail).
    // Strings in double quotes, as the editors' guide asks for times and phones ("08:30").
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: names.map((name) => editorCollection(name, options.contentPath)),
  };
}

/** The configuration as YAML, with a header saying where it comes from. */
export function editorConfigYaml(config: CmsConfig): string {
  return `# Создано командой npm run build из src/content-model (src/editor/config.ts). Не правьте вручную.\n${stringify(config, { lineWidth: 0 })}`;
}
