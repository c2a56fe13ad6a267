/** The real built sample school (pictures, search index, calendars) published to a folder and a zip equals dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, expect, inject, test } from 'vitest';
import { publishSite } from '../../src/publish/run.ts';
import { readTree, removeTempFolders, tempFolder } from '../helpers/fake-site.ts';

afterAll(removeTempFolders);

test('the sample site, published to a folder and to a zip, is byte for byte the built one', async () => {
  const dist = inject('sampleSite');
  const built = readTree(dist);
  expect(Object.keys(built).length).toBeGreaterThan(100);
  const folder = join(tempFolder(), 'www');
  const zip = join(tempFolder(), 'site.zip');
  await publishSite({ target: folder, siteDir: dist, log: () => {} });
  await publishSite({ target: `zip:${zip}`, siteDir: dist, log: () => {} });
  expect(readTree(folder)).toEqual(built);
  const unzipped = Object.fromEntries(
    Object.entries(unzipSync(readFileSync(zip))).map(([path, data]) => [path, Buffer.from(data).toString('latin1')]),
  );
  expect(unzipped).toEqual(built);
});
