import { sessionClockSpan } from '../../domain';
import type { ScheduledSession, SessionFollowState } from '../../domain';

/**
 * A session as the calendar shows it: with its topic's title and phase, and what the user
 * still has to say about it (without it, the calendar offers no Done or Missed).
 */
export type CalendarEntry = {
  session: ScheduledSession;
  title: string;
  phase: number;
  state?: SessionFollowState;
};

/** `19:00–20:30`: the session's wall-clock times in the plan's zone, as the scheduler wrote them. */
export function entryTimes(entry: CalendarEntry): string {
  return sessionClockSpan(entry.session);
}

/** `OAuth2 with Password Flow, part 2 of 3, 19:00–20:30, done` (or `pinned`): an event's accessible name. */
export function entryLabel(entry: CalendarEntry): string {
  const { part, parts, logged, pinned } = entry.session;
  return [
    entry.title,
    parts > 1 ? `part ${part} of ${parts}` : null,
    entryTimes(entry),
    logged ?? (pinned ? 'pinned' : null),
  ]
    .filter((piece) => piece !== null)
    .join(', ');
}

/**
 * A session's key among the views' rows and events: its id and start, since a replan may
 * plan new work under the id of a logged session, never at the same time.
 */
export function entryKey(session: Pick<ScheduledSession, 'id' | 'start'>): string {
  return `${session.id}@${session.start}`;
}
