/** `platforms/<id>.yaml`: a learning platform the school uses; one of one to three is primary. */
import { z } from 'astro/zod';
import { emailSchema, httpsUrlSchema, phoneSchema } from './common.ts';

export const platformKinds = ['lms', 'video', 'messenger', 'diary', 'other'] as const;

export const platformSchema = () =>
  z.strictObject({
    /** Name as pupils know it: «Сферум». */
    name: z.string().min(2),
    /** Address of the platform. */
    url: httpsUrlSchema(),
    /** What it is used for: lms (tasks), video (lessons), messenger (chats), diary (marks), other. */
    kind: z
      .array(z.enum(platformKinds, { error: 'вид платформы — lms, video, messenger, diary или other' }))
      .min(1, { error: 'не указан вид платформы — укажите хотя бы один: lms, video, messenger, diary или other' }),
    /** The school's main platform: shown first, with its connection guide, on the home page. */
    primary: z.boolean({ error: 'ожидалось true или false — напишите true (основная платформа) или false' }),
    /** One sentence on what the school uses it for. */
    description: z.string().optional(),
    /** The platform's own support service. */
    support: z
      .strictObject({
        /** Support phone. */
        phone: phoneSchema().optional(),
        /** Support e-mail. */
        email: emailSchema().optional(),
        /** Support or help page. */
        url: httpsUrlSchema().optional(),
      })
      .optional(),
  });

export type Platform = z.output<ReturnType<typeof platformSchema>>;
