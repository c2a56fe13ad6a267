/**
 * Small built sites for publishing tests, messier than the sample where it matters: nested folders,
 * a Cyrillic file name with a space, a binary file, hashed assets, an empty file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTempFolders`. */
export function tempFolder(prefix = 'publish-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export type Files = Record<string, string | Buffer>;

/** Version 1 of a fake site. */
export const SITE_V1: Files = {
  'index.html': '<!doctype html><title>Школа</title><link rel="stylesheet" href="/_astro/app.A1b2.css"><h1>Главная</h1>',
  '404.html': '<!doctype html><title>Нет такой страницы</title>',
  'timetable/index.html': '<!doctype html><title>Расписание</title>',
  'timetable/5a/index.html': '<!doctype html><title>5 А</title>',
  '_astro/app.A1b2.css': 'body{margin:0}',
  'pagefind/pagefind-entry.json': '{"version":"1","languages":{"ru":{"hash":"ru_aaa"}}}',
  'pagefind/index/ru_aaa.pf_index': Buffer.from([0, 1, 2, 3, 250, 251]),
  'documents/Положение о ДО.pdf': Buffer.from('%PDF-1.4 fake'),
  'images/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  'empty.txt': '',
};

/** Version 2: one page changed, the stylesheet renamed (new hash), one page gone, one added. */
export const SITE_V2: Files = {
  ...Object.fromEntries(Object.entries(SITE_V1).filter(([path]) => path !== 'timetable/5a/index.html' && path !== '_astro/app.A1b2.css')),
  'index.html': '<!doctype html><title>Школа</title><link rel="stylesheet" href="/_astro/app.C3d4.css"><h1>Главная, новая</h1>',
  '_astro/app.C3d4.css': 'body{margin:0;color:#222}',
  'timetable/5b/index.html': '<!doctype html><title>5 Б</title>',
};

export function writeSite(files: Files, dir = tempFolder('dist-')): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Every file under `dir` with its content as text (latin1, so bytes compare exactly). */
export function readTree(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    tree[full.slice(dir.length + 1)] = readFileSync(full).toString('latin1');
  }
  return tree;
}

/** The same files as `readTree` gives, from a `Files` description. */
export function expectedTree(files: Files): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, content]) => [path, Buffer.from(content).toString('latin1')]));
}
