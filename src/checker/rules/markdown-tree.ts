/**
 * A Markdown body parsed the way the build reads it (GFM; MDX syntax in .mdx), once per file, for the
 * rules that look inside texts: pictures, HTML, MDX code. Positions are made file-relative here.
 */
import { createRequire } from 'node:module';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { MDX_TYPES } from '../../markdown/editor-html.ts';
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { mdxParseMessage } from './mdx-syntax.ts';

/**
 * The parsers are loaded on first use, not with the checker: together they are a third of the
 * checker's start-up, and a folder whose texts have no pictures, links, HTML or .mdx files needs none
 * of them (see needsParse). `require` loads these ES modules synchronously (Node 22), so the checker
 * stays synchronous.
 */
const load = createRequire(import.meta.url);
type Processor = { parse(text: string): unknown };
let markdown: Processor | undefined;
let mdx: Processor | undefined;
let toHast: typeof import('mdast-util-to-hast').toHast | undefined;

function remarkGfm(): typeof import('remark-gfm').default {
  return (load('remark-gfm') as typeof import('remark-gfm')).default;
}

function markdownParser(): Processor {
  const { unified } = load('unified') as typeof import('unified');
  return unified().use((load('remark-parse') as typeof import('remark-parse')).default).use(remarkGfm());
}

export interface ParsedBody {
  entry: Pick<RawEntry, 'file' | 'source'>;
  mdast: Root;
  /** The HTML tree before any sanitizing, raw HTML still as `raw` nodes. */
  hast(): HastRoot;
  /** A problem at a node of this body, on the node's line of the file. */
  at(node: Node | undefined, message: string, severity?: Problem['severity']): Problem;
}

/** Parses the body of a Markdown entry, or returns the MDX parse error as a problem. */
export function parseBody(entry: Pick<RawEntry, 'file' | 'source'>): ParsedBody | Problem | undefined {
  const body = entry.source.body;
  if (body === undefined) return undefined;
  const shift = (entry.source.bodyLine ?? 1) - 1;
  const place = (line: number | undefined, column: number | undefined) => ({ line: (line ?? 1) + shift, column: column ?? 1 });
  let mdast: Root;
  if (entry.file.endsWith('.mdx')) {
    mdx ??= (load('@mdx-js/mdx') as typeof import('@mdx-js/mdx')).createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm()] });
    try {
      mdast = mdx.parse(body) as Root;
    } catch (error) {
      const { line, column, reason, ruleId } = error as { line?: number; column?: number; reason?: string; ruleId?: string };
      return { severity: 'error', file: entry.file, ...place(line, column), field: '', message: mdxParseMessage(reason ?? String(error), ruleId) };
    }
  } else {
    markdown ??= markdownParser();
    mdast = markdown.parse(body) as Root;
  }
  return {
    entry,
    mdast,
    hast: () => {
      toHast ??= (load('mdast-util-to-hast') as typeof import('mdast-util-to-hast')).toHast;
      return toHast(mdast, { allowDangerousHtml: true, passThrough: [...MDX_TYPES] }) as HastRoot;
    },
    at: (node, message, severity = 'error') => ({ severity, file: entry.file, ...place(node?.position?.start.line, node?.position?.start.column), field: '', message }),
  };
}

/** Whether parseBody gave a tree (not a problem). */
export function isParsed(result: ParsedBody | Problem | undefined): result is ParsedBody {
  return result !== undefined && 'mdast' in result;
}
