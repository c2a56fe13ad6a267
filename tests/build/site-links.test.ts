/**
 * Links from an editor's text to the site, in a site published under a sub-path (BASE_PATH=/distant/):
 * a link written from the site's root (`/contacts/`) leads to the school's own page under /distant/,
 * not to the school's main site; relative links and links to other sites are left as written.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentCopy, removeContentCopies } from '../helpers/content-fixture.ts';
import { attr, findAll, parseHtmlFile, rawText } from '../helpers/html-tree.ts';
import { BUILD_TIMEOUT, buildFolder, buildSite, type BuildRun } from '../helpers/site-build.ts';

const root = buildFolder('test-site-links');
const outDir = join(root, 'dist');
let run: BuildRun;

beforeAll(async () => {
  const content = contentCopy({
    'pages/devices.md': (text) =>
      `${text}\nТелефоны — на странице [«Контакты»](/contacts/), вход — в [инструкции][вход], сайт платформы — [«Сферум»](https://sferum.ru/).\n\n[вход]: /guides/sferum-vhod/\n`,
  });
  run = await buildSite(content, outDir, join(root, 'work'), { BASE_PATH: '/distant/', SITE_URL: 'https://school.example/' });
}, BUILD_TIMEOUT);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeContentCopies();
});

test('root links of a text get the base path; other sites stay as written; every one leads to a built page', () => {
  expect(run.status, run.output).toBe(0);
  const page = parseHtmlFile(join(outDir, 'devices', 'index.html'));
  const hrefs = findAll(page, (node) => node.nodeName === 'a' && /Контакты|инструкции|Сферум/.test(rawText(node))).map((a) =>
    attr(a, 'href'),
  );
  expect(hrefs).toEqual(expect.arrayContaining(['/distant/contacts/', '/distant/guides/sferum-vhod/', 'https://sferum.ru/']));
  for (const path of ['contacts', 'guides/sferum-vhod']) expect(readFileSync(join(outDir, path, 'index.html'), 'utf8')).toContain('<html');
});
