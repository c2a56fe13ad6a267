/** Parent meetings split into upcoming (soonest first) and past (latest first) for a given day. */

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
