/** The site's internal addresses: each names a page that exists, and links are built the same way everywhere. */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  calendarPath,
  classChangesPath,
  classTimetablePath,
  contactCardPath,
  freePagePath,
  guidePath,
  paths,
  staffPath,
} from '../../src/site/routes.ts';
import { withBase } from '../../src/site/urls.ts';

/** The src/pages file that builds a site path: `timetable/` → timetable/index.astro or timetable.astro. */
function pageSources(path: string): string[] {
  const clean = path.split(/[#?]/)[0]!.replace(/\/$/, '');
  if (clean === '') return ['src/pages/index.astro'];
  if (/\.[a-z]+$/.test(clean)) return [`src/pages/${clean}.ts`];
  return [`src/pages/${clean}.astro`, `src/pages/${clean}/index.astro`];
}

describe('paths', () => {
  test.each(Object.entries(paths))('%s (%s) is built by a page in src/pages', (_name, path) => {
    expect(
      pageSources(path).some((file) => existsSync(file)),
      pageSources(path).join(' or '),
    ).toBe(true);
  });

  test('pages with an id in their address have their dynamic page', () => {
    expect(classTimetablePath('5a')).toBe('timetable/5a/');
    expect(existsSync('src/pages/timetable/[id].astro')).toBe(true);
    expect(guidePath('sferum-phone')).toBe('guides/sferum-phone/');
    expect(existsSync('src/pages/guides/[id].astro')).toBe(true);
    expect(contactCardPath('hotline')).toBe('contacts/hotline.vcf');
    expect(existsSync('src/pages/contacts/[id].vcf.ts')).toBe(true);
    expect(calendarPath('class-5a.ics')).toBe('calendar/class-5a.ics');
    expect(existsSync('src/pages/calendar/[file].ts')).toBe(true);
    expect(freePagePath('devices')).toBe('devices/');
    expect(existsSync('src/pages/[page].astro')).toBe(true);
  });

  test('anchors and the base: a link under a sub-path keeps the anchor after the slash', () => {
    expect(withBase('/distant/', staffPath('ivanova'))).toBe('/distant/staff/#ivanova');
    expect(withBase('/', classChangesPath('5a'))).toBe('/timetable/5a/#changes-title');
  });
});
