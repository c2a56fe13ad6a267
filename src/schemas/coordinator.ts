/** `coordinators.yaml`: who coordinates distance learning at the school, municipal and regional level. */
import { z } from 'astro/zod';
import { emailSchema, phoneSchema } from './common.ts';

export const coordinatorLevels = ['school', 'municipal', 'regional'] as const;

export const coordinatorSchema = () =>
  z.strictObject({
    /** Full name (ФИО). */
    name: z.string().min(3),
    /** Position. */
    position: z.string().min(3),
    /** Organisation. */
    workplace: z.string().min(3),
    /** Work phone. */
    phone: phoneSchema(),
    /**
     * The phone is an organisation's line, not the person's own: the checker then does not ask for a
     * consent to publish a mobile number (152-ФЗ).
     */
    organisationLine: z.boolean({ error: 'ожидалось true или false — напишите true, если это служебная линия организации' }).optional(),
    /** Work e-mail. */
    email: emailSchema(),
    /** school, municipal or regional. */
    level: z.enum(coordinatorLevels, { error: 'уровень — school, municipal или regional' }),
  });

export type Coordinator = z.output<ReturnType<typeof coordinatorSchema>>;
