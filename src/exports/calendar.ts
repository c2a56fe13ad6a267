/**
 * iCalendar (RFC 5545) files a phone's calendar subscribes to or imports: each class's lessons over
 * the distance-learning period, and the parent meetings (all, those of one class plus the
 * whole-school ones, or one meeting for «add to calendar»), each meeting with two reminders. This module
 * decides what the events are; ./ical-text.ts writes the text (escaping, folding, CRLF).
 *
 * Lessons are written as one event per lesson and date, not as a weekly RRULE: times are given in UTC
 * (no VTIMEZONE, so no time-zone database), and a weekly rule in UTC would drift by an hour across a
 * daylight-saving change in schools whose zone has one; each single event is converted with its own
 * date's offset. Single events also stop exactly at the period's last day even when it falls
 * mid-week, and a calendar app can show or move one lesson without touching the series.
 *
 * UIDs are derived from what identifies the event (class, date, period, group; meeting id) and the
 * site's host, so importing the file again, or a subscribed calendar refreshing, updates the events
 * instead of adding copies. A day's change («замена») keeps the lesson's UID and raises its SEQUENCE:
 * the phone updates the lesson, or marks it cancelled, instead of showing a second one.
 */
import { t } from '../i18n/ru.ts';
import { icalText, type CalendarAlarm, type CalendarEvent } from './ical-text.ts';
import { lessonsOn, teachersOf } from '../lib/timetable-days.ts';
import { calendarUrl, isCalendarUrl } from '../lib/calendar-url.ts';
import { datesBetween, weekdayOf, zonedToUtc } from '../lib/zoned-time.ts';
import type { LessonChange } from '../schemas/timetable-change.ts';

interface LessonLike {
  period: number;
  subject: string;
  teacher: string | readonly string[];
  platform?: string | undefined;
  link?: string | undefined;
  group?: string | undefined;
  week?: 'a' | 'b' | undefined;
  online: boolean;
  note?: string | undefined;
}

export interface ClassLike {
  id: string;
  class: string;
  shift: number;
  days: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat', readonly LessonLike[] | undefined>>;
}

export interface BellsLike {
  shifts: readonly { id: number; periods: readonly { n: number; from: string; to: string }[] }[];
}

export interface MeetingLike {
  id: string;
  title: string;
  date: string;
  from: string;
  to: string;
  classes: readonly string[];
  platform: string;
  link?: string | undefined;
  agenda: readonly string[];
  /** After the meeting: what was decided, and where its recording is. */
  summary?: string | undefined;
  recording?: string | undefined;
}

/** What every calendar of one build shares. */
export interface CalendarContext {
  /** The site's host (`school47.example`): the domain part of every UID. */
  host: string;
  /** The school's IANA zone; lesson and meeting times are in it. */
  timezone: string;
  /** DTSTAMP of every event (ms): the build date, so two builds of the same content are identical. */
  stamp: number;
  /** Absolute URL of a site path (`timetable/5a/` → `https://…/distant/timetable/5a/`). */
  url: (path: string) => string;
  /** Names of staff (for «Учитель: …») and platforms (for the location), by id. */
  staffNames: ReadonlyMap<string, string>;
  platformNames: ReadonlyMap<string, string>;
}

const PRODUCT_ID = '-//Shkolnaya stranitsa//Calendar//RU';

export type { CalendarEvent } from './ical-text.ts';

/** A short, stable, ASCII token of any text (FNV-1a, 32 bit): keeps UIDs ASCII for a group «1 группа». */
export function stableToken(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** UID of one lesson: the same class, date, period and group always give the same UID. */
export function lessonUid(classId: string, date: string, period: number, group: string | undefined, host: string): string {
  return `lesson-${classId}-${date}-p${period}${group ? `-g${stableToken(group)}` : ''}@${host}`;
}

/** UID of a parent meeting. */
export function meetingUid(meetingId: string, host: string): string {
  return `meeting-${meetingId}@${host}`;
}

/** Start and end of a school-clock span as UTC instants, written in UTC (`…Z`): no VTIMEZONE needed. */
function utcSpan(date: string, from: string, to: string, timeZone: string) {
  return {
    start: zonedToUtc(date, from, timeZone),
    end: zonedToUtc(date, to, timeZone),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
  } as const;
}

/** What a class's calendar needs besides the class: the A/B week anchor and the changes by date. */
export interface LessonCalendarOptions {
  /** Any day of a week A (`bells.yaml`'s weekA, else the first day of distance learning). */
  weekA?: string | undefined;
  /** The changes of this class, by date. */
  changes?: ReadonlyMap<string, readonly LessonChange[]>;
}

/** Lessons of a class on each date of the period, with their clock times from the class's shift. */
export function lessonEvents(
  cls: ClassLike,
  bells: BellsLike,
  period: { from: string; to: string },
  ctx: CalendarContext,
  options: LessonCalendarOptions = {},
): CalendarEvent[] {
  const slots = bells.shifts.find((shift) => shift.id === cls.shift)?.periods ?? [];
  const page = ctx.url(`timetable/${cls.id}/`);
  const events: CalendarEvent[] = [];
  for (const date of datesBetween(period.from, period.to)) {
    if (weekdayOf(date) === 'sun') continue;
    for (const lesson of lessonsOn(cls.days, date, options.weekA ?? period.from, options.changes?.get(date) ?? [])) {
      const slot = slots.find((candidate) => candidate.n === lesson.period);
      if (!slot) continue; // the checker rejects such a lesson; never invent a time for it
      const platform = lesson.platform ? (ctx.platformNames.get(lesson.platform) ?? lesson.platform) : undefined;
      const cancelled = lesson.change?.kind === 'cancelled';
      const changeLine = lesson.change && [t.timetable[lesson.change.kind], lesson.change.note].filter(Boolean).join(': ');
      const description = [
        changeLine,
        lesson.change?.kind === 'replaced' &&
          lesson.change.was &&
          lesson.change.was.subject !== lesson.subject &&
          t.timetable.instead(lesson.change.was.subject),
        !cancelled && (lesson.online ? t.exportTexts.videoLesson : t.exportTexts.selfStudy),
        !cancelled && platform && `${t.exportTexts.platform}: ${platform}`,
        `${t.exportTexts.teacher}: ${teachersOf(lesson)
          .map((id) => ctx.staffNames.get(id) ?? id)
          .join(', ')}`,
        !lesson.change && lesson.note,
        !cancelled && lesson.link && `${t.exportTexts.joinLesson}: ${lesson.link}`,
        `${t.exportTexts.classTimetable(cls.class)}: ${page}`,
      ];
      events.push({
        uid: lessonUid(cls.id, date, lesson.period, lesson.group, ctx.host),
        title: `${cancelled ? `${t.timetable.cancelled}: ` : ''}${cls.class} · ${lesson.subject}${lesson.group ? ` (${lesson.group})` : ''}`,
        ...utcSpan(date, slot.from, slot.to, ctx.timezone),
        timestamp: ctx.stamp,
        description: description.filter(Boolean).join('\n'),
        ...(platform && !cancelled ? { location: platform } : {}),
        url: calendarUrl((!cancelled && lesson.link) || page),
        status: cancelled ? 'CANCELLED' : 'CONFIRMED',
        // Raised for a changed lesson, so a calendar that imported the file once takes the new version.
        ...(lesson.change ? { sequence: 1 } : {}),
      });
    }
  }
  return events;
}

/** Meetings of one class: its own and the whole-school ones (an empty `classes` list). */
export function meetingsOfClass<T extends Pick<MeetingLike, 'classes'>>(meetings: readonly T[], classId: string): T[] {
  return meetings.filter((meeting) => meeting.classes.length === 0 || meeting.classes.includes(classId));
}

/**
 * Reminders on every meeting: the evening before (24 hours, written `-PT24H`: a whole day would be
 * written `-P1DT`, as the `ics` package wrote it, which RFC 5545 does not allow) and half an hour before.
 */
export function meetingAlarms(title: string): CalendarAlarm[] {
  return [
    { action: 'display', description: t.exportTexts.reminderDay(title), trigger: { hours: 24, before: true } },
    { action: 'display', description: t.exportTexts.reminderSoon(title), trigger: { minutes: 30, before: true } },
  ];
}

/** One event per parent meeting, with reminders; a past meeting also carries its summary and recording. */
export function meetingEvents(meetings: readonly MeetingLike[], ctx: CalendarContext): CalendarEvent[] {
  const page = ctx.url('meetings/');
  return meetings.map((meeting) => {
    const platform = ctx.platformNames.get(meeting.platform) ?? meeting.platform;
    const description = [
      `${t.exportTexts.onlinePlatform}: ${platform}`,
      meeting.link && `${t.exportTexts.joinMeeting}: ${meeting.link}`,
      meeting.agenda.length > 0 && `${t.exportTexts.agenda}:\n${meeting.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n')}`,
      meeting.summary && `${t.exportTexts.summary}: ${meeting.summary}`,
      meeting.recording && `${t.exportTexts.recording}: ${meeting.recording}`,
      `${t.exportTexts.allMeetings}: ${page}`,
    ];
    return {
      uid: meetingUid(meeting.id, ctx.host),
      title: meeting.title,
      ...utcSpan(meeting.date, meeting.from, meeting.to, ctx.timezone),
      timestamp: ctx.stamp,
      description: description.filter(Boolean).join('\n'),
      location: platform,
      url: calendarUrl(meeting.link ?? `${page}#${meeting.id}`),
      status: 'CONFIRMED',
      alarms: meetingAlarms(meeting.title),
    } satisfies CalendarEvent;
  });
}

/**
 * The .ics text of a calendar. Throws if an event's link is one calendar apps refuse: the schemas
 * check editors' links, and this catches a site address (SITE_URL) that is not a valid link.
 */
export function calendarText(events: readonly CalendarEvent[], calName: string): string {
  for (const url of new Set(events.map((event) => event.url))) {
    if (url !== undefined && !isCalendarUrl(url))
      throw new Error(`календарь «${calName}» не записан: ссылка ${url} не годится для календаря`);
  }
  return icalText(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName });
}

/** File name under /calendar/ of one meeting's «add to calendar» file. */
export function meetingFile(meetingId: string): string {
  return `meeting-${meetingId}.ics`;
}

/** The calendar files of a build: name under /calendar/ → what they hold. */
export function calendarFiles(
  classIds: readonly string[],
  meetingIds: readonly string[] = [],
): { file: string; kind: 'class' | 'meetings' | 'meeting'; classId?: string; meetingId?: string }[] {
  return [
    ...classIds.map((id) => ({ file: `class-${id}.ics`, kind: 'class' as const, classId: id })),
    { file: 'meetings.ics', kind: 'meetings' as const },
    ...classIds.map((id) => ({ file: `meetings-${id}.ics`, kind: 'meetings' as const, classId: id })),
    ...meetingIds.map((id) => ({ file: meetingFile(id), kind: 'meeting' as const, meetingId: id })),
  ];
}
