/**
 * A private Astro root for builds that run side by side. Astro keeps per-build state inside the project
 * — `.astro/` (content-module imports, types) and `node_modules/.astro/` (the content data store) — so
 * two builds of different schools in one folder overwrite each other's files. Each root holds a copy of
 * the code (src/, scripts/, config: under 1 MB) and a `node_modules` of links to the project's packages,
 * so nothing is installed twice and the state folders are its own.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project folder (this file is scripts/many/build-root.ts). */
export const PROJECT_DIR = resolve(import.meta.dirname, '..', '..');

/** What a build reads from the project, besides packages. */
const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Makes a build root under `dir` (created, must not exist) and returns it. */
export function makeBuildRoot(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of CODE) cpSync(join(PROJECT_DIR, name), join(dir, name), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT_DIR, 'node_modules'))) {
    // Astro's and Vite's caches stay private to this root; everything else is the project's copy.
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(PROJECT_DIR, 'node_modules', name), join(modules, name));
  }
  return dir;
}

/**
 * Forgets what the previous build in this root left (content data store, content-module imports), so
 * the next school is built from its own files only — as on a fresh checkout in CI.
 */
export function clearBuildState(root: string): void {
  for (const state of ['.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) {
    rmSync(join(root, state), { recursive: true, force: true });
  }
}
