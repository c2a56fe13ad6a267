/**
 * Test content folders: a copy of a fixture school in a fresh temporary folder, with some files
 * rewritten, added or removed, so every test breaks exactly one thing in its own copy.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The fixture schools under tests/fixtures/. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures');

/** The valid school every test starts from. */
export const MINIMAL_SCHOOL = join(FIXTURES_DIR, 'minimal-school');

/**
 * What to do with one file (path relative to the content folder):
 * - a string or bytes: write it as the file's whole content (creating folders as needed);
 * - a function: rewrite the fixture's text of that file;
 * - `null`: delete the file.
 */
export type FileChange = string | Uint8Array | ((text: string) => string) | null;

/** All temporary folders made by this module, removed by `removeContentCopies`. */
const made: string[] = [];

/** Copies a fixture school into a new temporary folder and applies the changes. Returns the folder. */
export function contentCopy(changes: Record<string, FileChange> = {}, fixture = MINIMAL_SCHOOL): string {
  const root = mkdtempSync(join(tmpdir(), 'school-content-'));
  made.push(root);
  const dir = join(root, 'content');
  cpSync(fixture, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    if (change === null) {
      rmSync(path);
    } else if (typeof change === 'function') {
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, change);
    }
  }
  return dir;
}

/** Shorthand for `contentCopy({ [file]: change })`: the fixture with one file rewritten. */
export function withFile(file: string, change: FileChange, fixture = MINIMAL_SCHOOL): string {
  return contentCopy({ [file]: change }, fixture);
}

/**
 * A rewrite that replaces exact text, and throws when the text is not in the file, so a test cannot
 * silently check an unbroken fixture after the fixture changes.
 */
export function replace(search: string, replacement: string): (text: string) => string {
  return (text) => {
    if (!text.includes(search)) throw new Error(`в файле фикстуры нет текста ${JSON.stringify(search)}`);
    return text.replace(search, replacement);
  };
}

/** The text of a fixture file, to build a variant of it. */
export function fixtureText(file: string, fixture = MINIMAL_SCHOOL): string {
  return readFileSync(join(fixture, file), 'utf8');
}

/**
 * Where `needle` first occurs in a file of a content folder, as 1-based line and column: the place a
 * problem about the edited text should point at. `nth` picks a later occurrence (0-based).
 */
export function positionOf(contentDir: string, file: string, needle: string, nth = 0): { line: number; column: number } {
  const text = readFileSync(join(contentDir, file), 'utf8');
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`в ${file} нет текста ${JSON.stringify(needle)} (вхождение ${nth + 1})`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Removes every folder made by `contentCopy` (call from `afterAll`). */
export function removeContentCopies(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Where the value of `key: value` starts (the `nth` occurrence): the place a problem about it points at. */
export function valuePositionOf(contentDir: string, file: string, keyAndValue: string, nth = 0): { line: number; column: number } {
  const colon = keyAndValue.indexOf(': ');
  if (colon < 0) throw new Error(`ожидался текст вида «поле: значение», а дано ${JSON.stringify(keyAndValue)}`);
  const { line, column } = positionOf(contentDir, file, keyAndValue, nth);
  return { line, column: column + colon + 2 };
}

/** Encodes text as Windows-1251, the way an old Windows editor saves Russian text. */
export function windows1251(text: string): Uint8Array {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '№': 0xb9 };
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x350;
      if (char in special) return special[char]!;
      throw new Error(`нет в Windows-1251: ${char}`);
    }),
  );
}
