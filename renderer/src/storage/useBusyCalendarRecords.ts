import { useLiveQuery } from 'dexie-react-hooks';
import { readBusyCalendars } from './busy-calendar-repository';
import type { PlannerDatabase } from './database';
import type { BusyCalendarRecord } from './records';

/**
 * A roadmap's busy calendars as stored, kept current as anything writes to them; `undefined`
 * while loading (see `useProgress`).
 */
export function useBusyCalendarRecords(
  db: PlannerDatabase | null,
  roadmapId: string,
): readonly BusyCalendarRecord[] | undefined {
  const result = useLiveQuery(
    async () => (db ? { db, roadmapId, rows: await readBusyCalendars(db, roadmapId) } : undefined),
    [db, roadmapId],
  );
  return result?.db === db && result.roadmapId === roadmapId ? result.rows : undefined;
}
