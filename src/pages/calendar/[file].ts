/**
 * /calendar/class-<id>.ics (a class's lessons over the distance-learning period), /calendar/meetings.ics
 * (every parent meeting), /calendar/meetings-<id>.ics (a class's meetings and the whole-school ones) and
 * /calendar/meeting-<meeting id>.ics (one meeting, for «add to calendar»).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../data/load.ts';
import { calendarFiles, calendarText, lessonEvents, meetingEvents, meetingsOfClass } from '../../exports/calendar.ts';
import { exportContext } from '../../exports/context.ts';
import { changesForClass } from '../../lib/timetable-days.ts';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  return calendarFiles(
    data.classes.map((c) => c.id),
    data.meetings.map((m) => m.id),
  ).map((entry) => ({ params: { file: entry.file }, props: entry }));
}) satisfies GetStaticPaths;

type Props = ReturnType<typeof calendarFiles>[number];

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const data = await loadSiteData();
  const ctx = exportContext(data, site);
  const school = data.school.shortName;
  const cls = data.classes.find((c) => c.id === props.classId);
  let text: string;
  if (props.kind === 'class' && cls) {
    const changes = new Map(data.changes.map((day) => [day.id, changesForClass(day.changes, cls.id)]));
    const options = { weekA: data.bells.weekA, changes };
    text = calendarText(lessonEvents(cls, data.bells, data.school.distanceLearning, ctx, options), `${school}: уроки ${cls.class}`);
  } else if (props.kind === 'meeting') {
    const meeting = data.meetings.filter((m) => m.id === props.meetingId);
    text = calendarText(meetingEvents(meeting, ctx), `${school}: ${meeting[0]?.title ?? ''}`);
  } else {
    const meetings = cls ? meetingsOfClass(data.meetings, cls.id) : data.meetings;
    text = calendarText(meetingEvents(meetings, ctx), `${school}: родительские собрания${cls ? ` ${cls.class}` : ''}`);
  }
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
