/** /rss.xml: the school's announcements as RSS 2.0, for feed readers and the school's main site. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/load.ts';
import { exportContext } from '../exports/context.ts';
import { announcementItems, changesItems } from '../exports/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  const ctx = exportContext(data, site);
  return rss({
    title: `${data.school.shortName}: объявления`,
    description: `Объявления о дистанционном обучении — ${data.school.name}`,
    site: ctx.url(''),
    items: [...changesItems(data.changes, data.classes, data.today, ctx), ...announcementItems(data.announcements, data.today, ctx)],
    customData: '<language>ru</language>',
  });
};
