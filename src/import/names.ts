/**
 * Names as timetable files write them, made comparable: class names («10 «Б»» → «10Б»), class ids
 * (`10b`), teacher names («Петров И. В.» and «Петров Игорь Васильевич» are one person), weekdays
 * («Пн», «Понедельник», «Monday», «1»), A/B weeks.
 */
import { translit } from '../lib/translit.ts';
import type { SchoolDay } from '../lib/week.ts';
import { CLASS_NAME, type TimetableWeek } from '../schemas/timetable-class.ts';

/**
 * A class name the way the site writes it, or undefined when it is not a class (aSc and FET also list
 * cohorts, clubs and pseudo-classes): quotes and inner spaces go, the letter is upper case.
 */
export function normalizeClassName(raw: string): string | undefined {
  const cleaned = raw
    .replace(/[«»"'„“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(\d+)\s*-?\s*(\p{L})/u, '$1$2')
    .replace(/\s*-\s*/g, '-');
  if (!CLASS_NAME.test(cleaned)) return undefined;
  return cleaned.replace(/\p{L}+/u, (letters) => letters.toUpperCase());
}

/** A class's file name (id): «5А» → `5a`, «10B» → `10b`, «5А-1» → `5a-1`. */
export function classIdOf(name: string): string {
  return translit(name);
}

/** The same text whatever its case, «ё» and spacing. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** A person's name as surname and initials (lower case, ё → е): «Петров И.В.» → { surname: 'петров', initials: 'ив' }. */
export function nameKey(raw: string): { surname: string; initials: string } {
  const tokens = foldText(raw)
    .replace(/\./g, '. ')
    .split(/[\s,]+/)
    .map((token) => token.replace(/\.$/, ''))
    .filter(Boolean);
  // «И.В. Петров»: initials first, surname last.
  const initialsFirst = tokens.length > 1 && tokens[0]!.length === 1 && tokens[tokens.length - 1]!.length > 1;
  const surname = (initialsFirst ? tokens[tokens.length - 1] : tokens[0]) ?? '';
  const rest = initialsFirst ? tokens.slice(0, -1) : tokens.slice(1);
  return { surname, initials: rest.map((token) => token[0]).join('') };
}

/** A staff file name for a person: «Петров Игорь Васильевич» → `petrov-i-v`. */
export function staffIdOf(raw: string): string {
  const { surname, initials } = nameKey(raw);
  return translit([surname, ...initials].join(' ')) || 'uchitel';
}

const DAY_WORDS: [SchoolDay, RegExp][] = [
  ['mon', /^(пн|пон|понедельник|mo|mon|monday|1)$/],
  ['tue', /^(вт|вто|вторник|tu|tue|tuesday|2)$/],
  ['wed', /^(ср|сре|среда|we|wed|wednesday|3)$/],
  ['thu', /^(чт|чет|четверг|th|thu|thursday|4)$/],
  ['fri', /^(пт|пят|пятница|fr|fri|friday|5)$/],
  ['sat', /^(сб|суб|суббота|sa|sat|saturday|6)$/],
];

/**
 * A weekday and, for two-week timetables, the week it belongs to: «Понедельник» → mon, «А-Понедельник»
 * (FET's days of a two-week timetable) → mon of week A. Undefined for anything else (Sunday included).
 */
export function parseDay(raw: string): { day: SchoolDay; week?: TimetableWeek } | undefined {
  const text = foldText(raw).replace(/\.$/, '');
  const weekPrefix = /^(?:(?:неделя|нед\.?|week)\s*)?([абabаб12])\s*[-:/ ]\s*(.+)$/u.exec(text);
  const parsed = weekPrefix ? parseWeek(weekPrefix[1]!) : undefined;
  const week = parsed === 'every' ? undefined : parsed;
  const dayText = weekPrefix && week ? weekPrefix[2]! : text;
  const found = DAY_WORDS.find(([, pattern]) => pattern.test(dayText));
  if (!found) return undefined;
  return week ? { day: found[0], week } : { day: found[0] };
}

/** «А», «A», «1», «Неделя А», «чётная»… → week a or b; empty → every week; undefined → not a week. */
export function parseWeek(raw: string): TimetableWeek | 'every' | undefined {
  const text = foldText(raw).replace(/^(неделя|нед\.?|week)\s*/, '');
  if (text === '' || /^(все|каждая|every|all|а\s*,?\s*б|ab)$/.test(text)) return 'every';
  if (/^(а|a|1|первая|нечетная|odd)$/.test(text)) return 'a';
  if (/^(б|b|2|вторая|четная|even)$/.test(text)) return 'b';
  return undefined;
}

/** A clock time «8:00», «08.30» → "08:00"; undefined when it is not one. */
export function parseClock(raw: string): string | undefined {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(raw);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** Several names in one cell: «Петров И.В.+Орлов С.П.», «5А, 5Б», «Иванова; Петров». */
export function splitList(cell: string): string[] {
  return cell
    .split(/\s*[+;,]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}
