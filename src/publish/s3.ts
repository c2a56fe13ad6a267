/**
 * Publishing to S3-compatible storage (Yandex Object Storage, VK Cloud, Selectel, MinIO, AWS) that
 * serves the bucket as a static website.
 *
 * S3 has no folders to swap and no way to change many objects at once, so "switch over" here means an
 * order of uploads in which every page a visitor opens stays whole:
 *   1. files with a content hash in their name (`_astro/…`, Pagefind's index pieces) — new names that
 *      no live page refers to yet;
 *   2. other non-HTML files (pictures, calendars, Pagefind's entry file);
 *   3. HTML pages, which start referring to the new files (all already there);
 *   4. only then stale objects are deleted — old pages still being read found their files until now.
 * During step 3 one page may already be new while another is still old; each is complete in itself.
 * A failure before step 3 leaves every page as it was (with new, unused objects beside them that the
 * next publication reuses or deletes); a failure during step 3 leaves some pages new, some old, all
 * working; nothing is deleted before every page is uploaded. That is weaker than the folder and SFTP
 * swap, where all pages switch at once; it is what S3 allows without a proxy in front.
 *
 * What is live is read from the bucket itself: the ETag S3 returns for an object uploaded in one piece
 * is its MD5, compared with the built file's. Objects uploaded in parts or encrypted with KMS have
 * other ETags and are simply sent again.
 *
 * Settings from the environment: S3_ENDPOINT (Yandex: https://storage.yandexcloud.net), S3_REGION
 * (default ru-central1), AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE=1 for servers
 * that want `endpoint/bucket/key` addresses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { contentType, lookup } from 'mime-types';
import { errorText, PublishError } from './errors.ts';
import type { Manifest, ManifestEntry, Plan } from './manifest.ts';
import { runPool } from './pool.ts';
import type { Publisher, PublishOptions } from './publisher.ts';
import type { Target } from './target.ts';

type S3Target = Extract<Target, { kind: 's3' }>;
type Env = Record<string, string | undefined>;

const PARALLEL_UPLOADS = 8;
/** Names that change whenever the content does (Astro's bundles, Pagefind's index pieces). */
const HASHED = /^_astro\/|^pagefind\/(index|fragment|filter)\/|^pagefind\/wasm\.[^/]+\.pagefind$/;

/** 1 hashed, 2 other non-HTML, 3 HTML — the order of upload (see the file's comment). */
export function uploadPhase(path: string): 1 | 2 | 3 {
  if (HASHED.test(path)) return 1;
  return /\.html?$/i.test(path) ? 3 : 2;
}

/** Hashed files never change under their name; everything else is checked again on each visit. */
export function cacheControlFor(path: string): string {
  return path.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** `text/html; charset=utf-8` and the like, by the file's extension. */
export function contentTypeOf(path: string): string {
  const type = lookup(path);
  return type ? contentType(type) || type : 'application/octet-stream';
}

/** The client's settings from the environment, and how the store is named in messages. */
function settings(env: Env): { config: S3ClientConfig; endpoint: string } {
  const accessKeyId = env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
  const missing = [!accessKeyId && 'AWS_ACCESS_KEY_ID', !secretAccessKey && 'AWS_SECRET_ACCESS_KEY'].filter(Boolean);
  if (missing.length > 0) {
    throw new PublishError(
      `Для публикации в S3 не заданы переменные окружения: ${missing.join(', ')}. Это идентификатор и секрет статического ключа доступа (в Yandex Cloud — у сервисного аккаунта). Адрес хранилища задайте в S3_ENDPOINT, например https://storage.yandexcloud.net.`,
    );
  }
  const endpoint = env['S3_ENDPOINT'];
  if (endpoint && !/^https?:\/\//.test(endpoint))
    throw new PublishError(`S3_ENDPOINT должен начинаться с https:// — сейчас «${endpoint}».`);
  return {
    endpoint: endpoint || 'AWS S3',
    config: {
      ...(endpoint ? { endpoint } : {}),
      region: env['S3_REGION'] || env['AWS_REGION'] || 'ru-central1',
      forcePathStyle: /^(1|true|yes)$/i.test(env['S3_FORCE_PATH_STYLE'] ?? ''),
      credentials: { accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey! },
      // Many S3-compatible stores reject the SDK's newer default checksums; send them only where S3 requires.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    },
  };
}

/** A Russian message for what the SDK or the network said. */
function storageProblem(error: unknown, target: S3Target, endpoint: string): PublishError {
  const name = (error as { name?: string }).name ?? '';
  const code = (error as { code?: string }).code ?? '';
  const text = errorText(error);
  if (name === 'NoSuchBucket') return new PublishError(`Корзины «${target.bucket}» нет в хранилище ${endpoint}. Проверьте имя корзины.`);
  if (name === 'InvalidAccessKeyId' || name === 'SignatureDoesNotMatch')
    return new PublishError(`Хранилище ${endpoint} не приняло ключ: проверьте AWS_ACCESS_KEY_ID и AWS_SECRET_ACCESS_KEY.`);
  if (name === 'AccessDenied' || name === 'Forbidden')
    return new PublishError(
      `Хранилище ${endpoint} отказало в доступе к корзине «${target.bucket}»: у ключа нет прав на запись (в Yandex Cloud нужна роль storage.editor).`,
    );
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ECONNRESET/.test(code + name + text))
    return new PublishError(`Хранилище ${endpoint} недоступно (${code || name || text}). Проверьте S3_ENDPOINT и доступ к сети.`);
  return new PublishError(
    `Публикация в ${endpoint} прервана: ${name && name !== 'Error' ? `${name}: ` : ''}${text}. Страницы, которые ещё не отправлены, остались прежними, ничего не удалено; запустите публикацию ещё раз.`,
  );
}

export function s3Publisher(target: S3Target, env: Env): Publisher {
  const { config, endpoint } = settings(env);
  const client = new S3Client(config);
  const keyOf = (path: string): string => target.prefix + path;
  const guard = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw error instanceof PublishError ? error : storageProblem(error, target, endpoint);
    }
  };

  return {
    readLive: () =>
      guard(async () => {
        const live: Manifest = new Map();
        let token: string | undefined;
        do {
          const page = await client.send(
            new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, ContinuationToken: token }),
          );
          for (const object of page.Contents ?? []) {
            const path = object.Key!.slice(target.prefix.length);
            if (path === '' || path.endsWith('/')) continue;
            live.set(path, { path, size: object.Size ?? -1, md5: (object.ETag ?? '').replace(/"/g, '').toLowerCase() });
          }
          token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        return live;
      }),

    publish: (_local: Manifest, plan: Plan, { siteDir, onStep }: PublishOptions) =>
      guard(async () => {
        const sending = [...plan.added, ...plan.changed];
        for (const phase of [1, 2, 3] as const) {
          await runPool(
            sending.filter((entry) => uploadPhase(entry.path) === phase),
            PARALLEL_UPLOADS,
            async ({ path }: ManifestEntry) => {
              onStep?.({ action: 'send', path });
              await client.send(
                new PutObjectCommand({
                  Bucket: target.bucket,
                  Key: keyOf(path),
                  Body: readFileSync(join(siteDir, path)),
                  ContentType: contentTypeOf(path),
                  CacheControl: cacheControlFor(path),
                }),
              );
            },
          );
        }
        // One DeleteObject per stale key rather than a DeleteObjects batch: the batch needs a
        // Content-MD5 header on many S3-compatible stores, which the SDK no longer sends
        // (aws/aws-sdk-js-v3#6920); a publication removes few objects (renamed assets, gone pages).
        await runPool(plan.removed, PARALLEL_UPLOADS, async ({ path }: ManifestEntry) => {
          onStep?.({ action: 'remove', path });
          await client.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: keyOf(path) }));
        });
      }),

    servedFrom: () =>
      `Корзина «${target.bucket}» должна раздаваться как статический сайт${target.prefix ? ` из ${target.prefix}` : ''} (в Yandex Cloud: «Веб-сайт» → «Хостинг», главная страница index.html, страница ошибки 404.html).`,
    close: async () => client.destroy(),
  };
}
