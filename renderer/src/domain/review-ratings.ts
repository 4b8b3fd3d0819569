import type { ReviewRating } from './review-types';

// The ratings' words apart from review-types.ts: only the views that rate need them, not the
// start-up path (which shows a review session's title).

/** The ratings in order, with the label and the key (1–4) each one answers to. */
export const REVIEW_RATINGS = [
  { rating: 'again', label: 'Again', key: '1', hint: 'I had forgotten it' },
  { rating: 'hard', label: 'Hard', key: '2', hint: 'I remembered it with effort' },
  { rating: 'good', label: 'Good', key: '3', hint: 'I remembered it' },
  { rating: 'easy', label: 'Easy', key: '4', hint: 'I knew it at once' },
] as const satisfies readonly { rating: ReviewRating; label: string; key: string; hint: string }[];

/** What a skipped rating counts as. */
export const SKIPPED_RATING: ReviewRating = 'good';

/** True for one of the four ratings. */
export function isReviewRating(value: unknown): value is ReviewRating {
  return REVIEW_RATINGS.some((r) => r.rating === value);
}
