/**
 * `npm run dev` reloads content on every save, after the checker ran once: the loaders must then
 * report a broken entry the checker's way (Russian, file:line:column, field) — a YAML entry is left
 * out while the others stay, a Markdown file keeps its previous version — instead of Astro's English
 * error (which, for YAML, also emptied the whole collection on the page).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { collections } from '../../src/content-model/collections.ts';
import { checkedParseData } from '../../src/content-model/markdown-loader.ts';
import { yamlLoader } from '../../src/content-model/yaml-loader.ts';
import { contentCopy, positionOf, removeContentCopies, replace } from '../helpers/content-fixture.ts';

afterAll(removeContentCopies);

/** Runs a loader with a stand-in for Astro's context; returns what it stored and logged. */
async function load(name: 'contacts', contentDir: string) {
  const stored = new Map<string, unknown>();
  const errors: string[] = [];
  const context = {
    store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
    logger: { error: (line: string) => errors.push(line) },
  };
  await yamlLoader(name, collections[name], contentDir).load(context as never);
  return { stored, errors };
}

test('a valid folder loads every entry and logs nothing', async () => {
  const { stored, errors } = await load('contacts', contentCopy());
  expect(stored.size).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test('an entry that breaks its schema is reported in Russian at its place and left out; the others stay', async () => {
  const valid = await load('contacts', contentCopy());
  const dir = contentCopy({ 'contacts.yaml': replace('kind: hotline', 'kindd: hotline') });
  const { stored, errors } = await load('contacts', dir);
  expect(stored.size).toBe(valid.stored.size - 1);
  const { line, column } = positionOf(dir, 'contacts.yaml', 'kindd');
  expect(errors).toContain(`${dir}/contacts.yaml:${line}:${column}  kindd  неизвестное поле «kindd» — возможно, имелось в виду «kind»`);
  expect(errors.join('\n')).not.toMatch(/Unrecognized|Error:|at \S+:\d+/);
});

describe('Markdown: a frontmatter broken by a save', () => {
  const schema = collections.guides.schema() as never;

  test('is reported in Russian at its place, and Astro is not asked to store it', async () => {
    const dir = contentCopy({ 'guides/sferum-vhod.md': replace('minutes: 10', 'minutes: десять') });
    const logged: string[] = [];
    let astroCalls = 0;
    const parse = checkedParseData(dir, schema, (line) => logged.push(line), async (props) => {
      astroCalls++;
      return props.data;
    });
    const file = join(dir, 'guides', 'sferum-vhod.md');
    await expect(parse({ id: 'sferum-vhod', data: {}, filePath: file })).rejects.toThrow(/^guides\/sferum-vhod\.md: ошибки в шапке файла — исправьте их/);
    const { line, column } = positionOf(dir, 'guides/sferum-vhod.md', 'десять');
    expect(logged).toEqual([`${dir}/guides/sferum-vhod.md:${line}:${column}  minutes  ожидалось число, а указано: текст — напишите число без кавычек`]);
    expect(astroCalls).toBe(0);
  });

  test('a valid file goes on to Astro unchanged', async () => {
    const dir = contentCopy();
    const parse = checkedParseData(dir, schema, () => {}, (async (props: { id: string }) => ({ parsedBy: 'astro', id: props.id })) as never);
    expect(await parse({ id: 'sferum-vhod', data: {}, filePath: join(dir, 'guides', 'sferum-vhod.md') })).toEqual({ parsedBy: 'astro', id: 'sferum-vhod' });
  });
});
