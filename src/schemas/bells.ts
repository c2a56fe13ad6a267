/** `timetable/bells.yaml`: lesson times of each shift. */
import { z } from 'astro/zod';
import { dateSchema, requireFromBeforeTo, timeSchema } from './common.ts';

/**
 * The highest lesson number: schools that cut the day into 30-minute slots (and timetabling software
 * that exports them) reach 20; lessons numbered from 0 («нулевой урок») are allowed too.
 */
export const MAX_PERIOD = 20;

/** One lesson slot of a shift. */
export const periodSchema = () =>
  z
    .strictObject({
      /** Lesson number within the shift, from 1. */
      n: z.number().int().min(0).max(MAX_PERIOD),
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
    /**
     * For a two-week (A/B) timetable: any day of a week A; weeks alternate A, B, A… from it. Without
     * it the week in which distance learning starts (`school.yaml`) is week A.
     */
    weekA: dateSchema().optional(),
  });

export type Bells = z.output<ReturnType<typeof bellsSchema>>;
