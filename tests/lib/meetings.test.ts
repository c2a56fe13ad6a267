import { describe, expect, test } from 'vitest';
import { meetingAudience, meetingWhen, splitMeetings } from '../../src/lib/meetings.ts';

describe('splitMeetings', () => {
  const meetings = [
    { id: 'c', date: '2026-11-26', from: '18:30' },
    { id: 'a', date: '2026-11-17', from: '18:30' },
    { id: 'd', date: '2026-11-22', from: '19:00' },
    { id: 'b', date: '2026-11-19', from: '18:00' },
  ];
  test('upcoming soonest first (today counts as upcoming), past latest first', () => {
    const { upcoming, past } = splitMeetings(meetings, '2026-11-22');
    expect(upcoming.map((m) => m.id)).toEqual(['d', 'c']);
    expect(past.map((m) => m.id)).toEqual(['b', 'a']);
  });
});

describe('meetingAudience', () => {
  const classes = [
    { id: '5a', class: '5А' },
    { id: '5b', class: '5Б' },
  ];
  test('an empty list is the whole school', () => {
    expect(meetingAudience([], classes)).toEqual({ wholeSchool: true });
  });
  test('class display names, linked when the class has a timetable', () => {
    expect(meetingAudience(['5b', '9v'], classes)).toEqual({
      wholeSchool: false,
      classes: [
        { id: '5b', name: '5Б', linked: true },
        { id: '9v', name: '9V', linked: false },
      ],
    });
  });
});

test('meetingWhen: weekday, date and time', () => {
  expect(meetingWhen({ date: '2026-11-24', from: '19:00', to: '20:00' })).toBe('вторник, 24 ноября 2026, 19:00–20:00');
});
