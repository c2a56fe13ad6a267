/**
 * Reads the files of one collection into raw entries (data not yet validated) with their positions.
 * Both the checker and the Astro loaders call this, so they see the same entries with the same ids.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { CollectionDefinition } from './collections.ts';
import { outsideMessage, whereIs } from './inside.ts';
import type { Problem } from './problem.ts';
import { parseMarkdownSource } from './markdown-source.ts';
import { decodeText, type ParsedSource, type ReadResult } from './source.ts';
import { parseYamlSource } from './yaml-source.ts';

/** One entry as read from disk. */
export interface RawEntry {
  /** The entry id: file name, `id` field, position in a list, or the collection name. */
  id: string;
  /** File path relative to the content folder. */
  file: string;
  /** The entry's data (for a list item: the item). */
  data: unknown;
  /** Path of the entry inside its file: `[3]` for the fourth item of a list, `[]` otherwise. */
  pathInFile: readonly PropertyKey[];
  /** The parsed file, to locate fields. */
  source: ParsedSource;
}

export interface CollectionRead {
  entries: RawEntry[];
  /** Files this collection claims (read or not), relative paths. */
  files: string[];
  /**
   * Ids of every entry the files hold, valid or not, so a reference to an entry with its own error is
   * not reported a second time as missing; undefined when a list file could not be read at all.
   */
  ids: Set<string> | undefined;
  problems: Problem[];
}

/** Files directly inside a content sub-folder with one of the extensions, sorted for stable output. */
function filesIn(contentDir: string, dir: string, extensions: readonly string[]): string[] {
  const absolute = join(contentDir, dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) return [];
  return readdirSync(absolute)
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .map((name) => posix.join(dir, name));
}

function readSource(contentDir: string, file: string, markdown: boolean): { source?: ParsedSource; problems: Problem[] } {
  // A shortcut out of the content folder is not followed: its target would be published.
  if (whereIs(contentDir, file) === 'outside')
    return { problems: [{ severity: 'error', file, line: 1, column: 1, field: '', message: outsideMessage(file) }] };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(contentDir, file));
  } catch {
    // A folder named «x.yaml», a shortcut to a deleted file, no permission: a problem, not a crash.
    return {
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          column: 1,
          field: '',
          message: 'файл не удаётся прочитать (это папка, ярлык на удалённый файл или нет прав) — замените его обычным файлом или удалите',
        },
      ],
    };
  }
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { problems: decoded.problems };
  const parsed = parsedText(contentDir, file, markdown, decoded.text);
  return parsed.ok ? { source: parsed.source, problems: [] } : { problems: [...parsed.problems] };
}

/**
 * Parses of files by path, with the text they were parsed from. `npm run build` checks the content and
 * then builds it in the same process, and Astro's loaders read every file again (data/load.ts once
 * more for the order of list files): reading is cheap, parsing is not, so a file whose text is the same
 * as last time gets last time's parse (the same object, never changed by its readers). The map lives on
 * globalThis because Vite loads this module a second time, in its own module graph.
 */
const PARSES = Symbol.for('shkolnaya-stranitsa.parsed-sources');
type Parses = Map<string, { text: string; result: ReadResult }>;
const parses = ((globalThis as Record<symbol, unknown>)[PARSES] ??= new Map()) as Parses;

function parsedText(contentDir: string, file: string, markdown: boolean, text: string): ReadResult {
  const key = `${markdown ? 'md' : 'yaml'}\0${resolve(contentDir)}\0${file}`;
  const last = parses.get(key);
  if (last?.text === text) return last.result;
  const result = markdown ? parseMarkdownSource(file, text) : parseYamlSource(file, text);
  parses.set(key, { text, result });
  return result;
}

function stem(file: string): string {
  return posix.basename(file).replace(/\.(yaml|md|mdx)$/, '');
}

/** Reads all entries of one collection from the content folder. */
export function readCollection(contentDir: string, name: string, definition: CollectionDefinition): CollectionRead {
  const { storage } = definition;
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];

  if (storage.kind === 'single' || storage.kind === 'list') {
    if (!existsSync(join(contentDir, storage.file))) return { entries, files: [], problems, ids: new Set() };
    const { source, problems: fileProblems } = readSource(contentDir, storage.file, false);
    problems.push(...fileProblems);
    if (source && storage.kind === 'single') {
      entries.push({ id: name, file: storage.file, data: source.data, pathInFile: [], source });
    }
    if (source && storage.kind === 'list') {
      if (!Array.isArray(source.data)) {
        const position = source.locate([]);
        problems.push({
          severity: 'error',
          file: storage.file,
          ...position,
          field: '',
          message: 'файл должен быть списком: каждый элемент начинается со строки «- » — оформите записи как список по образцу',
        });
      } else {
        source.data.forEach((item: unknown, index) => {
          const idValue =
            storage.idField && typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[storage.idField] : undefined;
          const id = idValue === undefined || idValue === null ? String(index + 1) : String(idValue);
          entries.push({ id, file: storage.file, data: item, pathInFile: [index], source });
        });
      }
    }
    const ids = problems.length > 0 ? undefined : new Set(entries.map((entry) => entry.id));
    return { entries, files: [storage.file], problems, ids };
  }

  const markdown = storage.kind === 'markdown';
  const extensions = markdown ? (storage.mdx ? ['.md', '.mdx'] : ['.md']) : ['.yaml'];
  const files = filesIn(contentDir, storage.dir, extensions);
  for (const file of files) {
    const read = readFileEntry(contentDir, file, markdown);
    problems.push(...read.problems);
    if (read.entry) entries.push(read.entry);
  }
  return { entries, files, problems, ids: new Set(files.map(stem)) };
}

/** One entry of a folder collection (a file per entry): its id is the file name without extension. */
export function readFileEntry(contentDir: string, file: string, markdown: boolean): { entry?: RawEntry; problems: Problem[] } {
  const { source, problems } = readSource(contentDir, file, markdown);
  return source ? { entry: { id: stem(file), file, data: source.data, pathInFile: [], source }, problems } : { problems };
}
