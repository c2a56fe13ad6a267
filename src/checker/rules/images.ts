/**
 * Pictures in Markdown bodies (guides, answers, pages, notices). Each must be a file in the content
 * folder, next to the text that shows it, and must say what it shows:
 * - a missing file would stop Astro's build with an English stack trace;
 * - a picture from another site would make every visitor's browser ask that site (152-ФЗ, and the
 *   project's rule that no request leaves the site);
 * - a picture without a description is a blank to a screen reader (WCAG 1.1.1), and pupils follow
 *   these pictures step by step.
 */
import { existsSync, statSync } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';

/** What is wrong with one picture reference, or undefined when it is fine. */
export function imageProblem(contentDir: string, textFile: string, url: string, alt: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
    return `картинка с другого сайта (${url}) — скачайте её в папку images рядом с текстом и напишите ![описание](images/имя-файла): сайт ничего не загружает с чужих адресов`;
  }
  const path = decodeURI(url.split(/[?#]/)[0]!);
  const file = resolve(contentDir, posix.dirname(textFile), path);
  const inside = relative(resolve(contentDir), file);
  if (path.startsWith('/') || inside.startsWith('..') || inside.split(sep)[0] === '..') {
    return `путь к картинке «${url}» ведёт за пределы папки с содержимым — положите картинку в папку images рядом с текстом и напишите images/имя-файла`;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    return `картинки «${path}» нет — проверьте имя файла (большие и маленькие буквы различаются) и что файл лежит в ${posix.join(posix.dirname(textFile), posix.dirname(path))}/`;
  }
  if (alt.trim() === '') {
    return `у картинки «${path}» нет описания — напишите в квадратных скобках, что на ней видно: ![Кнопка «Войти» внизу экрана](${url}); незрячий читатель услышит только это описание`;
  }
  return undefined;
}

/** Problems of the pictures of Markdown entries, placed on their line in the file. */
export function checkImages(contentDir: string, entries: readonly Pick<RawEntry, 'file' | 'source'>[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.source.body === undefined) continue;
    visit(fromMarkdown(entry.source.body), 'image', (node) => {
      const message = imageProblem(contentDir, entry.file, node.url, node.alt ?? '');
      if (!message) return;
      const start = node.position?.start ?? { line: 1, column: 1 };
      problems.push({ severity: 'error', file: entry.file, line: start.line + (entry.source.bodyLine ?? 1) - 1, column: start.column, field: '', message });
    });
  }
  return problems;
}

