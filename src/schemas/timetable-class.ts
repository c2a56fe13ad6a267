/** `timetable/classes/<id>.yaml`: one class's week; the id is the file name, e.g. `5a`. */
import { z } from 'astro/zod';
import { MAX_PERIOD } from './bells.ts';
import { httpsUrlSchema, idSchema } from './common.ts';

/** Weeks of a two-week (A/B) timetable: `a` — неделя А (первая), `b` — неделя Б (вторая). */
export const timetableWeeks = ['a', 'b'] as const;
export type TimetableWeek = (typeof timetableWeeks)[number];

/**
 * Who teaches a lesson: one `staff/` id, or a list of them when several teachers share the lesson
 * (a language class split between two teachers, a lesson with an assistant). The single form is
 * the original one, so every existing file stays valid.
 */
export const teacherRefSchema = () =>
  z.union([idSchema(), z.array(idSchema()).min(1)], {
    error: 'учитель — имя файла в папке staff/ без .yaml (petrov-i-v) или, если учителей несколько, список [petrov-i-v, orlov-s-p]',
  });

/** One lesson in a class's day. */
export const lessonSchema = () =>
  z.strictObject({
    /** Lesson number; must exist in the class's shift in `bells.yaml`. */
    period: z.number().int().min(0).max(MAX_PERIOD),
    /** Subject. */
    subject: z.string().min(2),
    /** The `staff/` id of the teacher, or a list of ids when several teachers share the lesson. */
    teacher: teacherRefSchema(),
    /** The `platforms/` id where the lesson happens. */
    platform: idSchema().optional(),
    /** Direct link to the lesson or the task. */
    link: httpsUrlSchema().optional(),
    /** Group of a split class, e.g. «1 группа»; two lessons may share a period if groups differ. */
    group: z.string().optional(),
    /**
     * For a two-week timetable: the lesson is held only in week A (`a`) or only in week B (`b`); no
     * value — every week. Two lessons of different weeks may share a period.
     */
    week: z.enum(timetableWeeks, { error: 'неделя — a (неделя А) или b (неделя Б); урок каждую неделю — не пишите week' }).optional(),
    /**
     * Other classes that attend this same lesson (`timetable/classes/` ids): a joint lesson of a
     * stream. Its teacher may then appear in those classes at the same time without a clash.
     */
    withClasses: z.array(idSchema()).min(1).optional(),
    /** true — a live video lesson; false — self-study with a task. */
    online: z.boolean({ error: 'ожидалось true или false — напишите true (урок по видеосвязи) или false (самостоятельная работа)' }),
    /** A remark: «задание в „Моей школе“ до 18:00». */
    note: z.string().optional(),
  });

const day = () => z.array(lessonSchema()).optional();

/**
 * A class name as schools write it: grade 1–11 (0 for a preparatory class), then a letter (Cyrillic
 * or Latin, as timetabling software exports it: «5А», «10B») and an optional number suffix («5А-1»).
 */
export const CLASS_NAME = /^(1[01]|[0-9])\s*-?\s*\p{L}{0,3}(\s*-?\s*\d{1,2})?$/u;

export const timetableClassSchema = () =>
  z.strictObject({
    /** Class name as written at school: «5А», «10B», «5А-1». */
    class: z.string().regex(CLASS_NAME, {
      error: 'название класса — номер от 1 до 11 и буква, например «5А», «10Б» или «5А-1» (без кавычек внутри)',
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
