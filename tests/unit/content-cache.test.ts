/**
 * The content store's folder (scripts/lib/content-cache.ts): one per content folder and per version of
 * the code, so an update of the generator never serves pages rendered by the old code.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentCacheDir } from '../../scripts/lib/content-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'content-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(): { dir: string; work: string } {
  const dir = mkdtempSync(join(root, 'project-'));
  mkdirSync(join(dir, 'src', 'markdown'), { recursive: true });
  writeFileSync(join(dir, 'src', 'markdown', 'plugin.ts'), 'export const plugin = 1;\n');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(dir, 'package-lock.json'), '{}\n');
  return { dir, work: join(dir, '.build') };
}

test('the same content and code get the same folder; a changed plugin, config or lock file a new one, and the old one goes', () => {
  const { dir, work } = project();
  const first = contentCacheDir(work, '/school/content', dir);
  expect(contentCacheDir(work, '/school/content', dir)).toBe(first);
  mkdirSync(first);
  writeFileSync(join(dir, 'src', 'markdown', 'plugin.ts'), 'export const plugin = 2;\n');
  const second = contentCacheDir(work, '/school/content', dir);
  expect(second).not.toBe(first);
  expect(existsSync(first)).toBe(false);
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default { site: "x" };\n');
  const third = contentCacheDir(work, '/school/content', dir);
  writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  expect(new Set([second, third, contentCacheDir(work, '/school/content', dir)]).size).toBe(3);
});

test("another school's folder is kept, and its name starts differently", () => {
  const { dir, work } = project();
  const one = contentCacheDir(work, '/school-1/content', dir);
  mkdirSync(one);
  const two = contentCacheDir(work, '/school-2/content', dir);
  expect(basename(two).slice(0, 18)).not.toBe(basename(one).slice(0, 18));
  expect(existsSync(one)).toBe(true);
});
