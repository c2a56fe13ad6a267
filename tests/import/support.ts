/** Helpers of the import tests: a content copy to import into, the files of a folder, and YAML reads. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { contentCopy } from '../helpers/content-fixture.ts';

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'import');
export const fixture = (name: string) => join(IMPORT_FIXTURES, name);

/**
 * The minimal school plus a teacher written with «ё» (the files write «Федоров»), so matching by
 * name is tested against a real staff file.
 */
export function schoolToImportInto(): string {
  return contentCopy({
    'staff/fedorov-d-s.yaml': 'name: Фёдоров Дмитрий Сергеевич\nposition: Учитель английского языка\nemail: fedorov@example.ru\n',
  });
}

/** Every file under a folder (dot files too) with its text: compares a folder before and after. */
export function filesOf(dir: string, base = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(join(dir, base))) {
    const relative = base ? `${base}/${name}` : name;
    if (statSync(join(dir, relative)).isDirectory()) Object.assign(result, filesOf(dir, relative));
    else result[relative] = readFileSync(join(dir, relative), 'utf8');
  }
  return result;
}

export function readYaml<T = Record<string, unknown>>(dir: string, file: string): T {
  return parse(readFileSync(join(dir, file), 'utf8')) as T;
}

export interface LessonYaml {
  period: number;
  subject: string;
  teacher: string | string[];
  group?: string;
  week?: string;
  withClasses?: string[];
  platform?: string;
  link?: string;
  online: boolean;
  note?: string;
}

export type ClassYaml = { class: string; shift: number; classTeacher?: string; days: Record<string, LessonYaml[]> };
