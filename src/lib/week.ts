/** Weekday keys as editors write them. Kept free of dependencies so browser scripts can import it. */

/** Weekday keys used by timetables (a school week may include Saturday). */
export const schoolDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Weekday keys used by opening hours (a helpline may work on Sunday). */
export const weekDays = [...schoolDays, 'sun'] as const;
export type WeekDay = (typeof weekDays)[number];
export type SchoolDay = (typeof schoolDays)[number];
