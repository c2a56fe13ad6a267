/**
 * schema.org JSON-LD for search engines and assistants: the school (`School` with its `ContactPoint`s),
 * parent meetings (`Event`s held online) and the distance-learning notice (`SpecialAnnouncement`).
 * Pure data in, plain objects out; src/components/JsonLd.astro writes them into <head>.
 */
import { t } from '../i18n/ru.ts';
import { learningPeriod } from '../lib/learning-status.ts';
import { weekDays, type WeekDay } from '../lib/week.ts';
import { zonedIso } from '../lib/zoned-time.ts';
import type { Contact } from '../schemas/contact.ts';
import type { School } from '../schemas/school.ts';
import type { Hours } from '../schemas/common.ts';
import type { MeetingLike } from './calendar.ts';
import { dialNumber } from '../lib/phone.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

const DAY_NAMES: Record<WeekDay, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** One value, or a list when there are several (JSON-LD repeats a property as an array). */
function oneOrMany<T>(values: readonly T[]): T | T[] | undefined {
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : [...values];
}

/** Drops undefined fields so the JSON has no `null`s or empty keys. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function openingHours(hours: readonly Hours[]): JsonLd[] {
  return hours.map((line) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: weekDays.filter((day) => line.days.includes(day)).map((day) => `${CONTEXT}/${DAY_NAMES[day]}`),
    opens: line.from,
    closes: line.to,
  }));
}

/** «654041, Кемеровская область…» → a PostalAddress with the postcode split off. */
function postalAddress(school: School): JsonLd {
  const match = /^\s*(\d{6})\s*,\s*(.+)$/.exec(school.address);
  return compact({
    '@type': 'PostalAddress',
    streetAddress: match ? match[2] : school.address,
    postalCode: match?.[1],
    addressRegion: school.region,
    addressCountry: 'RU',
  });
}

export function contactPoint(contact: Contact, pageUrl: string): JsonLd {
  return compact({
    '@type': 'ContactPoint',
    name: contact.title,
    contactType: contact.title,
    telephone: oneOrMany(contact.phones.map(dialNumber)),
    email: contact.email,
    hoursAvailable: contact.hours.length > 0 ? openingHours(contact.hours) : undefined,
    availableLanguage: 'ru',
    url: `${pageUrl}#${contact.id}`,
  });
}

/** The school as a `School` (an EducationalOrganization), with every contact point. */
export function schoolLd(school: School, contacts: readonly Contact[], urls: { home: string; contacts: string }): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'School',
    '@id': `${school.website}#school`,
    name: school.name,
    alternateName: school.shortName,
    url: school.website,
    sameAs: urls.home,
    telephone: dialNumber(school.phone),
    email: school.email,
    address: postalAddress(school),
    contactPoint: contacts
      .filter((contact) => contact.phones.length > 0 || contact.email)
      .map((contact) => contactPoint(contact, urls.contacts)),
  });
}

/** Each parent meeting as an online `Event` with its link as the virtual location. */
export function meetingsLd(
  meetings: readonly MeetingLike[],
  school: School,
  ctx: { pageUrl: string; platforms: ReadonlyMap<string, { name: string; url: string }>; classNames: ReadonlyMap<string, string> },
): JsonLd[] {
  return meetings.map((meeting) => {
    const platform = ctx.platforms.get(meeting.platform);
    const classes = meeting.classes.map((id) => ctx.classNames.get(id) ?? id);
    return compact({
      '@context': CONTEXT,
      '@type': 'Event',
      '@id': `${ctx.pageUrl}#${meeting.id}`,
      name: meeting.title,
      description: meeting.agenda.length > 0 ? meeting.agenda.join('; ') : undefined,
      startDate: zonedIso(meeting.date, meeting.from, school.timezone),
      endDate: zonedIso(meeting.date, meeting.to, school.timezone),
      eventStatus: `${CONTEXT}/EventScheduled`,
      eventAttendanceMode: `${CONTEXT}/OnlineEventAttendanceMode`,
      location: compact({ '@type': 'VirtualLocation', name: platform?.name, url: meeting.link ?? platform?.url ?? ctx.pageUrl }),
      organizer: { '@type': 'School', name: school.name, url: school.website },
      audience: {
        '@type': 'Audience',
        audienceType: classes.length > 0 ? t.exportTexts.meetingAudience(classes.join(', ')) : t.exportTexts.meetingAudienceAll,
      },
      isAccessibleForFree: true,
      inLanguage: 'ru',
      url: `${ctx.pageUrl}#${meeting.id}`,
    });
  });
}

/**
 * The distance-learning notice, while it is in force: dated by the order that introduced it (or the
 * first day), expiring at the end of its last day in the school's zone.
 */
export function distanceLearningLd(
  school: School,
  ctx: { homeUrl: string; timetableUrl: string; posted?: string | undefined },
): JsonLd | undefined {
  const learning = school.distanceLearning;
  if (!learning.active) return undefined;
  const period = learningPeriod(learning);
  return {
    '@context': CONTEXT,
    '@type': 'SpecialAnnouncement',
    name: t.exportTexts.noticeName(school.shortName, period),
    text: t.exportTexts.noticeText(school.name, period),
    datePosted: zonedIso(ctx.posted ?? learning.from, '00:00', school.timezone),
    expires: zonedIso(learning.to, '23:59', school.timezone),
    url: ctx.homeUrl,
    schoolClosuresInfo: ctx.timetableUrl,
    announcementLocation: { '@type': 'School', '@id': `${school.website}#school`, name: school.name, url: school.website },
    inLanguage: 'ru',
  };
}

/**
 * The text of a <script type="application/ld+json">: JSON with `</` written `<\/` and `<!--` broken,
 * so no value (an editor's title) can close the script element or open an HTML comment.
 */
export function jsonLdText(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/<\//g, '<\\/').replace(/<!--/g, '<\\u0021--');
}
