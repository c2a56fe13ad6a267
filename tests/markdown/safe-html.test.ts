/**
 * The build's side of safe content, through Astro's own Markdown processor and MDX's compiler with
 * the project's plugins: editors' HTML keeps only the allowlist, Markdown's own output stays as it
 * was, and MDX code or a picture from outside stops the build with a Russian message.
 */
import { compile } from '@mdx-js/mdx';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { rehypeSafeHtml } from '../../src/markdown/editor-html.ts';
import { remarkMdxNoCode } from '../../src/markdown/mdx-rules.ts';
import { remarkCallouts } from '../../src/markdown/remark-callouts.ts';
import { remarkSafePictures } from '../../src/markdown/remark-safe-pictures.ts';
import { ALLOWED_HTML, isAllowedUrl } from '../../src/markdown/safe-html.ts';
import { contentCopy, MINIMAL_SCHOOL, removeContentCopies } from '../helpers/content-fixture.ts';

async function render(
  markdown: string,
  file = join(MINIMAL_SCHOOL, 'guides', 'sferum-vhod.md'),
  contentDir = MINIMAL_SCHOOL,
): Promise<string> {
  const processor = await createMarkdownProcessor({
    gfm: false,
    remarkPlugins: [[remarkSafePictures, { contentDir }], remarkGfm, remarkCallouts] as never,
    rehypePlugins: [rehypeSafeHtml] as never,
  });
  return (await processor.render(markdown, { fileURL: pathToFileURL(file) } as never)).code;
}

/** Script vectors of the issue (and a few more), each on its own block. */
afterAll(removeContentCopies);

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<svg onload=alert(3)><script>alert(4)</script></svg>',
  '<iframe srcdoc="<script>alert(5)</script>"></iframe>',
  '<details ontoggle=alert(6) open><summary>s</summary></details>',
  '<a href="javascript:alert(7)">a</a> <a href="&#106;avascript:alert(8)">b</a> <a href="java&#x0A;script:alert(9)">c</a>',
  '[x](javascript:alert(10)) [y](JAVASCRIPT:alert(11)) [z][r]\n\n[r]: javascript:alert(12)',
  '<math><mi xlink:href="javascript:alert(13)">m</mi></math>',
  '<body onload=alert(14)>',
  '<object data="javascript:alert(15)"></object><embed src="javascript:alert(16)">',
  '<a href="data:text/html,<script>alert(17)</script>">d</a>',
  '<b onmouseover=alert(18)>b</b> <span style="background:url(javascript:alert(19))">s</span>',
  '<form><button formaction="javascript:alert(20)">x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(21)"><base href="javascript:alert(22)//">',
  '<style>@import "https://evil.example/x.css";</style><link rel=stylesheet href="https://evil.example/y.css">',
  '<img src="https://evil.example/pixel.png"><video src="https://evil.example/v.mp4"></video><audio src="https://evil.example/a.mp3"></audio>',
];

describe("editors' HTML in Markdown", () => {
  test.each(VECTORS)('nothing runs and nothing loads: %s', async (vector) => {
    const html = await render(`Текст.\n\n${vector}\n`);
    expect(html).not.toMatch(
      /alert\(|evil\.example|<(script|iframe|object|embed|svg|math|style|link|meta|base|form|img|video|audio)\b|\son[a-z]+=|javascript:/i,
    );
    expect(html).toContain('<p>Текст.</p>');
  });

  test("the allowlist stays, without attributes other than a link's href and title", async () => {
    const html = await render(
      '<kbd id="k" class="big">Ctrl</kbd> H<sub>2</sub>O <mark style="color:red">важно</mark> <a href="https://sferum.ru" title="Сферум" target="_blank">сайт</a> <abbr title="Министерство">МП</abbr> <a href="tel:+74951234567">звонок</a> <a href="mailto:school@example.org">почта</a> <a href="../faq/">ответы</a>\n',
    );
    expect(html).toBe(
      '<p><kbd>Ctrl</kbd> H<sub>2</sub>O <mark>важно</mark> <a href="https://sferum.ru" title="Сферум">сайт</a> <abbr title="Министерство">МП</abbr> <a href="tel:+74951234567">звонок</a> <a href="mailto:school@example.org">почта</a> <a href="../faq/">ответы</a></p>',
    );
  });

  test('other tags lose only their tags; Markdown inside them stays', async () => {
    expect(await render('<div align="center">\n\n**Важно**: текст\n\n</div>\n')).toBe('\n<p><strong>Важно</strong>: текст</p>\n');
  });

  test("Markdown's own output is untouched: callouts, tables, code with HTML in it", async () => {
    const html = await render('> **Совет.** Так быстрее.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```html\n<script>alert(1)</script>\n```\n');
    expect(html).toContain('<blockquote class="callout callout-tip">');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<pre class="astro-code');
    expect(html).toContain('&#x3C;'); // the code block's «<script>» is text
  });

  test('the allowlist is the documented one', () => {
    expect(Object.keys(ALLOWED_HTML)).toEqual([
      'a',
      'abbr',
      'b',
      'br',
      'code',
      'del',
      'em',
      'i',
      'ins',
      'kbd',
      'mark',
      'q',
      's',
      'small',
      'span',
      'strong',
      'sub',
      'sup',
      'u',
      'wbr',
    ]);
    expect(['https://a.ru', 'http://a.ru', 'mailto:a@b.ru', 'tel:+7', '../x/', '#id', 'images/a.png'].filter(isAllowedUrl)).toHaveLength(7);
    expect(['javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://x'].filter(isAllowedUrl)).toEqual([]);
  });
});

describe('pictures the build refuses', () => {
  test('a reference-style picture out of the content folder', async () => {
    await expect(render('![x][r]\n\n[r]: ../../secret.png\n')).rejects.toThrow(
      /sferum-vhod\.md — путь к картинке «\.\.\/\.\.\/secret\.png» ведёт за пределы папки с содержимым — /,
    );
  });

  test('a picture from another site and one with «%» in its name', async () => {
    await expect(render('![x](https://evil.example/a.png)\n')).rejects.toThrow(/картинка с другого сайта/);
    await expect(render('![x](images/skidka-50%.svg)\n')).rejects.toThrow(
      /в адресе картинки «images\/skidka-50%\.svg» знак «%» — переименуйте файл/,
    );
  });
});

describe('MDX without code in the build', () => {
  const mdx = (text: string) =>
    compile(new VFile({ value: text, path: '/school/guides/x.mdx' }), {
      remarkPlugins: [remarkMdxNoCode],
      rehypePlugins: [rehypeSafeHtml],
    });

  test.each([
    ["import fs from 'node:fs'\n\nТекст", /^\/school\/guides\/x\.mdx:1:1 — в файлах \.mdx нельзя писать код: строка «import …»/],
    ['export const a = 1\n\nТекст', /:1:1 — в файлах \.mdx нельзя писать код: строка «export …»/],
    ["Текст {require('fs')}", /:1:7 — в файлах \.mdx нельзя писать код: в фигурных скобках/],
    ['<Phone number={a} />', /:1:1 — в файлах \.mdx нельзя писать код: значение атрибута/],
    ['<Knopka />', /:1:1 — компонента <Knopka> нет — можно использовать: <Callout/],
  ])('%s', async (text, message) => {
    await expect(mdx(text)).rejects.toThrow(message);
  });

  test('lowercase tags are HTML and go through the same allowlist; components and comments compile', async () => {
    const code = String(
      await mdx('<b onClick="alert(1)">Войти</b> <script>alert(2)</script>\n\n<Callout kind="tip">Совет</Callout>\n\n{/* заметка */}\n'),
    );
    expect(code).not.toMatch(/alert|onClick|"script"/);
    expect(code).toContain('Callout');
  });
});

describe('SVG pictures the build refuses', () => {
  test('a scripted SVG shown by a text stops the build, naming the picture and the line', async () => {
    const dir = contentCopy({ 'guides/images/vhod.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>' });
    await expect(render('![Вход](images/vhod.svg)\n', join(dir, 'guides', 'sferum-vhod.md'), dir)).rejects.toThrow(
      /картинка «images\/vhod\.svg», строка 2: <script> — это программа внутри картинки — /,
    );
  });
});
