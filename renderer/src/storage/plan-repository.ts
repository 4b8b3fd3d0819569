import type { LogEntry } from '../domain';
import type { PlannerDatabase } from './database';
import type { PlanRecord } from './records';

/** The planned sessions of a schedule as the plan record keeps them (the plan in force). */
export type SessionsInForce = NonNullable<PlanRecord['inForce']>;

/** A roadmap's plan and session log as the UI reads them. */
export type PlanState = {
  /** Null until the user saves a plan. */
  plan: PlanRecord | null;
  /** In time order. */
  log: LogEntry[];
};

/** Reads a roadmap's plan and its session log in one read transaction. */
export async function readPlanState(db: PlannerDatabase, roadmapId: string): Promise<PlanState> {
  return db.transaction('r', db.plans, db.sessionLog, async () => {
    const [plan, rows] = await Promise.all([
      db.plans.where('roadmapId').equals(roadmapId).first(),
      db.sessionLog.where('roadmapId').equals(roadmapId).toArray(),
    ]);
    const log = rows
      .map(({ id: _id, roadmapId: _roadmapId, ...entry }) => entry)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.sessionId.localeCompare(b.sessionId));
    return { plan: plan ?? null, log };
  });
}
