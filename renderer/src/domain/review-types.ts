import type { TopicId } from './roadmap';

/**
 * Spaced review (DESIGN §6): finished topics come back at growing intervals, scheduled by
 * FSRS (`ts-fsrs`) a day at a time. This module holds the types, settings, bounds and a review
 * session's id and title every layer shares, without ts-fsrs, so it can sit on the start-up
 * path (the rail names the next review); the ratings' words are in review-ratings.ts.
 */

/** How well the user knew a topic: FSRS's four grades. */
export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

/**
 * One rating of a topic: a topic's first entry is its rating when it was finished, each later
 * one a review. `at` is ISO 8601 with an offset (or `Z`).
 */
export type ReviewLogEntry = { topicId: TopicId; at: string; rating: ReviewRating };

/** How reviews are planned: a plan's `review` settings. */
export type ReviewSettings = {
  /** The share of topics the user wants to still know when they come back (FSRS's request retention). */
  retention: number;
  /** Minutes one topic's review takes. */
  minutesPerTopic: number;
  /** The most minutes of review a day may hold; absent: half the day's study time. */
  dailyCapMinutes?: number | undefined;
};

/** The review settings a plan starts with. */
export const DEFAULT_REVIEW_SETTINGS = {
  retention: 0.9,
  minutesPerTopic: 15,
} as const satisfies ReviewSettings;

/** The retention a plan may ask for. */
export const REVIEW_RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;

/** The minutes one topic's review may take. */
export const REVIEW_MINUTES_RANGE = { min: 5, max: 120 } as const;

/** A day's review cap when the plan sets none: half the day's study time. */
export function defaultReviewCap(dayMinutes: number): number {
  return Math.floor(dayMinutes / 2);
}

/** One day's reviews: the topics due that day, at the start of its study time. */
export type ReviewSession = {
  /** `review#<date>`: one per day, stable across replans, so calendars keep their UIDs. */
  id: string;
  /** The plan day (`YYYY-MM-DD`). */
  date: string;
  /** ISO 8601 with the plan zone's offset. */
  start: string;
  end: string;
  minutes: number;
  /** The topics to review, in the order they came due. */
  topics: TopicId[];
};

/** The id of a day's review session. */
export function reviewSessionId(date: string): string {
  return `review#${date}`;
}

/** "Review · 3 topics · 45 min": a review session's title, everywhere it is shown. */
export function reviewSessionTitle(session: Pick<ReviewSession, 'topics' | 'minutes'>): string {
  const count = session.topics.length;
  return `Review · ${count} ${count === 1 ? 'topic' : 'topics'} · ${session.minutes} min`;
}
