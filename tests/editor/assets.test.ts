/** The files of /admin/ and the forge settings: nothing of the editor may come from another site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminFiles, adminPage, cmsDir, cmsVersion, EditorAssetsError, ICON_FONT_NAME, rewriteBundle } from '../../src/editor/assets.ts';
import { apiRoot, backendFromEnv, EditorSettingsError, forgeOrigins } from '../../src/editor/backend.ts';

const original = readFileSync(join(cmsDir(), 'dist', 'sveltia-cms.js'), 'utf8');

describe('the copied bundle', () => {
  const rewritten = rewriteBundle(original, '/distant/admin/');

  it('the package as published does ask other sites (so the rewrite is needed)', () => {
    expect(original).toMatch(/https:\/\/cdn\.jsdelivr\.net\/fontsource/);
    expect(original).toMatch(/https:\/\/unpkg\.com\/@sveltia\/cms/);
  });

  it('asks no CDN after the rewrite: translations, update check and icons come from /admin/', () => {
    expect(rewritten).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com|githubstatus\.com/);
    expect(rewritten).toContain(`url(/distant/admin/${ICON_FONT_NAME})`);
    expect(rewritten).toContain('/distant/admin/cms');
    expect(rewritten).toContain('local("source-sans-3")');
  });

  it('a version that loads things differently stops the build instead of leaking a request', () => {
    const withoutFonts = original.replace(
      /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined/g,
      'https://fonts.example/x',
    );
    expect(() => rewriteBundle(withoutFonts, '/admin/')).toThrow(EditorAssetsError);
    expect(() => rewriteBundle(withoutFonts, '/admin/')).toThrow(/шрифт значков/);
  });

  it('every file the rewritten bundle asks for is written next to it', () => {
    const files = adminFiles({ adminPath: '/admin/', backend: backendFromEnv({}), configYaml: 'x: 1\n' });
    expect(files.get(`cms@${cmsVersion()}/locales/ru.json`)).toBeDefined();
    expect(JSON.parse(String(files.get('cms/package.json')))).toEqual({ name: '@sveltia/cms', version: cmsVersion() });
    expect((files.get(ICON_FONT_NAME) as Buffer).subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect([...files.keys()].filter((name) => name.startsWith('chunks/'))).not.toEqual([]);
    expect([...files.keys()].some((name) => name.endsWith('.map'))).toBe(false);
  });
});

describe('the editor page', () => {
  it('loads the script and the configuration from /admin/ and allows no other site but the forge', () => {
    const page = adminPage(
      backendFromEnv({ EDITOR_BACKEND: 'forgejo', EDITOR_REPO: 'school47/site', EDITOR_BASE_URL: 'https://git.school47.ru' }),
      '/distant/admin/',
    );
    expect(page).toContain('<script src="/distant/admin/sveltia-cms.js"></script>');
    expect(page).toContain('href="/distant/admin/config.yml"');
    expect(page).toContain('<html lang="ru">');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toMatch(/connect-src 'self' blob: data: https:\/\/git\.school47\.ru$/);
    expect(csp.match(/https:\/\/[^\s;]+/g)!.every((origin) => origin === 'https://git.school47.ru')).toBe(true);
  });
});

describe('forge settings (EDITOR_*)', () => {
  it('GitHub by default, with its API', () => {
    expect(backendFromEnv({ EDITOR_REPO: 'school47/distant' })).toEqual({ name: 'github', repo: 'school47/distant' });
    expect(forgeOrigins(backendFromEnv({}))).toEqual(['https://api.github.com', 'https://github.com']);
  });

  it('a self-hosted GitLab with an OAuth application signs in with PKCE', () => {
    const backend = backendFromEnv({
      EDITOR_BACKEND: 'gitlab',
      EDITOR_REPO: 'uo/school-47',
      EDITOR_BASE_URL: 'https://git.uo.ru/',
      EDITOR_APP_ID: 'abc',
      EDITOR_BRANCH: 'main',
    });
    expect(backend).toEqual({
      name: 'gitlab',
      repo: 'uo/school-47',
      branch: 'main',
      base_url: 'https://git.uo.ru/',
      api_root: 'https://git.uo.ru/api/v4',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(forgeOrigins(backend)).toEqual(['https://git.uo.ru']);
  });

  it('Forgejo is the Gitea backend', () => {
    expect(backendFromEnv({ EDITOR_BACKEND: 'Forgejo', EDITOR_REPO: 'a/b' })).toMatchObject({ name: 'gitea' });
    expect(apiRoot('gitea', 'https://codeberg.org')).toBe('https://codeberg.org/api/v1');
    expect(apiRoot('github', 'https://ghe.school.ru')).toBe('https://ghe.school.ru/api/v3');
  });

  it('a wrong setting is a Russian message naming the variable', () => {
    expect(() => backendFromEnv({ EDITOR_BACKEND: 'bitbucket' })).toThrow(EditorSettingsError);
    expect(() => backendFromEnv({ EDITOR_BACKEND: 'bitbucket' })).toThrow(/EDITOR_BACKEND=bitbucket: такого хранилища редактор не знает/);
    expect(() => backendFromEnv({ EDITOR_REPO: 'просто-имя' })).toThrow(/EDITOR_REPO=.*владелец\/имя/);
    expect(() => backendFromEnv({ EDITOR_BASE_URL: 'git.school.ru' })).toThrow(/EDITOR_BASE_URL=.*https:\/\//);
  });
});
