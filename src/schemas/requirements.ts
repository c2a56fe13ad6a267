/** `requirements.yaml`: the minimum technical requirements for joining lessons from any device. */
import { z } from 'astro/zod';

export const deviceKinds = ['computer', 'laptop', 'tablet', 'phone'] as const;

/** What one kind of device needs. */
export const deviceRequirementSchema = () =>
  z.strictObject({
    /** Kind of device. */
    device: z.enum(deviceKinds, { error: 'устройство — computer, laptop, tablet или phone' }),
    /** Operating systems that work, with minimum versions: «Android 8 и новее». */
    os: z.array(z.string()).min(1, { error: 'список операционных систем пуст — перечислите хотя бы одну' }),
    /** Browsers or apps that work. */
    browsers: z.array(z.string()).min(1, { error: 'список браузеров пуст — перечислите хотя бы один браузер или приложение' }),
    /** Minimum memory, gigabytes. */
    ramGb: z.number().positive().optional(),
    /** Whether a camera is needed. */
    camera: z.boolean(),
    /** Whether a microphone is needed. */
    microphone: z.boolean(),
    /** Whether headphones with a microphone are recommended. */
    headset: z.boolean(),
    /** A plain-words remark for parents. */
    note: z.string().optional(),
  });

export const requirementsSchema = () =>
  z.strictObject({
    /** Internet speed: the minimum to join a video lesson and the comfortable one. */
    internet: z
      .strictObject({
        /** Minimum download speed, Mbit/s. */
        minMbps: z.number().positive(),
        /** Recommended download speed, Mbit/s. */
        recommendedMbps: z.number().positive(),
      })
      .refine((speed) => speed.recommendedMbps >= speed.minMbps, {
        path: ['recommendedMbps'],
        error: 'рекомендуемая скорость меньше минимальной — исправьте одно из чисел',
      }),
    /** Requirements per kind of device. */
    devices: z.array(deviceRequirementSchema()).min(1),
  });

export type Requirements = z.output<ReturnType<typeof requirementsSchema>>;
