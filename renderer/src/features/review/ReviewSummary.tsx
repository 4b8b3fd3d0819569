import type { ReviewRating, Topic } from '../../domain';
import { nextReviewText, ratingLabel } from '../../ui/review-words';

type Props = {
  results: readonly { topic: Topic; rating: ReviewRating | null; due: string | null }[];
  today: string;
};

/** The end of a review: what was rated how, when each comes back, and the way back. */
export function ReviewSummary({ results, today }: Props) {
  const done = results.filter((r) => r.rating !== null).length;
  return (
    <div className="review-session review-summary">
      <h2 tabIndex={-1} data-review-title>
        Review finished
      </h2>
      <p className="review-summary__lead">
        {done === 0
          ? 'Nothing was rated: the topics stay due.'
          : `You reviewed ${done} ${done === 1 ? 'topic' : 'topics'}${done < results.length ? ` (${results.length - done} skipped stay due)` : ''}.`}
      </p>
      <ul className="review-summary__list">
        {results.map(({ topic, rating, due }) => (
          <li key={topic.id}>
            <span className="review-summary__title">{topic.title}</span>
            <span className="review-summary__rating" data-rating={rating ?? undefined}>
              {rating ? ratingLabel(rating) : 'Skipped'}
            </span>
            <span className="review-summary__due">{due ? nextReviewText(today, due) : ''}</span>
          </li>
        ))}
      </ul>
      <p className="review-summary__links">
        <a className="button button--primary" href="#graph">
          Back to the graph
        </a>
        <a className="button" href="#schedule">
          Schedule
        </a>
      </p>
    </div>
  );
}
