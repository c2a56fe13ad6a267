/**
 * Finding the HTML an editor wrote inside Markdown, and sanitizing it (a rehype plugin, run by the
 * build on every .md and .mdx file; the checker finds the same elements with `exposeEditorHtml`).
 *
 * Markdown's own output (headings, lists, links, the project's callouts and steps, highlighted code)
 * is trusted; only elements that came from HTML typed into the text go through the sanitizer with
 * the short allowlist of src/markdown/safe-html.ts. Markdown's elements are marked before the raw
 * HTML is parsed, so every element without the mark is the editor's: raw HTML in .md, a lowercase
 * JSX tag in .mdx. Behind that, every element loses event attributes and script addresses, and
 * script-like elements go, wherever they came from.
 */
import { randomBytes } from 'node:crypto';
import type { Element, ElementContent, Parents, Properties, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { find, html } from 'property-information';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isActive, isAllowedUrl, isEventAttribute, isStripped, verdictOf } from './safe-html.ts';

/** MDX's node types, passed through the HTML parser untouched. */
export const MDX_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: ElementContent[];
  position?: Element['position'];
}

/** A lowercase JSX tag of MDX (`<b>`, `<script>`) is HTML; a capitalised one is a component. */
export function isHtmlTagName(name: string | null): name is string {
  return name !== null && /^[a-z][a-z0-9-]*$/.test(name);
}

/** Properties of a JSX tag's literal attributes (expressions are refused earlier, by remarkMdxNoCode in mdx-rules.ts). */
function jsxProperties(attributes: readonly MdxJsxAttribute[]): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value;
    properties[find(html, attribute.name).property] =
      typeof value === 'string' ? value : value === null || value === undefined ? true : String(value);
  }
  return properties;
}

/**
 * Elements Markdown made carry this attribute through the HTML parser; elements without it came from
 * HTML the editor typed. The name is random per run, so no text can forge it.
 */
const TRUSTED = find(html, `data-markdown-${randomBytes(8).toString('hex')}`).property;

/** The tree with the editor's HTML parsed into elements, and a test telling those elements apart. */
export interface ExposedHtml {
  tree: Root;
  /** Whether an element came from HTML the editor typed (not from Markdown or the project's plugins). */
  isEditorHtml(element: Element): boolean;
}

/**
 * Parses raw HTML (in .md) and lowercase JSX tags (in .mdx) into elements, remembering which elements
 * the editor wrote. `file` holds the text the tree was parsed from, for positions.
 */
export function exposeEditorHtml(tree: Root, file: VFile): ExposedHtml {
  const trusted = new WeakSet<Element>();
  let hasRaw = false;
  visit(tree, (node, index, parent) => {
    if (node.type === 'raw') hasRaw = true;
    if (node.type === 'element') node.properties[TRUSTED] = '1';
    const jsx = node as unknown as MdxJsxElement;
    if (
      (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') ||
      !isHtmlTagName(jsx.name) ||
      !parent ||
      index === undefined
    )
      return;
    const element: Element = {
      type: 'element',
      tagName: jsx.name,
      properties: jsxProperties(jsx.attributes),
      children: jsx.children,
      ...(jsx.position ? { position: jsx.position } : {}),
    };
    (parent as Parents).children[index] = element;
  });
  const parsed = hasRaw ? (raw(tree, { file, passThrough: [...MDX_TYPES] }) as Root) : tree;
  visit(parsed, 'element', (element) => {
    if (element.properties[TRUSTED] === '1') trusted.add(element);
    delete element.properties[TRUSTED];
  });
  return { tree: parsed, isEditorHtml: (element) => !trusted.has(element) };
}

/** Removes event attributes and addresses other than http(s), mailto, tel and relative ones. */
function guardProperties(element: Element): void {
  for (const [name, value] of Object.entries(element.properties)) {
    if (isEventAttribute(name)) delete element.properties[name];
    else if (typeof value === 'string' && /^(href|src|cite|action|formAction|poster|data|background)$/.test(name) && !isAllowedUrl(value))
      delete element.properties[name];
  }
}

/**
 * The sanitized tree. The sanitizer judges each element the editor typed on its own: it stays with
 * the allowed attributes, loses only its tags (its text stays), or goes with its content (scripts,
 * frames, SVG). Markdown's own elements inside it stay. Comments go: Markdown makes none.
 */
export function sanitizeEditorHtml(tree: Root, file: VFile): Root {
  const { tree: parsed, isEditorHtml } = exposeEditorHtml(tree, file);
  visit(parsed, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'comment' || node.type === 'doctype' || node.type === 'raw') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'element') return undefined;
    if (!isEditorHtml(node)) {
      if (isActive(node.tagName)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      guardProperties(node);
      return undefined;
    }
    const { kept } = verdictOf(node);
    if (kept) {
      node.properties = kept.properties;
      return undefined;
    }
    const replacement = isStripped(node.tagName) ? [] : node.children;
    parent.children.splice(index, 1, ...replacement);
    // Look at the children that took the element's place.
    return [SKIP, index];
  });
  return parsed;
}

/** Rehype plugin: sanitizes what editors typed as HTML, in .md and .mdx alike. */
export function rehypeSafeHtml() {
  return (tree: Root, file: VFile): Root => sanitizeEditorHtml(tree, file);
}
