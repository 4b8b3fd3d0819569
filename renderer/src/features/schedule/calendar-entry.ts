import { reviewSessionTitle, sessionClockSpan } from '../../domain';
import type { ReviewSession, ScheduledSession, SessionFollowState, TopicId } from '../../domain';

/**
 * A session as the calendar shows it: with its topic's title and phase, and what the user
 * still has to say about it (without it, the calendar offers no Done or Missed).
 */
export type CalendarEntry = {
  kind?: 'study';
  session: ScheduledSession;
  title: string;
  phase: number;
  state?: SessionFollowState;
};

/**
 * A review day as the schedule's views show it: its own entry ("Review · 3 topics · 45 min"),
 * never a study session, with the titles of the topics it reviews.
 */
export type ReviewEntry = {
  kind: 'review';
  session: ReviewSession;
  title: string;
  topics: readonly { id: TopicId; title: string }[];
};

/** Anything the calendar views place at its time: a study session or a review day. */
export type ScheduleEntry = CalendarEntry | ReviewEntry;

/** A review day's entry, its topics named by `titleOf`. */
export function reviewEntry(session: ReviewSession, titleOf: (topicId: TopicId) => string): ReviewEntry {
  return {
    kind: 'review',
    session,
    title: reviewSessionTitle(session),
    topics: session.topics.map((id) => ({ id, title: titleOf(id) })),
  };
}

/** Study sessions and review days in one time order (a review first at the same start). */
export function byStart<T extends ScheduleEntry>(entries: readonly T[]): T[] {
  const at = (entry: ScheduleEntry) => Date.parse(entry.session.start);
  return [...entries].sort(
    (a, b) => at(a) - at(b) || (a.kind === 'review' ? -1 : b.kind === 'review' ? 1 : 0),
  );
}

/** `19:00–20:30`: the session's wall-clock times in the plan's zone, as the scheduler wrote them. */
export function entryTimes(entry: ScheduleEntry): string {
  return sessionClockSpan(entry.session);
}

/**
 * `OAuth2 with Password Flow, part 2 of 3, 19:00–20:30, done` (or `pinned`), `Review · 2
 * topics · 30 min, 19:00–19:30`: an event's accessible name.
 */
export function entryLabel(entry: ScheduleEntry): string {
  if (entry.kind === 'review') return `${entry.title}, ${entryTimes(entry)}`;
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
