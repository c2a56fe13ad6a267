/**
 * `npm run dev` reloads content on every save, after the checker ran once: the loaders must then
 * report a broken file the checker's way (Russian, file:line:column, field) and keep what the page
 * showed — every entry of a YAML file that cannot be read, the previous version of an entry or a
 * Markdown file that breaks — instead of Astro's English error (which, for YAML, also emptied the
 * whole collection on the page) or its 500 page for a missing picture.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { collections } from '../../src/content-model/collections.ts';
import { BrokenContentFile, checkedEntryInfo } from '../../src/content-model/markdown-loader.ts';
import { yamlLoader } from '../../src/content-model/yaml-loader.ts';
import { contentCopy, positionOf, removeContentCopies, replace } from '../helpers/content-fixture.ts';
import { guide } from './gate-cases.ts';

afterAll(removeContentCopies);

/** Nothing that reads like a program's error. */
const ENGLISH_ERROR = /Unrecognized|Error:|at \S+:\d+|undefined/;

/** Runs a loader with a stand-in for Astro's context; `save` rewrites a file and lets the loader reload. */
async function load(name: 'contacts' | 'staff', contentDir: string) {
  const stored = new Map<string, unknown>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const onChange: ((path: string) => Promise<void>)[] = [];
  const context = {
    store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
    logger: { error: (line: string) => errors.push(line), warn: (line: string) => warnings.push(line) },
    watcher: { add: () => {}, on: (_event: string, handler: (path: string) => Promise<void>) => onChange.push(handler) },
  };
  await yamlLoader(name, collections[name], contentDir).load(context as never);
  const save = async (file: string, text: string | null) => {
    errors.length = 0;
    warnings.length = 0;
    if (text === null) rmSync(join(contentDir, file));
    else writeFileSync(join(contentDir, file), text);
    for (const handler of onChange) await handler(join(contentDir, file));
  };
  return { stored, errors, warnings, save };
}

test('a valid folder loads every entry and logs nothing', async () => {
  const { stored, errors, warnings } = await load('contacts', contentCopy());
  expect(stored.size).toBeGreaterThan(1);
  expect([...errors, ...warnings]).toEqual([]);
});

test('an entry that breaks its schema is reported in Russian at its place and left out; the others stay', async () => {
  const valid = await load('contacts', contentCopy());
  const dir = contentCopy({ 'contacts.yaml': replace('kind: hotline', 'kindd: hotline') });
  const { stored, errors } = await load('contacts', dir);
  expect(stored.size).toBe(valid.stored.size - 1);
  const { line, column } = positionOf(dir, 'contacts.yaml', 'kindd');
  expect(errors).toContain(`${dir}/contacts.yaml:${line}:${column}  kindd  неизвестное поле «kindd» — возможно, имелось в виду «kind»`);
  expect(errors.join('\n')).not.toMatch(ENGLISH_ERROR);
});

describe('a YAML file broken by a save keeps the page as it was', () => {
  test('one typo in contacts.yaml: every contact stays, the typo is reported at its line and column, in Russian', async () => {
    const dir = contentCopy();
    const loader = await load('contacts', dir);
    const before = new Map(loader.stored);
    const text = readFileSync(join(dir, 'contacts.yaml'), 'utf8');
    await loader.save('contacts.yaml', text.replace('title: Педагог-психолог школы', 'title: "Педагог-психолог школы'));
    expect(loader.stored).toEqual(before);
    const { line, column } = positionOf(dir, 'contacts.yaml', '"Педагог');
    expect(loader.errors).toEqual([
      `${dir}/contacts.yaml:${line}:${column}  —  кавычка открыта, но не закрыта — закройте её в конце значения`,
    ]);
    expect(loader.warnings).toEqual([
      `${dir}/contacts.yaml: на странице пока прежние записи из этого файла (${before.size}) — исправьте ошибки выше и сохраните файл, страница обновится сама`,
    ]);
    expect([...loader.errors, ...loader.warnings].join('\n')).not.toMatch(ENGLISH_ERROR);

    // Fixed: the new text is on the page, and nothing more is said.
    await loader.save('contacts.yaml', text.replace('title: Педагог-психолог школы', 'title: Психолог'));
    expect((loader.stored.get('psiholog') as { title: string }).title).toBe('Психолог');
    expect([...loader.errors, ...loader.warnings]).toEqual([]);
  });

  test('an entry broken by a save keeps its previous version; the others take their new text', async () => {
    const dir = contentCopy();
    const loader = await load('contacts', dir);
    const old = loader.stored.get('goryachaya-liniya');
    const text = readFileSync(join(dir, 'contacts.yaml'), 'utf8');
    await loader.save(
      'contacts.yaml',
      text.replace('kind: hotline', 'kind: hotlin').replace('title: Педагог-психолог школы', 'title: Психолог'),
    );
    expect(loader.stored.get('goryachaya-liniya')).toEqual(old);
    expect((loader.stored.get('psiholog') as { title: string }).title).toBe('Психолог');
    expect(loader.errors).toHaveLength(1);
    expect(loader.errors[0]).toMatch(new RegExp(`^${dir}/contacts\\.yaml:\\d+:\\d+  kind  `));
    expect(loader.warnings).toEqual([expect.stringMatching(/contacts\.yaml: на странице пока прежняя запись из этого файла \(1\)/)]);
  });

  test('a staff file broken by a save keeps that person; a deleted file does remove them', async () => {
    const dir = contentCopy();
    const loader = await load('staff', dir);
    const before = new Map(loader.stored);
    await loader.save('staff/petrov-i-v.yaml', 'name: Петров\n\tposition: учитель\n');
    expect(loader.stored).toEqual(before);
    expect(loader.errors.join('\n')).toMatch(/staff\/petrov-i-v\.yaml:2:1 {2}— {2}в отступе стоит табуляция/);
    await loader.save('staff/petrov-i-v.yaml', null);
    expect([...loader.stored.keys()]).toEqual([...before.keys()].filter((id) => id !== 'petrov-i-v'));
    expect([...loader.errors, ...loader.warnings]).toEqual([]);
  });
});

describe('Markdown: a file broken by a save', () => {
  const schema = collections.guides.schema() as never;

  /** Astro's getEntryInfo behind the checker; counts how often Astro's own was asked. */
  function entryInfo(dir: string) {
    const logged: string[] = [];
    let astroCalls = 0;
    const info = checkedEntryInfo(
      dir,
      schema,
      (line) => logged.push(line),
      async ({ contents }: { contents: string }) => {
        astroCalls++;
        return { data: { parsedBy: 'astro' }, body: contents, rawData: '', slug: '' };
      },
    );
    const read = (file: string) => info({ fileUrl: pathToFileURL(join(dir, file)), contents: readFileSync(join(dir, file), 'utf8') });
    return { read, logged, astroCalls: () => astroCalls };
  }

  test('a field that breaks its schema: reported in Russian at its place, Astro not asked, the old version kept', async () => {
    const dir = contentCopy({ 'guides/sferum-vhod.md': replace('minutes: 10', 'minutes: десять') });
    const { read, logged, astroCalls } = entryInfo(dir);
    await expect(read('guides/sferum-vhod.md')).rejects.toThrow(BrokenContentFile);
    await expect(read('guides/sferum-vhod.md')).rejects.toThrow(
      /^guides\/sferum-vhod\.md: в файле ошибки — исправьте их по сообщениям выше; на сайте пока прежняя версия файла$/,
    );
    const { line, column } = positionOf(dir, 'guides/sferum-vhod.md', 'десять');
    expect(logged[0]).toBe(
      `${dir}/guides/sferum-vhod.md:${line}:${column}  minutes  ожидалось число, а указано: текст — напишите число без кавычек`,
    );
    expect(astroCalls()).toBe(0);
  });

  test('a YAML typo in the frontmatter: Russian, with line and column (Astro said it in English, without a place)', async () => {
    const dir = contentCopy({ 'guides/extra.md': guide().replace('title: Как открыть урок', 'title: "Как открыть урок') });
    const { read, logged, astroCalls } = entryInfo(dir);
    await expect(read('guides/extra.md')).rejects.toThrow(BrokenContentFile);
    const { line, column } = positionOf(dir, 'guides/extra.md', '"Как');
    expect(logged).toEqual([`${dir}/guides/extra.md:${line}:${column}  —  кавычка открыта, но не закрыта — закройте её в конце значения`]);
    expect(astroCalls()).toBe(0);
  });

  test("a missing picture: reported at its line instead of Astro's 500 page", async () => {
    const dir = contentCopy({ 'guides/extra.md': guide('', '1. Нажми кнопку.\n\n   ![Кнопка «Войти»](images/net-takoj.png)\n') });
    const { read, logged, astroCalls } = entryInfo(dir);
    await expect(read('guides/extra.md')).rejects.toThrow(BrokenContentFile);
    const { line } = positionOf(dir, 'guides/extra.md', '![Кнопка');
    expect(logged).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/guides/extra\\.md:${line}:\\d+  —  картинки «images/net-takoj\\.png» нет — `)),
    ]);
    expect(astroCalls()).toBe(0);
  });

  test("a valid file goes on to Astro, with the checker's reading of its frontmatter", async () => {
    // Astro's YAML reader makes a date of «2026-11-13»; the schema wants text, which the checker read.
    const dir = contentCopy({ 'guides/extra.md': guide().replace('title: Как открыть урок', 'title: 2026-11-13') });
    const { read, logged, astroCalls } = entryInfo(dir);
    const info = await read('guides/extra.md');
    expect(info.data).toMatchObject({ title: '2026-11-13', minutes: 5, grades: [1, 9] });
    expect(info.body).toContain('Открой приложение');
    expect(astroCalls()).toBe(1);
    expect(logged).toEqual([]);
  });
});
