/** The TARGET of `npm run publish` and the plan of changes, without touching any disk or network. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planChanges, type Manifest } from '../../src/publish/manifest.ts';
import { planLines, planSummary } from '../../src/publish/run.ts';
import { cacheControlFor, contentTypeOf } from '../../src/publish/s3.ts';
import { foldersOf } from '../../src/publish/sftp.ts';
import { parseTarget } from '../../src/publish/target.ts';

describe('parseTarget', () => {
  test('each kind of address', () => {
    expect(parseTarget('/var/www/school')).toEqual({ kind: 'folder', path: '/var/www/school' });
    expect(parseTarget('public_html')).toEqual({ kind: 'folder', path: resolve('public_html') });
    expect(parseTarget('C:\\site')).toMatchObject({ kind: 'folder' });
    expect(parseTarget('zip:out/school.zip')).toEqual({ kind: 'zip', file: resolve('out/school.zip') });
    expect(parseTarget('sftp://teacher@school.ru/var/www/school/')).toEqual({
      kind: 'sftp',
      user: 'teacher',
      host: 'school.ru',
      port: 22,
      path: '/var/www/school',
    });
    expect(parseTarget('sftp://u@[::1]:2222/~/site')).toEqual({ kind: 'sftp', user: 'u', host: '::1', port: 2222, path: 'site' });
    expect(parseTarget('s3://school-site')).toEqual({ kind: 's3', bucket: 'school-site', prefix: '' });
    expect(parseTarget('s3://school-site/distant/')).toEqual({ kind: 's3', bucket: 'school-site', prefix: 'distant/' });
  });

  test.each([
    ['', 'Не указано, куда публиковать.'],
    ['ftp://school.ru/www', 'Неизвестный вид адреса «ftp:» в «ftp://school.ru/www».'],
    ['zip:site.tar', 'Имя архива должно оканчиваться на .zip: «zip:site.tar». Например: zip:school-site.zip'],
    ['sftp://u:p@h/x', 'Пароль в адресе не принимается'],
    ['sftp://school.ru/www', 'В адресе «sftp://school.ru/www» нет имени пользователя.'],
    ['sftp://u@school.ru', 'В адресе «sftp://u@school.ru» нет пути на сервере.'],
    ['s3://key:secret@bucket/x', 'Ключи в адресе не принимаются'],
  ])('%j is refused: %s', (text, message) => {
    expect(() => parseTarget(text)).toThrow(message);
  });
});

describe('planChanges', () => {
  const manifest = (entries: [string, string][]): Manifest => new Map(entries.map(([path, md5]) => [path, { path, md5, size: 1 }]));

  test('new, changed, unchanged and removed files, and how they are listed', () => {
    const plan = planChanges(
      manifest([
        ['a.html', '1'],
        ['b.css', '2'],
        ['c.png', '3'],
      ]),
      manifest([
        ['a.html', '1'],
        ['b.css', 'x'],
        ['old.html', '4'],
      ]),
    );
    expect(plan.added.map((entry) => entry.path)).toEqual(['c.png']);
    expect(plan.changed.map((entry) => entry.path)).toEqual(['b.css']);
    expect(plan.unchanged.map((entry) => entry.path)).toEqual(['a.html']);
    expect(plan.removed.map((entry) => entry.path)).toEqual(['old.html']);
    expect(planLines(plan)).toEqual(['+ c.png', '~ b.css', '- old.html']);
    expect(planSummary(plan)).toBe('новых файлов: 1, изменённых: 1, удаляемых: 1, без изменений: 1');
  });
});

test('hashed assets are cached for a year, everything else is revalidated', () => {
  expect(cacheControlFor('_astro/index.B1x2.css')).toBe('public, max-age=31536000, immutable');
  expect(cacheControlFor('index.html')).toBe('no-cache');
  expect(cacheControlFor('pagefind/pagefind.js')).toBe('no-cache');
});

test('folders to create on the server: every ancestor once, parents first', () => {
  expect(foldersOf(['index.html', 'a/b/c/x.html', 'a/y.css', 'd/z.js', 'a/b/w.png'])).toEqual(['a', 'd', 'a/b', 'a/b/c']);
});

test('content types by extension, with the charset for text, whatever the folder and file names', () => {
  expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeOf('documents/Положение о ДО.pdf')).toBe('application/pdf');
  expect(contentTypeOf('calendar/class-5a.ics')).toBe('text/calendar; charset=utf-8');
  expect(contentTypeOf('pagefind/wasm.ru.pagefind')).toBe('application/octet-stream');
});
