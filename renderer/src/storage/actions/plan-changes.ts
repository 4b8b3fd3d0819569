import type { PlanSettings, TopicId } from '../../domain';
import type { PlannerDatabase } from '../database';
import type { SessionsInForce } from '../plan-repository';
import { loadPlanSchema, replanFrom, savePlanSettings, setEstimateOverride } from '../plan-writes';
import type { PlanRecord } from '../records';
import type { Action, Done } from './done';

// The plan actions' writing (see plan-actions.ts, which loads this module on first use).

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
