/**
 * Every address inside the site, as a path under the site's base (`timetable/5a/`, `staff/#ivanova`):
 * `href()` (src/site/urls.ts) turns it into a link for this build, `absoluteHref()` into the full
 * address for feeds, calendars, contact cards and QR codes. Pages, components and exports take their
 * paths from here, so renaming a section or an anchor is one change.
 */

/** The pages and files that have one address each. */
export const paths = {
  home: '',
  timetable: 'timetable/',
  bells: 'timetable/bells/',
  contacts: 'contacts/',
  allContactsCard: 'contacts/all.vcf',
  guides: 'guides/',
  staff: 'staff/',
  platforms: 'platforms/',
  requirements: 'requirements/',
  deviceCheck: 'device-check/',
  meetings: 'meetings/',
  communication: 'communication/',
  faq: 'faq/',
  documents: 'documents/',
  plan: 'plan/',
  coordinators: 'coordinators/',
  announcements: 'announcements/',
  memo: 'memo/',
  embed: 'embed/',
  search: 'search/',
  rss: 'rss.xml',
} as const;

/** An editor's free page (content/pages/<id>.md). */
export const freePagePath = (pageId: string): string => `${pageId}/`;

/**
 * The free page about borrowing a school device (`pages/devices.md`): the home page, the requirements
 * and the device check link to it (src/lib/requirements.ts).
 */
export const LENDING_PAGE_ID = 'devices';
/** A class's timetable page. */
export const classTimetablePath = (classId: string): string => `timetable/${classId}/`;
/** The changes block on a class's timetable page (the anchor is its heading's id). */
export const classChangesPath = (classId: string): string => `${classTimetablePath(classId)}#changes-title`;
/** The timetable index showing one day's changes. */
export const changesOnPath = (date: string): string => `${paths.timetable}?changes=${date}`;
/** A guide's page. */
export const guidePath = (guideId: string): string => `guides/${guideId}/`;
/** A person's card on the staff page. */
export const staffPath = (personId: string): string => `${paths.staff}#${personId}`;
/** A contact's card on the contacts page. */
export const contactPath = (contactId: string): string => `${paths.contacts}#${contactId}`;
/** A contact's vCard file. */
export const contactCardPath = (contactId: string): string => `contacts/${contactId}.vcf`;
/** A platform's card on the platforms page. */
export const platformPath = (platformId: string): string => `${paths.platforms}#${platformId}`;
/** A meeting on the meetings page. */
export const meetingPath = (meetingId: string): string => `${paths.meetings}#${meetingId}`;
/** An announcement on the announcements page. */
export const announcementPath = (noticeId: string): string => `${paths.announcements}#${noticeId}`;
/** A document on the documents page. */
export const documentPath = (documentId: string): string => `${paths.documents}#${documentId}`;
/** A calendar file (its name from src/exports/calendar.ts). */
export const calendarPath = (file: string): string => `calendar/${file}`;
