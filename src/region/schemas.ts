/**
 * The region's own files, beside the schools' content folders:
 * - `region.yaml`: the region, its target share, regional coordinators, the regional plan-schedule and
 *   region-wide events;
 * - `municipalities/<id>.yaml`: one municipality, its coordinators on the order's form and its progress
 *   on the measures of the regional plan that every municipality carries out.
 * One zod schema factory per concept, a comment on every field, Russian messages (as src/schemas/).
 */
import { z } from 'astro/zod';
import { coordinatorSchema } from '../schemas/coordinator.ts';
import { measureIdSchema, roadmapStatuses } from '../schemas/roadmap.ts';
import { dateSchema, httpsUrlSchema, timeSchema } from '../schemas/common.ts';

/**
 * One line of the coordinators' form of the order: №, ФИО, должность, место работы, телефон, e-mail —
 * a school's coordinator entry (src/schemas/coordinator.ts: name, position, workplace, phone, email)
 * without its level, which the file it is in already says.
 */
export const formCoordinatorSchema = () => coordinatorSchema().omit({ level: true });

const statusSchema = () => z.enum(roadmapStatuses, { error: 'статус — planned, in-progress или done' });

/** A measure of the regional plan-schedule. */
export const regionPlanItemSchema = () =>
  z.strictObject({
    /** Number of the measure, in quotes: "1", "2.1". */
    id: measureIdSchema(),
    /** What is to be done. */
    title: z.string().min(3),
    /** Deadline, `YYYY-MM-DD`. */
    deadline: dateSchema(),
    /** planned, in-progress or done: the region's own progress. */
    status: statusSchema(),
    /** Who answers for it at the regional level (an organisation or a position). */
    responsible: z.string().min(3).optional(),
    /** true when every municipality carries it out and reports (`plan:` in municipalities/*.yaml). */
    municipal: z.boolean({ error: 'ожидалось true или false' }).default(false),
  });

/** A region-wide event for the calendar: a meeting of coordinators, a webinar, a reporting day. */
export const regionEventSchema = () =>
  z.strictObject({
    /** What it is. */
    title: z.string().min(3),
    /** Day, `YYYY-MM-DD`. */
    date: dateSchema(),
    /** Start time "HH:MM" (omit both times for an all-day event). */
    from: timeSchema().optional(),
    /** End time "HH:MM". */
    to: timeSchema().optional(),
    /** Where or how to join, one line. */
    place: z.string().min(2).optional(),
    /** A link to join or read more. */
    link: httpsUrlSchema().optional(),
  });

/** `region.yaml`. */
export const regionSchema = () =>
  z.strictObject({
    /** The region's name: «Кемеровская область — Кузбасс». */
    name: z.string().min(3),
    /** The regional education authority: «Министерство образования Кузбасса». */
    authority: z.string().min(3),
    /** IANA time zone of the region's capital; dates («today», late measures) are counted in it. */
    timezone: z.string().regex(/^[A-Za-z_]+\/[A-Za-z_/+-]+$/, { error: 'часовой пояс — в виде Регион/Город, например Asia/Novokuznetsk' }),
    /** Where the portal is published (https://…/); every school's site is under it at <id>/. */
    site: httpsUrlSchema().optional(),
    /** The monitored figure's target: per cent of schools in distance learning (the order says 50). */
    target: z.number({ error: 'целевая доля — число процентов от 0 до 100, например 50' }).min(0).max(100),
    /** The order that set up the monitoring: its number and date, as printed on the portal. */
    order: z.string().min(3).optional(),
    /** Regional coordinators, on the order's form. */
    coordinators: z.array(formCoordinatorSchema()).default([]),
    /** The regional plan-schedule. */
    plan: z.array(regionPlanItemSchema()).default([]),
    /** Region-wide events (the portal's calendar). */
    events: z.array(regionEventSchema()).default([]),
  });

/** A municipality's progress on one measure of the regional plan marked `municipal: true`. */
export const municipalProgressSchema = () =>
  z.strictObject({
    /** The number of the regional measure ("2"). */
    item: z.union([z.string(), z.number()]).transform(String),
    /** planned, in-progress or done. */
    status: statusSchema(),
  });

/** `municipalities/<id>.yaml`; the file name (latin, hyphens) is the municipality's id. */
export const municipalitySchema = () =>
  z.strictObject({
    /** The municipality's name: «Новокузнецкий городской округ». */
    name: z.string().min(3),
    /** Its education authority: «Управление образования администрации …». */
    authority: z.string().min(3).optional(),
    /** Municipal coordinators, on the order's form. */
    coordinators: z.array(formCoordinatorSchema()).default([]),
    /** Progress on the regional measures every municipality carries out. */
    plan: z.array(municipalProgressSchema()).default([]),
  });

export type Region = z.output<ReturnType<typeof regionSchema>>;
export type Municipality = z.output<ReturnType<typeof municipalitySchema>>;
export type FormCoordinator = z.output<ReturnType<typeof formCoordinatorSchema>>;
export type RegionPlanItem = z.output<ReturnType<typeof regionPlanItemSchema>>;
export type RegionEvent = z.output<ReturnType<typeof regionEventSchema>>;
