/** The rules that read inside Markdown bodies, run on one parse of each body. */
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { checkHtml } from './html.ts';
import { checkImages } from './images.ts';
import { isParsed, parseBody, type ParsedBody } from './markdown-tree.ts';
import { checkMdxCode } from './mdx-syntax.ts';
import { rememberSiteLinks } from './site-links.ts';

/** What in a .md text can give the rules below something to report: a picture, a link, HTML. */
const MARKUP = /!\[|\]\(|\]:|</;
/** `HTTP://` or `Https://` typed as text: GFM links it, and the sanitizer refuses the capitals. */
const WEB_ADDRESS = /[Hh][Tt][Tt][Pp][Ss]?:\/\//g;

/**
 * Whether a body must be parsed for these rules. Pictures start with `![`; a link gets an address
 * only from `](`, a definition `[name]:`, `<…>` or a bare address GFM links (http(s), www., e-mail,
 * of which only http in capitals is refused); HTML starts with `<`. A .md text with
 * none of them — most answers and guides — holds nothing to report, and parsing it was nearly half
 * the checker's time. An .mdx text is always parsed: it may not parse at all.
 */
export function needsParse(entry: Pick<RawEntry, 'file' | 'source'>): boolean {
  const body = entry.source.body;
  if (body === undefined) return false;
  if (entry.file.endsWith('.mdx') || MARKUP.test(body)) return true;
  return [...body.matchAll(WEB_ADDRESS)].some(([address]) => address !== address.toLowerCase());
}

/**
 * Problems the checker found in a body, by the parsed file (the same object when the build's loaders
 * read the same text again, see read-collection.ts), for the content loader to take instead of parsing
 * the body once more. On globalThis: Vite loads this module again in its own module graph.
 */
const CHECKED = Symbol.for('shkolnaya-stranitsa.checked-bodies');
type Checked = WeakMap<object, { body: Problem[]; html: Problem[] }>;
const checked = ((globalThis as Record<symbol, unknown>)[CHECKED] ??= new WeakMap()) as Checked;

/**
 * `editorHtml: false` leaves out what the editor's HTML would lose: the build's sanitizer removes it
 * anyway, so the content loader (which refuses a file with errors) need not refuse the page for it.
 * `takeChecked` (the content loader) uses, once, what the checker found in the same text of the file
 * just before, in the same process; the checker itself always checks again (a picture may have appeared).
 */
export function checkMarkdownBodies(
  contentDir: string,
  entries: readonly Pick<RawEntry, 'file' | 'source'>[],
  { editorHtml = true, takeChecked = false } = {},
): Problem[] {
  return entries.filter(needsParse).flatMap((entry) => {
    let found = takeChecked ? checked.get(entry.source) : undefined;
    if (found) checked.delete(entry.source);
    else {
      const body = parseBody(entry);
      if (!isParsed(body)) return body ? [body] : [];
      found = findingsOf(contentDir, body);
      if (!takeChecked) checked.set(entry.source, found);
    }
    return editorHtml ? [...found.body, ...found.html] : found.body;
  });
}

/**
 * What the rules find in one parsed body: its own problems, and the editor's HTML the build would drop.
 * Its links to the site are remembered for the rule that needs every page's address (site-links.ts).
 */
function findingsOf(contentDir: string, body: ParsedBody): { body: Problem[]; html: Problem[] } {
  rememberSiteLinks(body);
  return { body: [...checkMdxCode(body), ...checkImages(contentDir, body)], html: checkHtml(body) };
}

/** The rules on one body, parsed whether it needs it or not (checkMarkdownBodies skips what needs none). */
export function bodyProblems(contentDir: string, entry: Pick<RawEntry, 'file' | 'source'>, { editorHtml = true } = {}): Problem[] {
  const body = parseBody(entry);
  if (!isParsed(body)) return body ? [body] : [];
  const found = findingsOf(contentDir, body);
  return editorHtml ? [...found.body, ...found.html] : found.body;
}
