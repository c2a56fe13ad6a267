/** `documents.yaml`: orders and local acts on distance learning. */
import { z } from 'astro/zod';
import { dateSchema, httpsUrlSchema, idSchema } from './common.ts';

export const documentKinds = ['order', 'regulation', 'recommendation', 'other'] as const;

export const documentSchema = () =>
  z
    .strictObject({
      /** Identifier that other files refer to, e.g. `prikaz-214`. */
      id: idSchema(),
      /** Title of the document. */
      title: z.string().min(3),
      /** order (приказ), regulation (положение), recommendation, other. */
      kind: z.enum(documentKinds, { error: 'вид документа — order, regulation, recommendation или other' }),
      /** Registration number: «214-о». */
      number: z.union([z.string(), z.number()]).transform(String).optional(),
      /** Date of signing. */
      date: dateSchema(),
      /** The file under `public/`, e.g. `documents/prikaz-214.pdf`. */
      file: z
        .string()
        .regex(/^[\w./-]+$/, { error: 'путь к файлу — латиница без пробелов, например documents/prikaz-214.pdf' })
        .optional(),
      /** Or a link to it elsewhere. */
      url: httpsUrlSchema().optional(),
    })
    .refine((doc) => !(doc.file !== undefined && doc.url !== undefined), {
      path: ['url'],
      error: 'укажите либо file, либо url — одно из двух',
    });

export type SchoolDocument = z.output<ReturnType<typeof documentSchema>>;
