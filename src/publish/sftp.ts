/**
 * Publishing over SFTP. On the server, in the folder PATH of the address:
 *
 *   PATH/releases/20261130-101500-123/   one folder per publication
 *   PATH/releases/20261130-101500-123.manifest.json   its file list (written last: a release without
 *                                        one is unfinished and is cleared away next time)
 *   PATH/current -> releases/20261130-101500-123   the live site; the web server's root is PATH/current
 *
 * A publication uploads changed files into a new release folder, hard-links unchanged ones from the
 * live release (the OpenSSH `hardlink@openssh.com` extension; uploaded when the server lacks it),
 * writes the manifest, and then replaces the `current` link in one rename (`posix-rename@openssh.com`).
 * Until that rename visitors see the old release whole; after it, the new one whole. The previous
 * release is kept for going back by hand (point `current` at it); older ones are deleted.
 *
 * Secrets come only from the environment: SFTP_PASSWORD, or a key in SFTP_PRIVATE_KEY (its text, as a
 * CI secret) or SFTP_PRIVATE_KEY_PATH (a file), with SFTP_PASSPHRASE if the key has one, or a running
 * ssh-agent (SSH_AUTH_SOCK). SFTP_HOST_FINGERPRINT (`SHA256:…` as `ssh-keygen -lf` prints it) pins the
 * server's key.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import type { SFTPWrapper } from 'ssh2';
import { errorText, PublishError } from './errors.ts';
import { manifestFromJson, manifestToJson, type Manifest, type Plan } from './manifest.ts';
import { runPool } from './pool.ts';
import type { Publisher, PublishOptions } from './publisher.ts';
import type { Target } from './target.ts';

type SftpTarget = Extract<Target, { kind: 'sftp' }>;
type Env = Record<string, string | undefined>;

/** Release folder names this tool makes (and so may delete). */
const RELEASE = /^\d{8}-\d{6}-\d+$/;
const PARALLEL_UPLOADS = 8;

function releaseId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}-${process.pid}`;
}

/** All folders that hold the given files, parents before children. */
export function foldersOf(paths: string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let dir = posix.dirname(path); dir !== '.' && !folders.has(dir); dir = posix.dirname(dir)) folders.add(dir);
  }
  return [...folders].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}

/** `SHA256:base64` without padding, the way OpenSSH prints a host key's fingerprint. */
export function fingerprintOf(hostKey: Buffer): string {
  return `SHA256:${createHash('sha256').update(hostKey).digest('base64').replace(/=+$/, '')}`;
}

function credentials(env: Env): {
  password?: string | undefined;
  privateKey?: string | undefined;
  passphrase?: string | undefined;
  agent?: string | undefined;
} {
  const keyPath = env['SFTP_PRIVATE_KEY_PATH'];
  if (keyPath && !existsSync(keyPath)) throw new PublishError(`Файл ключа из SFTP_PRIVATE_KEY_PATH не найден: ${keyPath}`);
  const privateKey = env['SFTP_PRIVATE_KEY'] || (keyPath ? readFileSync(keyPath, 'utf8') : undefined);
  const password = env['SFTP_PASSWORD'] || undefined;
  const agent = env['SSH_AUTH_SOCK'] || undefined;
  if (!privateKey && !password && !agent) {
    throw new PublishError(
      'Для SFTP не задан ни пароль, ни ключ. Задайте переменную окружения SFTP_PASSWORD, или SFTP_PRIVATE_KEY (текст ключа, например секрет CI), или SFTP_PRIVATE_KEY_PATH (путь к файлу ключа).',
    );
  }
  return { password, privateKey, passphrase: env['SFTP_PASSPHRASE'] || undefined, agent };
}

/** A Russian message for a failed connection, from the codes and words ssh2 uses. */
function connectionProblem(error: unknown, target: SftpTarget, hostKeyMismatch: string | undefined): PublishError {
  const where = `${target.host}:${target.port}`;
  if (hostKeyMismatch) {
    return new PublishError(
      `Ключ сервера ${where} (${hostKeyMismatch}) не совпадает с SFTP_HOST_FINGERPRINT. Соединение прервано: возможно, это чужой сервер. Если ключ сервера сменили законно, обновите SFTP_HOST_FINGERPRINT.`,
    );
  }
  const text = errorText(error);
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(text))
    return new PublishError(`Сервер ${where} не принимает соединения. Проверьте адрес и порт.`);
  if (/ENOTFOUND|EAI_AGAIN/.test(code + text)) return new PublishError(`Сервер ${target.host} не найден. Проверьте адрес.`);
  if (/ETIMEDOUT|Timed out|EHOSTUNREACH|ENETUNREACH/.test(code + text))
    return new PublishError(`Сервер ${where} не отвечает. Проверьте адрес, порт и доступ к сети.`);
  if (/authentication methods failed|auth/i.test(text))
    return new PublishError(`Сервер ${where} не принял пользователя ${target.user}: неверный пароль или ключ.`);
  return new PublishError(`Не удалось подключиться к ${where}: ${text}`);
}

/** ssh2's callback API for what ssh2-sftp-client does not wrap (links and the OpenSSH extensions). */
function call(action: (done: (error?: Error | null, value?: string) => void) => void): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    try {
      action((error, value) => (error ? reject(error) : resolve(value)));
    } catch (error) {
      reject(error);
    }
  });
}

export function sftpPublisher(target: SftpTarget, env: Env): Publisher {
  const quiet = { error: () => {}, end: () => {}, close: () => {} };
  const client = new SftpClient('publish', quiet);
  let raw: SFTPWrapper | undefined;
  /** Absolute PATH on the server. */
  let base = target.path;
  /** The live release folder (absolute), if any. */
  let liveRelease: string | undefined;
  let connected = false;

  async function connect(log: (line: string) => void): Promise<SFTPWrapper> {
    if (raw) return raw;
    const secrets = credentials(env);
    const pinned = env['SFTP_HOST_FINGERPRINT']?.trim();
    let seen: string | undefined;
    let mismatch: string | undefined;
    try {
      raw = await client.connect({
        host: target.host,
        port: target.port,
        username: target.user,
        ...secrets,
        readyTimeout: 20_000,
        retries: 0,
        hostVerifier: (key: Buffer) => {
          seen = fingerprintOf(key);
          if (pinned && pinned !== seen) mismatch = seen;
          return !mismatch;
        },
      } as SftpClient.ConnectOptions);
    } catch (error) {
      throw connectionProblem(error, target, mismatch);
    }
    connected = true;
    if (!pinned && seen) log(`Ключ сервера: ${seen}. Чтобы соединяться только с этим сервером, задайте SFTP_HOST_FINGERPRINT=${seen}`);
    if (!base.startsWith('/')) base = posix.join(await client.cwd(), base);
    return raw;
  }

  const currentLink = (): string => posix.join(base, 'current');
  const releasesDir = (): string => posix.join(base, 'releases');

  async function readText(path: string): Promise<string | undefined> {
    if (!(await client.exists(path))) return undefined;
    return String(await client.get(path));
  }

  return {
    async readLive(log): Promise<Manifest> {
      const sftp = await connect(log);
      const link = currentLink();
      const kind = await client.exists(link);
      if (!kind) return new Map();
      const stat = await call((done) => sftp.lstat(link, (error, stats) => done(error, stats?.isSymbolicLink() ? 'link' : 'other')));
      if (stat !== 'link')
        throw new PublishError(
          `${link} на сервере — не символическая ссылка. Эта папка не похожа на место прежней публикации; укажите другой путь или уберите ${link}.`,
        );
      const pointsTo = await call((done) => sftp.readlink(link, done));
      liveRelease = posix.resolve(base, pointsTo ?? '');
      return manifestFromJson((await readText(`${liveRelease}.manifest.json`)) ?? '') ?? new Map();
    },

    async publish(local: Manifest, plan: Plan, { siteDir, onStep, log }: PublishOptions): Promise<void> {
      const sftp = await connect(log);
      const id = releaseId();
      const release = posix.join(releasesDir(), id);
      const unchanged = new Set(plan.unchanged.map((entry) => entry.path));
      let canLink = liveRelease !== undefined;
      try {
        await client.mkdir(release, true);
        // Every folder once, parents first: one request each (a recursive mkdir asks about every level).
        for (const dir of foldersOf([...local.keys()])) await call((done) => sftp.mkdir(posix.join(release, dir), done));
        await runPool([...local.keys()], PARALLEL_UPLOADS, async (path) => {
          const destination = posix.join(release, path);
          if (canLink && unchanged.has(path)) {
            onStep?.({ action: 'keep', path });
            try {
              await call((done) => sftp.ext_openssh_hardlink(posix.join(liveRelease!, path), destination, done));
              return;
            } catch {
              if (canLink) log('Сервер не умеет жёстких ссылок (hardlink@openssh.com): неизменённые файлы тоже будут отправлены.');
              canLink = false;
            }
          }
          onStep?.({ action: 'send', path });
          await client.put(posix.join(siteDir, path), destination);
        });
        for (const entry of plan.removed) onStep?.({ action: 'remove', path: entry.path });
        await client.put(Buffer.from(manifestToJson(local)), `${release}.manifest.json`);
        // The switch: a new link beside `current`, renamed over it in one step.
        const next = posix.join(base, `.current-${id}`);
        await call((done) => sftp.symlink(`releases/${id}`, next, done));
        await client.posixRename(next, currentLink()).catch(async (error: unknown) => {
          await client.delete(next, true);
          throw new Error(`сервер не смог переключить ссылку current (posix-rename@openssh.com): ${errorText(error)}`);
        });
      } catch (error) {
        // The live release is untouched; the new one goes (if the connection is gone, it has no
        // manifest or is not linked, and the next publication clears it away).
        await client.delete(`${release}.manifest.json`, true).catch(() => {});
        await client.rmdir(release, true).catch(() => {});
        const text = errorText(error);
        const reason = /EPIPE|ECONNRESET|ETIMEDOUT|No SFTP connection|Connection lost|not connected/i.test(text)
          ? `соединение с сервером оборвалось (${text})`
          : text;
        throw new PublishError(`Загрузка прервана: ${reason}. Сайт на сервере остался прежним (${currentLink()} не переключён).`);
      }
      // The new site is live; failing to delete old releases only costs disk space.
      await pruneReleases(id).catch((error: unknown) =>
        log(`Старые публикации в ${releasesDir()} удалить не удалось: ${errorText(error)}`),
      );
    },

    servedFrom: () => `Веб-сервер должен показывать ${currentLink()} (символическая ссылка на последнюю публикацию).`,

    async close(): Promise<void> {
      if (connected) await client.end().catch(() => {});
    },
  };

  /** Deletes every release of this tool but the new live one and the one live before it. */
  async function pruneReleases(live: string): Promise<void> {
    const keep = new Set([live, liveRelease ? posix.basename(liveRelease) : live]);
    for (const entry of await client.list(releasesDir())) {
      const release = entry.name.replace(/\.manifest\.json$/, '');
      if (!RELEASE.test(release) || keep.has(release)) continue;
      const path = posix.join(releasesDir(), entry.name);
      await (entry.type === 'd' ? client.rmdir(path, true) : client.delete(path, true)).catch(() => {});
    }
  }
}
