import type { Transaction } from 'dexie';
import { isTopicStatus } from '../domain';
import type { TopicStatus } from '../domain';
import type { MetaRecord, TopicStateRecord } from './records';

/**
 * One step of the database's history.
 *
 * To change the schema, append an entry: a higher `version`, the tables it adds or changes
 * (`null` deletes one), and an `upgrade` that moves the rows stored in the previous layout,
 * plus a test that opens a database written by the previous version. Never edit an entry
 * that has shipped: installed databases were built from it.
 */
export type SchemaVersion = {
  /** Dexie's version number; IndexedDB's own is ten times it. */
  version: number;
  /**
   * Dexie store specs, merged over the earlier entries' (an entry lists only what it adds or
   * changes); `null` deletes a table once the upgrade has run.
   */
  stores: Readonly<Record<string, string | null>>;
  /**
   * Moves rows into this version's layout. Dexie runs it only when it upgrades an existing
   * database from an earlier version, never when it creates a fresh one. Tables this version
   * deletes are still readable here (`tx.table(name)`).
   */
  upgrade?: (tx: Transaction) => Promise<void>;
};

/** The roadmap the preview builds knew; their rows carried no roadmap id. */
const PREVIEW_ROADMAP_ID = 'fastapi';

/** Where v1 keeps preview rows it could not read, so that no row is ever dropped. */
export const UNREADABLE_PREVIEW_ROWS_KEY = 'preview-progress-unreadable';

function isPreviewRow(row: unknown): row is { topicId: string; status: TopicStatus } {
  if (typeof row !== 'object' || row === null || !('topicId' in row) || !('status' in row)) return false;
  const { topicId, status } = row;
  return typeof topicId === 'string' && topicId !== '' && isTopicStatus(status);
}

/**
 * v0.1 → v1: the preview builds kept one table `progress` of `{ topicId, status }` keyed by
 * topicId alone (one roadmap only). Every row moves to `topicStates` under the FastAPI
 * roadmap; a row that does not look like one is kept verbatim in `meta`.
 */
async function movePreviewProgress(tx: Transaction): Promise<void> {
  // Guard anyway: a future entry's upgrade path must not assume the preview table exists.
  if (!tx.idbtrans.objectStoreNames.contains('progress')) return;
  const rows: unknown[] = await tx.table('progress').toArray();
  const updatedAt = new Date().toISOString();
  const states: TopicStateRecord[] = [];
  const unreadable: unknown[] = [];
  for (const row of rows) {
    if (isPreviewRow(row)) {
      states.push({ roadmapId: PREVIEW_ROADMAP_ID, topicId: row.topicId, status: row.status, updatedAt });
    } else {
      unreadable.push(row);
    }
  }
  await tx.table<TopicStateRecord>('topicStates').bulkPut(states);
  if (unreadable.length > 0) {
    await tx
      .table<MetaRecord>('meta')
      .put({ key: UNREADABLE_PREVIEW_ROWS_KEY, value: unreadable } satisfies MetaRecord);
  }
}

/** Where v2 keeps rows of the v1 placeholder tables `plans` and `sessionLog` (v1 never wrote any). */
export const PLACEHOLDER_ROWS_KEY = 'v1-placeholder-rows';

/**
 * v1 → v2: `plans` and `sessionLog` get their real rows. v1 only declared them, so they are
 * empty; should one hold anything, it is kept in `meta`, not dropped.
 */
async function setAsidePlaceholderRows(tx: Transaction): Promise<void> {
  const plans: unknown[] = await tx.table('plans').toArray();
  const sessionLog: unknown[] = await tx.table('sessionLog').toArray();
  if (plans.length === 0 && sessionLog.length === 0) return;
  await tx.table<MetaRecord>('meta').put({ key: PLACEHOLDER_ROWS_KEY, value: { plans, sessionLog } });
  await tx.table('plans').clear();
  await tx.table('sessionLog').clear();
}

/** The whole schema history, oldest first; the last entry is the current layout. */
export const schemaHistory: readonly SchemaVersion[] = [
  {
    // The preview builds' layout (native IndexedDB version 1). Kept so the history is
    // complete; Dexie reads what a database really holds before it upgrades it anyway.
    version: 0.1,
    stores: { progress: 'topicId' },
  },
  {
    version: 1,
    stores: {
      progress: null,
      topicStates: '[roadmapId+topicId]',
      itemStates: '[roadmapId+topicId+itemId]',
      notes: '[roadmapId+topicId]',
      plans: 'id, roadmapId',
      sessionLog: '++id, roadmapId',
      meta: 'key',
    },
    upgrade: movePreviewProgress,
  },
  {
    version: 2,
    stores: {
      plans: 'id, roadmapId',
      sessionLog: '++id, roadmapId, &[roadmapId+sessionId]',
    },
    upgrade: setAsidePlaceholderRows,
  },
  {
    // Busy calendars (the user's .ics files), and plans may hold their sessions in force
    // (an optional field, so no index changes). A new table and a new optional field: no
    // stored row changes shape, so there is nothing to upgrade.
    version: 3,
    stores: { busyCalendars: 'id, roadmapId' },
  },
  {
    // Imported roadmaps and the user's prerequisite edits: two new tables, no stored row
    // changes shape, so there is nothing to upgrade (the upgrade test checks rows survive).
    version: 4,
    stores: { roadmaps: 'id', roadmapEdits: 'roadmapId' },
  },
  {
    // Spaced review: every rating of a topic, and each rated topic's card. Two new tables, no
    // stored row changes shape, so there is nothing to upgrade (the upgrade test checks rows
    // survive). Topics finished before this version have no rating: they are not reviewed
    // until the user rates them.
    version: 5,
    stores: { reviewLog: '++id, roadmapId, [roadmapId+topicId]', reviewCards: '[roadmapId+topicId]' },
  },
  {
    // The calendar export dialog's choices per plan (range, milestones, reminder), found by
    // roadmap so they go with it. A new table, no stored row changes shape: nothing to upgrade.
    version: 6,
    stores: { exportChoices: 'planId, roadmapId' },
  },
];

/** The schema version this code writes. */
export const CURRENT_SCHEMA_VERSION: number = schemaHistory.at(-1)!.version;
