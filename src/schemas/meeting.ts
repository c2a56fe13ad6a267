/** `meetings/*.yaml`: an online parent meeting. */
import { z } from 'astro/zod';
import { dateSchema, httpsUrlSchema, idSchema, requireFromBeforeTo, timeSchema } from './common.ts';

export const meetingSchema = () =>
  z
    .strictObject({
      /** Topic of the meeting. */
      title: z.string().min(3),
      /** Day of the meeting. */
      date: dateSchema(),
      /** Start, school time. */
      from: timeSchema(),
      /** End, school time. */
      to: timeSchema(),
      /** Class ids it is for; an empty list means the whole school. */
      classes: z.array(idSchema()).default([]),
      /** The `platforms/` id where it takes place. */
      platform: idSchema(),
      /** The link to join. */
      link: httpsUrlSchema().optional(),
      /** Questions on the agenda. */
      agenda: z.array(z.string()).default([]),
      /** The `staff/` id of who holds it. */
      responsible: idSchema().optional(),
      /** After the meeting: what was decided, in a few sentences (shown with the past meetings). */
      summary: z.string().min(3).optional(),
      /** After the meeting: the link to its recording, if one was made and may be shared. */
      recording: httpsUrlSchema().optional(),
    })
    .superRefine(requireFromBeforeTo);

export type Meeting = z.output<ReturnType<typeof meetingSchema>>;
