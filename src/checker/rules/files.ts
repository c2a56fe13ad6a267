/** Files the content model does not know (typos in names, wrong extensions) and required files missing. */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { collections, type CollectionDefinition } from '../../content-model/collections.ts';
import type { Problem } from '../../content-model/problem.ts';
import { didYouMean } from '../suggest.ts';

/** Pictures and attachments that guides and pages may include next to them. */
const ASSET = /\.(png|jpe?g|webp|avif|gif|svg|pdf)$/i;
/** Notes for editors inside the content folder are allowed. */
export const IGNORED = /(^|\/)(README\.md|\.[^/]*)$/;

/** A real folder to descend into, a shortcut (symlink) to a folder, or anything else. */
function kindOf(path: string): 'folder' | 'linked-folder' | 'file' {
  try {
    if (lstatSync(path).isDirectory()) return 'folder';
    return statSync(path).isDirectory() ? 'linked-folder' : 'file';
  } catch {
    // A shortcut to a deleted file: a file that cannot be read (reported where it is read).
    return 'file';
  }
}

/**
 * Every file under `root` (relative paths). Shortcuts to folders are not followed (a shortcut to a
 * parent folder would never end; one leading out is reported by checkSymlinks).
 */
export function listFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const relative = dir ? posix.join(dir, name) : name;
    const kind = kindOf(join(root, relative));
    return kind === 'folder' ? listFiles(root, relative) : kind === 'file' ? [relative] : [];
  });
}

/** Every entry under `root` that is a shortcut (symlink), files and folders, relative paths. */
export function listSymlinks(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const relative = dir ? posix.join(dir, name) : name;
    const stat = lstatSync(join(root, relative));
    return stat.isSymbolicLink() ? [relative] : stat.isDirectory() ? listSymlinks(root, relative) : [];
  });
}

function knownPlaces(): string[] {
  return Object.values(collections).map((definition: CollectionDefinition) => {
    const { storage } = definition;
    return storage.kind === 'single' || storage.kind === 'list' ? storage.file : `${storage.dir}/`;
  });
}

/** Every file not claimed by a collection, with the closest known place suggested. */
export function checkUnknownFiles(contentDir: string, claimed: ReadonlySet<string>): Problem[] {
  const places = knownPlaces();
  return listFiles(contentDir)
    .filter((file) => !claimed.has(file) && !ASSET.test(file) && !IGNORED.test(file) && !posix.basename(file).startsWith('_'))
    .map((file) => {
      const folder = posix.dirname(file) === '.' ? file : `${posix.dirname(file)}/`;
      let fix = didYouMean(folder, places);
      if (places.includes(folder)) fix = 'у файла неподходящее расширение: данные — .yaml, тексты — .md (в guides/ и pages/ ещё .mdx)';
      if (file.endsWith('.yml')) fix = 'переименуйте файл: расширение должно быть .yaml';
      const where = fix ? fix : `такие файлы не публикуются; допустимые места: ${places.join(', ')}`;
      // The file exists, so it gets a place (1:1) like other whole-file problems: editors can click it.
      return {
        severity: 'error',
        file,
        line: 1,
        column: 1,
        field: '',
        message: `файл не относится ни к одному разделу сайта — ${where}`,
      } satisfies Problem;
    });
}

/** Required collections that have no entries at all. */
export function checkRequiredPresent(counts: ReadonlyMap<string, number>): Problem[] {
  return Object.entries(collections)
    .filter(([name, definition]) => definition.required && (counts.get(name) ?? 0) === 0)
    .map(([, definition]) => {
      const { storage } = definition;
      const place = storage.kind === 'single' || storage.kind === 'list' ? storage.file : `${storage.dir}/`;
      return {
        severity: 'error',
        file: place,
        line: 0,
        column: 0,
        field: '',
        message: `нет обязательного раздела «${definition.label}» — создайте ${place.endsWith('/') ? 'папку с файлами' : 'файл'} ${place} по образцу`,
      } satisfies Problem;
    });
}
