/** `roadmap.yaml`: the plan-schedule of measures with deadlines. */
import { z } from 'astro/zod';
import { isRealDate } from '../lib/time.ts';
import { idSchema } from './common.ts';

export const roadmapStatuses = ['planned', 'in-progress', 'done'] as const;

const MONTH_TEXT =
  /^(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|в течение периода|постоянно|до \d{1,2} [а-я]+) ?(\d{4})?( года| г\.)?$/i;

/** The number of a measure of a plan-schedule: "1", "1.1" (a bare number is taken as text). Also the region's plan. */
export const measureIdSchema = () =>
  z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d+(\.\d+)*$/, { error: 'номер мероприятия — "1" или "1.1", в кавычках' }));

export const roadmapItemSchema = () =>
  z.strictObject({
    /** Number of the measure: "1", or "1.1" for a sub-item (in quotes). */
    id: measureIdSchema(),
    /** What is to be done. */
    title: z.string().min(3),
    /** A date (`2026-11-20`) or a month in words («август 2026»). */
    deadline: z
      .preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string())
      .refine((text) => isRealDate(text) || MONTH_TEXT.test(text.trim()), {
        error: 'срок — дата ГГГГ-ММ-ДД или месяц словами, например «август 2026»',
      }),
    /** planned, in-progress or done. */
    status: z.enum(roadmapStatuses, { error: 'статус — planned, in-progress или done' }),
    /** The `staff/` id of who is responsible. */
    responsible: idSchema().optional(),
  });

export type RoadmapItem = z.output<ReturnType<typeof roadmapItemSchema>>;
