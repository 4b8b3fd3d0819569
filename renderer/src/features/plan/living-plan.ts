import {
  DEFAULT_REVIEW_SETTINGS,
  plannedSessions,
  previewReplan,
  scheduledLog,
  schedulePlan,
} from '../../domain';
import type { BusySpan, LogEntry, Plan, Schedule } from '../../domain';
import type { ReviewCard } from '../../domain/review-cards';
import type { ScheduleOptions, SchedulingRoadmap, SessionInForce } from '../../domain/schedule-types';
import { remainingMinutes } from '../../domain/schedule-work';
import type { PlanRecord, SessionsInForce } from '../../storage';

/*
 * The living plan as the app follows it: the plan record keeps the sessions in force; the
 * schedule on screen is that plan as it stands (kept where the rules still allow, with what
 * was logged), and a replan plans the rest from now with the least change.
 */

/** What scheduling a plan needs besides the plan record: all plain data, so it survives postMessage. */
export type Inputs = {
  roadmap: SchedulingRoadmap;
  plan: Plan;
  log: readonly LogEntry[];
  busy: readonly BusySpan[];
  /** Sessions the user moved in their synced calendar: they stay there. */
  pins?: readonly SessionInForce[];
  /** Finished topics' review cards (as stored): their reviews come first each day. */
  reviewCards?: readonly ReviewCard[];
  /**
   * The break between sessions differs from the plan in force's: a replan lays every day out
   * afresh (keeping the sessions in force would keep their old spacing), as a new goal does.
   */
  reflow?: boolean;
  now: number;
};

/**
 * The schedule on screen: the sessions in force where they still fit (those in the past
 * stay until logged or replanned), a missed session holding its place until the next
 * replan, and work nothing covers yet (a raised estimate, a reopened topic) placed from now.
 */
export function scheduleInForce(record: PlanRecord, inputs: Inputs): Schedule {
  const { roadmap, plan, log, busy, pins, now } = inputs;
  const review = reviewOf(inputs);
  const logged = scheduledLog(log, record.replannedAt);
  // Plans saved before the living plan kept no sessions: theirs are planned from their day,
  // back to back as they were then (breaks came later).
  const previous =
    record.inForce ??
    plannedSessions(
      schedulePlan(
        roadmap,
        { ...plan, breakMinutes: plan.breakMinutes ?? 0 },
        { today: record.replannedOn, log: logged },
      ),
    );
  return schedulePlan(roadmap, plan, {
    now,
    log: logged,
    previous,
    keepPast: true,
    busy,
    ...(pins && { pins }),
    ...(review && { review }),
  });
}

/**
 * The plan replanned from now: sessions in force keep their times wherever the rules allow
 * (unless `reflow` says the break changed: then every day is laid out afresh).
 */
export function replanned(current: Pick<Schedule, 'sessions'> | null, inputs: Inputs): Schedule {
  const { roadmap, plan, log, busy, pins, now } = inputs;
  const review = reviewOf(inputs);
  return schedulePlan(roadmap, plan, {
    now,
    log: log.map(({ loggedAt: _loggedAt, ...entry }) => entry),
    ...(current && !inputs.reflow ? { previous: plannedSessions(current) } : {}),
    busy,
    ...(pins && { pins }),
    ...(review && { review }),
  });
}

/**
 * What the scheduler reads of reviews: the stored cards and the plan's settings (the defaults
 * until the user sets them; here, not on the UI thread's start-up path).
 */
function reviewOf({ reviewCards, plan }: Inputs): ScheduleOptions['review'] {
  return reviewCards && { cards: reviewCards, settings: plan.review ?? DEFAULT_REVIEW_SETTINGS };
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

/** A replan as the plan record keeps it, and how many sessions of `current` it changes. */
export function replanInForce(
  current: Pick<Schedule, 'sessions'> | null,
  inputs: Inputs,
): { inForce: SessionsInForce; moves: number } {
  const next = replanned(current, inputs);
  const moves = current
    ? previewReplan(
        { sessions: current.sessions, milestones: [], warnings: [], reserve: [], reviews: [] },
        next,
      ).moves.length
    : 0;
  return { inForce: toInForce(next), moves };
}

/**
 * Past these a plan is scheduled off the UI thread. Measured in Node on this 2-core machine:
 * the FastAPI plan (~270 sessions) takes ~8 ms, 1,000 topics (~2,000–3,000 sessions)
 * ~45–55 ms, and a plan of 5-minute sessions at the 20,000-session cap 0.2–0.7 s.
 */
export const LARGE_PLAN = { sessions: 2_000, topics: 300 } as const;

/**
 * Whether scheduling may take long enough to be felt: the topics to order, or the sessions
 * the open work makes, pass `LARGE_PLAN`. Sessions run as long as the longest session and
 * the day allow (one shorter piece ends each topic), so that is what counts them, not the
 * shortest session: FastAPI with 5-minute shortest sessions still makes ~300.
 */
export function isLargePlan({ roadmap, plan, log }: Pick<Inputs, 'roadmap' | 'plan' | 'log'>): boolean {
  if (roadmap.topics.length > LARGE_PLAN.topics) return true;
  const longestDay = Math.max(...Object.values(plan.availability));
  if (longestDay <= 0) return false;
  const remaining = remainingMinutes(roadmap.topics, plan, log);
  let minutes = 0;
  for (const left of remaining.values()) minutes += left;
  const sessions = minutes / Math.max(1, Math.min(plan.maxSessionMinutes, longestDay)) + remaining.size;
  return sessions > LARGE_PLAN.sessions;
}
