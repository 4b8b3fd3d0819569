import { formatWeekdayDay, todayIn } from '../../domain';
import type { TopicId } from '../../domain';
import { useReviewCards, useReviewLog } from '../../storage';
import { systemTimeZone } from '../../ui';
import { reviewHref } from '../../ui/review-link';
import { nextReviewText, ratingLabel } from '../../ui/review-words';

type Props = {
  roadmapId: string;
  topicId: TopicId;
  /** The current minute (ms since the epoch). */
  now: number;
};

/** A done topic's spaced review: when it comes back (with "Review now") and its ratings, newest first. */
export function TopicReview({ roadmapId, topicId, now }: Props) {
  const log = useReviewLog(roadmapId);
  const card = useReviewCards(roadmapId)?.find((c) => c.topicId === topicId);
  const ratings = (log ?? []).filter((row) => row.topicId === topicId).reverse();
  if (log === undefined) return null;
  // Finished before ratings existed (or its ratings reset): one rating brings it into review.
  if (!card || ratings.length === 0) {
    return (
      <section className="topic-panel__block topic-review" aria-label="Review">
        <h3>Review</h3>
        <p className="topic-review__next">
          <span>Not in spaced review yet: rate how well you know it.</span>
          <a className="button" href={reviewHref([topicId])}>
            Rate it now
          </a>
        </p>
      </section>
    );
  }
  // The panel has no plan zone: days are this computer's, which is the plan's unless it moved.
  const dayOf = (at: number | string) => todayIn(systemTimeZone(), new Date(at));
  const today = dayOf(now);
  return (
    <section className="topic-panel__block topic-review" aria-label="Review">
      <h3>Review</h3>
      <p className="topic-review__next">
        <span>{nextReviewText(today, card.due)}</span>
        <a className="button" href={reviewHref([topicId])}>
          Review now
        </a>
      </p>
      <ol className="topic-review__history" aria-label="Ratings, newest first">
        {ratings.map((row, index) => (
          <li key={row.id}>
            <span className="topic-review__rating" data-rating={row.rating}>
              {ratingLabel(row.rating)}
            </span>
            <span>
              {formatWeekdayDay(dayOf(row.at))}
              {index === ratings.length - 1 ? ' · finished' : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
