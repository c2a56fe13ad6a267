/** Links inside the site, always under the configured sub-path and with a trailing slash. */

/** Joins the base (`/` or `/distant/`) and a site path (`timetable/5a`, `/contacts/#hotline`). */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const [pathPart = '', hash] = path.replace(/^\/+/, '').split('#', 2);
  const isFile = /\.[a-z0-9]+$/i.test(pathPart);
  const tidy = pathPart === '' || isFile || pathPart.endsWith('/') ? pathPart : `${pathPart}/`;
  return `${root}${tidy}${hash !== undefined ? `#${hash}` : ''}`;
}

/** A link for this build (reads Astro's BASE_URL). */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}

/** An absolute link (SITE_URL + base + path) for feeds, calendars, contact cards, QR codes and embeds. */
export function absoluteHref(path: string, site: URL | string | undefined): string {
  return new URL(href(path), site ?? 'https://school.example').href;
}
