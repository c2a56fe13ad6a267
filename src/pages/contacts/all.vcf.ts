/** /contacts/all.vcf: every contact point of the school in one file (phones import them all at once). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/load.ts';
import { exportContext } from '../../exports/context.ts';
import { contactCard } from '../../exports/vcard.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  const ctx = exportContext(data, site);
  const text = data.contacts.map((contact) => contactCard(contact, { org: data.school.shortName, host: ctx.host, url: ctx.url })).join('');
  return new Response(text, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
