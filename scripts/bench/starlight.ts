/**
 * The peer users compare the project with: Astro Starlight building the same school. Every Markdown
 * file of a content folder (guides, FAQ, notices, pages — 514 for the large school) becomes one
 * Starlight page with its title and body. Starlight is installed into `.bench/starlight/` on first use
 * (its own package.json, from `starlight-site/`), so it never becomes a dependency of the site.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { filesOf } from '../lib/files.ts';
import { PROJECT_DIR } from '../many/build-root.ts';

const TEMPLATE = join(import.meta.dirname, 'starlight-site');
/** Where Starlight is installed and built (git-ignored). */
export const STARLIGHT_DIR = join(PROJECT_DIR, '.bench', 'starlight');

/** Installs Starlight once (again when the template's package.json changes). */
export function ensureStarlight(log: (line: string) => void): void {
  const manifest = readFileSync(join(TEMPLATE, 'package.json'), 'utf8');
  const installed = join(STARLIGHT_DIR, 'package.json');
  const upToDate =
    existsSync(join(STARLIGHT_DIR, 'node_modules', '@astrojs', 'starlight')) &&
    existsSync(installed) &&
    readFileSync(installed, 'utf8') === manifest;
  cpSync(TEMPLATE, STARLIGHT_DIR, { recursive: true });
  if (upToDate) return;
  log('  Starlight: установка в .bench/starlight/ (один раз)…');
  // npm from the project's own Node (the `node` devDependency puts it first on PATH under npm run).
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: STARLIGHT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** One Starlight page from one content Markdown file: its title (or question) and its body as they are. */
function starlightPage(text: string, fallbackTitle: string): string {
  const match = FRONTMATTER.exec(text);
  const data = (match ? parse(match[1]!) : {}) as Record<string, unknown>;
  const title = String(data['title'] ?? data['question'] ?? fallbackTitle);
  const description = typeof data['description'] === 'string' ? data['description'] : undefined;
  const body = match ? text.slice(match[0].length) : text;
  return `---\ntitle: ${JSON.stringify(title)}\n${description ? `description: ${JSON.stringify(description)}\n` : ''}---\n\n${body}`;
}

/** Replaces Starlight's pages with every Markdown file of `contentDir` (and the pictures they show); returns how many. */
export function writeStarlightDocs(contentDir: string, siteDir = STARLIGHT_DIR): number {
  const docs = join(siteDir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  cpSync(contentDir, docs, { recursive: true, filter: (source) => !/\.(md|ya?ml)$/.test(source) });
  const files = filesOf(contentDir, '.md').filter((file) => !relative(contentDir, file).startsWith('README'));
  for (const file of files) {
    const target = join(docs, relative(contentDir, file));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, starlightPage(readFileSync(file, 'utf8'), relative(contentDir, file)));
  }
  return files.length;
}

export interface StarlightBuild {
  ok: boolean;
  seconds: number;
  pages: number;
  output: string;
}

/** One cold Starlight build (its cache and output removed first), timed as a whole process. */
export function buildStarlight(): Promise<StarlightBuild> {
  for (const state of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')])
    rmSync(join(STARLIGHT_DIR, state), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [join(STARLIGHT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: STARLIGHT_DIR,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const dist = join(STARLIGHT_DIR, 'dist');
      const pages = existsSync(dist) ? filesOf(dist, '.html').length : 0;
      resolve({ ok: code === 0, seconds, pages, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
