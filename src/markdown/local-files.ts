/**
 * Pictures and files a Markdown text points at, in every form (`![x](a.png)`, `![x][r]` with
 * `[r]: a.png`): what is wrong with one address, or nothing. The checker reports it at the picture's
 * place (src/checker/rules/images.ts); the build refuses the same pictures (remarkSafePictures), so
 * a picture the checker let through always builds and one it rejected is never published.
 *
 * An address must be relative and, with shortcuts (symlinks) followed, lead to a file inside the
 * content folder: Astro publishes every picture a text shows, wherever the file lies.
 */
import { statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import type { Definition, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { isWithin, outsideMessage, whereIs } from '../content-model/inside.ts';

/** `scheme:` or `//host`: an address on another site (or a script), never a file of the content. */
export function isRemoteAddress(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(url.trim());
}

/** The path part of a relative address, %-escapes decoded where they are valid («skidka-50%.svg» stays). */
export function addressPath(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** What is wrong with a picture address of a text (path relative to the content folder), or undefined. */
export function pictureProblem(contentDir: string, textFile: string, url: string, alt: string): string | undefined {
  if (isRemoteAddress(url)) {
    return `картинка с другого сайта (${url}) — скачайте её в папку images рядом с текстом и напишите ![описание](images/имя-файла): сайт ничего не загружает с чужих адресов`;
  }
  const path = addressPath(url);
  const file = resolve(contentDir, posix.dirname(textFile), path);
  if (path.startsWith('/') || !isWithin(resolve(contentDir), file)) {
    return `путь к картинке «${url}» ведёт за пределы папки с содержимым — положите картинку в папку images рядом с текстом и напишите images/имя-файла`;
  }
  const where = whereIs(contentDir, file);
  if (where === 'outside') return `картинка ${outsideMessage(path)}`;
  if (where === 'missing' || !statSync(file).isFile()) {
    return `картинки «${path}» нет — проверьте имя файла (большие и маленькие буквы различаются) и что файл лежит в ${posix.join(posix.dirname(textFile), posix.dirname(path))}/`;
  }
  if (alt.trim() === '') {
    return `у картинки «${path}» нет описания — напишите в квадратных скобках, что на ней видно: ![Кнопка «Войти» внизу экрана](${url}); незрячий читатель услышит только это описание`;
  }
  return undefined;
}

/** A picture of a Markdown tree: its node (for the place), address and description. */
export interface PictureUse {
  node: Node;
  url: string;
  alt: string;
}

/** Every picture of a tree, inline or reference-style (`![x][r]`, `![r]` with `[r]: address`). */
export function picturesOf(tree: Root): PictureUse[] {
  const definition = definitions(tree);
  const found: PictureUse[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') found.push({ node, url: node.url, alt: node.alt ?? '' });
    if (node.type === 'imageReference') {
      const target: Definition | undefined = definition(node.identifier);
      // Without a definition Markdown shows the brackets as text: no picture, nothing to check.
      if (target) found.push({ node, url: target.url, alt: node.alt ?? '' });
    }
  });
  return found;
}
