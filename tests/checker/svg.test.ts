/** SVG pictures that run code or load other files are rejected, each reason at its line and column. */
import { afterAll, describe, expect, test } from 'vitest';
import { svgProblems } from '../../src/markdown/svg-safety.ts';
import { contentCopy, positionOf, removeContentCopies } from '../helpers/content-fixture.ts';
import { describeProblems, expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const FILE = 'guides/images/vhod.svg';
const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';

describe('SVG pictures', () => {
  test('allowed: shapes, gradients referenced by #id, text, an embedded PNG', () => {
    expectClean(
      contentCopy({
        [FILE]: `<svg ${NS} viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/><text>Войти</text></svg>`,
      }),
    );
  });

  test('a script, an event attribute and foreignObject: one error each, at its place', () => {
    const dir = contentCopy({
      [FILE]: `<svg ${NS} viewBox="0 0 10 10" onload="alert(1)">\n  <script>alert(2)</script>\n  <foreignObject><div>html</div></foreignObject>\n</svg>\n`,
    });
    expectExactly(
      dir,
      {
        file: FILE,
        ...positionOf(dir, FILE, 'onload'),
        field: '',
        message: /^атрибут onload у <svg> запускает программу, когда картинку открывают — сохраните картинку заново/,
      },
      { file: FILE, ...positionOf(dir, FILE, '<script'), field: '', message: /^<script> — это программа внутри картинки — / },
      {
        file: FILE,
        ...positionOf(dir, FILE, '<foreignObject'),
        field: '',
        message: /^<foreignObject> встраивает в картинку HTML-страницу — /,
      },
    );
  });

  test('references to other files and sites, a javascript: link, CSS imports, a DOCTYPE entity', () => {
    const text = `<!DOCTYPE svg [<!ENTITY x "y">]>\n<svg ${NS}>\n<image xlink:href="https://evil.example/a.png"/>\n<use href="other.svg#icon"/>\n<a href="javascript:alert(1)"><text>x</text></a>\n<style>@import url(//evil.example/x.css);</style>\n<rect style="fill:url(https://evil.example/p.svg#p)"/>\n</svg>`;
    const problems = svgProblems(FILE, text);
    expect(
      problems.map((problem) => `${problem.line}:${problem.column} ${problem.message.split(' — ')[0]}`),
      describeProblems(problems),
    ).toEqual([
      '1:1 в SVG есть объявления DOCTYPE [<!ENTITY …>], которые подставляют в картинку скрытую разметку',
      '3:8 атрибут xlink:href у <image> ссылается на другой файл или сайт (https://evil.example/a.png)',
      '4:6 атрибут href у <use> ссылается на другой файл или сайт (other.svg#icon)',
      '5:4 атрибут href у <a> содержит адрес javascript:, который запускает программу или встраивает документ',
      '6:1 <style> загружает другой файл или сайт (@import или url(…))',
      '7:7 атрибут style у <rect> загружает другой файл или сайт (fill:url(https://evil.example/p.svg#p))',
    ]);
  });

  test('a file that is not XML is an error, not a crash', () => {
    expect(svgProblems(FILE, '<svg><g></svg>').map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^SVG-файл не читается как картинка/),
    ]);
  });
});
