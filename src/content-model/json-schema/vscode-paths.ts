/**
 * Where the JSON Schemas for editors live and which content files each one is for: the schema folder,
 * the VS Code settings file, the file patterns VS Code's YAML extension matches, and the same place
 * as a person would say it. Kept apart from the schemas themselves, which do not depend on where
 * they are written.
 */
import type { CollectionName, Storage } from '../collections.ts';

/** The folder the schemas are written to, relative to the project root. */
export const SCHEMA_DIR = '.vscode/schemas';
/** The VS Code workspace settings that map the schemas to content files. */
export const SETTINGS_FILE = '.vscode/settings.json';
/** The content folder the VS Code mappings point at (`CONTENT_DIR` cannot be known to the editor). */
export const CONTENT_DIR_FOR_EDITOR = 'content';

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
