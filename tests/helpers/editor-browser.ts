/**
 * Driving the built browser editor (/admin/) in Chromium with Sveltia CMS's test backend.
 *
 * Sveltia's `test-repo` backend keeps its files in the browser's origin-private file system (OPFS,
 * folder `sveltia-cms-test`) and reads and writes them with the same code as the local mode reads a
 * project folder (both hand it a directory handle). The local mode itself needs a person to pick a
 * folder in the browser's dialog, which no test can do; so the test fills OPFS with the sample
 * school's files, serves the configuration `npm run build` generated with only its `backend` swapped
 * for `test-repo`, and reads back what the editor saved.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';

/** Every file of a content folder (but the editors' guide), as `content/…` paths and base64 bytes. */
export function contentFiles(contentDir: string, prefix = 'content'): Array<{ path: string; data: string }> {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(contentDir)
    .filter((file) => !file.endsWith('README.md'))
    .map((file) => ({ path: `${prefix}/${relative(contentDir, file).split(sep).join('/')}`, data: readFileSync(file).toString('base64') }));
}

/** Serves the built configuration with the test backend instead of the forge. */
export async function useTestBackend(page: Page): Promise<void> {
  await page.route(/\/admin\/config\.yml(\?|$)/, async (route) => {
    const response = await route.fetch();
    const config = parse(await response.text()) as Record<string, unknown>;
    config['backend'] = { name: 'test-repo' };
    await route.fulfill({ response, body: stringify(config) });
  });
}

/** Puts the files into the origin's OPFS, where the test backend reads them. */
export async function seedFiles(page: Page, files: Array<{ path: string; data: string }>): Promise<void> {
  await page.evaluate(async (list) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const { path, data } of list) {
      let dir = root;
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(data), (char) => char.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** The text of a file the editor saved (path like `content/school.yaml`). */
export function readSaved(page: Page, path: string): Promise<string> {
  return page.evaluate(async (file) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    const parts = file.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}
