/**
 * Where a build keeps Astro's content store (entries and their rendered Markdown). Astro trusts the
 * store while a file's text is unchanged, so the folder is one per content folder and per version of
 * the code that reads and renders content: after an update of the generator (its Markdown plugins, its
 * schemas, a package) a page is rendered again instead of coming stale from the cache. Builds of
 * different schools, or parallel test builds, never see each other's entries. Older folders of the
 * same content folder are removed. Hashing the code takes a few milliseconds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The code whose changes can change what the content store holds. */
const CODE = ['src', 'astro.config.mjs', 'package-lock.json'];

/** Every file of a code path: the path itself when it is a file, the files under it when it is a folder. */
function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function codeDigest(projectDir: string): string {
  const hash = createHash('sha256');
  for (const part of CODE) {
    const path = join(projectDir, part);
    if (!existsSync(path)) continue;
    for (const file of filesOf(path)) hash.update(relative(projectDir, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** The cache folder for this content folder and this code, made if missing; older ones of the content folder are removed. */
export function contentCacheDir(workDir: string, contentDir: string, projectDir: string): string {
  const contentKey = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  const name = `cache-${contentKey}-${codeDigest(projectDir)}`;
  mkdirSync(workDir, { recursive: true });
  for (const old of readdirSync(workDir)) {
    if (old.startsWith(`cache-${contentKey}`) && old !== name) rmSync(join(workDir, old), { recursive: true, force: true });
  }
  return join(workDir, name);
}
