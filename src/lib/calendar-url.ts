/**
 * Links inside calendar files. The `ics` package checks every event's URL with its own pattern and
 * fails the whole calendar — and so the build — on one it refuses, so the schemas ask the same
 * question before a build starts (src/schemas/common.ts), and the export hands over the URL parser's
 * own form of the link.
 */
import * as ics from 'ics';

/** `ics` exports its check at run time but not in its types. */
const { isValidURL } = ics as unknown as { isValidURL: (url: string) => boolean };

/**
 * A link as calendar apps expect it: the URL parser's form, with the host in lower case and anything
 * unusual percent-encoded. «https://Sferum.ru/…» is a good link that `ics` would refuse as written.
 */
export function calendarUrl(link: string): string {
  return new URL(link).href;
}

/** Whether a calendar file can carry the link (after `calendarUrl`). */
export function isCalendarUrl(link: string): boolean {
  try {
    return isValidURL(calendarUrl(link));
  } catch {
    return false;
  }
}
