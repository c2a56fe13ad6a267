/**
 * /manifest.webmanifest: lets a parent add the site to the phone's home screen as an app that opens
 * on the home page, full screen, in the school's colours. Its offline copy is the service worker's
 * (src/integrations/offline-app.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/load.ts';
import { t } from '../i18n/ru.ts';
import { href } from '../site/urls.ts';

export const GET: APIRoute = async () => {
  const { school } = await loadSiteData();
  const manifest = {
    name: `${school.shortName}: ${t.siteSubtitle.toLowerCase()}`,
    short_name: school.shortName,
    description: t.offline.manifestDescription,
    lang: t.lang,
    dir: 'ltr',
    start_url: href(''),
    scope: href(''),
    id: href(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b57d0',
    icons: [{ src: href('favicon.svg'), type: 'image/svg+xml', sizes: 'any', purpose: 'any' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
