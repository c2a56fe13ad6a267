import { describe, expect, test } from 'vitest';
import { assetsOf, cacheVersion, importsOf, isOfflinePage, pathOfFile } from '../../src/offline/precache.ts';
import { serviceWorkerSource } from '../../src/offline/service-worker.ts';

describe('what the offline app keeps', () => {
  test('the home page, timetables, contacts, guides and the memo; not search or staff', () => {
    for (const path of [
      '',
      'timetable/',
      'timetable/5a/',
      'timetable/bells/',
      'contacts/',
      'guides/',
      'guides/videourok/',
      'memo/',
      'requirements/',
    ])
      expect(isOfflinePage(path), path).toBe(true);
    for (const path of ['search/', 'staff/', 'embed/', 'timetables/', 'contacts-old/']) expect(isOfflinePage(path), path).toBe(false);
    expect(pathOfFile('timetable/5a/index.html')).toBe('timetable/5a/');
    expect(pathOfFile('index.html')).toBe('');
  });

  test("a page's scripts, pictures and icons under the base, not other sites or pages", () => {
    const html =
      '<link rel="icon" href="/distant/favicon.svg"><link rel="canonical" href="/distant/x/"><script type="module" src="/distant/_astro/a.js"></script><img src="/distant/_astro/p.webp" alt=""><img src="https://cdn.example/x.png" alt=""><a href="/distant/y.pdf">y</a>';
    expect(assetsOf(html, '/distant/')).toEqual(['_astro/a.js', '_astro/p.webp', 'favicon.svg']);
    expect(importsOf('import{a as b}from"./hours.B1.js";import "./x.js";const c=import("./lazy.js")', '_astro/a.js')).toEqual([
      '_astro/hours.B1.js',
      '_astro/x.js',
    ]);
  });

  test('the version changes with any byte of any kept file, and not with the order of the list', () => {
    const files = [
      { path: 'a', bytes: 'x' },
      { path: 'b', bytes: 'y' },
    ];
    expect(cacheVersion(files)).toBe(cacheVersion([...files].reverse()));
    expect(cacheVersion(files)).not.toBe(
      cacheVersion([
        { path: 'a', bytes: 'x' },
        { path: 'b', bytes: 'z' },
      ]),
    );
  });

  test("the worker's source carries its base, version and list, and parses as JavaScript", () => {
    const source = serviceWorkerSource({ base: '/distant/', version: 'abc', files: ['', 'timetable/5a/'] });
    expect(source).toContain('"cache":"school-offline-abc"');
    expect(() => new Function(source)).not.toThrow();
  });
});
