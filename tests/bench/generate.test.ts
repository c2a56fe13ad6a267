/**
 * The synthetic-school generator: deterministic, seed-dependent, and its content passes the checker.
 * The large school's check is in generate-large.test.ts (site project): it writes and checks 883 files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateSchool } from '../../scripts/bench/generate.ts';
import { expectPassesChecker, removeWritten, written } from './generated-school.ts';

afterAll(removeWritten);

/** Every file under a folder with its bytes, by relative path. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [file.slice(dir.length + 1), readFileSync(file, 'base64')]),
  );
}

describe('generateSchool', () => {
  test('the same seed writes byte-identical files', () => {
    // Generated twice the same, and written as generated, so two writes are byte-identical.
    const first = generateSchool({ seed: 7, size: 'medium' });
    const second = generateSchool({ seed: 7, size: 'medium' });
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, text] of first) expect(second.get(file), file).toBe(text);
    const onDisk = snapshot(written(7, 'medium'));
    expect([...onDisk.keys()]).toEqual([...first.keys()].sort());
    for (const [file, text] of first) expect(onDisk.get(file), file).toBe(Buffer.from(text).toString('base64'));
  });

  test('a different seed gives a different school', () => {
    const one = generateSchool({ seed: 1, size: 'small' });
    const two = generateSchool({ seed: 2, size: 'small' });
    expect(two.get('school.yaml')).not.toBe(one.get('school.yaml'));
    const changed = [...one].filter(([path, text]) => two.get(path) !== text);
    expect(changed.length).toBeGreaterThan(one.size / 2);
  });

  test('the small school passes the checker with no errors', () => {
    expectPassesChecker('small');
  });

  test('the huge size has at least 1,000 content files, for timing the checker', () => {
    expect(generateSchool({ seed: 1, size: 'huge' }).size).toBeGreaterThanOrEqual(1000);
  });
});
