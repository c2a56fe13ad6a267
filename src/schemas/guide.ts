/** `guides/*.md|mdx`: a step-by-step instruction; its ordered list becomes the numbered steps. */
import { z } from 'astro/zod';
import { audienceSchema, idSchema } from './common.ts';

export const guideDevices = ['computer', 'phone', 'tablet', 'any'] as const;
export const guideTopics = ['connect', 'lesson', 'homework', 'troubleshooting', 'other'] as const;

const grade = () =>
  z.number().int().min(1, { error: 'такого класса нет — классы от 1 до 11' }).max(11, { error: 'такого класса нет — классы от 1 до 11' });

export const guideSchema = () =>
  z.strictObject({
    /** What the guide helps to do: «Как войти в Сферум с телефона». */
    title: z.string().min(3),
    /** One sentence shown in the list of guides. */
    description: z.string().optional(),
    /** The `platforms/` id the guide is about. */
    platform: idSchema(),
    /** Who follows it. */
    audience: audienceSchema(),
    /** The device it is written for. */
    device: z.enum(guideDevices, { error: 'устройство — computer, phone, tablet или any' }),
    /** What it is about: connect, lesson, homework, troubleshooting, other. */
    topic: z.enum(guideTopics, {
      error: 'тема — connect, lesson, homework, troubleshooting или other',
    }),
    /** Grades it suits, `[from, to]`, e.g. `[1, 4]`. */
    grades: z
      .tuple([grade(), grade()], { error: 'классы — два числа: [с какого, по какой], например [1, 11]' })
      .refine(([from, to]) => from <= to, { error: 'первый класс больше последнего — напишите, например, [1, 4]' }),
    /** How long it takes, minutes. */
    minutes: z.number().int().positive(),
    /** Position in lists (smaller first). */
    order: z.number().int(),
  });

export type Guide = z.output<ReturnType<typeof guideSchema>>;
