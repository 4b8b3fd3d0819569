import type { TopicId } from '../../domain';
import type { ItemCheckChange, TopicStatusChange } from '../progress-repository';
import { setNote } from '../progress-repository';
import { progressWrites } from '../warm-up-writes';
import type { Action, Done } from './done';

/** Statuses and ticks to write together. */
export type ProgressChange = { statuses: readonly TopicStatusChange[]; items: readonly ItemCheckChange[] };

/**
 * Sets statuses and ticks in one transaction (a tick that also starts its topic is one
 * step); the undo puts back exactly what was stored before. A topic it marks done gets its
 * first rating (Good until the user answers: `changeFinishRating`) in the same transaction,
 * and the undo takes that back too; marking a topic anything else leaves its ratings alone.
 */
export function setProgress(
  roadmapId: string,
  change: ProgressChange,
  text: string,
  options: Pick<Done, 'announce'> = {},
): Action {
  // The writing loads on the first change, keeping it (and the review code it loads on a
  // Done) off the start-up path.
  return async (db) =>
    (progressWrites.now() ?? (await progressWrites.load())).writeProgress(
      roadmapId,
      change,
      text,
      options,
      true,
    )(db);
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
