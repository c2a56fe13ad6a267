/**
 * Every string of the interface, in Russian. Pages and components take their words from here, so a
 * second language is one more dictionary of the same shape.
 *
 * The words are kept by part of the site in ru/; this file puts them together into the one dictionary
 * every caller reads (`t.contacts.call`).
 */
import { commonWords } from './ru/common.ts';
import { contactWords } from './ru/contacts.ts';
import { deviceWords } from './ru/devices.ts';
import { exportWords } from './ru/exports.ts';
import { learningWords } from './ru/learning.ts';
import { newsWords } from './ru/news.ts';
import { organisationWords } from './ru/organisation.ts';
import { siteWords } from './ru/site.ts';
import { timetableWords } from './ru/timetable.ts';

export const ru = {
  lang: 'ru',
  ...siteWords,
  ...commonWords,
  ...contactWords,
  ...timetableWords,
  ...learningWords,
  ...newsWords,
  ...organisationWords,
  ...deviceWords,
  ...exportWords,
} as const;

export type Dictionary = typeof ru;
export const t: Dictionary = ru;
