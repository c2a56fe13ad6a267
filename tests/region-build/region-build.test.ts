/**
 * `npm run build:region` on a small generated region: every school's site under the portal, the
 * incremental skip (one changed school is the only one rebuilt), a broken school reported and skipped,
 * and a 3-shard build merged into the same portal as a single build.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildRegionCli, builtRegion, type BuiltRegion } from '../helpers/built-region.ts';

let built: BuiltRegion;
const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'region-build-'));
  made.push(dir);
  return dir;
};
beforeAll(async () => {
  built = await builtRegion();
}, 900_000);
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const schoolIds = (regionDir: string) => readdirSync(join(regionDir, 'schools')).sort();

/** The portal's own files (not the schools' sites, not the build state), path → bytes. */
function portalFiles(outDir: string, schools: readonly string[]): Map<string, string> {
  const skip = new Set([...schools, '.region', '.build', 'pagefind']);
  return new Map(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(outDir.length + 1))
      .filter((path) => !skip.has(path.split('/')[0]!))
      .sort()
      .map((path) => [path, readFileSync(join(outDir, path), 'base64')]),
  );
}

describe('build:region', () => {
  test('every school has its site under the portal, with links under its own path', () => {
    for (const id of schoolIds(built.regionDir)) {
      const home = readFileSync(join(built.outDir, id, 'index.html'), 'utf8');
      expect(home).toContain(`href="/${id}/contacts/"`);
      expect(existsSync(join(built.outDir, id, 'pagefind', 'pagefind.js'))).toBe(true);
    }
    const index = readFileSync(join(built.outDir, 'index.html'), 'utf8');
    for (const id of schoolIds(built.regionDir)) expect(index).toContain(`href="/${id}/"`);
  });

  test('an unchanged school is not rebuilt; a changed one is, and the portal shows the change', async () => {
    const dir = scratch();
    cpSync(built.regionDir, join(dir, 'region'), { recursive: true });
    cpSync(built.outDir, join(dir, 'out'), { recursive: true });
    const again = await buildRegionCli(['--region', join(dir, 'region'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/собрано 0, без изменений 9, с ошибками 0/);

    const changed = schoolIds(built.regionDir)[4]!;
    const file = join(dir, 'region', 'schools', changed, 'school.yaml');
    const text = readFileSync(file, 'utf8');
    const wasActive = /active: true/.test(text);
    writeFileSync(file, text.replace(/active: (true|false)/, `active: ${!wasActive}`));
    const before = readFileSync(join(dir, 'out', 'info.json'), 'utf8');
    const after = await buildRegionCli(['--region', join(dir, 'region'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(after.code, after.output).toBe(0);
    expect(after.output).toMatch(/собрано 1, без изменений 8, с ошибками 0/);
    expect(after.output).toContain(`✓ ${changed}: собрана`);
    const school = (json: string) =>
      (JSON.parse(json) as { schools: { id: string; distanceLearning: { active: boolean } }[] }).schools.find((s) => s.id === changed)!;
    expect(school(before).distanceLearning.active).toBe(wasActive);
    expect(school(readFileSync(join(dir, 'out', 'info.json'), 'utf8')).distanceLearning.active).toBe(!wasActive);
  }, 600_000);

  test('a broken school is reported with file, line and field and skipped; the others and the portal are built', async () => {
    const dir = scratch();
    cpSync(built.regionDir, join(dir, 'region'), { recursive: true });
    cpSync(built.outDir, join(dir, 'out'), { recursive: true });
    const broken = schoolIds(built.regionDir)[0]!;
    rmSync(join(dir, 'out', broken), { recursive: true });
    rmSync(join(dir, 'out', '.region', 'records', `${broken}.json`));
    const file = join(dir, 'region', 'schools', broken, 'school.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/municipality: .*/, 'municipality: kemerovoo'));
    const result = await buildRegionCli(['--region', join(dir, 'region'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`✗ ${broken}: ошибки в содержимом, сайт не собран`);
    expect(result.output).toMatch(new RegExp(`schools/${broken}/school\\.yaml:\\d+:\\d+  municipality  муниципалитета «kemerovoo» нет`));
    expect(result.output).toMatch(/собрано 0, без изменений 8, с ошибками 1/);
    const index = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(index).not.toContain(`href="/${broken}/"`);
    expect(index).toContain('Сайты, не собранные из-за ошибок в содержимом');
  }, 600_000);

  test('a school whose folder is gone leaves the portal and the output', async () => {
    const dir = scratch();
    cpSync(built.regionDir, join(dir, 'region'), { recursive: true });
    cpSync(built.outDir, join(dir, 'out'), { recursive: true });
    const gone = schoolIds(built.regionDir)[2]!;
    rmSync(join(dir, 'region', 'schools', gone), { recursive: true });
    const result = await buildRegionCli(['--region', join(dir, 'region'), '--out', join(dir, 'out')]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`− ${gone}: папки школы больше нет`);
    expect(result.output).toMatch(/Школ: 8; собрано 0, без изменений 8/);
    expect(existsSync(join(dir, 'out', gone))).toBe(false);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).not.toContain(`href="/${gone}/"`);
  }, 120_000);

  test('an error in region.yaml stops the build with its place, and the portal stays as it was', async () => {
    const dir = scratch();
    cpSync(built.regionDir, join(dir, 'region'), { recursive: true });
    cpSync(built.outDir, join(dir, 'out'), { recursive: true });
    const before = readFileSync(join(dir, 'out', 'index.html'));
    const file = join(dir, 'region', 'region.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('target: 50', 'target: пятьдесят'));
    const result = await buildRegionCli(['--region', join(dir, 'region'), '--out', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/region\.yaml:\d+:\d+  target  целевая доля — число процентов/);
    expect(result.output).toContain('Регион не собран');
    expect(readFileSync(join(dir, 'out', 'index.html')).equals(before)).toBe(true);
    const usage = await buildRegionCli(['--region', join(dir, 'region')]);
    expect(usage.code).toBe(2);
    expect(usage.output).toContain('Использование:');
  }, 120_000);

  test('three shards merged give the same portal as a single build', async () => {
    const dir = scratch();
    const parts = [1, 2, 3].map((k) => join(dir, `part-${k}`));
    for (const [index, part] of parts.entries()) {
      const shard = await buildRegionCli(['--region', built.regionDir, '--out', part, '--jobs', '2', '--shard', `${index + 1}/3`]);
      expect(shard.code, shard.output).toBe(0);
      expect(shard.output).toMatch(new RegExp(`Школ: 3, часть ${index + 1} из 3; собрано 3`));
      expect(existsSync(join(part, 'index.html'))).toBe(false);
    }
    const merged = await buildRegionCli(['--merge', ...parts, '--out', join(dir, 'merged')]);
    expect(merged.code, merged.output).toBe(0);
    const ids = schoolIds(built.regionDir);
    const single = portalFiles(built.outDir, ids);
    const fromShards = portalFiles(join(dir, 'merged'), ids);
    expect([...fromShards.keys()]).toEqual([...single.keys()]);
    for (const [path, bytes] of single) expect(fromShards.get(path), path).toBe(bytes);
    for (const id of ids) expect(existsSync(join(dir, 'merged', id, 'index.html')), id).toBe(true);
  }, 900_000);
});
