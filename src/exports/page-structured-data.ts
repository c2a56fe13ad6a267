/** The JSON-LD of each page that has some, from the site's data: one call per page. */
import type { SiteData } from '../data/load.ts';
import { homeContacts } from '../lib/contacts.ts';
import { absoluteHref } from '../site/urls.ts';
import { distanceLearningLd, meetingsLd, schoolLd, type JsonLd } from './structured-data.ts';
import { paths } from '../site/routes.ts';

type Site = URL | undefined;

/** Home page: the school with the contacts it shows (hotline, psychologist, social), and the notice. */
export function homeStructuredData(data: Pick<SiteData, 'school' | 'contacts' | 'documents'>, site: Site): JsonLd[] {
  const url = (path: string) => absoluteHref(path, site);
  const order = data.documents.find((doc) => doc.id === data.school.distanceLearning.order);
  const notice = distanceLearningLd(data.school, { homeUrl: url(''), timetableUrl: url(paths.timetable), posted: order?.date });
  return [
    schoolLd(data.school, homeContacts(data.contacts), { home: url(''), contacts: url(paths.contacts) }),
    ...(notice ? [notice] : []),
  ];
}

/** Contacts page: the school with every contact point. */
export function contactsStructuredData(data: Pick<SiteData, 'school' | 'contacts'>, site: Site): JsonLd {
  const url = (path: string) => absoluteHref(path, site);
  return schoolLd(data.school, data.contacts, { home: url(''), contacts: url(paths.contacts) });
}

/** Meetings page: every parent meeting as an online event. */
export function meetingsStructuredData(data: Pick<SiteData, 'school' | 'meetings' | 'platforms' | 'classes'>, site: Site): JsonLd[] {
  return meetingsLd(data.meetings, data.school, {
    pageUrl: absoluteHref(paths.meetings, site),
    platforms: new Map(data.platforms.map((platform) => [platform.id, platform])),
    classNames: new Map(data.classes.map((cls) => [cls.id, cls.class])),
  });
}
