/**
 * Publishing over SFTP to a real OpenSSH server on 127.0.0.1: the release layout with an atomic
 * `current` link, only changed files sent, unchanged ones hard-linked on the server, an upload
 * stopped half-way leaving the live release served, and the host key check.
 */
import { readdirSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishSite } from '../../src/publish/run.ts';
import { expectedTree, readTree, removeTempFolders, SITE_V1, SITE_V2, tempFolder, writeSite } from '../helpers/fake-site.ts';
import { hasSshd, MISSING_SSHD_MESSAGE, startSshd, type RunningSshd } from '../helpers/sshd.ts';

if (!hasSshd) console.warn(MISSING_SSHD_MESSAGE);
// In CI a missing server is a failure, not a skip (.ci/run installs it).
test.runIf(process.env['CI'])('OpenSSH server is installed for the SFTP tests', () => expect(hasSshd, MISSING_SSHD_MESSAGE).toBe(true));

describe.runIf(hasSshd)('publishing over SFTP', () => {
  let sshd: RunningSshd;
  const quiet = (): void => {};

  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => {
    await sshd?.stop();
    removeTempFolders();
  });

  const publish = (
    dist: string,
    root: string,
    extra: { env?: Record<string, string>; dryRun?: boolean; onStep?: () => void; log?: (line: string) => void } = {},
  ) =>
    publishSite({
      target: `sftp://${sshd.user}@127.0.0.1:${sshd.port}${root}`,
      siteDir: dist,
      log: extra.log ?? quiet,
      dryRun: extra.dryRun,
      onStep: extra.onStep,
      env: { SFTP_PRIVATE_KEY_PATH: sshd.clientKeyPath, SFTP_HOST_FINGERPRINT: sshd.hostFingerprint, ...extra.env },
    });
  const releases = (root: string): string[] =>
    readdirSync(join(root, 'releases'))
      .filter((name) => !name.endsWith('.json'))
      .sort();

  test('the site lands in releases/ID and current points at it; current equals dist/', async () => {
    const root = join(tempFolder(), 'school');
    const lines: string[] = [];
    await publish(writeSite(SITE_V1), root, { log: (line) => lines.push(line) });
    const link = readlinkSync(join(root, 'current'));
    expect(link).toMatch(/^releases\/\d{8}-\d{6}-\d+$/);
    expect(readTree(join(root, 'current'))).toEqual(expectedTree(SITE_V1));
    expect(lines.at(-1)).toBe(`Опубликовано. Веб-сервер должен показывать ${root}/current (символическая ссылка на последнюю публикацию).`);
  });

  test('the next publication sends only changed files, links unchanged ones, switches current, keeps one previous release', async () => {
    const root = join(tempFolder(), 'school');
    await publish(writeSite(SITE_V1), root);
    const first = readlinkSync(join(root, 'current'));
    const dryLines: string[] = [];
    await publish(writeSite(SITE_V2), root, { dryRun: true, log: (line) => dryLines.push(line) });
    expect(readlinkSync(join(root, 'current'))).toBe(first);
    expect(dryLines.filter((line) => /^[+~-] /.test(line)).sort()).toEqual([
      '+ _astro/app.C3d4.css',
      '+ timetable/5b/index.html',
      '- _astro/app.A1b2.css',
      '- timetable/5a/index.html',
      '~ index.html',
    ]);

    const result = await publish(writeSite(SITE_V2), root);
    const second = readlinkSync(join(root, 'current'));
    expect(second).not.toBe(first);
    expect(readTree(join(root, 'current'))).toEqual(expectedTree(SITE_V2));
    expect(
      result.steps
        .filter((step) => step.action === 'send')
        .map((step) => step.path)
        .sort(),
    ).toEqual(['_astro/app.C3d4.css', 'index.html', 'timetable/5b/index.html']);
    // Unchanged files are hard links to the previous release's (hardlink@openssh.com), not uploads.
    const pdf = 'documents/Положение о ДО.pdf';
    expect(statSync(join(root, second, pdf)).ino).toBe(statSync(join(root, first, pdf)).ino);
    // The previous release stays whole for going back.
    expect(readTree(join(root, first))).toEqual(expectedTree(SITE_V1));

    await publish(writeSite(SITE_V1), root);
    const third = readlinkSync(join(root, 'current'));
    expect(releases(root)).toEqual([second, third].map((path) => path.replace('releases/', '')).sort());
  });

  test('an upload stopped half-way leaves current on the previous release, whole, and clears the unfinished one', async () => {
    const root = join(tempFolder(), 'school');
    await publish(writeSite(SITE_V1), root);
    const live = readlinkSync(join(root, 'current'));
    let steps = 0;
    const stop = (): void => {
      if (++steps === 4) throw new Error('обрыв связи');
    };
    await expect(publish(writeSite(SITE_V2), root, { onStep: stop })).rejects.toThrow(
      `Загрузка прервана: обрыв связи. Сайт на сервере остался прежним (${root}/current не переключён).`,
    );
    expect(readlinkSync(join(root, 'current'))).toBe(live);
    expect(readTree(join(root, 'current'))).toEqual(expectedTree(SITE_V1));
    expect(releases(root)).toEqual([live.replace('releases/', '')]);
  });

  test('a connection killed half-way (the session process on the server dies) leaves current as it was; the next publication finishes and clears the remains', async () => {
    const root = join(tempFolder(), 'school');
    await publish(writeSite(SITE_V1), root);
    const live = readlinkSync(join(root, 'current'));
    let steps = 0;
    let killed = 0;
    const kill = (): void => {
      if (++steps === 3) killed = sshd.killSessions();
    };
    await expect(publish(writeSite(SITE_V2), root, { onStep: kill })).rejects.toThrow(
      /^Загрузка прервана: соединение с сервером оборвалось \(.+\)\. Сайт на сервере остался прежним/,
    );
    expect(killed).toBeGreaterThan(0);
    expect(readlinkSync(join(root, 'current'))).toBe(live);
    expect(readTree(join(root, 'current'))).toEqual(expectedTree(SITE_V1));
    // The unfinished release may still be there (nobody could delete it): it has no manifest.
    await publish(writeSite(SITE_V2), root);
    const next = readlinkSync(join(root, 'current'));
    expect(readTree(join(root, 'current'))).toEqual(expectedTree(SITE_V2));
    expect(releases(root)).toEqual([live, next].map((path) => path.replace('releases/', '')).sort());
  });

  test('without SFTP_HOST_FINGERPRINT the key of the server is printed the way ssh-keygen prints it, to be pinned', async () => {
    const lines: string[] = [];
    await publish(writeSite(SITE_V1), join(tempFolder(), 'school'), {
      env: { SFTP_HOST_FINGERPRINT: '' },
      log: (line) => lines.push(line),
    });
    expect(lines).toContain(
      `Ключ сервера: ${sshd.hostFingerprint}. Чтобы соединяться только с этим сервером, задайте SFTP_HOST_FINGERPRINT=${sshd.hostFingerprint}`,
    );
  });

  test('a wrong host key fingerprint stops the connection before anything is sent', async () => {
    const root = join(tempFolder(), 'school');
    await expect(
      publish(writeSite(SITE_V1), root, { env: { SFTP_HOST_FINGERPRINT: 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } }),
    ).rejects.toThrow(`Ключ сервера 127.0.0.1:${sshd.port} (${sshd.hostFingerprint}) не совпадает с SFTP_HOST_FINGERPRINT.`);
    expect(() => readdirSync(root)).toThrow();
  });

  test('a key the server does not know is refused in Russian', async () => {
    const other = tempFolder();
    const { execFileSync } = await import('node:child_process');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(other, 'key')]);
    await expect(
      publish(writeSite(SITE_V1), join(other, 'school'), { env: { SFTP_PRIVATE_KEY_PATH: join(other, 'key') } }),
    ).rejects.toThrow(`Сервер 127.0.0.1:${sshd.port} не принял пользователя ${sshd.user}: неверный пароль или ключ.`);
  });
});
