/**
 * Picture files Astro cannot read (empty, not a picture, an SVG without a size) stopped the build with
 * an English error after the check had passed; now the checker names them. Real pictures pass.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { contentCopy, removeContentCopies } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const SAMPLE_PNG = readFileSync(resolve(import.meta.dirname, '..', '..', 'content', 'guides', 'images', 'domashnee-zadanie-prikrepit.png'));
const FILE = 'guides/images/knopka.png';

describe('picture files', () => {
  test('a text file named .png', () => {
    expectExactly(contentCopy({ [FILE]: 'Not Found\n' }), {
      file: FILE,
      line: 1,
      column: 1,
      field: '',
      message: /^этот файл не картинка или он повреждён — /,
    });
  });

  test('half a PNG (a download cut short) passes: its header still gives the size, which is all Astro reads (such a file built in a trial)', () => {
    expectClean(contentCopy({ [FILE]: SAMPLE_PNG.subarray(0, 64) }));
  });

  test('an empty picture file', () => {
    expectExactly(contentCopy({ [FILE]: new Uint8Array() }), {
      file: FILE,
      line: 1,
      column: 1,
      field: '',
      message: /^файл картинки пуст — /,
    });
  });

  test('an SVG without width, height or viewBox', () => {
    const file = 'pages/images/shema.svg';
    const dir = contentCopy({ [file]: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>' });
    expectExactly(dir, {
      file,
      line: 1,
      column: 1,
      field: '',
      message: /^у картинки SVG не удаётся узнать размер — .*width и height или viewBox$/,
    });
  });

  test('allowed: a real PNG, an SVG with a viewBox only, a JPEG whose bytes are a PNG', () => {
    expectClean(
      contentCopy({
        [FILE]: SAMPLE_PNG,
        'guides/images/shema.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><circle r="5"/></svg>',
        'guides/images/foto.jpg': SAMPLE_PNG,
      }),
    );
  });
});
