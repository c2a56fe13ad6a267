/** `faq/*.md`: a question parents ask; the Markdown body is the answer. */
import { z } from 'astro/zod';
import { audienceSchema } from './common.ts';

export const faqSchema = () =>
  z.strictObject({
    /** The question as a parent would ask it. */
    question: z.string().min(3),
    /** Who asks it. */
    audience: audienceSchema(),
    /** Position in the list (smaller first). */
    order: z.number().int(),
  });

export type Faq = z.output<ReturnType<typeof faqSchema>>;
