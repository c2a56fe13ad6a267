/** /contacts/<id>.vcf: one contact point as a vCard a phone saves with one tap. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../data/load.ts';
import { exportContext } from '../../exports/context.ts';
import { contactCard } from '../../exports/vcard.ts';
import { hasOwnCard } from '../../lib/contacts.ts';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  return data.contacts.filter(hasOwnCard).map((contact) => ({ params: { id: contact.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const contact = data.contacts.find((candidate) => candidate.id === params.id)!;
  const ctx = exportContext(data, site);
  const text = contactCard(contact, { org: data.school.shortName, host: ctx.host, url: ctx.url });
  return new Response(text, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
