/**
 * Astro integration: the browser editor at `<base>admin/`. `npm run build` writes its files into the
 * built site; `npm run dev` serves the same files, with the configuration made afresh on every
 * request, so the local mode always edits with the current content model. The public pages never
 * link to or load anything of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFromEnv } from '../content-model/collections.ts';
import { adminFiles } from '../editor/assets.ts';
import { backendFromEnv } from '../editor/backend.ts';
import { contentPathFromRoot, editorConfig, editorConfigYaml } from '../editor/config.ts';

/** The folder of the editor inside the site. */
export const ADMIN_DIR = 'admin';

/** Every file of the editor for a site served under `base`. */
export function editorFiles(base: string, siteUrl?: string): Map<string, string | Buffer> {
  const backend = backendFromEnv();
  const config = editorConfig({ contentPath: contentPathFromRoot(contentDirFromEnv()), backend, ...(siteUrl ? { siteUrl } : {}) });
  return adminFiles({ adminPath: `${base}${ADMIN_DIR}/`, backend, configYaml: editorConfigYaml(config) });
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'application/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
};

export function editor(): AstroIntegration {
  let base = '/';
  let siteUrl: string | undefined;
  return {
    name: 'school-editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteUrl = config.site ? `${config.site.replace(/\/+$/, '')}${base}` : undefined;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${ADMIN_DIR}/`;
        // The script and fonts are made once; the configuration afresh, so a changed schema shows at once.
        let files: Map<string, string | Buffer> | undefined;
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          if (name === 'config.yml' || files === undefined) files = editorFiles(base, siteUrl);
          const body = files.get(name);
          if (body === undefined) return next();
          response.setHeader('Content-Type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
          response.end(body);
        });
      },
      'astro:build:done': ({ dir }) => {
        const root = join(fileURLToPath(dir), ADMIN_DIR);
        for (const [name, body] of editorFiles(base, siteUrl)) {
          const file = join(root, name);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, body);
        }
      },
    },
  };
}
