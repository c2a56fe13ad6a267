/** `announcements/*.md`: a notice; urgent ones show as a banner on every page until they expire. */
import { z } from 'astro/zod';
import { dateSchema } from './common.ts';

export const announcementLevels = ['info', 'important', 'urgent'] as const;

export const announcementSchema = () =>
  z.strictObject({
    /** Headline, one line. */
    title: z.string().min(3),
    /** Publication date. */
    date: dateSchema(),
    /** info — a regular notice; important — highlighted; urgent — a banner on every page. */
    level: z.enum(announcementLevels, { error: 'уровень — info, important или urgent' }),
    /** Last day the notice is shown as current (the banner disappears after it). */
    expires: dateSchema().optional(),
  });

export type Announcement = z.output<ReturnType<typeof announcementSchema>>;
