import type { TopicId } from '../domain';
import { dateOfDay } from '../domain/calendar-day';
import { rateCard, reviewCards } from '../domain/review-cards';
import type { ReviewCard } from '../domain/review-cards';
import { SKIPPED_RATING } from '../domain/review-ratings';
import { DEFAULT_REVIEW_SETTINGS } from '../domain/review-types';
import type { ReviewRating } from '../domain/review-types';
import { offsetsIn, planDayOf } from '../domain/schedule-zone';
import type { PlannerDatabase } from './database';
import type { TopicStatusChange } from './progress-repository';
import type { PlanRecord, ReviewCardRecord } from './records';
import { inTimeOrder } from './review-log-order';

/**
 * Writing the review log and cards (spaced review). A card is what its topic's ratings replay
 * to with the plan's retention, each rating counted on its plan day in the plan's zone; it is
 * written in the same transaction as the rows it follows from.
 *
 * This module holds ts-fsrs: actions import it dynamically, before they open their
 * transaction (awaiting a module inside one would end it), so it stays off the start-up path.
 */

/** What a roadmap's cards are computed with: its plan's retention and time zone. */
export type ReviewContext = { retention: number; timeZone: string };

/** The retention and zone a plan gives (the default retention and the system zone without one). */
export function reviewContextOf(plan: Pick<PlanRecord, 'settings'> | null | undefined): ReviewContext {
  return {
    retention: plan?.settings.review?.retention ?? DEFAULT_REVIEW_SETTINGS.retention,
    timeZone: plan?.settings.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
  };
}

/** Reads a roadmap's review context; run it inside a transaction that includes `plans`. */
export async function readReviewContext(db: PlannerDatabase, roadmapId: string): Promise<ReviewContext> {
  return reviewContextOf(await db.plans.where('roadmapId').equals(roadmapId).first());
}

/** One rating written, with what to put back to take it away. */
export type WrittenRating = {
  roadmapId: string;
  topicId: TopicId;
  /** The log row's key. */
  id: number;
  /** The topic's card before it (null: it had none). */
  previousCard: ReviewCardRecord | null;
};

/**
 * Appends one rating of each of `topicIds` (distinct) at `at` and moves their cards on by it,
 * in a few bulk requests (marking 500 topics done at once stays quick). Run it inside a
 * transaction over `plans`, `reviewLog` and `reviewCards`.
 */
export async function appendRatings(
  db: PlannerDatabase,
  roadmapId: string,
  topicIds: readonly TopicId[],
  rating: ReviewRating,
  at: Date,
): Promise<WrittenRating[]> {
  if (topicIds.length === 0) return [];
  const { retention, timeZone } = await readReviewContext(db, roadmapId);
  const day = dateOfDay(planDayOf(at.getTime(), offsetsIn(timeZone)));
  const previous = await db.reviewCards.bulkGet(topicIds.map((topicId) => [roadmapId, topicId]));
  const rows = topicIds.map((topicId) => ({ roadmapId, topicId, at: at.toISOString(), rating }));
  const ids = await db.reviewLog.bulkAdd(rows, { allKeys: true });
  const next: ReviewCardRecord[] = [];
  const replay: TopicId[] = [];
  topicIds.forEach((topicId, i) => {
    const card = previous[i];
    // Rated before the card's last rating (a clock or zone that moved back): FSRS cannot
    // step back in time, so the topic's log is replayed in time order instead.
    if (card && day < card.lastReview) replay.push(topicId);
    else
      next.push({
        roadmapId,
        ...rateCard(card ? withoutRoadmap(card) : null, topicId, rating, day, retention),
      });
  });
  await db.reviewCards.bulkPut(next);
  if (replay.length > 0) await replayCards(db, roadmapId, replay);
  return topicIds.map((topicId, i) => ({
    roadmapId,
    topicId,
    id: ids[i]!,
    previousCard: previous[i] ?? null,
  }));
}

function withoutRoadmap({ roadmapId: _roadmapId, ...card }: ReviewCardRecord): ReviewCard {
  return card;
}

/**
 * Writes the first rating of each topic that `after` marks done and `before` did not have
 * done: Good (a skipped rating, until the user answers) at `at`. A topic listed twice counts
 * with its last status. Run it inside a transaction over `plans`, `reviewLog` and `reviewCards`.
 */
export async function rateFinished(
  db: PlannerDatabase,
  roadmapId: string,
  before: readonly TopicStatusChange[],
  after: readonly TopicStatusChange[],
  at: Date = new Date(),
): Promise<WrittenRating[]> {
  const was = new Map(before.map((c) => [c.topicId, c.status]));
  const finished = [...new Map(after.map((c) => [c.topicId, c.status]))]
    .filter(([topicId, status]) => status === 'done' && was.get(topicId) !== 'done')
    .map(([topicId]) => topicId);
  return appendRatings(db, roadmapId, finished, SKIPPED_RATING, at);
}

/** Takes ratings back (of distinct topics): deletes their rows and puts the cards back as they were. */
export async function removeRatings(db: PlannerDatabase, written: readonly WrittenRating[]): Promise<void> {
  await db.reviewLog.bulkDelete(written.map((r) => r.id));
  await db.reviewCards.bulkDelete(
    written.filter((r) => !r.previousCard).map((r) => [r.roadmapId, r.topicId]),
  );
  await db.reviewCards.bulkPut(written.flatMap((r) => (r.previousCard ? [r.previousCard] : [])));
}

/**
 * Computes a roadmap's cards again from its log (all of them, or only `topicIds`'s) and
 * stores them, removing cards of topics with no rating left. Run it inside a transaction
 * over `plans`, `reviewLog` and `reviewCards`.
 */
export async function replayCards(
  db: PlannerDatabase,
  roadmapId: string,
  topicIds?: readonly TopicId[],
): Promise<void> {
  const context = await readReviewContext(db, roadmapId);
  const only = topicIds ? new Set(topicIds) : null;
  const rows = await db.reviewLog.where('roadmapId').equals(roadmapId).toArray();
  const log = inTimeOrder(rows).filter((row) => !only || only.has(row.topicId));
  const replayed = reviewCards(log, context, context.timeZone);
  const stale = (await db.reviewCards.where('roadmapId').equals(roadmapId).toArray()).filter(
    (card) => (!only || only.has(card.topicId)) && !replayed.has(card.topicId),
  );
  await db.reviewCards.bulkDelete(stale.map((card) => [roadmapId, card.topicId]));
  await db.reviewCards.bulkPut([...replayed.values()].map((card) => ({ roadmapId, ...card })));
}

/**
 * Computes a roadmap's cards again when its plan's retention or time zone is no longer what
 * it was in `previous` (the plan before a change; null: there was none). Run it inside a
 * transaction over `plans`, `reviewLog` and `reviewCards`.
 */
export async function replayIfChanged(
  db: PlannerDatabase,
  roadmapId: string,
  previous: Pick<PlanRecord, 'settings'> | null,
): Promise<void> {
  const was = reviewContextOf(previous);
  const now = await readReviewContext(db, roadmapId);
  if (was.retention !== now.retention || was.timeZone !== now.timeZone) await replayCards(db, roadmapId);
}
