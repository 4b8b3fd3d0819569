import type { Table } from 'dexie';
import type { PlannerDatabase } from './database';
import { icsHistoryKey } from './meta-keys';
import type { RoadmapRecord } from './records';

/** Everything stored about one roadmap, as `removeRoadmapRows` took it away. */
export type RoadmapRows = {
  roadmap: RoadmapRecord | undefined;
  /** The rows of each table keyed or indexed by `roadmapId`, by table name. */
  tables: ReadonlyMap<string, readonly unknown[]>;
  meta: { key: string; value: unknown }[];
};

/**
 * The tables whose rows belong to a roadmap: keyed or indexed by `roadmapId`. Read from the
 * schema, so a table added later goes with its roadmap without being listed here.
 */
function perRoadmapTables(db: PlannerDatabase): Table[] {
  return db.tables.filter(({ schema }) => {
    const key = schema.primKey.keyPath;
    return (
      'roadmapId' in schema.idxByName || key === 'roadmapId' || (Array.isArray(key) && key[0] === 'roadmapId')
    );
  });
}

/** The tables `removeRoadmapRows` and `putRoadmapRows` write: use them for the transaction. */
export function roadmapTables(db: PlannerDatabase): Table[] {
  return [...perRoadmapTables(db), db.roadmaps, db.meta];
}

/**
 * Deletes an imported roadmap with everything stored about it (progress, notes, plan, log,
 * busy calendars, edits, calendar export history) and returns it all, for the undo. Run it
 * inside a transaction over `roadmapTables`.
 */
export async function removeRoadmapRows(db: PlannerDatabase, id: string): Promise<RoadmapRows> {
  // Read before the plans go: their ids key the calendar export history.
  const plans = await db.plans.where('roadmapId').equals(id).toArray();
  const tables = new Map<string, readonly unknown[]>();
  for (const table of perRoadmapTables(db)) {
    const collection = table.where('roadmapId').equals(id);
    tables.set(table.name, await collection.toArray());
    await collection.delete();
  }
  const metaKeys = plans.map((plan) => icsHistoryKey(plan.id));
  const meta = (await db.meta.bulkGet(metaKeys)).filter((row) => row !== undefined);
  await db.meta.bulkDelete(metaKeys);
  const roadmap = await db.roadmaps.get(id);
  await db.roadmaps.delete(id);
  return { roadmap, tables, meta };
}

/** Puts back what `removeRoadmapRows` took away. Run it inside a transaction over `roadmapTables`. */
export async function putRoadmapRows(db: PlannerDatabase, rows: RoadmapRows): Promise<void> {
  for (const [name, tableRows] of rows.tables) await db.table(name).bulkPut([...tableRows]);
  await db.meta.bulkPut(rows.meta);
  if (rows.roadmap) await db.roadmaps.put(rows.roadmap);
}
