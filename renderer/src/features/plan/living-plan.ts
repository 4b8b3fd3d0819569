import { isoInTimeZone, plannedSessions, scheduledLog, schedulePlan } from '../../domain';
import type {
  BusySpan,
  LogEntry,
  LoggedSession,
  Plan,
  Roadmap,
  Schedule,
  ScheduledSession,
  TopicId,
} from '../../domain';
import type { PlanRecord, SessionsInForce } from '../../storage';

/*
 * The living plan as the app follows it: the plan record keeps the sessions in force; the
 * schedule on screen is that plan as it stands (kept where the rules still allow, with what
 * was logged), and a replan plans the rest from now with the least change.
 */

type Inputs = {
  roadmap: Pick<Roadmap, 'topics' | 'phases'>;
  plan: Plan;
  log: readonly LogEntry[];
  busy: readonly BusySpan[];
  now: number;
};

/**
 * The schedule on screen: the sessions in force where they still fit (those in the past
 * stay until logged or replanned), a missed session holding its place until the next
 * replan, and work nothing covers yet (a raised estimate, a reopened topic) placed from now.
 */
export function scheduleInForce(record: PlanRecord, inputs: Inputs): Schedule {
  const { roadmap, plan, log, busy, now } = inputs;
  const logged = scheduledLog(log, record.replannedAt);
  // Plans saved before the living plan kept no sessions: theirs are planned from their day.
  const previous =
    record.inForce ??
    plannedSessions(schedulePlan(roadmap, plan, { today: record.replannedOn, log: logged }));
  return schedulePlan(roadmap, plan, { now, log: logged, previous, keepPast: true, busy });
}

/** The plan replanned from now: sessions in force keep their times wherever the rules allow. */
export function replanned(current: Schedule | null, inputs: Inputs): Schedule {
  const { roadmap, plan, log, busy, now } = inputs;
  return schedulePlan(roadmap, plan, {
    now,
    log: log.map(({ loggedAt: _loggedAt, ...entry }) => entry),
    ...(current ? { previous: plannedSessions(current) } : {}),
    busy,
  });
}

/** A schedule's planned sessions as the plan record keeps them. */
export function toInForce(schedule: Schedule): SessionsInForce {
  return plannedSessions(schedule).map(({ id, topicId, start, end, minutes }) => ({
    id,
    topicId,
    start,
    end,
    minutes,
  }));
}

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
  const parts = sessions.filter((s) => s.topicId === topicId).map((s) => s.part);
  const part = Math.max(0, ...parts) + 1;
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
