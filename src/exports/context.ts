/** What every export of one build shares: the site's address, the school's clock, names by id. */
import type { SiteData } from '../data/load.ts';
import { zonedToUtc } from '../lib/zoned-time.ts';
import { absoluteHref } from '../site/urls.ts';
import type { CalendarContext } from './calendar.ts';

export function exportContext(data: SiteData, site: URL | undefined): CalendarContext {
  const url = (path: string) => absoluteHref(path, site);
  return {
    host: new URL(url('')).host,
    timezone: data.school.timezone,
    stamp: zonedToUtc(data.today, '00:00', data.school.timezone),
    url,
    staffNames: new Map(data.staff.map((person) => [person.id, person.name])),
    platformNames: new Map(data.platforms.map((platform) => [platform.id, platform.name])),
  };
}
