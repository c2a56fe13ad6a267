/** `school.yaml`: who the school is and whether distance learning is on. */
import { z } from 'astro/zod';
import { dateSchema, emailSchema, httpsUrlSchema, idSchema, phoneSchema } from './common.ts';

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('ru', { timeZone: zone });
    return zone.includes('/');
  } catch {
    return false;
  }
}

export const schoolSchema = () =>
  z.strictObject({
    /** Full official name, as on the charter: «МБОУ «СОШ № 47»». */
    name: z.string().min(3),
    /** Short name for the header and the phone's home screen: «Школа № 47». */
    shortName: z.string().min(2),
    /** Postal address, one line. */
    address: z.string().min(5),
    /** Reception phone. */
    phone: phoneSchema(),
    /** Official e-mail. */
    email: emailSchema(),
    /** The school's official website (this site is usually published inside it). */
    website: httpsUrlSchema(),
    /** Region (субъект РФ), e.g. «Кемеровская область — Кузбасс». */
    region: z.string().min(3),
    /**
     * Municipality, e.g. «Новокузнецкий городской округ». Optional for one school; in a region
     * (`npm run build:region`) required and matched against `municipalities/*.yaml` by file name
     * (`novokuznetsk`) or by name (src/region/school-record.ts).
     */
    municipality: z.string().min(3).optional(),
    /** Director's full name (ФИО), shown with the administration contacts. */
    director: z.string().min(3).optional(),
    /** IANA time zone of the school, e.g. `Asia/Novokuznetsk`; lesson times are in it. */
    timezone: z.string().refine(isKnownTimeZone, {
      error: 'неизвестный часовой пояс — напишите его в виде Регион/Город, например Asia/Novokuznetsk или Europe/Moscow',
    }),
    /** Whether distance learning is in force now, for which dates, and the order that introduced it. */
    distanceLearning: z.strictObject({
      /** true while classes are held remotely. */
      active: z.boolean({ error: 'ожидалось true или false — напишите true (обучение идёт дистанционно) или false' }),
      /** First day of distance learning. */
      from: dateSchema(),
      /** Last day of distance learning. */
      to: dateSchema(),
      /** The `documents.yaml` id of the order that introduced it. */
      order: idSchema(),
    }),
  });

export type School = z.output<ReturnType<typeof schoolSchema>>;
