/** `staff/<id>.yaml`: one teacher or staff member; the id is the file name. */
import { z } from 'astro/zod';
import { dateSchema, emailSchema, hoursSchema, httpsUrlSchema, idSchema, phoneSchema } from './common.ts';

export const staffGroups = ['administration', 'teacher', 'specialist', 'support'] as const;

/** An account of the staff member on a learning platform. */
export const platformAccountSchema = () =>
  z.strictObject({
    /** The `platforms/` id, e.g. `sferum`. */
    platform: idSchema(),
    /** The name to search for on the platform, e.g. `@ivanova_mp`. */
    handle: z.string().optional(),
    /** A direct link to the profile or chat. */
    url: httpsUrlSchema().optional(),
  });

export const staffSchema = () =>
  z
    .strictObject({
      /** Full name (ФИО). */
      name: z.string().min(3),
      /** Position, e.g. «учитель математики», «заместитель директора по УВР». */
      position: z.string().min(3),
      /** Where the person is listed on the staff page. */
      group: z.enum(staffGroups, { error: 'группа — administration, teacher, specialist или support' }).default('teacher'),
      /** Subjects taught. */
      subjects: z.array(z.string()).default([]),
      /** Classes taught or led: `timetable/classes/` ids such as `5a`. */
      classes: z.array(idSchema()).default([]),
      /**
       * Work e-mail. Optional so a teacher the timetable import could not find in `staff/` still gets
       * a valid file; the checker warns until the editor adds it.
       */
      email: emailSchema().optional(),
      /** Accounts on the school's platforms, so pupils and parents can find the teacher there. */
      accounts: z.array(platformAccountSchema()).default([]),
      /** Consultation hours. */
      hours: z.array(hoursSchema()).default([]),
      /** A personal phone: published only with written consent (152-ФЗ, art. 10.1). */
      phone: phoneSchema().optional(),
      /** The consent to publish personal data beyond name and position. */
      consent: z
        .strictObject({
          /** The date the consent was signed. */
          date: dateSchema(),
          /** What it covers, e.g. «телефон для связи с родителями». */
          scope: z.string().min(3),
        })
        .optional(),
    })
    .superRefine((person, ctx) => {
      if (person.phone !== undefined && person.consent === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['phone'],
          message:
            'личный телефон можно публиковать только с письменного согласия (152-ФЗ, ст. 10.1) — добавьте consent: {date: ГГГГ-ММ-ДД, scope: "…"} или удалите phone',
        });
      }
    });

export type Staff = z.output<ReturnType<typeof staffSchema>>;
