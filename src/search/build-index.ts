/**
 * Builds the Pagefind index of a built site with Pagefind's Node API: every page's marked content,
 * list pages split into one record per item, written to `<site>/pagefind/`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { parsePage, rememberParsedPage } from '../lib/hyphenate-html.ts';
import { splitPage } from './split-page.ts';
import { VOCABULARY_PATH, VocabularyCounter } from './vocabulary.ts';

export interface IndexFigures {
  /** Pages that had searchable content. */
  pages: number;
  /** Records in the index (a list page gives one per item). */
  records: number;
  /** Sum of the unique words of every record. */
  words: number;
  /** Time spent, milliseconds. */
  milliseconds: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Pagefind ships three ready-made interfaces; the site has its own, so they are not published. */
function removeUnusedUi(bundleDir: string): void {
  for (const name of readdirSync(bundleDir)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(bundleDir, name));
  }
}

/** `timetable/5a/index.html` → `/timetable/5a/`. */
export function pageUrlOf(siteDir: string, file: string): string {
  const path = relative(siteDir, file).split(sep).join(posix.sep);
  return `/${path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
}

/**
 * How large Pagefind makes each file of its word index (its own unit, about 1.4 bytes of a file each).
 * Its default makes files of about 26 KB, and a search downloads the whole file that holds each of its
 * words: on the sample, a one-word search took a 26 KB file of which it needed one word. Files of about
 * 5.5 KB make the first search about 20 KB lighter (the test prints the figure); a question of several
 * words takes two or three of them. Pagefind reads the setting from its process's environment only, and
 * names it unstable: a Pagefind without it goes back to its default files, which search the same.
 */
const INDEX_CHUNK_SIZE = '4000';

export async function buildSearchIndex(siteDir: string): Promise<IndexFigures> {
  const started = performance.now();
  // Pagefind's process is started by the first call below and inherits this process's environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`Pagefind не запустился: ${errors.join('; ')}`);
  let pages = 0;
  let records = 0;
  let words = 0;
  const vocabulary = new VocabularyCounter();
  // Pagefind indexes in its own process, one message after another in the order sent: the pages are
  // sent without waiting for each answer, so it indexes one page while this process parses the next
  // (the index is the same; about 1.5 s less on the large benchmark school on two cores).
  const added: Promise<void>[] = [];
  let failure: Error | undefined;
  try {
    for (const file of htmlFiles(siteDir)) {
      if (file.endsWith(`${sep}404.html`)) continue;
      const html = readFileSync(file, 'utf8');
      // One parse of the page serves the index and, after it, the hyphenation (src/integrations/hyphenation.ts).
      const document = parsePage(html);
      rememberParsedPage(file, html, document);
      const parts = splitPage(html, pageUrlOf(siteDir, file), document);
      if (parts.length > 0) pages++;
      for (const part of parts) {
        const answer = index.addHTMLFile({ url: part.url, content: part.html }).then(
          (result) => {
            if (result.errors.length > 0) failure ??= new Error(`Pagefind: ${result.errors.join('; ')}`);
            else words += result.file.uniqueWords;
          },
          (error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
          },
        );
        added.push(answer);
        records++;
        vocabulary.add(part.html.replace(/<[^>]*>/g, ' '));
      }
      // Lets the messages go out (and answers come in) before the next page is parsed.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(added);
    if (failure) throw failure;
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    removeUnusedUi(join(siteDir, 'pagefind'));
    const vocabularyFile = join(siteDir, VOCABULARY_PATH);
    mkdirSync(dirname(vocabularyFile), { recursive: true });
    writeFileSync(vocabularyFile, vocabulary.toString());
  } finally {
    await pagefind.close();
  }
  return { pages, records, words, milliseconds: performance.now() - started };
}
