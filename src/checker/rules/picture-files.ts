/**
 * Picture files must be pictures Astro can read. Astro reads the size of every picture a text shows
 * before the build goes on; an empty file, a text file saved as `.png` (or a download that failed
 * half-way) and an SVG without `width`/`height` or `viewBox` stopped the build with an English
 * «Build failed with 1 error». `image-size` is the reader Astro itself carries a copy of, so what
 * passes here passes there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../content-model/problem.ts';
import { onFirstUse } from '../../lib/on-first-use.ts';
import { listFiles } from './files.ts';

/** The reader, loaded only when a folder has pictures. */
const imageSizePackage = onFirstUse<typeof import('image-size')>('image-size');

/** Pictures a text may show. */
export const PICTURE = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

/** What is wrong with a picture file's bytes, or undefined when Astro can read its size. */
export function pictureFileProblem(file: string, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'файл картинки пуст — замените его настоящей картинкой (скачайте или сохраните её заново) или удалите';
  let size: { width?: number; height?: number } | undefined;
  try {
    size = imageSizePackage().imageSize(bytes);
  } catch {
    size = undefined;
  }
  if (size?.width && size.height) return undefined;
  if (/\.svg$/i.test(file)) {
    return 'у картинки SVG не удаётся узнать размер — откройте её в редакторе и сохраните заново, чтобы у тега <svg> были width и height или viewBox';
  }
  return 'этот файл не картинка или он повреждён — откройте его в программе просмотра картинок и сохраните заново как PNG или JPEG, или замените';
}

/** Every picture file in the content folder that Astro could not read. */
export function checkPictureFiles(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of listFiles(contentDir).filter((name) => PICTURE.test(name))) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(contentDir, file));
    } catch {
      continue; // a shortcut to a deleted file: the picture rule says the picture is missing
    }
    const message = pictureFileProblem(file, bytes);
    if (message) problems.push({ severity: 'error', file, line: 1, column: 1, field: '', message });
  }
  return problems;
}
