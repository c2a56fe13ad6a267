/**
 * Publishing to S3 against a real S3-compatible server on 127.0.0.1 (s3rver from npm: a real HTTP
 * S3 API storing objects on disk; it checks the access key id but not SigV4 signatures). Read back through the SDK: objects equal dist/, content
 * types and cache headers set, only changed files sent, pages uploaded after their assets and stale
 * objects deleted last, and an upload stopped half-way leaves every live page as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishSite } from '../../src/publish/run.ts';
import type { PublishStep } from '../../src/publish/publisher.ts';
import { uploadPhase } from '../../src/publish/s3.ts';
import { expectedTree, removeTempFolders, SITE_V1, SITE_V2, writeSite } from '../helpers/fake-site.ts';

const BUCKET = 'school';
/** s3rver's built-in account. */
const KEYS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

let server: S3rver;
let endpoint: string;
let client: S3Client;
const storage = mkdtempSync(join(tmpdir(), 's3rver-'));

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: storage,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
  client = new S3Client({
    endpoint,
    region: 'ru-central1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  client?.destroy();
  await server?.close();
  rmSync(storage, { recursive: true, force: true });
  removeTempFolders();
});

const quiet = (): void => {};
const env = (extra: Record<string, string> = {}) => ({ ...KEYS, S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: '1', ...extra });

/** Every object under `prefix`, read back through the SDK, as path → content (latin1). */
async function bucketTree(prefix: string): Promise<Record<string, string>> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  const tree: Record<string, string> = {};
  for (const object of listed.Contents ?? []) {
    const body = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: object.Key! }));
    tree[object.Key!.slice(prefix.length)] = Buffer.from(await body.Body!.transformToByteArray()).toString('latin1');
  }
  return tree;
}

describe('publishing to S3-compatible storage', () => {
  test('the objects under the prefix equal dist/, with content types and cache headers', async () => {
    await publishSite({ target: `s3://${BUCKET}/first`, siteDir: writeSite(SITE_V1), env: env(), log: quiet });
    expect(await bucketTree('first/')).toEqual(expectedTree(SITE_V1));
    const page = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'first/timetable/index.html' }));
    expect(page.ContentType).toBe('text/html; charset=utf-8');
    expect(page.CacheControl).toBe('no-cache');
    const css = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'first/_astro/app.A1b2.css' }));
    expect(css.ContentType).toMatch(/^text\/css/);
    expect(css.CacheControl).toBe('public, max-age=31536000, immutable');
  });

  test('the next publication sends only changed files, pages after assets, and deletes stale objects last', async () => {
    await publishSite({ target: `s3://${BUCKET}/second/`, siteDir: writeSite(SITE_V1), env: env(), log: quiet });
    const dry: string[] = [];
    await publishSite({
      target: `s3://${BUCKET}/second/`,
      siteDir: writeSite(SITE_V2),
      env: env(),
      dryRun: true,
      log: (line) => dry.push(line),
    });
    expect(await bucketTree('second/')).toEqual(expectedTree(SITE_V1));
    expect(dry.filter((line) => /^[+~-] /.test(line)).sort()).toEqual([
      '+ _astro/app.C3d4.css',
      '+ timetable/5b/index.html',
      '- _astro/app.A1b2.css',
      '- timetable/5a/index.html',
      '~ index.html',
    ]);

    const { steps } = await publishSite({ target: `s3://${BUCKET}/second/`, siteDir: writeSite(SITE_V2), env: env(), log: quiet });
    expect(await bucketTree('second/')).toEqual(expectedTree(SITE_V2));
    expect(steps.map((step) => `${step.action} ${step.path}`)).toEqual([
      'send _astro/app.C3d4.css',
      expect.stringMatching(/^send (index|timetable\/5b\/index)\.html$/),
      expect.stringMatching(/^send (index|timetable\/5b\/index)\.html$/),
      expect.stringMatching(/^remove (_astro\/app\.A1b2\.css|timetable\/5a\/index\.html)$/),
      expect.stringMatching(/^remove (_astro\/app\.A1b2\.css|timetable\/5a\/index\.html)$/),
    ]);
    // Other prefixes in the same bucket are not touched.
    expect(await bucketTree('first/')).toEqual(expectedTree(SITE_V1));
  });

  test('an upload stopped at the first page leaves every live page and asset as it was, nothing deleted', async () => {
    await publishSite({ target: `s3://${BUCKET}/third`, siteDir: writeSite(SITE_V1), env: env(), log: quiet });
    const stop = (step: PublishStep): void => {
      if (step.path.endsWith('.html')) throw new Error('обрыв связи');
    };
    await expect(
      publishSite({ target: `s3://${BUCKET}/third`, siteDir: writeSite(SITE_V2), env: env(), onStep: stop, log: quiet }),
    ).rejects.toThrow(
      `Публикация в ${endpoint} прервана: обрыв связи. Страницы, которые ещё не отправлены, остались прежними, ничего не удалено; запустите публикацию ещё раз.`,
    );
    const tree = await bucketTree('third/');
    // The new stylesheet is already there (unused), everything else is version 1.
    expect(tree).toEqual({ ...expectedTree(SITE_V1), '_astro/app.C3d4.css': expectedTree(SITE_V2)['_astro/app.C3d4.css'] });
    // Running again finishes the job.
    await publishSite({ target: `s3://${BUCKET}/third`, siteDir: writeSite(SITE_V2), env: env(), log: quiet });
    expect(await bucketTree('third/')).toEqual(expectedTree(SITE_V2));
  });

  test('requests stay within what older S3-compatible stores accept: no new checksum headers, no batch delete', async () => {
    const requests: { method: string; url: string; headers: Record<string, unknown> }[] = [];
    const record = (request: IncomingMessage): void =>
      void requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    // s3rver keeps its node:http server in `httpServer` (not in its type declarations).
    const http = (server as unknown as { httpServer: Server }).httpServer;
    http.prependListener('request', record);
    try {
      await publishSite({ target: `s3://${BUCKET}/fourth`, siteDir: writeSite(SITE_V1), env: env(), log: quiet });
      await publishSite({ target: `s3://${BUCKET}/fourth`, siteDir: writeSite(SITE_V2), env: env(), log: quiet });
    } finally {
      http.off('request', record);
    }
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.length).toBe(Object.keys(SITE_V1).length + 3);
    for (const request of requests) {
      expect(
        Object.keys(request.headers).filter((name) => name.startsWith('x-amz-checksum') || name === 'x-amz-sdk-checksum-algorithm'),
        request.url,
      ).toEqual([]);
      expect(request.headers['content-encoding'], request.url).not.toBe('aws-chunked');
    }
    expect(requests.filter((request) => request.method === 'POST' && request.url.includes('delete'))).toEqual([]);
    expect(
      requests
        .filter((request) => request.method === 'DELETE')
        .map((request) => decodeURIComponent(request.url.split('?')[0]!))
        .sort(),
    ).toEqual([`/${BUCKET}/fourth/_astro/app.A1b2.css`, `/${BUCKET}/fourth/timetable/5a/index.html`]);
  });

  test('wrong keys and a missing bucket get Russian messages', async () => {
    await expect(
      publishSite({ target: `s3://${BUCKET}/x`, siteDir: writeSite(SITE_V1), env: env({ AWS_ACCESS_KEY_ID: 'WRONG' }), log: quiet }),
    ).rejects.toThrow(`Хранилище ${endpoint} не приняло ключ: проверьте AWS_ACCESS_KEY_ID и AWS_SECRET_ACCESS_KEY.`);
    await expect(publishSite({ target: 's3://no-such-bucket/x', siteDir: writeSite(SITE_V1), env: env(), log: quiet })).rejects.toThrow(
      `Корзины «no-such-bucket» нет в хранилище ${endpoint}. Проверьте имя корзины.`,
    );
  });
});

test('upload phases: hashed assets first, pages last', () => {
  expect(
    [
      '_astro/a.B1.js',
      'pagefind/index/ru_1.pf_index',
      'pagefind/wasm.ru.pagefind',
      'pagefind/pagefind-entry.json',
      'calendar.ics',
      'index.html',
      'a/b/index.html',
    ].map(uploadPhase),
  ).toEqual([1, 1, 1, 2, 2, 3, 3]);
});
