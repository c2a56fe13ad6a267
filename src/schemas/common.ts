/**
 * Building blocks shared by every schema of the content model: times, dates, phones, links, weekdays,
 * opening hours. Each carries its own Russian message saying what is wrong and how to fix it, so the
 * checker and Astro report the same words.
 */
import { z } from 'astro/zod';
import { isCalendarUrl } from '../lib/calendar-url.ts';
import { isRealDate, isRealTime, minutesOf } from '../lib/time.ts';
import { isPublishablePhone } from '../lib/phone.ts';
import { weekDays } from '../lib/week.ts';

/** A clock time `HH:MM` on a 24-hour clock. */
export const timeSchema = () =>
  z.string({ error: 'нужно время в кавычках — напишите, например, "08:30"' }).refine(isRealTime, {
    error: 'такого времени не бывает — напишите время в виде "ЧЧ:ММ" от "00:00" до "23:59", например "08:30"',
  });

/**
 * A calendar date `YYYY-MM-DD`. Markdown frontmatter may hand us a JavaScript Date (Astro parses
 * unquoted dates); it is turned back into the same text so both readers agree.
 */
export const dateSchema = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.string({ error: 'нужна дата — напишите её в виде ГГГГ-ММ-ДД, например 2026-11-16' }).refine(isRealDate, {
      error: 'такой даты нет в календаре — напишите дату в виде ГГГГ-ММ-ДД, например 2026-11-16',
    }),
  );

/** A Russian phone number or a short service number, kept exactly as the editor wrote it. */
export const phoneSchema = () =>
  z.string({ error: 'нужен номер телефона — напишите его в кавычках, например "8 (3843) 36-43-66"' }).refine(isPublishablePhone, {
    error:
      'это не похоже на российский номер телефона — проверьте количество цифр: "8 (3843) 36-43-66", "+7 905 123-45-67" или короткий номер вроде "112"',
  });

/**
 * An e-mail address: zod's own pattern, with letters of any alphabet and a top-level domain in punycode
 * allowed, for schools whose mail is on a .рф domain (info@школа.рф).
 */
const EMAIL = /^(?!\.)(?!.*\.\.)([\p{L}\p{N}_'+\-.]*)[\p{L}\p{N}_+-]@([\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:\p{L}{2,}|xn--[a-zA-Z0-9-]+)$/u;

/** An e-mail address. */
export const emailSchema = () =>
  z.email({ pattern: EMAIL, error: 'это не адрес электронной почты — напишите его целиком, например school@example.ru' });

/**
 * A site's name as the URL parser gives it: zod's domain pattern with a top-level domain in punycode as
 * well. A Cyrillic address (школа.рф) reaches the check as xn--80ajghhoc.xn--p1ai, and zod's own
 * pattern wants letters only after the last dot, so every .рф site — many Russian schools have one —
 * was refused as «not a full link».
 */
const HOST_NAME = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?:[a-zA-Z]{2,63}|xn--[a-zA-Z0-9-]{1,59})$/;

/**
 * A web link; only `https` is accepted, so no page sends a visitor to an unprotected address. The URL
 * parser accepts a space inside a link (it would encode it), but a space in what an editor pasted is a
 * broken paste or two things glued together, it makes invalid HTML, and calendar apps refuse it.
 * Lesson and meeting links go into calendar files, so a link must also be one those accept.
 */
export const httpsUrlSchema = () =>
  z
    .url({
      protocol: /^https$/,
      hostname: HOST_NAME,
      error: 'ссылка должна быть полной и начинаться с https:// — скопируйте её из адресной строки браузера',
      abort: true,
    })
    .refine((text) => !/\s/.test(text), {
      error:
        'в ссылке есть пробел — в ссылках пробелов не бывает: скопируйте ссылку заново из адресной строки браузера (пробел внутри адреса пишется как %20)',
      abort: true,
    })
    .refine(isCalendarUrl, {
      error:
        'такую ссылку не примут календари в телефонах — проверьте адрес сайта и номер порта после «:» (если он есть); лучше скопируйте ссылку заново из адресной строки браузера',
    });

export { schoolDays, weekDays, type WeekDay } from '../lib/week.ts';

/** Who a piece of information is for. */
export const audienceSchema = () =>
  z.enum(['parents', 'pupils', 'teachers'], {
    error: 'неизвестная аудитория — напишите parents (родители), pupils (ученики) или teachers (учителя)',
  });

/** An identifier that names another file or entry: latin letters, digits and hyphens. */
export const idSchema = () =>
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'идентификатор пишется латиницей в нижнем регистре, цифрами и дефисами — например ivanova-m-p',
  });

/** One line of opening or consultation hours: on these days, from this time to that time. */
export const hoursSchema = () =>
  z
    .strictObject({
      /** The days this line applies to, e.g. `[mon, tue, wed, thu, fri]`. */
      days: z
        .array(
          z.enum(weekDays, {
            error: 'неизвестный день недели — используйте mon, tue, wed, thu, fri, sat, sun',
          }),
        )
        .min(1, { error: 'не указан ни один день — перечислите дни, например [mon, wed, fri]' }),
      /** Start time, `HH:MM`. */
      from: timeSchema(),
      /** End time, `HH:MM`, later than `from`. */
      to: timeSchema(),
    })
    .superRefine(requireFromBeforeTo);

/** Adds an issue on `to` when a `from`–`to` pair runs backwards. Shared by hours, bells and meetings. */
export function requireFromBeforeTo(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const from = minutesOf(value.from);
  const to = minutesOf(value.to);
  if (from !== undefined && to !== undefined && from >= to) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `время окончания ${value.to} не позже начала ${value.from} — поменяйте местами или исправьте время`,
    });
  }
}

export type Hours = z.output<ReturnType<typeof hoursSchema>>;
