import type { TopicStatus } from './roadmap';
import type { LoggedSession, Schedule, ScheduledSession, SessionOutcome } from './schedule-types';

/** A logged session as stored: with the instant it was logged. */
export type LogEntry = LoggedSession & { loggedAt: string };

/**
 * The log as the scheduler follows it between replans. Done work always counts; a session
 * marked missed after the last replan awaits it: it holds its place and nothing moves until
 * the user replans and sees what moves first.
 */
export function scheduledLog(log: readonly LogEntry[], replannedAt: string): LoggedSession[] {
  return log.map(({ loggedAt, ...entry }) =>
    entry.outcome === 'missed' && loggedAt > replannedAt ? { ...entry, awaitingReplan: true } : entry,
  );
}

// en-CA writes days as YYYY-MM-DD. Building a formatter is slow: one per zone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (`YYYY-MM-DD`) as a clock in `timeZone` reads it at `now`. */
export function todayIn(timeZone: string, now: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** What the user still has to say about a planned session. */
export type SessionFollowState = 'logged' | 'missed-flag' | 'overdue' | 'today' | 'upcoming';

/** One session with what happened to it, for the Today view. */
export type FollowedSession = { session: ScheduledSession; state: SessionFollowState };

/** Each session of a schedule with what the user still has to say about it, for the Today view. */
export function followSessions(schedule: Schedule, today: string): FollowedSession[] {
  return schedule.sessions.map((session) => {
    if (session.awaitingReplan) return { session, state: 'missed-flag' };
    if (session.logged) return { session, state: 'logged' };
    if (session.date < today) return { session, state: 'overdue' };
    return { session, state: session.date === today ? 'today' : 'upcoming' };
  });
}

/** A planned session whose time changes in a replan. */
export type SessionMove = {
  id: string;
  topicId: string;
  from: ScheduledSession | null;
  to: ScheduledSession | null;
};

/** What a replan changes: sessions that move, appear or go, in the new plan's order. */
export type ReplanPreview = {
  moves: SessionMove[];
  /** Sessions that keep their time. */
  unchanged: number;
  /** Phases whose projected end changes. */
  phaseEnds: { phase: number; from: string | null; to: string | null }[];
};

/**
 * Compares the plan in force with a replanned one, session by session (ids are
 * `topicId#part`, so the same work keeps its id). Logged sessions never move and are left out.
 */
export function previewReplan(current: Schedule, next: Schedule): ReplanPreview {
  const before = new Map(plannedSessions(current).map((s) => [s.id, s]));
  const moves: SessionMove[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const session of plannedSessions(next)) {
    seen.add(session.id);
    const old = before.get(session.id) ?? null;
    if (old && old.start === session.start && old.end === session.end) unchanged++;
    else moves.push({ id: session.id, topicId: session.topicId, from: old, to: session });
  }
  for (const [id, old] of before) {
    if (!seen.has(id)) moves.push({ id, topicId: old.topicId, from: old, to: null });
  }
  const ends = new Map(current.milestones.map((m) => [m.phase, m.projectedEnd]));
  const phaseEnds = next.milestones
    .filter((m) => ends.has(m.phase) && ends.get(m.phase) !== m.projectedEnd)
    .map((m) => ({ phase: m.phase, from: ends.get(m.phase) ?? null, to: m.projectedEnd }));
  return { moves, unchanged, phaseEnds };
}

/** The end of the work `schedule` plans (the last session's date), or null when nothing is planned. */
export function lastPlannedDate(schedule: Schedule): string | null {
  return plannedSessions(schedule).at(-1)?.date ?? null;
}

/** The sessions of a schedule not logged done or missed (overdue ones included), in time order. */
export function plannedSessions(schedule: Pick<Schedule, 'sessions'>): ScheduledSession[] {
  return schedule.sessions.filter((s) => !s.logged);
}

/**
 * The topic status logging a session leads to, or null to leave it: done on the topic's
 * last open part (every other part logged done) marks the topic done; done on any other
 * part starts it; missed changes nothing.
 */
export function statusAfterLog(
  session: Pick<ScheduledSession, 'id' | 'topicId'>,
  outcome: SessionOutcome,
  status: TopicStatus,
  schedule: Schedule,
): TopicStatus | null {
  if (outcome !== 'done' || status === 'done' || status === 'skipped') return null;
  const others = schedule.sessions.filter((s) => s.topicId === session.topicId && s.id !== session.id);
  const next = others.every((s) => s.logged === 'done') ? 'done' : 'doing';
  return next === status ? null : next;
}
