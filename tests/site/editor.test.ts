/**
 * `npm run build` writes the browser editor into /admin/: its page, the configuration generated from
 * the content model, and Sveltia's script and files copied from the package; no public page loads
 * or links to any of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { collections } from '../../src/content-model/collections.ts';
import { cmsVersion } from '../../src/editor/assets.ts';
import { backendFromEnv } from '../../src/editor/backend.ts';
import { editorConfig } from '../../src/editor/config.ts';
import { siteSettingsFromEnv } from '../../src/site/settings.ts';
import { filesOf, publicPagesOf } from '../helpers/built-site.ts';

const site = inject('sampleSite');
const admin = join(site, 'admin');

test('the configuration in /admin/ is the one generated from the content model, every collection included', () => {
  const { site: origin, base } = siteSettingsFromEnv();
  const written = parse(readFileSync(join(admin, 'config.yml'), 'utf8')) as ReturnType<typeof editorConfig>;
  const expected = editorConfig({ contentPath: 'content', backend: backendFromEnv(), siteUrl: `${origin}${base}` });
  expect(written).toEqual(JSON.parse(JSON.stringify(expected)));
  // Every collection of the content model, each once.
  expect(written.collections!.map((collection) => collection.name).sort()).toEqual(Object.keys(collections).sort());
});

test('the page loads the script and configuration next to it, and every file it needs is there', () => {
  const page = readFileSync(join(admin, 'index.html'), 'utf8');
  expect(page).toContain(`<script src="${siteSettingsFromEnv().base}admin/sveltia-cms.js"></script>`);
  for (const file of [
    'sveltia-cms.js',
    'config.yml',
    'material-symbols-outlined.woff2',
    `cms@${cmsVersion()}/locales/ru.json`,
    'cms/package.json',
  ]) {
    expect(existsSync(join(admin, file)), file).toBe(true);
  }
  expect(readFileSync(join(admin, 'sveltia-cms.js'), 'utf8')).not.toMatch(/unpkg\.com|cdn\.jsdelivr\.net|githubstatus\.com/);
  expect(filesOf(admin, '.map')).toEqual([]);
});

test('no public page loads or links to the editor', () => {
  const pages = publicPagesOf(site);
  expect(pages.length).toBeGreaterThan(10);
  const leaking = pages.filter((file) => /\badmin\/|sveltia/i.test(readFileSync(file, 'utf8'))).map((file) => relative(site, file));
  expect(leaking).toEqual([]);
});
