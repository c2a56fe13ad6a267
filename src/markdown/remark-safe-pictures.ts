/**
 * The build's side of the picture rule (src/markdown/local-files.ts): a text whose picture comes from
 * another site, from outside the content folder (a `../` path or a shortcut leading out), from no
 * file at all, or an SVG with scripts or links stops the build with the checker's Russian message. It runs before Astro collects the
 * pictures to publish, so such a file is never copied into the site even when the checker was skipped.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { addressPath, pictureProblem, picturesOf } from './local-files.ts';
import { svgProblems } from './svg-safety.ts';

/** The first problem of an SVG picture (scripts, links to other files), or undefined. */
function svgMessage(textPath: string, url: string): string | undefined {
  if (!/\.svg$/i.test(addressPath(url))) return undefined;
  const path = resolve(dirname(textPath), addressPath(url));
  const [first] = svgProblems(url, readFileSync(path, 'utf8'));
  return first ? `картинка «${url}», строка ${first.line}: ${first.message}` : undefined;
}

export function remarkSafePictures(options: { contentDir: string }) {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    const textFile = relative(options.contentDir, file.path).split(sep).join('/');
    for (const picture of picturesOf(tree)) {
      try {
        decodeURI(picture.url);
      } catch {
        // Astro decodes every picture address and would stop with «URI malformed».
        throw new Error(
          `${file.path} — в адресе картинки «${picture.url}» знак «%» — переименуйте файл: в имени можно только латинские строчные буквы, цифры и дефис. Запустите npm run check.`,
        );
      }
      // A missing description is the checker's concern (a warning for screen readers), not a safety one.
      const message = pictureProblem(options.contentDir, textFile, picture.url, picture.alt || '-') ?? svgMessage(file.path, picture.url);
      if (!message) continue;
      // No line: Astro hands a Markdown body without its frontmatter, so positions here are off.
      throw new Error(`${file.path} — ${message}. Запустите npm run check: он покажет место.`);
    }
  };
}
