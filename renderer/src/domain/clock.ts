import type { ScheduledSession } from './schedule-types';

/*
 * Session times are ISO 8601 with the plan zone's offset (`2026-12-01T19:30:00+01:00`), so the
 * wall-clock time people read is the text itself: no zone to look up, no Date to build.
 */

/** Minutes after midnight of an `HH:MM` wall-clock time. */
export function clockToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** When a session starts on the plan zone's clock: `19:30`. */
export function sessionClock(session: Pick<ScheduledSession, 'start'>): string {
  return session.start.slice(11, 16);
}

/** A session's start and end on the plan zone's clock: `19:30–21:00`. */
export function sessionClockSpan(session: Pick<ScheduledSession, 'start' | 'end'>): string {
  return `${sessionClock(session)}–${session.end.slice(11, 16)}`;
}
