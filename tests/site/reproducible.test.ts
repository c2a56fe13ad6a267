/** Two builds of the same content (same BUILD_DATE) produce identical sites, file for file. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { filesOf } from '../helpers/built-site.ts';

const root = mkdtempSync(join(tmpdir(), 'school-repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function buildAndHash(name: string): Record<string, string> {
  const site = join(root, name);
  execFileSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, OUT_DIR: site, BUILD_WORK_DIR: join(root, `work-${name}`), BUILD_DATE: '2026-11-22' },
    stdio: 'pipe',
  });
  return Object.fromEntries(
    filesOf(site, '').map((file) => [relative(site, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

test('two builds are byte-for-byte identical', () => {
  const first = buildAndHash('a');
  const second = buildAndHash('b');
  expect(Object.keys(first).length).toBeGreaterThan(10);
  expect(second).toEqual(first);
}, 300_000);
