/** `pages/*.md`: any other page, such as how to borrow a school device. */
import { z } from 'astro/zod';

export const pageSchema = () =>
  z.strictObject({
    /** Page title. */
    title: z.string().min(3),
    /** One sentence for the list of sections and search results. */
    description: z.string().optional(),
    /** Position in the menu (smaller first). */
    order: z.number().int(),
    /** Whether the page is listed in the main menu. */
    nav: z.boolean(),
  });

export type Page = z.output<ReturnType<typeof pageSchema>>;
