import { isoInTimeZone } from '../../domain';
import type { LoggedSession, ScheduledSession, TopicId } from '../../domain';

// What logging a session or time records: small and pure, so logging never waits for the scheduler.

/** Done on a session of a later day: studied ahead of time, so its slot is freed. */
export function isDoneEarly(
  session: Pick<ScheduledSession, 'date'>,
  outcome: 'done' | 'missed',
  today: string,
): boolean {
  return outcome === 'done' && session.date > today;
}

/**
 * What logging `minutes` on a planned session records. Done on a session of a later day is
 * "done early": the work counts now and its slot is freed; otherwise (today's session, or
 * an earlier one) the session keeps its start and lasts the minutes really spent.
 */
export function loggedWork(
  session: ScheduledSession,
  outcome: 'done' | 'missed',
  minutes: number,
  now: number,
  today: string,
  timeZone: string,
): LoggedSession {
  const { id: sessionId, topicId, parts } = session;
  const early = isDoneEarly(session, outcome, today);
  const start = early ? now - minutes * 60_000 : Date.parse(session.start);
  return {
    sessionId,
    topicId,
    outcome,
    date: early ? today : session.date,
    start: isoInTimeZone(start, timeZone),
    end: isoInTimeZone(start + minutes * 60_000, timeZone),
    minutes,
    parts,
  };
}

/** Time studied on a topic outside any planned session: a new part, ending now. */
export function loggedTime(
  topicId: TopicId,
  minutes: number,
  sessions: readonly ScheduledSession[],
  now: number,
  today: string,
  timeZone: string,
): LoggedSession {
  // A new id: past every part number the topic's ids and labels use.
  const numbers = sessions
    .filter((s) => s.topicId === topicId)
    .flatMap((s) => [s.part, Number(s.id.slice(s.id.lastIndexOf('#') + 1)) || 0]);
  const part = Math.max(0, ...numbers) + 1;
  return {
    sessionId: `${topicId}#${part}`,
    topicId,
    outcome: 'done',
    date: today,
    start: isoInTimeZone(now - minutes * 60_000, timeZone),
    end: isoInTimeZone(now, timeZone),
    minutes,
  };
}
