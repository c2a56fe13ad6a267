/**
 * Driving the built browser editor (/admin/) in Chromium in its local mode, as a teacher does with
 * `npm run dev`: «Работать с локальным репозиторием», pick the project folder, edit, save.
 *
 * Only the browser's folder dialog (`showDirectoryPicker`, which needs a person) is replaced: it hands
 * the editor a folder of the page's origin-private file system (OPFS) — a real directory handle, read
 * and written by the same code as a folder on disk — filled with the sample school's files and a
 * `.git` folder, as the local mode requires. The configuration is the one `npm run build` wrote,
 * unchanged. What the editor saves is read back from that folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The OPFS folder that stands for the project folder. */
const PROJECT = 'project';

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

/** A project folder: the content files and a minimal `.git` (the local mode refuses a folder without it). */
export function projectFiles(contentDir: string): Array<{ path: string; data: string }> {
  const text = (value: string) => Buffer.from(value).toString('base64');
  return [
    ...contentFiles(contentDir),
    { path: '.git/HEAD', data: text('ref: refs/heads/main\n') },
    { path: '.git/config', data: text('[core]\n') },
  ];
}

/** Makes the folder dialog answer with the OPFS project folder, on every page of the context. */
export async function pickProjectFromOpfs(context: BrowserContext): Promise<void> {
  await context.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true }),
    });
  }, PROJECT);
}

/** Writes the files into the OPFS project folder of the page's origin. */
export async function seedProject(page: Page, files: Array<{ path: string; data: string }>): Promise<void> {
  await page.evaluate(
    async ({ name, list }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
      for (const { path, data } of list) {
        let dir = root;
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(data), (char) => char.charCodeAt(0)));
        await writable.close();
      }
    },
    { name: PROJECT, list: files },
  );
}

/** Opens /admin/ in the local mode on the seeded project folder and waits for the collections. */
export async function openLocalEditor(page: Page, adminUrl: string, contentDir = 'content'): Promise<void> {
  await page.goto(adminUrl);
  await seedProject(page, projectFiles(contentDir));
  await page.reload();
  await page.getByRole('button', { name: 'Работать с локальным репозиторием' }).click();
  await page.getByRole('tree', { name: 'Список коллекций' }).waitFor();
}

/**
 * Brings every item of the open entry's lists into the page, as a teacher scrolling down the form does.
 * Sveltia draws a list item only once it scrolls into view (a 64 px placeholder until then, see
 * @sveltia/ui's VisibilityObserver), so the items of a long list file (contacts.yaml) past the bottom
 * of the window are not in the page, however tall the window. Each placeholder is scrolled into view
 * until none is left; the items' own lists (a contact's hours) get theirs in turn.
 */
export async function revealListItems(page: Page, timeout = 90_000): Promise<void> {
  const placeholders = page.locator('.item-wrapper > .placeholder');
  const deadline = Date.now() + timeout;
  while ((await placeholders.count()) > 0) {
    if (Date.now() > deadline) throw new Error(`Редактор не показал ${await placeholders.count()} элемент(ов) списка за ${timeout} мс`);
    // The placeholder may be replaced by its item meanwhile: then the next one is taken.
    await placeholders
      .first()
      .scrollIntoViewIfNeeded({ timeout: 1_000 })
      .catch(() => undefined);
  }
}

/** The text of a file in the project folder (path like `content/school.yaml`). */
export function readProjectFile(page: Page, path: string): Promise<string> {
  return page.evaluate(
    async ({ name, file }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
      const parts = file.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    },
    { name: PROJECT, file: path },
  );
}
