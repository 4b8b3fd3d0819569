import type { LoggedSession, PlanSettings, TopicId, TopicStatus } from '../../domain';
import type { PlannerDatabase } from '../database';
import { loadPlanSchema, replanFrom, savePlanSettings, setEstimateOverride } from '../plan-repository';
import type { SessionsInForce } from '../plan-repository';
import type { PlanRecord } from '../records';
import type { Action, Done } from './done';

type Options = Pick<Done, 'announce'>;

/**
 * Runs `write` on a roadmap's plan in one transaction; the undo puts the plan record back
 * as it was (or removes it, when there was none), and its undo puts this one back. With
 * `replay`, a change of the plan's retention or time zone computes the roadmap's review
 * cards again from its log, in the same transaction (and so does its undo).
 */
function changePlan(
  roadmapId: string,
  write: (db: PlannerDatabase) => Promise<unknown>,
  text: string,
  options: Options,
  replay = false,
): Action {
  return async (db) => {
    // ts-fsrs loads before the transaction opens (an await inside would end it).
    const reviews = replay ? await import('../review-repository') : null;
    const tables = [db.plans, db.sessionLog, db.reviewLog, db.reviewCards];
    const before = await db.transaction('rw', tables, async () => {
      const previous = (await db.plans.where('roadmapId').equals(roadmapId).first()) ?? null;
      await write(db);
      await reviews?.replayIfChanged(db, roadmapId, previous);
      return previous;
    });
    return { ...options, text, undo: () => putPlan(roadmapId, before, text, options)(db) };
  };
}

/** Loads the plan schema before `action` opens its transaction (see `loadPlanSchema`). */
function withPlanSchema(action: Action): Action {
  return async (db) => {
    await loadPlanSchema();
    return action(db);
  };
}

function putPlan(roadmapId: string, record: PlanRecord | null, text: string, options: Options): Action {
  return changePlan(
    roadmapId,
    (db) => (record ? db.plans.put(record) : db.plans.where('roadmapId').equals(roadmapId).delete()),
    text,
    options,
    true,
  );
}

/** Saves the plan's settings with the sessions planned from them from now on. */
export function savePlan(
  roadmapId: string,
  settings: PlanSettings,
  today: string,
  inForce: SessionsInForce,
): Action {
  return withPlanSchema(
    changePlan(
      roadmapId,
      (db) => savePlanSettings(db, roadmapId, settings, today, inForce),
      'Plan saved. The schedule starts from now.',
      { announce: true },
      true,
    ),
  );
}

/** Puts a replanned schedule in force (`text` says what moved). */
export function replan(roadmapId: string, today: string, inForce: SessionsInForce, text: string): Action {
  return changePlan(roadmapId, (db) => replanFrom(db, roadmapId, today, inForce), text, {
    announce: true,
  });
}

/** Sets or clears (null) the user's own estimate of a topic. */
export function setEstimate(
  roadmapId: string,
  topicId: TopicId,
  hours: number | null,
  fallback: { settings: PlanSettings; today: string },
  title: string,
): Action {
  return withPlanSchema(
    changePlan(
      roadmapId,
      (db) => setEstimateOverride(db, roadmapId, topicId, hours, fallback),
      hours === null ? `Estimate of “${title}” reset.` : `Estimate of “${title}” set to ${hours} h.`,
      {},
    ),
  );
}

/**
 * Logs a session done or missed, with its topic's new status when it has one; a topic it
 * finishes is rated, as Done does.
 */
export function logStudySession(
  roadmapId: string,
  session: LoggedSession,
  status: TopicStatus | null,
  text: string,
): Action {
  return async (db) => {
    // The log's writing loads on first use, off the start-up path; a session that finishes its
    // topic rates it, so ts-fsrs loads too, before the transaction opens.
    const [log, reviews] = await Promise.all([
      import('../session-log-repository'),
      status === 'done' ? import('../review-repository') : null,
    ]);
    const undo = await log.logSession(db, roadmapId, session, status, reviews);
    return {
      text,
      announce: true,
      undo: async () => {
        await log.undoLogSession(db, undo, reviews);
        return { text, undo: () => logStudySession(roadmapId, session, status, text)(db) };
      },
    };
  };
}
