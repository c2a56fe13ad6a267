/** Parent meetings: upcoming (soonest first) and past (latest first) for a given day, who they are for, when in words. */
import { t } from '../i18n/ru.ts';
import { formatDate } from './dates.ts';
import { weekdayOf } from './zoned-time.ts';

interface MeetingLike {
  date: string;
  from: string;
}

export function splitMeetings<T extends MeetingLike>(meetings: readonly T[], today: string): { upcoming: T[]; past: T[] } {
  const key = (meeting: T) => `${meeting.date} ${meeting.from}`;
  const sorted = [...meetings].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    upcoming: sorted.filter((meeting) => meeting.date >= today),
    past: sorted.filter((meeting) => meeting.date < today).reverse(),
  };
}

/**
 * Who a meeting is for, as class names linked to their timetables («5А», «5Б»); an empty list means
 * the whole school. A class id without a timetable is still shown (upper-cased), just not linked.
 */
export function meetingAudience(
  classIds: readonly string[],
  classes: readonly { id: string; class: string }[],
): { wholeSchool: true } | { wholeSchool: false; classes: { id: string; name: string; linked: boolean }[] } {
  if (classIds.length === 0) return { wholeSchool: true };
  return {
    wholeSchool: false,
    classes: classIds.map((id) => {
      const known = classes.find((entry) => entry.id === id);
      return { id, name: known?.class ?? id.toUpperCase(), linked: known !== undefined };
    }),
  };
}

/** «вторник, 24 ноября 2026, 19:00–20:00»: parents plan by the weekday as much as by the date. */
export function meetingWhen(meeting: { date: string; from: string; to: string }): string {
  const weekday = (t.daysFull[weekdayOf(meeting.date)] ?? '').toLowerCase();
  return `${weekday ? `${weekday}, ` : ''}${formatDate(meeting.date)}, ${meeting.from}–${meeting.to}`;
}
