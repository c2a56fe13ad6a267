/** Build settings from the environment: where the site lives and where it is written. */

export interface SiteSettings {
  /** Absolute origin the site is published at (`SITE_URL`), for canonical links, feeds and QR codes. */
  site: string;
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

export function siteSettingsFromEnv(env: Record<string, string | undefined> = process.env): SiteSettings {
  return {
    site: (env['SITE_URL'] || 'https://school.example').replace(/\/+$/, ''),
    base: normaliseBase(env['BASE_PATH']),
    outDir: env['OUT_DIR'] || './dist',
  };
}
