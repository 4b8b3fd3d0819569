import type { PlannerDatabase } from './database';
import type { BusyCalendarRecord } from './records';

/** A roadmap's busy calendars, oldest first (the order the user added them). */
export async function readBusyCalendars(
  db: PlannerDatabase,
  roadmapId: string,
): Promise<BusyCalendarRecord[]> {
  const rows = await db.busyCalendars.where('roadmapId').equals(roadmapId).toArray();
  return rows.sort((a, b) => compare(a.addedAt, b.addedAt) || compare(a.id, b.id));
}

/** Rows by id; `null` stands for "no such row". */
export type BusyCalendarRows = ReadonlyMap<string, BusyCalendarRecord | null>;

/**
 * Sets each listed row to the given one, or deletes it (`null`), inside the caller's
 * transaction; returns what the rows were before.
 */
export async function putBusyCalendars(
  db: PlannerDatabase,
  ids: readonly string[],
  next: (current: BusyCalendarRows) => BusyCalendarRows,
): Promise<{ before: BusyCalendarRows; after: BusyCalendarRows }> {
  const found = await db.busyCalendars.bulkGet([...ids]);
  const before: BusyCalendarRows = new Map(ids.map((id, i) => [id, found[i] ?? null]));
  const after = next(before);
  for (const id of ids) {
    const row = after.get(id) ?? null;
    if (row) await db.busyCalendars.put(row);
    else await db.busyCalendars.delete(id);
  }
  return { before, after };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
