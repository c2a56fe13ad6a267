/**
 * The TARGET of `npm run publish -- TARGET`: a folder, `zip:FILE`, `sftp://user@host[:port]/path` or
 * `s3://bucket/prefix`. Secrets never come from here: a password in the address is refused, keys come
 * from environment variables (see sftp.ts and s3.ts).
 */
import { resolve } from 'node:path';
import { PublishError } from './errors.ts';

export type Target =
  | { kind: 'folder'; path: string }
  | { kind: 'zip'; file: string }
  | { kind: 'sftp'; user: string; host: string; port: number; path: string }
  | { kind: 's3'; bucket: string; prefix: string };

export const TARGET_HELP = `Куда публиковать:
  ПАПКА                          папка, которую показывает веб-сервер (например /var/www/school)
  zip:ФАЙЛ.zip                   архив для загрузки через панель хостинга
  sftp://пользователь@сервер[:порт]/путь   сервер по SFTP; пароль — в SFTP_PASSWORD или ключ — в SFTP_PRIVATE_KEY_PATH
  s3://корзина/префикс            объектное хранилище (Yandex Object Storage и другие S3); ключи — в AWS_ACCESS_KEY_ID и AWS_SECRET_ACCESS_KEY`;

/** `scheme:` at the start; a single letter is a Windows drive (`C:\site`), not a scheme. */
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

export function parseTarget(text: string | undefined): Target {
  const value = (text ?? '').trim();
  if (value === '') throw new PublishError(`Не указано, куда публиковать.\n${TARGET_HELP}`);
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'folder', path: resolve(value) };
  if (scheme === 'zip') {
    const file = value.slice('zip:'.length);
    if (!/\.zip$/i.test(file)) throw new PublishError(`Имя архива должно оканчиваться на .zip: «${value}». Например: zip:school-site.zip`);
    return { kind: 'zip', file: resolve(file) };
  }
  if (scheme === 'sftp') return parseSftp(value);
  if (scheme === 's3') return parseS3(value);
  throw new PublishError(`Неизвестный вид адреса «${scheme}:» в «${value}».\n${TARGET_HELP}`);
}

function parseUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new PublishError(`Адрес «${value}» не разобрать.\n${TARGET_HELP}`);
  }
}

function parseSftp(value: string): Target {
  const url = parseUrl(value);
  if (url.password) {
    throw new PublishError(
      'Пароль в адресе не принимается: он попал бы в историю команд и в журналы CI. Уберите его из адреса и задайте переменную окружения SFTP_PASSWORD (или ключ в SFTP_PRIVATE_KEY_PATH).',
    );
  }
  if (!url.username) throw new PublishError(`В адресе «${value}» нет имени пользователя. Пишите так: sftp://пользователь@сервер/путь`);
  if (!url.hostname) throw new PublishError(`В адресе «${value}» нет сервера. Пишите так: sftp://пользователь@сервер/путь`);
  // `/~/site` is `site` in the user's home folder (hostings often give no absolute path).
  const path = decodeURIComponent(url.pathname)
    .replace(/\/+$/, '')
    .replace(/^\/~(\/|$)/, '');
  if (path === '' || path === '/')
    throw new PublishError(`В адресе «${value}» нет пути на сервере. Пишите так: sftp://пользователь@сервер/home/school/site`);
  return {
    kind: 'sftp',
    user: decodeURIComponent(url.username),
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : 22,
    path,
  };
}

function parseS3(value: string): Target {
  const url = parseUrl(value);
  if (url.username || url.password)
    throw new PublishError('Ключи в адресе не принимаются: задайте их в AWS_ACCESS_KEY_ID и AWS_SECRET_ACCESS_KEY.');
  if (!url.hostname) throw new PublishError(`В адресе «${value}» нет имени корзины. Пишите так: s3://корзина/префикс`);
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  return { kind: 's3', bucket: url.hostname, prefix: prefix === '' ? '' : `${prefix}/` };
}

/** How a target is named in messages. */
export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'folder':
      return `папка ${target.path}`;
    case 'zip':
      return `архив ${target.file}`;
    case 'sftp':
      return `sftp://${target.user}@${target.host}:${target.port}${target.path}`;
    case 's3':
      return `s3://${target.bucket}/${target.prefix}`;
  }
}
