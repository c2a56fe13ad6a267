/**
 * Publishing to a folder and to a zip archive, for real on disk: the result equals the built site,
 * only changed files are written, a dry run changes nothing, and an upload stopped half-way leaves
 * the previous site in place.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { publishSite } from '../../src/publish/run.ts';
import { expectedTree, readTree, removeTempFolders, SITE_V1, SITE_V2, tempFolder, writeSite } from '../helpers/fake-site.ts';

afterAll(removeTempFolders);

const quiet = (): void => {};

describe('publishing to a folder', () => {
  test('the first publication copies the whole site; the folder then equals dist/', async () => {
    const live = join(tempFolder(), 'www');
    const result = await publishSite({ target: live, siteDir: writeSite(SITE_V1), log: quiet });
    expect(readTree(live)).toEqual(expectedTree(SITE_V1));
    expect(result.plan.added).toHaveLength(Object.keys(SITE_V1).length);
  });

  test('the next one writes only what changed and removes what is gone, unchanged files are linked', async () => {
    const live = join(tempFolder(), 'www');
    await publishSite({ target: live, siteDir: writeSite(SITE_V1), log: quiet });
    const keptBefore = statSync(join(live, 'documents/Положение о ДО.pdf')).ino;
    const result = await publishSite({ target: live, siteDir: writeSite(SITE_V2), log: quiet });
    expect(readTree(live)).toEqual(expectedTree(SITE_V2));
    const sent = result.steps
      .filter((step) => step.action === 'send')
      .map((step) => step.path)
      .sort();
    expect(sent).toEqual(['_astro/app.C3d4.css', 'index.html', 'timetable/5b/index.html']);
    expect(
      result.steps
        .filter((step) => step.action === 'remove')
        .map((step) => step.path)
        .sort(),
    ).toEqual(['_astro/app.A1b2.css', 'timetable/5a/index.html']);
    // The unchanged file is the same file on disk (a hard link), not a copy.
    expect(statSync(join(live, 'documents/Положение о ДО.pdf')).ino).toBe(keptBefore);
    // No staging or old copies left beside the live folder.
    expect(readdirSync(join(live, '..'))).toEqual(['www']);
  });

  test('--dry-run lists the changes and writes nothing', async () => {
    const live = join(tempFolder(), 'www');
    await publishSite({ target: live, siteDir: writeSite(SITE_V1), log: quiet });
    const lines: string[] = [];
    await publishSite({ target: live, siteDir: writeSite(SITE_V2), dryRun: true, log: (line) => lines.push(line) });
    expect(readTree(live)).toEqual(expectedTree(SITE_V1));
    expect(lines.filter((line) => /^[+~-] /.test(line)).sort()).toEqual([
      '+ _astro/app.C3d4.css',
      '+ timetable/5b/index.html',
      '- _astro/app.A1b2.css',
      '- timetable/5a/index.html',
      '~ index.html',
    ]);
    expect(lines.at(-1)).toBe(
      'Пробный запуск, ничего не отправлено. Было бы: новых файлов: 2, изменённых: 1, удаляемых: 2, без изменений: 7.',
    );
  });

  test('an upload stopped half-way leaves the previous site whole and no leftovers', async () => {
    const live = join(tempFolder(), 'www');
    await publishSite({ target: live, siteDir: writeSite(SITE_V1), log: quiet });
    let sent = 0;
    const stop = (): void => {
      if (++sent === 3) throw new Error('обрыв связи');
    };
    await expect(publishSite({ target: live, siteDir: writeSite(SITE_V2), log: quiet, onStep: stop })).rejects.toThrow('обрыв связи');
    expect(sent).toBe(3);
    expect(readTree(live)).toEqual(expectedTree(SITE_V1));
    expect(readdirSync(join(live, '..'))).toEqual(['www']);
  });

  test('what a killed publication leaves beside the folder is tidied, and a folder caught between the two renames is restored', async () => {
    const parent = tempFolder();
    const live = join(parent, 'www');
    await publishSite({ target: live, siteDir: writeSite(SITE_V1), log: quiet });
    // Killed while staging: a half-filled hidden copy.
    writeSite({ 'index.html': 'половина' }, join(parent, '.www-new-4242-1700000000000'));
    // Killed between the renames: the live folder moved aside, the new one never put in place.
    renameSync(live, join(parent, '.www-old-4242-1700000000001'));
    const lines: string[] = [];
    await publishSite({ target: live, siteDir: writeSite(SITE_V1), dryRun: true, log: (line) => lines.push(line) });
    expect(readdirSync(parent)).toEqual(['www']);
    expect(readTree(live)).toEqual(expectedTree(SITE_V1));
    expect(lines.at(-1)).toBe(
      'Пробный запуск, ничего не отправлено. Было бы: новых файлов: 0, изменённых: 0, удаляемых: 0, без изменений: 10.',
    );
  });

  test('a folder that is not a site is refused and left untouched', async () => {
    const home = tempFolder();
    writeFileSync(join(home, 'notes.txt'), 'важное');
    mkdirSync(join(home, 'photos'));
    await expect(publishSite({ target: home, siteDir: writeSite(SITE_V1), log: quiet })).rejects.toThrow(
      `Папка ${home} не пуста и не похожа на сайт (в ней нет index.html). Публикация заменила бы её целиком, поэтому она не тронута.`,
    );
    expect(readFileSync(join(home, 'notes.txt'), 'utf8')).toBe('важное');
  });

  test('a file system problem gets a Russian message naming the path, and nothing is touched', async () => {
    // A file where a folder should be (folders without rights cannot be made for root, who runs CI).
    const parent = tempFolder();
    writeFileSync(join(parent, 'www'), 'не папка');
    await expect(publishSite({ target: join(parent, 'www', 'site'), siteDir: writeSite(SITE_V1), log: quiet })).rejects.toThrow(
      `на месте папки лежит файл: ${join(parent, 'www')} (ENOTDIR). Прежняя версия сайта не тронута.`,
    );
    expect(readFileSync(join(parent, 'www'), 'utf8')).toBe('не папка');
  });

  test('publishing into the built site itself is refused', async () => {
    const dist = writeSite(SITE_V1);
    await expect(publishSite({ target: join(dist, 'copy'), siteDir: dist, log: quiet })).rejects.toThrow(
      'не должны быть вложены друг в друга',
    );
  });

  test('a folder without a built site is refused with the command to run', async () => {
    await expect(publishSite({ target: join(tempFolder(), 'www'), siteDir: tempFolder(), log: quiet })).rejects.toThrow(
      'Сначала выполните npm run build.',
    );
  });
});

describe('publishing to a zip archive', () => {
  const unzipTree = (file: string): Record<string, string> =>
    Object.fromEntries(
      Object.entries(unzipSync(readFileSync(file)))
        .filter(([path]) => !path.endsWith('/'))
        .map(([path, data]) => [path, Buffer.from(data).toString('latin1')]),
    );

  test('the archive, read by an independent unzip, holds exactly dist/', async () => {
    const file = join(tempFolder(), 'out', 'school-site.zip');
    await publishSite({ target: `zip:${file}`, siteDir: writeSite(SITE_V1), log: quiet });
    expect(unzipTree(file)).toEqual(expectedTree(SITE_V1));
  });

  test('the same site gives the same archive, byte for byte', async () => {
    const folder = tempFolder();
    const dist = writeSite(SITE_V1);
    await publishSite({ target: `zip:${join(folder, 'a.zip')}`, siteDir: dist, log: quiet });
    await publishSite({ target: `zip:${join(folder, 'b.zip')}`, siteDir: dist, log: quiet });
    expect(readFileSync(join(folder, 'a.zip')).equals(readFileSync(join(folder, 'b.zip')))).toBe(true);
  });

  test('a failed run leaves the previous archive and no partial file', async () => {
    const folder = tempFolder();
    const file = join(folder, 'site.zip');
    await publishSite({ target: `zip:${file}`, siteDir: writeSite(SITE_V1), log: quiet });
    const stop = (step: { path: string }): void => {
      if (step.path === 'index.html') throw new Error('диск переполнен');
    };
    await expect(publishSite({ target: `zip:${file}`, siteDir: writeSite(SITE_V2), log: quiet, onStep: stop })).rejects.toThrow(
      'диск переполнен',
    );
    expect(unzipTree(file)).toEqual(expectedTree(SITE_V1));
    expect(readdirSync(folder)).toEqual(['site.zip']);
    expect(existsSync(file)).toBe(true);
  });
});
