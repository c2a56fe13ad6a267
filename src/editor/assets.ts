/**
 * The files of `/admin/`: the editor's page, its generated configuration, and Sveltia CMS's script
 * copied from the npm package — nothing is loaded from a CDN.
 *
 * Sveltia's prebuilt bundle asks other sites for a few things at run time: its interface
 * translations and an update check (unpkg.com), its fonts (cdn.jsdelivr.net) and, with GitHub, the
 * state of GitHub (githubstatus.com). The copy served
 * here points those addresses at files served next to it (the translations from the package's
 * `locales/`, the icon font from @fontsource-variable/material-symbols-outlined, the text fonts from
 * the computer), and optional extras it would fetch from unpkg.com (HEIC photo decoding, map
 * tiles, syntax colouring) and the GitHub state at a folder that does not exist, so they fail on the
 * site itself. The
 * page's Content-Security-Policy then allows only the site and the school's forge, so whatever a
 * future version adds cannot leave either. A version whose bundle no longer contains an address
 * rewritten here stops the build (EditorAssetsError), so an upgrade is checked, not hoped for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Backend } from '@sveltia/cms';
import { forgeOrigins } from './backend.ts';

export class EditorAssetsError extends Error {
  override name = 'EditorAssetsError';
}

const require = createRequire(import.meta.url);

/** The folder of an installed package (its `exports` may hide package.json, so go from its entry). */
function packageDir(name: string, entry: string): string {
  let dir = dirname(require.resolve(entry));
  while (!dir.endsWith(join('node_modules', ...name.split('/')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new EditorAssetsError(`пакет ${name} не найден — выполните npm install`);
    dir = parent;
  }
  return dir;
}

export const CMS_PACKAGE = '@sveltia/cms';
const ICON_FONT_PACKAGE = '@fontsource-variable/material-symbols-outlined';
/** The icon font's file inside its package, and its name under /admin/. */
const ICON_FONT_FILE = 'files/material-symbols-outlined-latin-wght-normal.woff2';
export const ICON_FONT_NAME = 'material-symbols-outlined.woff2';

/** Where the copied package's own files are served (translations, version), under /admin/. */
export const CMS_FILES_DIR = 'cms';
/** Where optional extras would be fetched from: not served, so they fail on the site itself. */
export const UNAVAILABLE_DIR = 'unavailable';

export function cmsDir(): string {
  return packageDir(CMS_PACKAGE, CMS_PACKAGE);
}

export function cmsVersion(): string {
  return (JSON.parse(readFileSync(join(cmsDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** One rewrite of the bundle: every occurrence of `from` becomes `to`; `from` must occur. */
interface Rewrite {
  from: RegExp;
  to: string;
  what: string;
}

function rewrites(adminPath: string): Rewrite[] {
  return [
    {
      what: 'шрифт значков (Material Symbols)',
      from: /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined[^)]*\)/g,
      to: `url(${adminPath}${ICON_FONT_NAME})`,
    },
    {
      // Text fonts: the computer's own; Russian letters are not in these fonts' Latin files anyway.
      what: 'шрифты текста (Source Sans 3, Noto Mono)',
      from: /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/(source-sans-3|noto-mono)[^)]*\)/g,
      to: 'local("$1")',
    },
    {
      // Translations (`<base>@<version>/locales/ru.json`) and the update check (`<base>/package.json`).
      what: 'адрес пакета на unpkg.com (переводы интерфейса, проверка обновлений)',
      from: /https:\/\/unpkg\.com\/@sveltia\/cms/g,
      to: `${adminPath}${CMS_FILES_DIR}`,
    },
    {
      // Asked on every start with the GitHub backend; the editor works the same without the answer.
      what: 'проверка состояния GitHub (githubstatus.com)',
      from: /https:\/\/www\.githubstatus\.com\//g,
      to: `${adminPath}${UNAVAILABLE_DIR}/githubstatus/`,
    },
    {
      what: 'дополнительные модули с unpkg.com',
      from: /https:\/\/unpkg\.com\//g,
      to: `${adminPath}${UNAVAILABLE_DIR}/`,
    },
  ];
}

/** The bundle with every address of another site it needs pointed at `/admin/` itself. */
export function rewriteBundle(source: string, adminPath: string): string {
  let text = source;
  for (const rewrite of rewrites(adminPath)) {
    if (!rewrite.from.test(text)) {
      throw new EditorAssetsError(
        `в ${CMS_PACKAGE} не найден ${rewrite.what} (${rewrite.from.source}) — новая версия пакета грузит его иначе; проверьте src/editor/assets.ts`,
      );
    }
    rewrite.from.lastIndex = 0;
    text = text.replace(rewrite.from, rewrite.to);
  }
  return text;
}

/** The editor's page. The CSP lets it reach only the site and the forge it saves to. */
export function adminPage(backend: Backend, adminPath: string): string {
  const forge = forgeOrigins(backend).join(' ');
  const connect = ["'self'", 'blob:', 'data:', forge].filter(Boolean).join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${forge ? ` ${forge}` : ''}`,
    "font-src 'self' data:",
    "media-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    `connect-src ${connect}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Редактор сайта</title>
<link href="${adminPath}config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="${adminPath}sveltia-cms.js"></script>
</body>
</html>
`;
}

/** Every file of `/admin/` (path inside it → content), given the page's path (`/admin/`). */
export function adminFiles(options: { adminPath: string; backend: Backend; configYaml: string }): Map<string, string | Buffer> {
  const dir = cmsDir();
  const version = cmsVersion();
  const files = new Map<string, string | Buffer>();
  files.set('index.html', adminPage(options.backend, options.adminPath));
  files.set('config.yml', options.configYaml);
  files.set('sveltia-cms.js', rewriteBundle(readFileSync(join(dir, 'dist', 'sveltia-cms.js'), 'utf8'), options.adminPath));
  for (const chunk of readdirSync(join(dir, 'dist', 'chunks')).filter((name) => name.endsWith('.js'))) {
    files.set(`chunks/${chunk}`, readFileSync(join(dir, 'dist', 'chunks', chunk)));
  }
  for (const locale of readdirSync(join(dir, 'locales')).filter((name) => name.endsWith('.json'))) {
    files.set(`${CMS_FILES_DIR}@${version}/locales/${locale}`, readFileSync(join(dir, 'locales', locale)));
  }
  // The update check reads this version: the one installed, so the editor never offers a download.
  files.set(`${CMS_FILES_DIR}/package.json`, `${JSON.stringify({ name: CMS_PACKAGE, version })}\n`);
  files.set(ICON_FONT_NAME, readFileSync(join(packageDir(ICON_FONT_PACKAGE, ICON_FONT_PACKAGE), ICON_FONT_FILE)));
  return files;
}
