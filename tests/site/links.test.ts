/**
 * Links: every internal href/src and #anchor of the built site resolves, and a build under a
 * sub-path (BASE_PATH=/distant/) has no link escaping the sub-path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { filesOf, isExternal, linksOf, type PageLinks } from '../helpers/built-site.ts';

/** Problems with the internal references of a site served under `base`. */
function brokenReferences(siteDir: string, base: string): string[] {
  const pages = filesOf(siteDir, '.html').map((file) => linksOf(siteDir, file));
  const idsByPage = new Map<string, PageLinks>(pages.map((page) => [page.file, page]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const reference of page.references) {
      if (isExternal(reference) || reference === '') continue;
      const [path = '', anchor] = reference.split('#', 2);
      if (path === '') {
        if (anchor && !page.ids.has(decodeURIComponent(anchor))) broken.push(`${page.file}: ${reference} (нет id)`);
        continue;
      }
      if (!path.startsWith(base)) {
        broken.push(`${page.file}: ${reference} (вне ${base})`);
        continue;
      }
      const local = decodeURIComponent(path.slice(base.length).split('?')[0]!);
      const target = local === '' || local.endsWith('/') ? `${local}index.html` : local;
      if (!existsSync(join(siteDir, target))) {
        broken.push(`${page.file}: ${reference} (нет файла ${target})`);
        continue;
      }
      if (anchor && target.endsWith('.html')) {
        const targetPage = idsByPage.get(target);
        if (!targetPage?.ids.has(decodeURIComponent(anchor))) broken.push(`${page.file}: ${reference} (нет #${anchor} в ${target})`);
      }
    }
  }
  return broken;
}

describe('internal links of the sample site', () => {
  test('every href, src and #anchor resolves', () => {
    const site = inject('sampleSite');
    expect(filesOf(site, '.html').length).toBeGreaterThan(10);
    expect(brokenReferences(site, '/')).toEqual([]);
  });
});

describe('the site under a sub-path', () => {
  let root: string;
  let site: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'school-subpath-'));
    site = join(root, 'dist');
    execFileSync(process.execPath, ['scripts/build.ts'], {
      env: {
        ...process.env,
        OUT_DIR: site,
        BUILD_WORK_DIR: join(root, 'work'),
        BASE_PATH: '/distant/',
        SITE_URL: 'https://school47.example/',
      },
      stdio: 'pipe',
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('no link escapes /distant/ and every one resolves', () => {
    expect(brokenReferences(site, '/distant/')).toEqual([]);
  });

  test('canonical links use SITE_URL and the sub-path', () => {
    const home = linksOf(site, join(site, 'index.html'));
    expect(home.references).toContain('https://school47.example/distant/');
  });
});
