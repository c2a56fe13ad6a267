/**
 * `npm run publish -- TARGET` as a person or a CI job runs it: bad input gets one Russian message and
 * exit code 1, never a stack trace; a good run publishes the built site from OUT_DIR.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expectedTree, readTree, removeTempFolders, SITE_V1, tempFolder, writeSite } from '../helpers/fake-site.ts';

afterAll(removeTempFolders);

const ROOT = resolve(import.meta.dirname, '..', '..');
const STACK_LINE = /^\s{2,}at .+/m;
const dist = writeSite(SITE_V1);
/** Without the CI's or the developer's own secrets. */
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(SFTP_|AWS_|S3_|SSH_AUTH_SOCK)/.test(name)));

function publish(args: string[], env: Record<string, string> = {}): { status: number | null; out: string } {
  const result = spawnSync('npm', ['run', '-s', 'publish', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...CLEAN_ENV, OUT_DIR: dist, ...env },
    timeout: 60_000,
  });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

function expectRefused(result: { status: number | null; out: string }, message: string): void {
  expect(result.status, result.out).toBe(1);
  expect(result.out).toContain(`Не опубликовано. ${message}`);
  expect(result.out).not.toMatch(STACK_LINE);
  expect(result.out).not.toMatch(/TypeError|ReferenceError|ERR_|Внутренняя ошибка/);
}

describe('npm run publish', () => {
  test('publishes the built site (OUT_DIR) to a folder', () => {
    const live = join(tempFolder(), 'www');
    const result = publish([live]);
    expect(result.status, result.out).toBe(0);
    expect(result.out).toContain(`Опубликовано. Веб-сервер должен показывать папку ${live}.`);
    expect(readTree(live)).toEqual(expectedTree(SITE_V1));
  });

  test('no target, two targets, an unknown option: usage in Russian', () => {
    for (const args of [[], ['a', 'b'], ['--force', 'a']]) {
      const result = publish(args);
      expect(result.status).toBe(1);
      expect(result.out).toContain('Использование: npm run publish -- КУДА [--dry-run]');
      expect(result.out).not.toMatch(STACK_LINE);
    }
  });

  test('an unknown kind of address', () => {
    expectRefused(publish(['ftp://school.ru/www']), 'Неизвестный вид адреса «ftp:» в «ftp://school.ru/www».');
  });

  test('a password in the address is refused', () => {
    expectRefused(publish(['sftp://teacher:secret@school.ru/www']), 'Пароль в адресе не принимается');
  });

  test('SFTP without a password or key', () => {
    expectRefused(publish(['sftp://teacher@school.ru/www']), 'Для SFTP не задан ни пароль, ни ключ.');
  });

  test('an unreachable SFTP server', () => {
    expectRefused(
      publish(['sftp://teacher@127.0.0.1:9/www'], { SFTP_PASSWORD: 'x' }),
      'Сервер 127.0.0.1:9 не принимает соединения. Проверьте адрес и порт.',
    );
  });

  test('S3 without keys, and an unreachable endpoint', () => {
    expectRefused(
      publish(['s3://school-site']),
      'Для публикации в S3 не заданы переменные окружения: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.',
    );
    expectRefused(
      publish(['s3://school-site'], { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', S3_ENDPOINT: 'http://127.0.0.1:9' }),
      'Хранилище http://127.0.0.1:9 недоступно (ECONNREFUSED). Проверьте S3_ENDPOINT и доступ к сети.',
    );
  });

  test('no built site yet', () => {
    const empty = tempFolder();
    const result = spawnSync('npm', ['run', '-s', 'publish', '--', join(empty, 'www')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...CLEAN_ENV, OUT_DIR: join(empty, 'dist') },
    });
    expectRefused(
      { status: result.status, out: result.stdout + result.stderr },
      `В ${join(empty, 'dist')} нет собранного сайта (нет index.html). Сначала выполните npm run build.`,
    );
  });
});
