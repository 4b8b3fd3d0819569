import type { TopicId } from '../../domain';
import type { PlannerDatabase } from '../database';
import type { ItemCheckChange, TopicStatusChange } from '../progress-repository';
import { applyProgressChanges, setNote } from '../progress-repository';
import type { Action, Done } from './done';

/** Statuses and ticks to write together. */
export type ProgressChange = { statuses: readonly TopicStatusChange[]; items: readonly ItemCheckChange[] };

/** The stored values of what `change` is about to overwrite (todo and unticked where nothing is stored). */
async function valuesBefore(db: PlannerDatabase, roadmapId: string, change: ProgressChange) {
  const statuses = await db.topicStates.bulkGet(change.statuses.map((c) => [roadmapId, c.topicId]));
  const items = await db.itemStates.bulkGet(change.items.map((c) => [roadmapId, c.topicId, c.itemId]));
  return {
    statuses: change.statuses.map((c, i) => ({ topicId: c.topicId, status: statuses[i]?.status ?? 'todo' })),
    items: change.items.map((c, i) => ({
      topicId: c.topicId,
      itemId: c.itemId,
      checked: !!items[i]?.checked,
    })),
  } satisfies ProgressChange;
}

/**
 * Sets statuses and ticks in one transaction (a tick that also starts its topic is one
 * step); the undo puts back exactly what was stored before.
 */
export function setProgress(
  roadmapId: string,
  change: ProgressChange,
  text: string,
  options: Pick<Done, 'announce'> = {},
): Action {
  return async (db) => {
    const before = await db.transaction('rw', db.topicStates, db.itemStates, async () => {
      const previous = await valuesBefore(db, roadmapId, change);
      await applyProgressChanges(db, roadmapId, change);
      return previous;
    });
    return { ...options, text, undo: () => setProgress(roadmapId, before, text, options)(db) };
  };
}

/** Saves a topic's note (blank deletes it); typing one note is one undo step. */
export function setNoteText(roadmapId: string, topicId: TopicId, text: string, title: string): Action {
  return async (db) => {
    const before = await db.transaction('rw', db.notes, async () => {
      const previous = (await db.notes.get([roadmapId, topicId]))?.text ?? '';
      await setNote(db, roadmapId, topicId, text);
      return previous;
    });
    return {
      text: `Edited the note on “${title}”.`,
      mergeKey: `note:${roadmapId}:${topicId}`,
      undo: () => setNoteText(roadmapId, topicId, before, title)(db),
    };
  };
}
