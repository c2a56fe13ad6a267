/** Build settings from the environment: where the site lives and where it is written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDirFromEnv } from '../content-model/collections.ts';

/** Used only when neither SITE_URL nor the school's website is known (a content folder being fixed). */
const PLACEHOLDER_SITE = 'https://school.example';

export interface SiteSettings {
  /** Absolute origin the site is published at, for canonical links, feeds, calendars and QR codes. */
  site: string;
  /** Where `site` came from: SITE_URL, the school's `website` in school.yaml, or neither. */
  siteFrom: 'SITE_URL' | 'school.yaml' | 'placeholder';
  /** Sub-path the site is served under (`BASE_PATH`), always with leading and trailing slashes. */
  base: string;
  /** Output folder (`OUT_DIR`); the build script points it at a temporary folder and swaps it in. */
  outDir: string;
}

/** Normalises a sub-path: `distant` → `/distant/`, empty → `/`. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The origin of the school's official website (school.yaml `website`), or undefined when the file or
 * the field cannot be read — the checker reports that; settings only must not fail before it runs.
 */
export function schoolWebsiteOrigin(contentDir: string): string | undefined {
  try {
    const school = parse(readFileSync(join(contentDir, 'school.yaml'), 'utf8')) as { website?: unknown } | null;
    return typeof school?.website === 'string' ? new URL(school.website).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A school publishes this site on its own homepage (often under BASE_PATH), so without SITE_URL the
 * absolute links — calendars, QR codes on the printed memo, the embed snippet — lead to the school's
 * website from school.yaml rather than to a placeholder nobody can open.
 */
export function siteSettingsFromEnv(env: Record<string, string | undefined> = process.env): SiteSettings {
  const fromSchool = env['SITE_URL'] ? undefined : schoolWebsiteOrigin(contentDirFromEnv(env));
  return {
    site: (env['SITE_URL'] || fromSchool || PLACEHOLDER_SITE).replace(/\/+$/, ''),
    siteFrom: env['SITE_URL'] ? 'SITE_URL' : fromSchool ? 'school.yaml' : 'placeholder',
    base: normaliseBase(env['BASE_PATH']),
    outDir: env['OUT_DIR'] || './dist',
  };
}
