/**
 * Astro integration: after the build (and after hyphenation, so the kept pages are the served ones),
 * writes `sw.js` with the list of pages and assets to keep offline (src/offline/precache.ts) and a
 * version hashed from their bytes.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetsOf, cacheVersion, importsOf, isOfflinePage, pathOfFile } from '../offline/precache.ts';
import { serviceWorkerSource } from '../offline/service-worker.ts';

export function offlineApp(): AstroIntegration {
  let base = '/';
  return {
    name: 'school-offline-app',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name === 'index.html')
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .filter((file) => isOfflinePage(pathOfFile(file)))
          .sort();
        const assets = new Set<string>();
        for (const file of pages) for (const asset of assetsOf(readFileSync(join(root, file), 'utf8'), base)) assets.add(asset);
        // The scripts' own chunks too, or a page's script would fail to load offline.
        const scripts = [...assets].filter((asset) => asset.endsWith('.js'));
        while (scripts.length > 0) {
          const script = scripts.pop()!;
          for (const chunk of importsOf(readFileSync(join(root, script), 'utf8'), script)) {
            if (!assets.has(chunk)) scripts.push(chunk);
            assets.add(chunk);
          }
        }
        const files = [...pages, ...[...assets].sort()];
        const version = cacheVersion(files.map((file) => ({ path: file, bytes: readFileSync(join(root, file)) })));
        writeFileSync(join(root, 'sw.js'), serviceWorkerSource({ base, version, files: files.map(pathOfFile) }));
      },
    },
  };
}
