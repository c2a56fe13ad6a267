/** Which notices are current, and which of them are urgent enough to be a banner on every page. */

interface Notice {
  data: { date: string; expires?: string | undefined; level: string };
}

/** Notices published by `today` and not yet expired. */
export function currentNotices<T extends Notice>(notices: readonly T[], today: string): T[] {
  return notices.filter((notice) => notice.data.date <= today && (notice.data.expires === undefined || notice.data.expires >= today));
}

/** Urgent notices shown as a banner on every page. */
export function urgentNotices<T extends Notice>(notices: readonly T[], today: string): T[] {
  return currentNotices(notices, today).filter((notice) => notice.data.level === 'urgent');
}
