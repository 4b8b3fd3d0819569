import type { TopicId } from './roadmap';

/** One planned study session: part `part` of `parts` for a topic. */
export type ScheduledSession = {
  /** `<topicId>#<part>`: stable across replans of the same work, so calendars keep their UIDs. */
  id: string;
  topicId: TopicId;
  part: number;
  parts: number;
  /** The plan day the session belongs to (`YYYY-MM-DD`). */
  date: string;
  /** ISO 8601 with the plan zone's offset, e.g. `2026-12-01T19:00:00+01:00`. */
  start: string;
  end: string;
  minutes: number;
  /** Present when the session comes from the session log: done or missed, fixed in time. */
  logged?: SessionOutcome;
  /** A missed session whose work waits for the next replan (it still holds its place). */
  awaitingReplan?: true;
};

/** What happened to a planned session. */
export type SessionOutcome = 'done' | 'missed';

/**
 * A session the user logged, as it was planned when they logged it. Done work counts
 * towards its topic and never moves; a missed session's time is gone but its work is
 * planned again.
 */
export type LoggedSession = {
  /** The planned session's id (`<topicId>#<part>`). */
  sessionId: string;
  topicId: TopicId;
  outcome: SessionOutcome;
  date: string;
  start: string;
  end: string;
  minutes: number;
  /**
   * Missed since the last replan: the plan does not move yet, so its work counts as placed
   * here until the user replans (and sees what moves first).
   */
  awaitingReplan?: boolean;
};

/** A phase's projected end against its target. */
export type Milestone = {
  phase: number;
  target: string | null;
  /** Date of the phase's last session; null when nothing is left or the rest could not be placed. */
  projectedEnd: string | null;
  onTrack: boolean;
};

/** Why a schedule is not the whole plan the user asked for. */
export type ScheduleWarningCode = 'no-availability' | 'too-long' | 'target-missed' | 'cycle';

/** A warning with the sentence the views show as it is. */
export type ScheduleWarning = { code: ScheduleWarningCode; message: string };

/** A plan's sessions, milestones and warnings, as `schedulePlan` makes them. */
export type Schedule = {
  /** In time order. */
  sessions: ScheduledSession[];
  /** One per roadmap phase, in phase order. */
  milestones: Milestone[];
  warnings: ScheduleWarning[];
};

/** What `schedulePlan` needs besides the roadmap and the plan. */
export type ScheduleOptions = {
  /** The user's today in the plan's zone (`YYYY-MM-DD`); nothing is planned before it. */
  today: string;
  /** Logged sessions, in any order. */
  log?: readonly LoggedSession[];
};
