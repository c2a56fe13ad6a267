/**
 * HTML typed into Markdown: the checker reports, at its line and column, each element or attribute
 * the build's sanitizer drops (src/markdown/safe-html.ts is the one allowlist; the sanitizer itself
 * is asked). What would run code (`<script>`, `onclick=`, `javascript:`) is an error; other HTML is a
 * warning: it is harmless once dropped, but the editor should know the page shows less than they wrote.
 */
import type { Element } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Problem } from '../../content-model/problem.ts';
import { exposeEditorHtml } from '../../markdown/editor-html.ts';
import { ALLOWED_HTML, isAllowedUrl, isScriptUrl, isStripped, verdictOf } from '../../markdown/safe-html.ts';
import type { ParsedBody } from './markdown-tree.ts';

const ALLOWED_LIST = Object.keys(ALLOWED_HTML)
  .map((tag) => `<${tag}>`)
  .join(' ');

function elementMessage(element: Element, runsCode: boolean, attributes: readonly string[]): string {
  const tag = `<${element.tagName}>`;
  if (runsCode) {
    const what =
      element.tagName === 'script'
        ? 'программа'
        : attributes.some((name) => name.startsWith('on'))
          ? `обработчик событий (${attributes.filter((name) => name.startsWith('on')).join(', ')})`
          : `${tag} встраивает чужую страницу или программу`;
    return `${tag}: ${what} — на сайте такое не публикуется и будет удалено; уберите это из текста`;
  }
  if (/^(img|picture|video|audio|source)$/.test(element.tagName)) {
    return `HTML-тег ${tag} на сайте не показывается — картинку вставляйте разметкой Markdown: ![что на ней видно](images/имя-файла), файл положите в папку images рядом с текстом`;
  }
  return `HTML-тег ${tag} на сайте не показывается (остаётся только его текст) — уберите тег; можно: ${ALLOWED_LIST} или обычная разметка Markdown`;
}

function attributeMessage(element: Element, attributes: readonly string[], runsCode: boolean): string {
  const list = attributes.join(', ');
  if (runsCode) {
    return `у тега <${element.tagName}> атрибут ${list} запускает программу (обработчик событий или адрес javascript:) — на сайте он будет удалён; уберите его`;
  }
  return `у тега <${element.tagName}> атрибут ${list} на сайте не сохраняется — уберите его; у ссылки можно оставить href (http, https, mailto, tel или путь) и title`;
}

/** Every element and attribute of the editor's HTML that the sanitizer drops, in document order. */
export function checkHtml(body: ParsedBody): Problem[] {
  const problems: Problem[] = [];
  const { tree, isEditorHtml } = exposeEditorHtml(body.hast(), new VFile(body.entry.source.body));
  visit(tree, 'element', (element) => {
    if (!isEditorHtml(element)) {
      // Markdown's own link or picture with a script address: `[x](javascript:…)`.
      for (const name of ['href', 'src'] as const) {
        const value = element.properties[name];
        if (typeof value === 'string' && !isAllowedUrl(value)) {
          const runsCode = isScriptUrl(value);
          const fix = runsCode
            ? 'ссылка на javascript: запускает программу, уберите её'
            : 'на сайте ссылка останется без адреса, исправьте его';
          problems.push(
            body.at(
              element,
              `адрес «${value}» не откроется: можно только http, https, mailto, tel или путь к файлу — ${fix}`,
              runsCode ? 'error' : 'warning',
            ),
          );
        }
      }
      return undefined;
    }
    const { dropped } = verdictOf(element);
    if (dropped) {
      const message = dropped.element
        ? elementMessage(element, dropped.runsCode, dropped.attributes)
        : attributeMessage(element, dropped.attributes, dropped.runsCode);
      problems.push(body.at(element, message, dropped.runsCode ? 'error' : 'warning'));
    }
    // Inside a dropped <script>, <svg> or <iframe> nothing is shown: one problem is enough.
    return dropped?.element && isStripped(element.tagName) ? SKIP : undefined;
  });
  return problems;
}
