import { useLiveQuery } from 'dexie-react-hooks';
import { readCalendarSync } from './calendar-sync-repository';
import type { CalendarSyncState } from './calendar-sync-repository';
import type { PlannerDatabase } from './database';

/** A roadmap's calendar sync state, live; `undefined` while loading (see `useProgress`). */
export function useCalendarSync(
  db: PlannerDatabase | null,
  roadmapId: string,
): CalendarSyncState | undefined {
  const result = useLiveQuery(
    async () => (db ? { db, roadmapId, state: await readCalendarSync(db, roadmapId) } : undefined),
    [db, roadmapId],
  );
  return result?.db === db && result.roadmapId === roadmapId ? result.state : undefined;
}
