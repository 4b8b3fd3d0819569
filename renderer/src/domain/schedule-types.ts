import type { ReviewCard } from './review-cards';
import type { ReviewLogEntry, ReviewSession, ReviewSettings } from './review-types';
import type { Phase, Topic, TopicId } from './roadmap';

/**
 * What the scheduler reads of a roadmap: each topic's id, phase, estimate and prerequisites,
 * and the phases' numbers. The app posts this much to its scheduler worker, not the roadmap.
 */
export type SchedulingRoadmap = {
  topics: readonly SchedulingTopic[];
  phases: readonly Pick<Phase, 'number'>[];
};

/** A topic as the scheduler reads it. */
export type SchedulingTopic = Pick<Topic, 'id' | 'phaseNumber' | 'estimateHours' | 'prerequisites'>;

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
  /** Placed by the user (moved in their calendar): it stays where it is until unpinned. */
  pinned?: true;
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
  /** How many parts the topic had when the session was logged: its label never changes. */
  parts?: number;
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
  /** Minutes of review planned up to `projectedEnd` (present when reviews are planned). */
  reviewMinutes?: number;
};

/** Why a schedule is not the whole plan the user asked for. */
export type ScheduleWarningCode =
  'no-availability' | 'too-long' | 'too-many' | 'target-missed' | 'cycle' | 'reviews-late';

/** A warning with the sentence the views show as it is. */
export type ScheduleWarning = { code: ScheduleWarningCode; message: string };

/** A plan's sessions, milestones and warnings, as `schedulePlan` makes them. */
export type Schedule = {
  /** In time order. */
  sessions: ScheduledSession[];
  /** One per roadmap phase, in phase order. */
  milestones: Milestone[];
  warnings: ScheduleWarning[];
  /** Reserve time left unplanned (catch-up time), up to the week of the last session. */
  reserve: ReserveBlock[];
  /** Review sessions, in time order: one per day with topics due (empty without `review`). */
  reviews: ReviewSession[];
};

/** A stretch of reserve time: ISO 8601 with the plan zone's offset. */
export type ReserveBlock = { start: string; end: string; minutes: number };

/** A planned session of the plan in force, as a replan reads it. */
export type SessionInForce = Pick<ScheduledSession, 'id' | 'topicId' | 'start' | 'end'>;

/** What `schedulePlan` needs besides the roadmap and the plan. */
export type ScheduleOptions = {
  /**
   * The instant to plan from (ISO 8601 with an offset, or ms since the epoch): no planned
   * session starts before it, and a day under way keeps only its remaining time.
   */
  now?: string | number;
  /** Plans from the start of this day in the plan's zone (`YYYY-MM-DD`) when `now` is absent. */
  today?: string;
  /** Logged sessions, in any order. */
  log?: readonly LoggedSession[];
  /** The plan in force: its planned sessions keep their times wherever the rules allow. */
  previous?: readonly SessionInForce[];
  /**
   * Keep the plan in force's sessions before `now` as they are (the plan as it stands, with
   * sessions not logged yet); without it they are gone and their work is planned again.
   * With it, too, sessions of the plan in force closer to each other than the plan's break
   * (made before the break changed) stay where they are: only a replan spaces them.
   */
  keepPast?: boolean;
  /** Busy time (UTC or with an offset): no session overlaps it. */
  busy?: readonly { start: string; end: string }[];
  /**
   * Sessions the user placed themselves: each keeps its id and times (even before `now`),
   * its minutes count towards its topic, and the rest of the plan flows around it.
   */
  pins?: readonly SessionInForce[];
  /**
   * Spaced review: finished topics' ratings and the plan's review settings. Due reviews are
   * planned first, at the start of each study day within the day's cap; study fills the rest.
   */
  review?: {
    /** Every rating of a topic; replayed when `cards` is absent. */
    log?: readonly ReviewLogEntry[];
    /** The cards the ratings made (as the app stores them): no replay needed. */
    cards?: readonly ReviewCard[];
    settings: ReviewSettings;
  };
};
