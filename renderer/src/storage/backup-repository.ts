import type { Table } from 'dexie';
import type {
  Backup,
  BackupData,
  BackupMetaEntry,
  KeptAsideRow,
  ParseBackupOptions,
  ParseBackupResult,
  RoadmapData,
} from '../domain';
import type { PlannerDatabase } from './database';
import type { MetaRecord } from './records';

/** `meta` keys under which `importBackup` keeps rows for topics the roadmap does not have. */
export const KEPT_ASIDE_KEY_PREFIX = 'kept-aside-';

/** The value of a kept-aside `meta` row: the rows, and the backup they came from. */
export type KeptAsideRecordValue = {
  exportedAt: string;
  appVersion: string;
  rows: KeptAsideRow[];
};

/** What `importBackup` did beyond restoring the tables. */
export type ImportBackupResult = {
  /** The `meta` key holding the kept-aside rows, or `null` when there were none. */
  keptAsideKey: string | null;
};

/**
 * Reads and checks a backup file without touching anything stored (the domain's
 * `parseBackup`, see there). The parser, zod and the JSON scanner load on the first call:
 * starting the app does not need them.
 */
export async function readBackupFile(text: string, options: ParseBackupOptions): Promise<ParseBackupResult> {
  const { parseBackup } = await import('../domain/backup-parse');
  return parseBackup(text, options);
}

function backupTables(db: PlannerDatabase) {
  return [
    db.topicStates,
    db.itemStates,
    db.notes,
    db.plans,
    db.sessionLog,
    db.busyCalendars,
    db.roadmaps,
    db.roadmapEdits,
    db.reviewLog,
    db.reviewCards,
    db.exportChoices,
    db.meta,
  ] as const;
}

/**
 * Reads every table in one read transaction, so the backup is one consistent moment.
 * Pass the result to the domain's `serializeBackup`.
 */
export async function exportBackupData(db: PlannerDatabase): Promise<BackupData> {
  return db.transaction('r', backupTables(db), async () => {
    const [
      topicStates,
      itemStates,
      notes,
      plans,
      sessionLog,
      busyCalendars,
      roadmapRows,
      roadmapEdits,
      reviewLog,
      reviewCards,
      exportChoices,
      meta,
    ] = await Promise.all([
      db.topicStates.toArray(),
      db.itemStates.toArray(),
      db.notes.toArray(),
      db.plans.toArray(),
      db.sessionLog.toArray(),
      db.busyCalendars.toArray(),
      db.roadmaps.toArray(),
      db.roadmapEdits.toArray(),
      db.reviewLog.toArray(),
      db.reviewCards.toArray(),
      db.exportChoices.toArray(),
      db.meta.toArray(),
    ]);
    // A backup holds each roadmap's file; the restore reads it again (see the backup schema).
    const roadmaps = roadmapRows.map(({ data: _parsed, ...file }) => file);
    return {
      topicStates,
      itemStates,
      notes,
      plans,
      sessionLog,
      busyCalendars,
      roadmaps,
      roadmapEdits,
      reviewLog,
      reviewCards,
      exportChoices,
      meta,
    };
  });
}

/**
 * Replaces everything stored with a backup's data in one read-write transaction: every table
 * is cleared and refilled, or, if anything fails (a repeated key, a full disk), nothing
 * changes. Rows kept aside (topics the roadmap does not have) are stored in `meta` under
 * `kept-aside-<exportedAt>` so nothing is lost.
 *
 * Takes only what `readBackupFile` returned with `ok: true` (the backup and its roadmaps'
 * parsed forms, in row order): it does not check the data again.
 * Reject reasons are Dexie errors: show them with `describeStorageError`.
 */
export async function importBackup(
  db: PlannerDatabase,
  backup: Backup,
  roadmaps: readonly RoadmapData[],
): Promise<ImportBackupResult> {
  const { data } = backup;
  const roadmapRows = data.roadmaps.map((row, index) => ({ ...row, data: roadmaps[index]! }));
  const kept = data.keptAside ?? [];
  const keptAsideKey =
    kept.length > 0 ? freeKey(`${KEPT_ASIDE_KEY_PREFIX}${backup.exportedAt}`, data.meta) : null;
  await db.transaction('rw', backupTables(db), async () => {
    for (const table of backupTables(db)) await table.clear();
    await db.topicStates.bulkAdd(data.topicStates);
    await db.itemStates.bulkAdd(data.itemStates);
    await db.notes.bulkAdd(data.notes);
    await db.plans.bulkAdd(data.plans);
    await db.sessionLog.bulkAdd(data.sessionLog);
    await db.busyCalendars.bulkAdd(data.busyCalendars);
    await db.roadmaps.bulkAdd(roadmapRows);
    await db.roadmapEdits.bulkAdd(data.roadmapEdits);
    await db.reviewLog.bulkAdd(data.reviewLog);
    await db.reviewCards.bulkAdd(data.reviewCards);
    await db.exportChoices.bulkAdd(data.exportChoices);
    await db.meta.bulkAdd(data.meta);
    if (keptAsideKey !== null) {
      const value: KeptAsideRecordValue = {
        exportedAt: backup.exportedAt,
        appVersion: backup.appVersion,
        rows: kept,
      };
      await db.meta.add({ key: keptAsideKey, value } satisfies MetaRecord);
    }
  });
  return { keptAsideKey };
}

/** `base`, or `base-2`, `base-3` … when the backup's own `meta` already uses it. */
function freeKey(base: string, meta: readonly BackupMetaEntry[]): string {
  const taken = new Set(meta.map((row) => row.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** Every table's rows with their primary keys, in key order. */
export type DatabaseDump = {
  /** Dexie's schema version. */
  version: number;
  tables: Record<string, { key: unknown; row: unknown }[]>;
};

/**
 * Everything the database holds, every table (including any the backup does not know), read
 * in one transaction: tests compare dumps to prove a refused or failed import changed nothing.
 */
export async function dumpDatabase(db: PlannerDatabase): Promise<DatabaseDump> {
  const tables: Table[] = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  return db.transaction('r', tables, async () => {
    const dump: DatabaseDump = { version: db.verno, tables: {} };
    for (const table of tables) {
      const keys = await table.toCollection().primaryKeys();
      const rows: unknown[] = await table.toArray();
      dump.tables[table.name] = rows.map((row, i) => ({ key: keys[i], row }));
    }
    return dump;
  });
}
