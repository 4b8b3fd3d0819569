import { isTopicStatus } from '../domain';
import type { TopicId, TopicStatus } from '../domain';
import type { PlannerDatabase } from './database';
import type { ItemStateRecord, NoteRecord, TopicStateRecord } from './records';

/** One roadmap's progress as the UI reads it. A topic with no status is `todo`. */
export type Progress = {
  statuses: Map<TopicId, TopicStatus>;
  /** Only topics with at least one ticked item appear. */
  checkedItems: Map<TopicId, Set<string>>;
  notes: Map<TopicId, string>;
};

/** One status to write. */
export type TopicStatusChange = { topicId: TopicId; status: TopicStatus };

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
