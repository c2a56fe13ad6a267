/** Files the content model does not know (typos in names, wrong extensions) and required files missing. */
import { readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { collections, type CollectionDefinition } from '../../content-model/collections.ts';
import type { Problem } from '../../content-model/problem.ts';
import { didYouMean } from '../suggest.ts';

/** Pictures and attachments that guides and pages may include next to them. */
const ASSET = /\.(png|jpe?g|webp|avif|gif|svg|pdf)$/i;
/** Notes for editors inside the content folder are allowed. */
const IGNORED = /(^|\/)(README\.md|\.[^/]*)$/;

/** A folder to descend into; a shortcut to a deleted file is not one (statSync would throw on it). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every file under a folder (shortcuts to folders followed), as paths relative to it with `/`. */
export function listFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const relative = dir ? posix.join(dir, name) : name;
    return isFolder(join(root, relative)) ? listFiles(root, relative) : [relative];
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
      return { severity: 'error', file, line: 1, column: 1, field: '', message: `файл не относится ни к одному разделу сайта — ${where}` } satisfies Problem;
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
