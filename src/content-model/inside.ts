/**
 * Whether a path of the content folder really lies inside it, with shortcuts (symlinks) followed.
 * Astro and Node follow a shortcut wherever it leads, so a `secret.png` or `staff/` that is a shortcut
 * to another folder would publish that folder's files. The reader (src/content-model/read-collection.ts),
 * the picture rule and the build's picture check all ask this.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** Whether `path` lies inside `root` (both absolute, already real). */
export function isWithin(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

/** The real path (shortcuts followed), or undefined when nothing is there. */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** `inside`, `outside` (a shortcut leads out) or `missing` for a path of the content folder. */
export function whereIs(contentDir: string, path: string): 'inside' | 'outside' | 'missing' {
  const real = realPath(resolve(contentDir, path));
  if (real === undefined) return 'missing';
  const root = realPath(resolve(contentDir)) ?? resolve(contentDir);
  return isWithin(root, real) ? 'inside' : 'outside';
}

/** The editor's message for a shortcut that leads out of the content folder. */
export function outsideMessage(path: string): string {
  return `«${path}» — ярлык (символическая ссылка) на файл или папку вне папки с содержимым — положите сюда сами файлы, а не ярлык: публикуется только то, что лежит в папке content`;
}
