import { useLiveQuery } from 'dexie-react-hooks';
import type { CalendarSyncState } from './calendar-sync-repository';
import type { PlannerDatabase } from './database';

/**
 * A roadmap's calendar sync state, live; `undefined` while loading (see `useProgress`). The
 * plan reads it on the start-up path: the reader loads on first use, not with the first paint.
 */
export function useCalendarSync(
  db: PlannerDatabase | null,
  roadmapId: string,
): CalendarSyncState | undefined {
  const result = useLiveQuery(async () => {
    if (!db) return undefined;
    // Promise.resolve: a non-Dexie promise awaited in a live query must go through it (Dexie's docs).
    const { readCalendarSync } = await Promise.resolve(import('./calendar-sync-repository'));
    return { db, roadmapId, state: await readCalendarSync(db, roadmapId) };
  }, [db, roadmapId]);
  return result?.db === db && result.roadmapId === roadmapId ? result.state : undefined;
}
