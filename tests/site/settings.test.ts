/**
 * Where the site says it lives: SITE_URL when given, else the school's own website from school.yaml
 * (the site is published on the school's homepage), never a placeholder when the school is known.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { siteAddressLine } from '../../scripts/build.ts';
import { siteSettingsFromEnv } from '../../src/site/settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('SITE_URL wins, without a trailing slash; BASE_PATH is normalised', () => {
  const settings = siteSettingsFromEnv({ SITE_URL: 'https://dist.school.ru/', BASE_PATH: 'distant', CONTENT_DIR: 'content' });
  expect(settings).toMatchObject({ site: 'https://dist.school.ru', siteFrom: 'SITE_URL', base: '/distant/' });
  expect(siteAddressLine(settings)).toBe('Адрес сайта: https://dist.school.ru/distant/ (SITE_URL).');
});

test("without SITE_URL the school's website from school.yaml is used (its origin only)", () => {
  writeFileSync(join(dir, 'school.yaml'), 'name: Школа\nwebsite: https://school12.example.ru/about/\n');
  const settings = siteSettingsFromEnv({ CONTENT_DIR: dir, BASE_PATH: '/distant/' });
  expect(settings).toMatchObject({ site: 'https://school12.example.ru', siteFrom: 'school.yaml' });
  expect(siteAddressLine(settings)).toContain('https://school12.example.ru/distant/ — взят из school.yaml (website)');
});

test('a Cyrillic (.рф) website: the links use its punycode name, the build says it in letters', () => {
  writeFileSync(join(dir, 'school.yaml'), 'name: Школа\nwebsite: https://школа3-юрга.рф/\n');
  const settings = siteSettingsFromEnv({ CONTENT_DIR: dir });
  expect(settings).toMatchObject({ site: 'https://xn--3--6kcco2bhxw7esd.xn--p1ai', siteFrom: 'school.yaml' });
  expect(siteAddressLine(settings)).toMatch(/^Адрес сайта: https:\/\/школа3-юрга\.рф\/ — взят из school\.yaml/);
});

test('an unreadable school.yaml does not break the settings: a placeholder, and a warning that says what to set', () => {
  writeFileSync(join(dir, 'school.yaml'), 'website: [не ссылка\n');
  const settings = siteSettingsFromEnv({ CONTENT_DIR: dir });
  expect(settings.siteFrom).toBe('placeholder');
  expect(siteAddressLine(settings)).toMatch(/^Внимание: адрес сайта неизвестен.*Укажите website в school\.yaml или SITE_URL\.$/);
  expect(siteSettingsFromEnv({ CONTENT_DIR: join(dir, 'нет такой папки') }).siteFrom).toBe('placeholder');
});
