/** `contacts.yaml`: the phones and addresses parents and pupils call — hotline, psychologist, help. */
import { z } from 'astro/zod';
import { audienceSchema, emailSchema, hoursSchema, idSchema, phoneSchema } from './common.ts';

export const contactKinds = ['hotline', 'psychologist', 'social', 'administration', 'it-support', 'email', 'other'] as const;

export const contactSchema = () =>
  z
    .strictObject({
      /** Stable identifier: the anchor on the contacts page and the vCard's file name. */
      id: idSchema(),
      /** What this contact is for; decides where and how prominently it is shown. */
      kind: z.enum(contactKinds, {
        error: 'вид контакта — hotline, psychologist, social, administration, it-support, email или other',
      }),
      /** Name of the line, e.g. «Горячая линия по дистанционному обучению». */
      title: z.string().min(3),
      /**
       * Phone numbers as they should be shown; each becomes a tap-to-call link. May be left out (or
       * `[]`) for a contact reached by e-mail only: the browser editor leaves an empty list out of the file.
       */
      phones: z.array(phoneSchema()).default([]),
      /**
       * The phones are an organisation's lines (a hotline on a mobile number), not a person's own: the
       * checker then does not ask for a consent to publish a mobile number (152-ФЗ).
       */
      organisationLine: z.boolean({ error: 'ожидалось true или false — напишите true, если это служебная линия организации' }).optional(),
      /** E-mail address. */
      email: emailSchema().optional(),
      /** When someone answers; left out (or `[]`) when the hours are not stated. */
      hours: z.array(hoursSchema()).default([]),
      /** Who should call it. */
      audience: z
        .array(audienceSchema())
        .min(1, { error: 'не указано, для кого контакт — укажите хотя бы одну аудиторию: parents, pupils или teachers' }),
      /** Who answers (position or name), if it helps the caller. */
      person: z.string().optional(),
      /** A short remark: «звонок бесплатный, анонимно». */
      note: z.string().optional(),
    })
    .refine((contact) => contact.phones.length > 0 || contact.email !== undefined, {
      path: ['phones'],
      error: 'у контакта нет ни телефона, ни e-mail — добавьте phones или email',
    });

export type Contact = z.output<ReturnType<typeof contactSchema>>;
