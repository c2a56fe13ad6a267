/**
 * SVG pictures in the content folder: the checker reports every SVG file (src/checker/rules/svg.ts),
 * and the build refuses an SVG picture a text shows (remarkSafePictures) even when the checker was skipped. An SVG is a document, not only a picture: opened on its own
 * (a tap on the picture, «open image in new tab») it runs its scripts in the site's origin, and it
 * can load other files and sites. The checker rejects such a file instead of cleaning it, because:
 * - the file is published byte for byte (Astro copies SVGs as they are), and a cleaned copy would
 *   differ from what the editor sees and keeps;
 * - browsers read SVG as XML (entities, namespaces, CDATA), and cleaning it with a parser that reads
 *   it differently from the browser is a known way round sanitizers;
 * - the pictures of instructions are drawings: nothing they need is lost, and the editor learns which
 *   program to save them with («Экспорт → SVG» without scripts).
 */
import type { Problem } from '../content-model/problem.ts';
import { onFirstUse } from '../lib/on-first-use.ts';
import { isScriptUrl } from './safe-html.ts';

/** The XML parser, loaded only when there is an SVG file to read (the checker imports this module always). */
const xmldom = onFirstUse<typeof import('@xmldom/xmldom')>('@xmldom/xmldom');

/** Elements that run code or show another document inside the picture. */
const ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** A picture inside the picture may be embedded as data (`data:image/png;base64,…`), never fetched. */
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp);/i;

const FIX = 'сохраните картинку заново как «обычный SVG» (без скриптов и ссылок) или как PNG';

interface XmlNode {
  nodeType: number;
  nodeName: string;
  localName?: string | null;
  lineNumber?: number;
  columnNumber?: number;
  internalSubset?: string;
  textContent?: string | null;
  attributes?: ArrayLike<{ name: string; localName?: string | null; value: string; lineNumber?: number; columnNumber?: number }>;
  childNodes?: ArrayLike<XmlNode>;
}

/** A `url(…)` that points at another file or site (`url(#gradient)` is a part of the picture itself). */
function hasOuterUrl(css: string): boolean {
  if (/@import/i.test(css)) return true;
  return [...css.matchAll(/url\(\s*['"]?([^'")]*)/gi)].some((match) => !(match[1] ?? '').trim().startsWith('#'));
}

/** What is wrong with one attribute of an SVG element, or undefined. */
function attributeProblem(element: string, name: string, localName: string, value: string): string | undefined {
  if (/^on/i.test(localName)) return `атрибут ${name} у <${element}> запускает программу, когда картинку открывают`;
  if (isScriptUrl(value) && !EMBEDDED_PICTURE.test(value.trim()))
    return `атрибут ${name} у <${element}> содержит адрес ${value.trim().split(':')[0]}:, который запускает программу или встраивает документ`;
  if (localName === 'href' && !value.trim().startsWith('#') && !EMBEDDED_PICTURE.test(value.trim()))
    return `атрибут ${name} у <${element}> ссылается на другой файл или сайт (${value})`;
  if (/^(set|animate|animatemotion|animatetransform)$/i.test(element) && localName === 'attributeName' && /href$/i.test(value))
    return `<${element}> меняет ссылку картинки — так подменяют адрес на программу`;
  if (hasOuterUrl(value)) return `атрибут ${name} у <${element}> загружает другой файл или сайт (${value})`;
  return undefined;
}

/** Problems of one SVG file (path relative to the content folder). */
export function svgProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const at = (node: { lineNumber?: number; columnNumber?: number }, what: string): void => {
    problems.push({
      severity: 'error',
      file,
      line: node.lineNumber ?? 1,
      column: node.columnNumber ?? 1,
      field: '',
      message: `${what} — ${FIX}`,
    });
  };
  const lines = text.split('\n');
  /** xmldom places an attribute at its value; editors look for its name, just before. */
  const attributePlace = (attribute: { name: string; lineNumber?: number; columnNumber?: number }) => {
    const line = lines[(attribute.lineNumber ?? 1) - 1] ?? '';
    const found = line.lastIndexOf(attribute.name, (attribute.columnNumber ?? 1) - 1);
    return { lineNumber: attribute.lineNumber ?? 1, columnNumber: found >= 0 ? found + 1 : (attribute.columnNumber ?? 1) };
  };
  let broken = false;
  let doc: XmlNode | undefined;
  try {
    doc = new (xmldom().DOMParser)({
      onError: (level: string) => {
        if (level !== 'warning') broken = true;
      },
    }).parseFromString(text, 'image/svg+xml') as unknown as XmlNode;
  } catch {
    broken = true;
  }
  if (broken || !doc) {
    return [
      {
        severity: 'error',
        file,
        line: 1,
        column: 1,
        field: '',
        message: `SVG-файл не читается как картинка (ошибка в разметке XML) — ${FIX}`,
      },
    ];
  }
  const walk = (node: XmlNode): void => {
    if (node.nodeType === 10) {
      // An entity declared in the DOCTYPE can put a script into the picture where no tag shows it.
      if (node.internalSubset?.trim())
        at(node, 'в SVG есть объявления DOCTYPE [<!ENTITY …>], которые подставляют в картинку скрытую разметку');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node.localName ?? node.nodeName;
    if (ACTIVE.has(element.toLowerCase())) {
      at(
        node,
        element.toLowerCase() === 'foreignobject'
          ? `<${element}> встраивает в картинку HTML-страницу`
          : `<${element}> — это программа внутри картинки`,
      );
      return;
    }
    if (element.toLowerCase() === 'style' && hasOuterUrl(node.textContent ?? ''))
      at(node, '<style> загружает другой файл или сайт (@import или url(…))');
    for (const attribute of Array.from(node.attributes ?? [])) {
      const message = attributeProblem(element, attribute.name, attribute.localName ?? attribute.name, attribute.value);
      if (message) at(attributePlace(attribute), message);
    }
    for (const child of Array.from(node.childNodes ?? [])) walk(child);
  };
  for (const child of Array.from(doc.childNodes ?? [])) walk(child);
  return problems;
}
