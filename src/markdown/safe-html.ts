/**
 * What HTML an editor may write inside Markdown, in one place: the build's sanitizer
 * (src/markdown/rehype-safe-html.ts) and the checker's rule (src/checker/rules/html.ts) both read the
 * schema below, and the checker asks the sanitizer itself what it would drop, so the two cannot
 * disagree. Like Hugo's default, raw HTML is not passed through: only a few harmless inline elements
 * stay (the list is in content/README.md, «HTML в тексте»); links and pictures keep only http(s),
 * mailto, tel and relative addresses.
 */
import type { Element, Properties } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

/** URL schemes a link may use; relative addresses are always allowed. */
export const SAFE_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * Inline elements an editor may write as HTML, with the attributes each may keep (hast property
 * names). Nothing here can run code, load anything or change the page's layout or styles.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  b: [],
  br: [],
  code: [],
  del: [],
  em: [],
  i: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  u: [],
  wbr: [],
};

/**
 * Elements removed together with their content (their text is code or a separate document, not
 * words for the reader). Other unknown elements lose only their tags: `<div>текст</div>` → «текст».
 */
const STRIPPED = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'noembed',
  'template',
  'svg',
  'math',
  'textarea',
  'select',
  'title',
  'xmp',
  'head',
  'link',
  'meta',
  'base',
];

/** Elements that run code or show another document: an error in the checker, not a warning. */
const ACTIVE = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form']);

/** The sanitizer's schema for HTML an editor wrote (hast-util-sanitize, the core of rehype-sanitize). */
export const editorHtmlSchema: Schema = {
  tagNames: Object.keys(ALLOWED_HTML),
  attributes: Object.fromEntries(Object.entries(ALLOWED_HTML).map(([tag, names]) => [tag, [...names]])),
  protocols: { href: [...SAFE_PROTOCOLS], src: [...SAFE_PROTOCOLS], cite: [...SAFE_PROTOCOLS] },
  strip: STRIPPED,
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** Tags whose whole content the sanitizer drops (the checker does not look inside them). */
export function isStripped(tagName: string): boolean {
  return STRIPPED.includes(tagName.toLowerCase());
}

/** Elements the build removes even where Markdown itself made them (a guard behind the positions). */
export function isActive(tagName: string): boolean {
  return ACTIVE.has(tagName.toLowerCase()) || isStripped(tagName);
}

/** `javascript:`, `vbscript:` or `data:` once browsers' ignored characters are taken out. */
export function isScriptUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL and control characters around it: «java\tscript:» runs.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const plain = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(plain);
}

/** An event attribute (`onclick`, `onError`): code the browser runs. */
export function isEventAttribute(name: string): boolean {
  return /^on/i.test(name);
}

/** Whether a link or picture address survives the sanitizer (http(s), mailto, tel or relative). */
export function isAllowedUrl(url: string): boolean {
  const kept = firstElement(sanitize({ type: 'element', tagName: 'a', properties: { href: url }, children: [] }, editorHtmlSchema));
  return kept?.properties['href'] === url;
}

function firstElement(node: ReturnType<typeof sanitize>): Element | undefined {
  if (node.type === 'element') return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) if (child.type === 'element') return child;
  return undefined;
}

/** What the sanitizer drops of one element: the element itself, or some of its attributes. */
export interface Dropped {
  /** The whole element goes (its text may stay, see isStripped). */
  element: boolean;
  /** Attributes that go, as written in HTML (`onclick`, `style`). */
  attributes: string[];
  /** Something here would run code: `<script>`, an event attribute, a `javascript:` address. */
  runsCode: boolean;
}

/** HTML attribute name of a hast property (`className` → `class`, `onClick` → `onclick`). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^data[A-Z]/.test(property))
    return `data-${property
      .slice(4)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .replace(/^-/, '')}`;
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  return property.toLowerCase();
}

function propertyRunsCode(name: string, value: Properties[string]): boolean {
  if (isEventAttribute(name) || name.toLowerCase() === 'srcdoc') return true;
  const values = Array.isArray(value) ? value : [value];
  return values.some((one) => typeof one === 'string' && isScriptUrl(one));
}

/** The sanitizer's verdict on one element (children aside): what stays of it and what goes. */
export interface Verdict {
  /** The element as the sanitizer keeps it, or undefined when the element goes. */
  kept: Element | undefined;
  /** What goes, or undefined when the element stays as written. */
  dropped: Dropped | undefined;
}

/**
 * Asks the sanitizer what it would do with this element (children aside). The build applies this
 * verdict element by element; the checker reports its `dropped` part.
 */
export function verdictOf(element: Element): Verdict {
  const bare: Element = { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children: [] };
  const kept = firstElement(sanitize(bare, editorHtmlSchema));
  const names = Object.keys(element.properties);
  const lost = kept ? names.filter((name) => JSON.stringify(kept.properties[name]) !== JSON.stringify(element.properties[name])) : names;
  if (kept && lost.length === 0) return { kept, dropped: undefined };
  const runsCode = ACTIVE.has(element.tagName.toLowerCase()) || lost.some((name) => propertyRunsCode(name, element.properties[name]));
  return { kept, dropped: { element: !kept, attributes: lost.map(attributeName), runsCode } };
}
