import type { TopicId } from '../../domain';
import { REVIEW_RATINGS } from '../../domain/review-ratings';
import type { ReviewRating } from '../../domain/review-types';
import type { PlannerDatabase } from '../database';
import type { ReviewLogRecord } from '../records';
import { inTimeOrder } from '../review-log-order';
import { reviewRepository } from '../warm-up-writes';
import type { Action, Done } from './done';

// The review repository holds ts-fsrs: every action here loads it on first use (or finds it
// warmed up), before its transaction opens, so nothing of it is on the start-up path.

function ratedText(title: string, rating: ReviewRating): string {
  const label = REVIEW_RATINGS.find((r) => r.rating === rating)?.label ?? rating;
  return `Rated “${title}” ${label}.`;
}

/**
 * Rates a topic at `at` (a review, or a finished topic's first rating): appends it to the
 * review log and moves the topic's card on, in one transaction. Undo deletes the rating and
 * puts the card back as it was.
 */
export function rateTopic(
  roadmapId: string,
  topicId: TopicId,
  rating: ReviewRating,
  options: { at: Date | number; title: string } & Pick<Done, 'announce'>,
): Action {
  return async (db) => {
    const reviews = reviewRepository.now() ?? (await reviewRepository.load());
    const at = new Date(options.at);
    const written = await db.transaction('rw', db.plans, db.reviewLog, db.reviewCards, () =>
      reviews.appendRatings(db, roadmapId, [topicId], rating, at),
    );
    const text = ratedText(options.title, rating);
    return {
      text,
      ...(options.announce === undefined ? {} : { announce: options.announce }),
      undo: async () => {
        await db.transaction('rw', db.reviewLog, db.reviewCards, () => reviews.removeRatings(db, written));
        return { text, undo: () => rateTopic(roadmapId, topicId, rating, options)(db) };
      },
    };
  };
}

/** A step that changed nothing: its undo changes nothing either. */
function unchanged(text: string): Done {
  const done: Done = { text, undo: () => Promise.resolve(done) };
  return done;
}

/**
 * Sets the rating of the topic's log row that `pick` chooses and replays the topic's card;
 * the undo sets that same row back.
 */
function rerate(
  roadmapId: string,
  topicId: TopicId,
  pick: (rows: ReviewLogRecord[]) => ReviewLogRecord | undefined,
  rating: ReviewRating,
  title: string,
): Action {
  return async (db: PlannerDatabase) => {
    const reviews = reviewRepository.now() ?? (await reviewRepository.load());
    const text = ratedText(title, rating);
    const row = await db.transaction('rw', db.plans, db.reviewLog, db.reviewCards, async () => {
      const rows = await db.reviewLog.where('[roadmapId+topicId]').equals([roadmapId, topicId]).toArray();
      const picked = pick(inTimeOrder(rows));
      if (!picked || picked.rating === rating) return picked;
      await db.reviewLog.update(picked.id, { rating });
      await reviews.replayCards(db, roadmapId, [topicId]);
      return picked;
    });
    // No such row (its Done was undone meanwhile) or no change: nothing to take back.
    if (!row || row.rating === rating) return unchanged(text);
    const { id, rating: previous } = row;
    const same = (rows: ReviewLogRecord[]) => rows.find((r) => r.id === id);
    return { text, undo: () => rerate(roadmapId, topicId, same, previous, title)(db) };
  };
}

/**
 * Changes the rating of the topic's latest rating (the one marking it done just wrote, Good
 * until the user answers) and computes its card again from its log. Undoable.
 */
export function changeFinishRating(
  roadmapId: string,
  topicId: TopicId,
  rating: ReviewRating,
  title: string,
): Action {
  return rerate(roadmapId, topicId, (rows) => rows.at(-1), rating, title);
}
