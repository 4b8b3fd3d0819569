import { Dexie } from 'dexie';
import type { DexieOptions, EntityTable, Table } from 'dexie';
import type { TopicId } from '../domain';
import type {
  BusyCalendarRecord,
  ExportChoicesRecord,
  ItemStateRecord,
  MetaRecord,
  NoteRecord,
  PlanRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  RoadmapEditsRecord,
  RoadmapRecord,
  SessionLogRecord,
  TopicStateRecord,
} from './records';
import { schemaHistory } from './schema';

/** The IndexedDB database the app keeps everything in. */
export const PLANNER_DATABASE_NAME = 'roadmap-planner';

/**
 * The app's Dexie database, its layout given by `schemaHistory`.
 *
 * Tables keyed by a compound key can also be queried by its leading parts
 * (`where('roadmapId')`): Dexie 4 derives those "virtual" indexes, so none is stored.
 */
export class PlannerDatabase extends Dexie {
  // `declare`: Dexie defines the tables on the instance inside `version().stores()`; a real
  // class field would be initialised after `super()` and could shadow them.
  declare topicStates: Table<TopicStateRecord, [string, TopicId]>;
  declare itemStates: Table<ItemStateRecord, [string, TopicId, string]>;
  declare notes: Table<NoteRecord, [string, TopicId]>;
  declare plans: EntityTable<PlanRecord, 'id'>;
  declare sessionLog: EntityTable<SessionLogRecord, 'id'>;
  declare busyCalendars: EntityTable<BusyCalendarRecord, 'id'>;
  declare roadmaps: EntityTable<RoadmapRecord, 'id'>;
  declare roadmapEdits: EntityTable<RoadmapEditsRecord, 'roadmapId'>;
  declare reviewLog: EntityTable<ReviewLogRecord, 'id'>;
  declare reviewCards: Table<ReviewCardRecord, [string, TopicId]>;
  declare exportChoices: EntityTable<ExportChoicesRecord, 'planId'>;
  declare meta: EntityTable<MetaRecord, 'key'>;

  /**
   * @param name the database's name; tests pass fresh ones.
   * @param options Dexie options; tests pass fake-indexeddb's `indexedDB` and `IDBKeyRange`.
   */
  constructor(name: string = PLANNER_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const step of schemaHistory) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/**
 * Creates the database and opens it, upgrading an older one on the way, so that failures
 * (disk full, a newer schema, no IndexedDB) surface here rather than at the first click.
 * Reject reasons are Dexie errors: show them with `describeStorageError`.
 */
export async function openPlannerDatabase(
  name: string = PLANNER_DATABASE_NAME,
  options?: DexieOptions,
): Promise<PlannerDatabase> {
  const db = new PlannerDatabase(name, options);
  await db.open();
  return db;
}
