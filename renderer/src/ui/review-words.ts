import { daysBetween, formatWeekdayDay, REVIEW_RATINGS } from '../domain';
import type { ReviewRating } from '../domain';

/** "Good": a rating as buttons and histories write it. */
export function ratingLabel(rating: ReviewRating): string {
  return REVIEW_RATINGS.find((r) => r.rating === rating)?.label ?? rating;
}

/**
 * "Next review in 14 days · Tue 15 Dec" ("tomorrow", "today"; "was due" when past): when a
 * topic comes back, as the self-check, the review view and the topic panel say it.
 */
export function nextReviewText(today: string, due: string): string {
  const days = daysBetween(today, due);
  const day = formatWeekdayDay(due, due.slice(0, 4) !== today.slice(0, 4));
  if (days < 0) return `Due for review since ${day}`;
  if (days === 0) return `Due for review today · ${day}`;
  return `Next review ${days === 1 ? 'tomorrow' : `in ${days} days`} · ${day}`;
}
