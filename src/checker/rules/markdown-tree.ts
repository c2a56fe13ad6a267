/**
 * A Markdown body parsed the way the build reads it (GFM; MDX syntax in .mdx), once per file, for the
 * rules that look inside texts: pictures, HTML, MDX code. Positions are made file-relative here.
 */
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { onFirstUse } from '../../lib/on-first-use.ts';
import { rememberCheckedTree } from '../../markdown/checked-trees.ts';
import { MDX_TYPES } from '../../markdown/editor-html.ts';
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';
import { mdxParseMessage } from './mdx-syntax.ts';

/**
 * The parsers load on first use (src/lib/on-first-use.ts): they are a third of the checker's start-up,
 * and a folder whose texts need no parse (see needsParse in markdown-bodies.ts) never loads them.
 */
const mdxPackage = onFirstUse<typeof import('@mdx-js/mdx')>('@mdx-js/mdx');
const gfmPackage = onFirstUse<typeof import('remark-gfm')>('remark-gfm');
const parsePackage = onFirstUse<typeof import('remark-parse')>('remark-parse');
const unifiedPackage = onFirstUse<typeof import('unified')>('unified');
const toHastPackage = onFirstUse<typeof import('mdast-util-to-hast')>('mdast-util-to-hast');

type Processor = { parse(text: string): unknown };
let markdown: Processor | undefined;
let mdx: Processor | undefined;

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
    mdx ??= mdxPackage().createProcessor({ format: 'mdx', remarkPlugins: [gfmPackage().default] });
    try {
      mdast = mdx.parse(body) as Root;
    } catch (error) {
      const { line, column, reason, ruleId } = error as { line?: number; column?: number; reason?: string; ruleId?: string };
      return {
        severity: 'error',
        file: entry.file,
        ...place(line, column),
        field: '',
        message: mdxParseMessage(reason ?? String(error), ruleId),
      };
    }
  } else {
    markdown ??= unifiedPackage().unified().use(parsePackage().default).use(gfmPackage().default);
    mdast = markdown.parse(body) as Root;
    rememberCheckedTree(body, mdast);
  }
  return {
    entry,
    mdast,
    hast: () => toHastPackage().toHast(mdast, { allowDangerousHtml: true, passThrough: [...MDX_TYPES] }) as HastRoot,
    at: (node, message, severity = 'error') => ({
      severity,
      file: entry.file,
      ...place(node?.position?.start.line, node?.position?.start.column),
      field: '',
      message,
    }),
  };
}

/** Whether parseBody gave a tree (not a problem). */
export function isParsed(result: ParsedBody | Problem | undefined): result is ParsedBody {
  return result !== undefined && 'mdast' in result;
}
