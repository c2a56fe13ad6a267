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
    /** Work e-mail. */
    email: emailSchema(),
    /** school, municipal or regional. */
    level: z.enum(coordinatorLevels, { error: 'уровень — school, municipal или regional' }),
  });

export const coordinatorsSchema = () => z.array(coordinatorSchema());

export type Coordinator = z.output<ReturnType<typeof coordinatorSchema>>;
