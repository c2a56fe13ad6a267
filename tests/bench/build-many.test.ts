/**
 * `npm run build:many`: one content folder per school in, one site per school out, a broken school
 * reported without stopping the others, and shards that split a region the same way on every machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateSchool, writeSchool } from '../../scripts/bench/generate.ts';
import { parseShard, selectShard } from '../../scripts/many/many.ts';

const scratch = mkdtempSync(join(tmpdir(), 'build-many-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('shards', () => {
  test('k/n is read strictly', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(parseShard(bad), bad).toBeUndefined();
  });

  test('the shards of a region cover every school exactly once, whatever order the names come in', () => {
    const names = Array.from({ length: 23 }, (_, i) => `school-${String(i + 1).padStart(2, '0')}`);
    const shards = [1, 2, 3, 4].map((index) => selectShard([...names].reverse(), { index, count: 4 }));
    expect(shards.flat().sort()).toEqual(names);
    expect(Math.max(...shards.map((s) => s.length)) - Math.min(...shards.map((s) => s.length))).toBeLessThanOrEqual(1);
    expect(selectShard(names, { index: 2, count: 4 })).toEqual(shards[1]);
  });
});

test('build:many builds each school into its own folder and reports the broken one', () => {
  const schools = join(scratch, 'schools');
  const out = join(scratch, 'sites');
  const shortNames = new Map<string, string>();
  for (const [folder, seed] of [
    ['a-school', 11],
    ['b-school', 12],
    ['c-broken', 13],
  ] as const) {
    const files = generateSchool({ seed, size: 'small' });
    writeSchool(files, join(schools, folder));
    shortNames.set(folder, /^shortName: (.+)$/m.exec(files.get('school.yaml')!)![1]!.replace(/^["']|["']$/g, ''));
  }
  writeFileSync(join(schools, 'c-broken', 'school.yaml'), 'name: [\n');

  const run = spawnSync('npm', ['run', 'build:many', '--', '--schools', schools, '--out', out, '--jobs', '1'], {
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-11-22' },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(1);
  expect(output).toMatch(/✓ a-school: собрана/);
  expect(output).toMatch(/✓ b-school: собрана/);
  expect(output).toMatch(/✗ c-broken: не собрана/);
  expect(output).toContain('school.yaml:1');
  expect(output).toMatch(/Школ: 3; собрано 2, с ошибками 1/);
  for (const folder of ['a-school', 'b-school']) {
    const home = readFileSync(join(out, folder, 'index.html'), 'utf8');
    expect(home, folder).toContain(shortNames.get(folder)!.replaceAll('"', '&quot;'));
    expect(existsSync(join(out, folder, 'pagefind', 'pagefind-entry.json')), folder).toBe(true);
  }
  expect(existsSync(join(out, 'c-broken', 'index.html'))).toBe(false);
}, 180_000);
