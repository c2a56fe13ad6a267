/**
 * Astro integration: soft hyphens in the Russian text of every built page (src/lib/hyphenate-html.ts).
 * Listed after the search index in astro.config.mjs, so the index keeps whole words while the pages
 * break long words with a hyphen in large print. Pages the indexer parsed are not parsed again.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hyphenatePage } from '../lib/hyphenate-html.ts';

export function hyphenation(): AstroIntegration {
  return {
    name: 'school-hyphenation',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const hyphenated = hyphenatePage(file, html);
          if (hyphenated !== html) writeFileSync(file, hyphenated);
        }
      },
    },
  };
}
