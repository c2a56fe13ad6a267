/**
 * MDX without code: components of the project are fine, `import`, `export`, `{…}` and unknown
 * components are errors at their line, in Russian — found before Astro compiles anything.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, removeContentCopies } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const GUIDE = 'guides/extra.mdx';
const frontmatter =
  '---\ntitle: Как открыть урок\nplatform: sferum\naudience: pupils\ndevice: any\ntopic: lesson\ngrades: [1, 9]\nminutes: 5\norder: 3\n---\n\n';
// The body starts on line 12.
const guide = (body: string) => contentCopy({ [GUIDE]: `${frontmatter}${body}` });

describe('MDX without code', () => {
  test('allowed: the project components without import, and a {/* comment */}', () => {
    expectClean(
      guide(
        '1. Открой «Сферум».\n\n<Callout kind="tip">Можно с телефона.</Callout>\n\nЗвони: <Phone number="+7 495 123-45-67" />\n\n{/* черновик */}\n',
      ),
    );
  });

  test('import and export are errors on their line', () => {
    const dir = guide("import fs from 'node:fs';\nexport const x = 1;\n\n1. Открой «Сферум».\n");
    expectExactly(
      dir,
      {
        file: GUIDE,
        line: 12,
        column: 1,
        field: '',
        message:
          /^в файлах \.mdx нельзя писать код: строка «import …» запускает программу при сборке сайта — удалите её; компоненты \(Callout, Phone\) доступны без import$/,
      },
      { file: GUIDE, line: 13, column: 1, field: '', message: /^в файлах \.mdx нельзя писать код: строка «export …» / },
    );
  });

  test('an expression in text and in an attribute', () => {
    const dir = guide("1. Открой {process.env.HOME}.\n\n<Phone number={'+7 495 123-45-67'} />\n");
    expectExactly(
      dir,
      {
        file: GUIDE,
        line: 12,
        column: 11,
        field: '',
        message: /^в файлах \.mdx нельзя писать код: в фигурных скобках \{ \} MDX выполняет программу — /,
      },
      { file: GUIDE, line: 14, column: 1, field: '', message: /^в файлах \.mdx нельзя писать код: значение атрибута в фигурных скобках/ },
    );
  });

  test('an undefined component names the ones there are', () => {
    const dir = guide('1. Нажми <Knopka />.\n');
    const [problem] = expectExactly(dir, {
      file: GUIDE,
      line: 12,
      column: 10,
      field: '',
      message: /^компонента <Knopka> нет — можно использовать: <Callout kind="important">/,
    });
    expect(problem!.message).toContain('<Phone number=');
  });
});

describe('component attributes', () => {
  test('a missing, unknown or wrong attribute is an error naming how to write it', () => {
    const dir = guide('1. Звони: <Phone />.\n2. <Phone number="позвонить" />\n3. <Callout kind="danger" color="red">Текст</Callout>\n');
    expectExactly(
      dir,
      {
        file: GUIDE,
        line: 12,
        column: 11,
        field: '',
        message:
          /^у <Phone> нет атрибута number — ожидается номер телефона, например \+7 495 123-45-67: <Phone number="\+7 495 123-45-67" \/>$/,
      },
      { file: GUIDE, line: 13, column: 4, field: '', message: /^у <Phone> атрибут number="позвонить" — ожидается номер телефона/ },
      { file: GUIDE, line: 14, column: 4, field: '', message: /^у <Callout> атрибут kind="danger" — ожидается tip или important: / },
      {
        file: GUIDE,
        line: 14,
        column: 4,
        field: '',
        message: /^у <Callout> нет атрибута color — напишите так: <Callout kind="important">/,
      },
    );
  });
});
