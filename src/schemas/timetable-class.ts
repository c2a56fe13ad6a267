/** `timetable/classes/<id>.yaml`: one class's week; the id is the file name, e.g. `5a`. */
import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema } from './common.ts';

/** One lesson in a class's day. */
export const lessonSchema = () =>
  z.strictObject({
    /** Lesson number; must exist in the class's shift in `bells.yaml`. */
    period: z.number().int().min(0).max(12),
    /** Subject. */
    subject: z.string().min(2),
    /** The `staff/` id of the teacher. */
    teacher: idSchema(),
    /** The `platforms/` id where the lesson happens. */
    platform: idSchema().optional(),
    /** Direct link to the lesson or the task. */
    link: httpsUrlSchema().optional(),
    /** Group of a split class, e.g. «1 группа»; two lessons may share a period if groups differ. */
    group: z.string().optional(),
    /** true — a live video lesson; false — self-study with a task. */
    online: z.boolean({ error: 'ожидалось true или false — напишите true (урок по видеосвязи) или false (самостоятельная работа)' }),
    /** A remark: «задание в „Моей школе“ до 18:00». */
    note: z.string().optional(),
  });

const day = () => z.array(lessonSchema()).optional();

export const timetableClassSchema = () =>
  z.strictObject({
    /** Class name as written at school: «5А». */
    class: z.string().regex(/^(1[01]|[1-9])\s*-?\s*[А-ЯЁа-яё]?$/, {
      error: 'название класса — номер от 1 до 11 и буква, например «5А»',
    }),
    /** The shift id from `bells.yaml`. */
    shift: z.number().int().min(1).max(3),
    /** The `staff/` id of the class teacher (классный руководитель). */
    classTeacher: idSchema().optional(),
    /** Lessons by weekday. */
    days: z.strictObject({
      /** Monday. */
      mon: day(),
      /** Tuesday. */
      tue: day(),
      /** Wednesday. */
      wed: day(),
      /** Thursday. */
      thu: day(),
      /** Friday. */
      fri: day(),
      /** Saturday. */
      sat: day(),
    }),
  });

export type TimetableClass = z.output<ReturnType<typeof timetableClassSchema>>;
export type Lesson = z.output<ReturnType<typeof lessonSchema>>;
