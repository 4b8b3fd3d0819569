import { isTopicStatus } from '../domain';
import type { TopicId, TopicStatus } from '../domain';
import type { PlannerDatabase } from './database';
import type { ItemStateRecord, NoteRecord, SessionLogRecord, TopicStateRecord } from './records';

/** One roadmap's progress as the UI reads it. A topic with no status is `todo`. */
export type Progress = {
  statuses: Map<TopicId, TopicStatus>;
  /** Only topics with at least one ticked item appear. */
  checkedItems: Map<TopicId, Set<string>>;
  notes: Map<TopicId, string>;
};

/** One status to write. */
export type TopicStatusChange = { topicId: TopicId; status: TopicStatus };

/** The rows `resetProgress` removed, exactly as stored, for `restoreProgress` (undo). */
export type ProgressSnapshot = {
  roadmapId: string;
  topicStates: TopicStateRecord[];
  itemStates: ItemStateRecord[];
  notes: NoteRecord[];
  /** Logged study sessions: work logged done counts towards a topic, so it is progress too. */
  sessionLog: SessionLogRecord[];
};

/** What `resetProgress` clears besides statuses and ticked items. */
export type ResetOptions = {
  /** Also delete the user's notes. Off by default: notes are the user's writing, not progress marks. */
  includeNotes?: boolean;
};

function now(): string {
  return new Date().toISOString();
}

/**
 * Writes many statuses in one transaction: a single change, the "mark prerequisites done
 * too" cascade and bulk marking all go through here, so either every status is stored or
 * none is. A topic listed twice gets its last status.
 *
 * @throws RangeError before writing anything when a status is not a `TopicStatus`.
 */
export async function setTopicStatuses(
  db: PlannerDatabase,
  roadmapId: string,
  changes: readonly TopicStatusChange[],
): Promise<void> {
  const bad = changes.find((change) => !isTopicStatus(change.status));
  if (bad) throw new RangeError(`Unknown status "${String(bad.status)}" for topic ${bad.topicId}`);
  if (changes.length === 0) return;
  const updatedAt = now();
  const rows = changes.map(
    ({ topicId, status }) => ({ roadmapId, topicId, status, updatedAt }) satisfies TopicStateRecord,
  );
  // One bulkPut is one request batch; 500 separate puts would be 500 awaits.
  await db.transaction('rw', db.topicStates, () => db.topicStates.bulkPut(rows));
}

/** One checklist item to tick or untick. */
export type ItemCheckChange = { topicId: TopicId; itemId: string; checked: boolean };

/**
 * Writes statuses and ticked items together in one transaction: a tick that also starts its
 * topic, or an undo of both, is stored whole or not at all.
 */
export async function applyProgressChanges(
  db: PlannerDatabase,
  roadmapId: string,
  changes: { statuses: readonly TopicStatusChange[]; items: readonly ItemCheckChange[] },
): Promise<void> {
  const bad = changes.statuses.find((change) => !isTopicStatus(change.status));
  if (bad) throw new RangeError(`Unknown status "${String(bad.status)}" for topic ${bad.topicId}`);
  const updatedAt = now();
  await db.transaction('rw', db.topicStates, db.itemStates, async () => {
    if (changes.statuses.length > 0) {
      await db.topicStates.bulkPut(
        changes.statuses.map(({ topicId, status }) => ({ roadmapId, topicId, status, updatedAt })),
      );
    }
    if (changes.items.length > 0) {
      await db.itemStates.bulkPut(
        changes.items.map(({ topicId, itemId, checked }) => ({
          roadmapId,
          topicId,
          itemId,
          checked,
          updatedAt,
        })),
      );
    }
  });
}

/** Ticks or unticks one checklist item of a topic. */
export async function setItemChecked(
  db: PlannerDatabase,
  roadmapId: string,
  topicId: TopicId,
  itemId: string,
  checked: boolean,
): Promise<void> {
  const row = { roadmapId, topicId, itemId, checked, updatedAt: now() } satisfies ItemStateRecord;
  await db.transaction('rw', db.itemStates, () => db.itemStates.put(row));
}

/** Saves the user's note on a topic; an empty (or blank) note deletes it. */
export async function setNote(
  db: PlannerDatabase,
  roadmapId: string,
  topicId: TopicId,
  text: string,
): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    if (text.trim() === '') {
      await db.notes.delete([roadmapId, topicId]);
    } else {
      await db.notes.put({ roadmapId, topicId, text, updatedAt: now() } satisfies NoteRecord);
    }
  });
}

/**
 * Clears a roadmap's statuses and ticked items (and notes if asked) in one transaction.
 * Other roadmaps are untouched.
 *
 * @returns what was removed, for `restoreProgress`.
 */
export async function resetProgress(
  db: PlannerDatabase,
  roadmapId: string,
  options: ResetOptions = {},
): Promise<ProgressSnapshot> {
  return db.transaction('rw', [db.topicStates, db.itemStates, db.notes, db.sessionLog], async () => {
    const topicStates = await db.topicStates.where('roadmapId').equals(roadmapId).toArray();
    const itemStates = await db.itemStates.where('roadmapId').equals(roadmapId).toArray();
    const notes = options.includeNotes ? await db.notes.where('roadmapId').equals(roadmapId).toArray() : [];
    const sessionLog = await db.sessionLog.where('roadmapId').equals(roadmapId).toArray();
    await db.topicStates.bulkDelete(topicStates.map((row) => [row.roadmapId, row.topicId]));
    await db.itemStates.bulkDelete(itemStates.map((row) => [row.roadmapId, row.topicId, row.itemId]));
    await db.notes.bulkDelete(notes.map((row) => [row.roadmapId, row.topicId]));
    await db.sessionLog.bulkDelete(sessionLog.map((row) => row.id));
    return { roadmapId, topicStates, itemStates, notes, sessionLog };
  });
}

/**
 * Puts back the rows a reset removed (undo), as they were, in one transaction. Rows written
 * since the reset for other topics or items stay; the snapshot wins where both exist.
 */
export async function restoreProgress(db: PlannerDatabase, snapshot: ProgressSnapshot): Promise<void> {
  await db.transaction('rw', [db.topicStates, db.itemStates, db.notes, db.sessionLog], async () => {
    await db.topicStates.bulkPut(snapshot.topicStates);
    await db.itemStates.bulkPut(snapshot.itemStates);
    await db.notes.bulkPut(snapshot.notes);
    // A session logged again since the reset keeps its newer row. Rows come back under new
    // keys: their old ones may belong to other rows by now (an import refills the table).
    const again = new Set(
      (await db.sessionLog.where('roadmapId').equals(snapshot.roadmapId).toArray()).map(
        (row) => row.sessionId,
      ),
    );
    await db.sessionLog.bulkAdd(
      snapshot.sessionLog.filter((row) => !again.has(row.sessionId)).map(({ id: _id, ...row }) => row),
    );
  });
}

/** Reads a roadmap's progress in one read transaction, so the three parts agree. */
export async function readProgress(db: PlannerDatabase, roadmapId: string): Promise<Progress> {
  return db.transaction('r', [db.topicStates, db.itemStates, db.notes], async () => {
    const [topicStates, itemStates, notes] = await Promise.all([
      db.topicStates.where('roadmapId').equals(roadmapId).toArray(),
      db.itemStates.where('roadmapId').equals(roadmapId).toArray(),
      db.notes.where('roadmapId').equals(roadmapId).toArray(),
    ]);
    const checkedItems = new Map<TopicId, Set<string>>();
    for (const row of itemStates) {
      if (!row.checked) continue;
      const items = checkedItems.get(row.topicId) ?? new Set<string>();
      items.add(row.itemId);
      checkedItems.set(row.topicId, items);
    }
    return {
      statuses: new Map(topicStates.map((row) => [row.topicId, row.status])),
      checkedItems,
      notes: new Map(notes.map((row) => [row.topicId, row.text])),
    };
  });
}
