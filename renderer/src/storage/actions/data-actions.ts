import type { Table } from 'dexie';
import type { Backup, RoadmapData } from '../../domain';
import { importBackup } from '../backup-repository';
import type { PlannerDatabase } from '../database';
import { resetProgress, restoreProgress } from '../progress-reset';
import type { Action } from './done';

/** Every row of every table, as stored (all our tables keep their keys in the rows). */
type Rows = ReadonlyMap<string, readonly unknown[]>;

async function readAll(db: PlannerDatabase): Promise<Rows> {
  return new Map(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

async function writeAll(db: PlannerDatabase, rows: Rows): Promise<void> {
  for (const table of db.tables as Table<unknown>[]) {
    await table.clear();
    await table.bulkAdd([...(rows.get(table.name) ?? [])]);
  }
}

/** Puts the whole database back as `rows` in one transaction; its undo brings back what this replaced. */
function putAll(rows: Rows, text: string): Action {
  return async (db) => {
    const before = await db.transaction('rw', db.tables, async () => {
      const previous = await readAll(db);
      await writeAll(db, rows);
      return previous;
    });
    return { text, replacesAll: true, undo: () => putAll(before, text)(db) };
  };
}

/**
 * Replaces everything stored with a checked backup (and its roadmaps' parsed forms, as
 * `readBackupFile` gave them); undo brings back the data it replaced.
 */
export function restoreBackup(backup: Backup, roadmaps: readonly RoadmapData[], fileName: string): Action {
  return async (db) => {
    const text = `Restored “${fileName}”.`;
    const before = await db.transaction('rw', db.tables, async () => {
      const previous = await readAll(db);
      await importBackup(db, backup, roadmaps);
      return previous;
    });
    return { text, announce: true, replacesAll: true, undo: () => putAll(before, text)(db) };
  };
}

/** Clears a roadmap's statuses, ticks and logged sessions (notes and plan stay). */
export function resetRoadmapProgress(roadmapId: string): Action {
  return async (db) => {
    const snapshot = await resetProgress(db, roadmapId);
    const text = 'Progress reset.';
    return {
      text,
      announce: true,
      replacesAll: true,
      undo: async () => {
        await restoreProgress(db, snapshot);
        return { text, replacesAll: true, undo: () => resetRoadmapProgress(roadmapId)(db) };
      },
    };
  };
}
