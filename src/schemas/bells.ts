/** `timetable/bells.yaml`: lesson times of each shift. */
import { z } from 'astro/zod';
import { requireFromBeforeTo, timeSchema } from './common.ts';

/** One lesson slot of a shift. */
export const periodSchema = () =>
  z
    .strictObject({
      /** Lesson number within the shift, from 1. */
      n: z.number().int().min(0).max(12),
      /** Start of the lesson. */
      from: timeSchema(),
      /** End of the lesson. */
      to: timeSchema(),
    })
    .superRefine(requireFromBeforeTo);

/** One shift: its lessons in order. */
export const shiftSchema = () =>
  z.strictObject({
    /** Shift number, referenced by each class's `shift`. */
    id: z.number().int().min(1).max(3),
    /** Name shown above the bells: «Первая смена». */
    title: z.string().optional(),
    /** Lesson slots. */
    periods: z.array(periodSchema()).min(1),
  });

export const bellsSchema = () =>
  z.strictObject({
    /** Shifts of the school, usually one or two. */
    shifts: z.array(shiftSchema()).min(1),
  });

export type Bells = z.output<ReturnType<typeof bellsSchema>>;
