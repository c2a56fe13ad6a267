/**
 * Feeds other sites and apps read: the announcements as RSS items (written by @astrojs/rss in
 * src/pages/rss.xml.ts) and the operational information as a versioned JSON (`/info.json`).
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { t } from '../i18n/ru.ts';
import { currentNotices } from '../lib/announcements.ts';
import { formatDate } from '../lib/dates.ts';
import { formatHours } from '../lib/hours.ts';
import { splitMeetings } from '../lib/meetings.ts';
import { zonedToUtc } from '../lib/zoned-time.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Platform } from '../schemas/platform.ts';
import type { School } from '../schemas/school.ts';
import type { MeetingLike } from './calendar.ts';
import { dialNumber } from '../lib/phone.ts';
import {
  announcementPath,
  calendarPath,
  changesOnPath,
  classTimetablePath,
  contactCardPath,
  contactPath,
  guidePath,
  meetingPath,
  paths,
} from '../site/routes.ts';

interface NoticeLike {
  id: string;
  body?: string | undefined;
  rendered?: { html: string } | undefined;
  data: { title: string; date: string; expires?: string | undefined; level: string };
}

/**
 * Markdown as plain text for a feed description: links keep their words, emphasis marks go, and any
 * HTML the editor typed loses its tags (read by the HTML parser, not by a pattern; scripts and styles
 * lose their content too). Feed readers show a description as HTML, so the text comes back escaped:
 * «<script>» typed as text stays text.
 */
export function plainText(markdown: string): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(#{1,6}|>)[ \t]*/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '— ')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .trim();
  return escapeHtml(withoutTags(text).replace(/\n{3,}/g, '\n\n'));
}

/** The text of an HTML fragment as a browser would show it, line breaks kept. */
function withoutTags(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const tree = fromHtml(text, { fragment: true });
  visit(tree, 'element', (element, index, parent) => {
    // innerText would keep a script's code as words of the notice.
    if (
      parent &&
      index !== undefined &&
      ['script', 'style', 'template', 'iframe', 'noscript', 'svg', 'math', 'textarea', 'title'].includes(element.tagName)
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toText(tree, { whitespace: 'pre' }).trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content?: string;
  categories: string[];
}

/** Published announcements (dated today or earlier), newest first, as RSS items. */
export function announcementItems(
  notices: readonly NoticeLike[],
  today: string,
  ctx: { timezone: string; url: (path: string) => string },
): FeedItem[] {
  return notices
    .filter((notice) => notice.data.date <= today)
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
    .map((notice) => ({
      title: notice.data.title,
      link: ctx.url(announcementPath(notice.id)),
      pubDate: new Date(zonedToUtc(notice.data.date, '00:00', ctx.timezone)),
      description: plainText(notice.body ?? ''),
      ...(notice.rendered?.html ? { content: notice.rendered.html } : {}),
      categories: [t.announcements.level[notice.data.level] ?? notice.data.level],
    }));
}

/**
 * Today's timetable changes as one feed item (none on a day without changes): which classes, linking
 * to the timetable; the item's date is the day, so a reader shows it once.
 */
export function changesItems(
  changeDays: readonly { id: string; note?: string | undefined; changes: readonly { class: string }[] }[],
  classes: readonly { id: string; class: string }[],
  today: string,
  ctx: { timezone: string; url: (path: string) => string },
): FeedItem[] {
  const day = changeDays.find((entry) => entry.id === today);
  if (!day) return [];
  const names = [...new Set(day.changes.map((change) => classes.find((c) => c.id === change.class)?.class ?? change.class))];
  return [
    {
      title: t.timetable.changesFeedTitle(formatDate(today, false)),
      link: ctx.url(changesOnPath(today)),
      pubDate: new Date(zonedToUtc(today, '00:00', ctx.timezone)),
      description: [day.note, t.timetable.changesOfClasses(names)].filter(Boolean).join('. '),
      categories: [t.timetable.changesTitle],
    },
  ];
}

/**
 * `/info.json`, version 1. Fields are only ever added within a version; a rename or removal makes
 * version 2. Shape:
 *
 * {
 *   version: 1,
 *   generated: "YYYY-MM-DD",                       // the build date (school time zone)
 *   site: "https://…/",                            // this site's address
 *   school: { name, shortName, address, region, municipality?, timezone, phone, tel, email, website },
 *   distanceLearning: { active, from, to, order: { id, title, number?, date, url? } | null, current: bool },
 *   contacts: [{ id, kind, title, person?, note?, audience[], email?,
 *                phones: [{ text, tel }],          // text as written, tel in E.164
 *                hours: [{ days[], from, to, text }], vcard, url }],
 *   platforms: [{ id, name, url, kind[], primary, description?, support?, guides: [{ title, url }] }],
 *   meetings: [{ id, title, date, from, to, start, end,   // start/end: UTC ISO instants
 *                classes[], platform, link?, agenda[], url }],   // upcoming only, soonest first
 *   classes: [{ id, name, shift, timetable, calendar, meetingsCalendar }],
 *   announcements: [{ id, title, date, level, expires?, url }],  // current ones
 *   links: { home, timetable, contacts, guides, meetings, memo, rss, meetingsCalendar, allContacts }
 * }
 */
export interface InfoInput {
  school: School;
  today: string;
  documents: readonly {
    id: string;
    title: string;
    number?: string | undefined;
    date: string;
    file?: string | undefined;
    url?: string | undefined;
  }[];
  contacts: readonly Contact[];
  platforms: readonly (Platform & { id: string })[];
  guides: readonly { id: string; data: { title: string; platform: string; topic: string } }[];
  meetings: readonly MeetingLike[];
  classes: readonly { id: string; class: string; shift: number }[];
  announcements: readonly NoticeLike[];
}

export function operationalInfo(input: InfoInput, url: (path: string) => string) {
  const { school, today } = input;
  const learning = school.distanceLearning;
  const order = input.documents.find((doc) => doc.id === learning.order);
  return {
    version: 1 as const,
    generated: today,
    site: url(''),
    school: {
      name: school.name,
      shortName: school.shortName,
      address: school.address,
      region: school.region,
      ...(school.municipality ? { municipality: school.municipality } : {}),
      timezone: school.timezone,
      phone: school.phone,
      tel: dialNumber(school.phone),
      email: school.email,
      website: school.website,
    },
    distanceLearning: {
      active: learning.active,
      from: learning.from,
      to: learning.to,
      current: learning.active && learning.from <= today && today <= learning.to,
      order: order
        ? {
            id: order.id,
            title: order.title,
            ...(order.number ? { number: order.number } : {}),
            date: order.date,
            ...(order.url || order.file ? { url: order.url ?? url(order.file!) } : {}),
          }
        : null,
    },
    contacts: input.contacts.map((contact) => ({
      id: contact.id,
      kind: contact.kind,
      title: contact.title,
      ...(contact.person ? { person: contact.person } : {}),
      ...(contact.note ? { note: contact.note } : {}),
      audience: contact.audience,
      ...(contact.email ? { email: contact.email } : {}),
      phones: contact.phones.map((text) => ({ text, tel: dialNumber(text) })),
      hours: contact.hours.map((line) => ({ days: line.days, from: line.from, to: line.to, text: formatHours(line) })),
      vcard: url(contactCardPath(contact.id)),
      url: url(contactPath(contact.id)),
    })),
    platforms: input.platforms.map((platform) => ({
      id: platform.id,
      name: platform.name,
      url: platform.url,
      kind: platform.kind,
      primary: platform.primary,
      ...(platform.description ? { description: platform.description } : {}),
      ...(platform.support
        ? { support: { ...platform.support, ...(platform.support.phone ? { tel: dialNumber(platform.support.phone) } : {}) } }
        : {}),
      guides: input.guides
        .filter((guide) => guide.data.platform === platform.id)
        .map((guide) => ({ title: guide.data.title, url: url(guidePath(guide.id)) })),
    })),
    meetings: splitMeetings(input.meetings, today).upcoming.map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      from: meeting.from,
      to: meeting.to,
      start: new Date(zonedToUtc(meeting.date, meeting.from, school.timezone)).toISOString(),
      end: new Date(zonedToUtc(meeting.date, meeting.to, school.timezone)).toISOString(),
      classes: meeting.classes,
      platform: meeting.platform,
      ...(meeting.link ? { link: meeting.link } : {}),
      agenda: meeting.agenda,
      url: url(meetingPath(meeting.id)),
    })),
    classes: input.classes.map((cls) => ({
      id: cls.id,
      name: cls.class,
      shift: cls.shift,
      timetable: url(classTimetablePath(cls.id)),
      calendar: url(calendarPath(`class-${cls.id}.ics`)),
      meetingsCalendar: url(calendarPath(`meetings-${cls.id}.ics`)),
    })),
    announcements: currentNotices(input.announcements, today).map((notice) => ({
      id: notice.id,
      title: notice.data.title,
      date: notice.data.date,
      level: notice.data.level,
      ...(notice.data.expires ? { expires: notice.data.expires } : {}),
      url: url(announcementPath(notice.id)),
    })),
    links: {
      home: url(''),
      timetable: url(paths.timetable),
      contacts: url(paths.contacts),
      guides: url(paths.guides),
      meetings: url(paths.meetings),
      memo: url(paths.memo),
      rss: url(paths.rss),
      meetingsCalendar: url(calendarPath('meetings.ics')),
      allContacts: url(paths.allContactsCard),
    },
  };
}
