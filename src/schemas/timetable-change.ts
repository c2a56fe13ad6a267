/**
 * `timetable/changes/<date>.yaml`: the day's changes to the regular timetable («замены»); the id is
 * the file name, a date such as `2026-12-01`. Each change names a class and a lesson number and either
 * cancels that lesson or says what is held instead (only the fields that differ).
 */
import { z } from 'astro/zod';
import { MAX_PERIOD } from './bells.ts';
import { httpsUrlSchema, idSchema } from './common.ts';
import { teacherRefSchema } from './timetable-class.ts';

/** One change: a class's lesson cancelled, replaced, or added on a free period. */
export const lessonChangeSchema = () =>
  z
    .strictObject({
      /** The `timetable/classes/` id of the class, e.g. `5a`. */
      class: idSchema(),
      /** Lesson number; must exist in the class's shift in `bells.yaml`. */
      period: z.number().int().min(0).max(MAX_PERIOD),
      /** Only this group of a split class; no value — the whole class (every group). */
      group: z.string().optional(),
      /** true — the lesson is cancelled («урок отменён»); nothing replaces it. */
      cancelled: z.boolean({ error: 'ожидалось true или false — напишите cancelled: true, если урок отменён' }).optional(),
      /** The subject held instead; no value — the same subject (e.g. only the teacher changes). */
      subject: z.string().min(2).optional(),
      /** The `staff/` id of the teacher who replaces, or a list of ids. */
      teacher: teacherRefSchema().optional(),
      /** The `platforms/` id where the replacement lesson happens. */
      platform: idSchema().optional(),
      /** Direct link to the replacement lesson or its task. */
      link: httpsUrlSchema().optional(),
      /** true — a live video lesson; false — self-study with a task. */
      online: z
        .boolean({ error: 'ожидалось true или false — напишите true (урок по видеосвязи) или false (самостоятельная работа)' })
        .optional(),
      /** A remark shown with the change: «вместо литературы», «задание в „Моей школе“». */
      note: z.string().optional(),
    })
    .superRefine((change, ctx) => {
      if (change.cancelled !== true) return;
      for (const field of ['subject', 'teacher', 'platform', 'link', 'online'] as const) {
        if (change[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'у отменённого урока нет замены — уберите это поле или cancelled: true (пояснение можно написать в note)',
          });
        }
      }
    });

export const timetableChangesSchema = () =>
  z.strictObject({
    /** A remark about the whole day, shown above its changes: «уроки сокращены до 30 минут». */
    note: z.string().optional(),
    /** The day's changes, one per class and lesson. */
    changes: z.array(lessonChangeSchema()).min(1, { error: 'нет ни одной замены — добавьте хотя бы одну или удалите файл' }),
  });

export type TimetableChanges = z.output<ReturnType<typeof timetableChangesSchema>>;
export type LessonChange = z.output<ReturnType<typeof lessonChangeSchema>>;
