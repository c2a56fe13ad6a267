/** `communication.yaml`: the regular schedule of contact between administration, parents and teachers. */
import { z } from 'astro/zod';
import { audienceSchema, hoursSchema, idSchema } from './common.ts';

export const communicationForms = ['meeting', 'chat', 'phone', 'consultation', 'planning'] as const;

export const communicationItemSchema = () =>
  z
    .strictObject({
      /** Who it is for. */
      audience: audienceSchema(),
      /** Form: meeting, chat, phone, consultation or planning. */
      form: z.enum(communicationForms, {
        error: 'форма — meeting, chat, phone, consultation или planning',
      }),
      /** What it is: «Планёрка администрации с учителями». */
      title: z.string().min(3),
      /** Fixed hours; give either these or `frequency`. */
      hours: z.array(hoursSchema()).optional(),
      /** How often, in words: «раз в неделю, по пятницам». */
      frequency: z.string().optional(),
      /** The `staff/` id of who is responsible. */
      responsible: idSchema(),
      /** Where: «чат класса в Сферуме», «по телефону приёмной». */
      channel: z.string().optional(),
    })
    .refine((item) => (item.hours === undefined) !== (item.frequency === undefined), {
      path: ['hours'],
      error: 'укажите либо hours (дни и часы), либо frequency (как часто словами) — одно из двух',
    });

export type CommunicationItem = z.output<ReturnType<typeof communicationItemSchema>>;
