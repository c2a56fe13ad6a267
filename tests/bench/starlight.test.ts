/** The Starlight side of the bench gets every Markdown page of the school, titled, with its pictures. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { filesOf } from '../../scripts/lib/files.ts';
import { generateSchool, writeSchool } from '../../scripts/bench/generate.ts';
import { writeStarlightDocs } from '../../scripts/bench/starlight.ts';

const scratch = mkdtempSync(join(tmpdir(), 'starlight-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('one Starlight page per content Markdown file, with a title, and the pictures beside them', () => {
  const content = join(scratch, 'content');
  writeSchool(generateSchool({ seed: 7, size: 'small' }), content);
  const site = join(scratch, 'site');
  const written = writeStarlightDocs(content, site);
  const docs = join(site, 'src', 'content', 'docs');
  const sources = filesOf(content, '.md')
    .map((file) => relative(content, file))
    .filter((file) => !file.startsWith('README'));
  expect(written).toBe(sources.length);
  expect(filesOf(docs, '.md').map((file) => relative(docs, file))).toEqual(sources);
  for (const file of filesOf(docs, '.md')) expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: "[^"]+"\n/);
  expect(filesOf(docs, '.yaml')).toEqual([]);
  // The sample's guides show pictures: each one is beside its page, as the Markdown links it.
  const sample = join(import.meta.dirname, '..', '..', 'content');
  writeStarlightDocs(sample, site);
  const pictures = ['.svg', '.png', '.webp', '.jpg'].flatMap((extension) => filesOf(sample, extension));
  expect(pictures.length).toBeGreaterThan(0);
  for (const picture of pictures) expect(existsSync(join(docs, relative(sample, picture)))).toBe(true);
});
