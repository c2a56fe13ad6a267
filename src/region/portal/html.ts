/** Plain HTML for the portal: escaping, and the page frame every portal page shares. */
import { regionRu } from '../../i18n/region-ru.ts';

/** A piece of HTML that is already safe to insert. */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

type Part = string | number | Html | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** `html\`<p>${text}</p>\``: every interpolated value is escaped unless it is Html already. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(text);
}

export type NavKey = keyof typeof regionRu.nav;

const NAV: { key: NavKey; path: string }[] = [
  { key: 'schools', path: '' },
  { key: 'coordinators', path: 'coordinators/' },
  { key: 'plan', path: 'plan/' },
  { key: 'search', path: 'search/' },
];

export interface PageFrame {
  /** The portal's sub-path, `/` or `/distant/`. */
  base: string;
  regionName: string;
  title: string;
  description: string;
  current?: NavKey | undefined;
  body: Html;
  /** Scripts of the portal to load (deferred modules), relative to base. */
  scripts?: readonly string[];
  updated: string;
}

/** A whole page: language, viewport, one stylesheet, skip link, header, navigation, main, footer. */
export function page(frame: PageFrame): string {
  const nav = NAV.map(
    ({ key, path }) =>
      html`<li>
        <a href="${frame.base}${path}" ${frame.current === key ? new Html(' aria-current="page"') : ''}>${regionRu.nav[key]}</a>
      </li>`,
  );
  const scripts = (frame.scripts ?? []).map((src) => html`<script type="module" src="${frame.base}${src}"></script>`);
  const title = frame.current === 'schools' ? `${frame.regionName}: ${regionRu.portal}` : `${frame.title} — ${frame.regionName}`;
  return `<!DOCTYPE html>\n${
    html`<html lang="ru">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <meta name="description" content="${frame.description}" />
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="${frame.base}portal.css" />
        <link rel="alternate" type="application/rss+xml" href="${frame.base}rss.xml" title="${regionRu.exports.rss}" />
        ${scripts}
      </head>
      <body>
        <a class="skip-link" href="#main">${regionRu.skipLink}</a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="${frame.base}"><strong>${frame.regionName}</strong><span>${regionRu.portal}</span></a>
          </div>
        </header>
        <nav class="site-nav" aria-label="${regionRu.navLabel}">
          <div class="wrap">
            <ul>
              ${nav}
            </ul>
          </div>
        </nav>
        <main id="main" class="wrap" data-pagefind-body>
          <h1>${frame.title}</h1>
          ${frame.body}
        </main>
        <footer class="site-footer">
          <div class="wrap"><p>${regionRu.updated(frame.updated)}</p></div>
        </footer>
      </body>
    </html> `.text
  }`;
}
