import type { PlannerDatabase } from '../database';
import { applyProgressChanges } from '../progress-repository';
import { reviewRepository } from '../warm-up-writes';
import type { Action, Done } from './done';
import type { ProgressChange } from './progress-actions';

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

/** `setProgress`'s writing; `rate` false for an undo, which must not rate a topic it puts back to done. */
export function writeProgress(
  roadmapId: string,
  change: ProgressChange,
  text: string,
  options: Pick<Done, 'announce'>,
  rate: boolean,
): Action {
  return async (db) => {
    // ts-fsrs loads on the first Done, before the transaction opens (an await inside would end it).
    const reviews =
      rate && change.statuses.some((c) => c.status === 'done')
        ? (reviewRepository.now() ?? (await reviewRepository.load()))
        : null;
    const tables = [db.topicStates, db.itemStates, db.plans, db.reviewLog, db.reviewCards];
    const before = await db.transaction('rw', tables, async () => {
      const previous = await valuesBefore(db, roadmapId, change);
      await applyProgressChanges(db, roadmapId, change);
      const ratings = reviews
        ? await reviews.rateFinished(db, roadmapId, previous.statuses, change.statuses)
        : [];
      return { previous, ratings };
    });
    const undo = async (): Promise<Done> => {
      if (before.ratings.length === 0 || !reviews) {
        return writeProgress(roadmapId, before.previous, text, options, false)(db);
      }
      await db.transaction('rw', tables, async () => {
        await applyProgressChanges(db, roadmapId, before.previous);
        await reviews.removeRatings(db, before.ratings);
      });
      return { ...options, text, undo: () => writeProgress(roadmapId, change, text, options, true)(db) };
    };
    return { ...options, text, undo };
  };
}
