/**
 * Names and places of the files themselves:
 * - a file name becomes an id and a web address (`guides/moya-instruktsiya.md` → /guides/moya-instruktsiya/),
 *   so it must be latin lowercase, digits and hyphens: a space, a capital, Cyrillic or «%» gives an
 *   address that breaks when copied or typed (and «%» broke the build's picture loader);
 * - a shortcut (symlink) leading out of the content folder would publish what it points at.
 */
import { posix } from 'node:path';
import { outsideMessage, whereIs } from '../../content-model/inside.ts';
import type { Problem } from '../../content-model/problem.ts';
import { translit } from '../../lib/translit.ts';
import { IGNORED, listFiles, listSymlinks } from './files.ts';

/** A good name: words of latin lowercase letters and digits joined by hyphens, then a lowercase extension. */
const GOOD_NAME = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/;
const GOOD_FOLDER = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The name an editor should use instead: transliterated, lowercase, hyphens. */
export function suggestedName(name: string): string {
  const dot = name.indexOf('.', 1);
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension =
    dot > 0
      ? name
          .slice(dot)
          .toLowerCase()
          .replace(/[^a-z0-9.]/g, '')
      : '';
  return `${translit(stem.replace(/_/g, '-')) || 'fayl'}${extension}`;
}

/** Files and folders whose names are not latin lowercase with hyphens, with the name to use. */
export function checkFileNames(contentDir: string): Problem[] {
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const file of listFiles(contentDir)) {
    if (IGNORED.test(file) || posix.basename(file).startsWith('_')) continue;
    const parts = file.split('/');
    const bad = parts.findIndex((part, index) => !(index === parts.length - 1 ? GOOD_NAME : GOOD_FOLDER).test(part));
    if (bad < 0) continue;
    const path = parts.slice(0, bad + 1).join('/');
    // A badly named folder is reported once, on its first file.
    if (reported.has(path)) continue;
    reported.add(path);
    const part = parts[bad]!;
    const isFolder = bad < parts.length - 1;
    const suggestion = isFolder ? translit(part) || 'papka' : suggestedName(part);
    problems.push({
      severity: 'error',
      file,
      line: 1,
      column: 1,
      field: '',
      message: `${isFolder ? 'папка' : 'файл'} «${part}»: в имени можно только латинские строчные буквы, цифры и дефис (имя попадает в адрес страницы) — переименуйте в «${suggestion}»${isFolder ? '' : ' и исправьте ссылки на него'}`,
    });
  }
  return problems;
}

/** Shortcuts (symlinks) that lead out of the content folder, or to nothing. */
export function checkSymlinks(contentDir: string, claimed: ReadonlySet<string>): Problem[] {
  return (
    listSymlinks(contentDir)
      // A file a collection reads is reported by the reader itself (src/content-model/read-collection.ts).
      .filter((path) => !claimed.has(path) && whereIs(contentDir, path) === 'outside')
      .map((path) => ({ severity: 'error', file: path, line: 1, column: 1, field: '', message: outsideMessage(path) }) satisfies Problem)
  );
}
