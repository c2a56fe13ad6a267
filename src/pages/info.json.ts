/**
 * /info.json: the operational information (status, contacts with dialable phones, platforms,
 * upcoming meetings) as versioned JSON for another site or app. Its shape is documented on
 * `operationalInfo` in src/exports/feeds.ts.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/load.ts';
import { exportContext } from '../exports/context.ts';
import { operationalInfo } from '../exports/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  const info = operationalInfo(data, exportContext(data, site).url);
  return new Response(`${JSON.stringify(info, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
