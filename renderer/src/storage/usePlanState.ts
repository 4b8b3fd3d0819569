import { useLiveQuery } from 'dexie-react-hooks';
import type { PlannerDatabase } from './database';
import type { PlanState } from './plan-repository';
import { readPlanState } from './plan-repository';

/**
 * A roadmap's plan and session log, kept current as anything writes to them. `undefined`
 * while loading (see `useProgress`).
 */
export function usePlanState(db: PlannerDatabase | null, roadmapId: string): PlanState | undefined {
  const result = useLiveQuery(
    async () => (db ? { db, roadmapId, state: await readPlanState(db, roadmapId) } : undefined),
    [db, roadmapId],
  );
  return result?.db === db && result.roadmapId === roadmapId ? result.state : undefined;
}
