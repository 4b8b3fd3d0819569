import type { PlannerDatabase } from './database';
import { icsHistoryKey } from './meta-keys';
import type { RoadmapEditsRecord, RoadmapRecord } from './records';

/** Everything stored about one roadmap, as `removeRoadmapRows` took it away. */
export type RoadmapRows = {
  roadmap: RoadmapRecord | undefined;
  edits: RoadmapEditsRecord | undefined;
  tables: ReadonlyMap<RoadmapTableName, readonly unknown[]>;
  meta: { key: string; value: unknown }[];
};

/** The tables whose rows belong to one roadmap through `roadmapId`. */
const ROADMAP_TABLES = [
  'topicStates',
  'itemStates',
  'notes',
  'plans',
  'sessionLog',
  'busyCalendars',
] as const;
type RoadmapTableName = (typeof ROADMAP_TABLES)[number];

/** The tables `removeRoadmapRows` and `putRoadmapRows` write: use them for the transaction. */
export function roadmapTables(db: PlannerDatabase) {
  return [...ROADMAP_TABLES.map((name) => db.table(name)), db.roadmaps, db.roadmapEdits, db.meta];
}

/**
 * Deletes an imported roadmap with everything stored about it (progress, notes, plan, log,
 * busy calendars, edits, calendar export history) and returns it all, for the undo. Run it
 * inside a transaction over `roadmapTables`.
 */
export async function removeRoadmapRows(db: PlannerDatabase, id: string): Promise<RoadmapRows> {
  // Read before the plans go: their ids key the calendar export history.
  const plans = await db.plans.where('roadmapId').equals(id).toArray();
  const tables = new Map<RoadmapTableName, readonly unknown[]>();
  for (const name of ROADMAP_TABLES) {
    const collection = db.table(name).where('roadmapId').equals(id);
    tables.set(name, await collection.toArray());
    await collection.delete();
  }
  const metaKeys = plans.map((plan) => icsHistoryKey(plan.id));
  const meta = (await db.meta.bulkGet(metaKeys)).filter((row) => row !== undefined);
  await db.meta.bulkDelete(metaKeys);
  const roadmap = await db.roadmaps.get(id);
  const edits = await db.roadmapEdits.get(id);
  await db.roadmaps.delete(id);
  await db.roadmapEdits.delete(id);
  return { roadmap, edits, tables, meta };
}

/** Puts back what `removeRoadmapRows` took away. Run it inside a transaction over `roadmapTables`. */
export async function putRoadmapRows(db: PlannerDatabase, rows: RoadmapRows): Promise<void> {
  for (const name of ROADMAP_TABLES) await db.table(name).bulkPut([...(rows.tables.get(name) ?? [])]);
  await db.meta.bulkPut(rows.meta);
  if (rows.roadmap) await db.roadmaps.put(rows.roadmap);
  if (rows.edits) await db.roadmapEdits.put(rows.edits);
}
