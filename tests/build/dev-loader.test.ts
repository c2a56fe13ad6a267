/**
 * `npm run dev` reloads content on every save, after the checker ran once: the YAML loader must then
 * report a broken entry the checker's way (Russian, file:line:column, field) and keep the others, not
 * empty the collection with Astro's English error.
 */
import { afterAll, expect, test } from 'vitest';
import { collections } from '../../src/content-model/collections.ts';
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
