import { createEmptyCard, fsrs, generatorParameters, get_fuzz_range, Rating, State } from 'ts-fsrs';
import type { Card, FSRS, Grade } from 'ts-fsrs';
import { DAY_MS, dateOfDay, dayNumber } from './calendar-day';
import type { TopicId } from './roadmap';
import type { ReviewLogEntry, ReviewRating, ReviewSettings } from './review-types';
import { offsetsIn, planDayOf } from './schedule-zone';

/**
 * A topic's memory state after its ratings, as FSRS keeps it, a day at a time: what storage
 * keeps per topic and what the scheduler projects forward.
 */
export type ReviewCard = {
  topicId: TopicId;
  /** The plan day it is due (`YYYY-MM-DD`). */
  due: string;
  /** The plan day of its last rating. */
  lastReview: string;
  /** Days from the last rating to `due`. */
  scheduledDays: number;
  stability: number;
  difficulty: number;
  /** How many times it was rated (finishing it included). */
  reps: number;
  /** How many times it was forgotten (rated Again after it was learned). */
  lapses: number;
};

/** FSRS never plans a review further out than this many days (ts-fsrs's default is 100 years). */
const MAXIMUM_INTERVAL_DAYS = 36_500;

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const schedulers = new Map<number, FSRS>();

/** ts-fsrs day-based (no same-day learning steps) and without fuzz: the planner spreads load itself. */
function schedulerFor(retention: number): FSRS {
  let scheduler = schedulers.get(retention);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: retention,
        maximum_interval: MAXIMUM_INTERVAL_DAYS,
        enable_fuzz: false,
        enable_short_term: false,
      }),
    );
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

/** A plan day as ts-fsrs reads it: midnight UTC of that date, so its day arithmetic is the plan's. */
const dateAt = (day: number) => new Date(day * DAY_MS);

function toFsrsCard(card: ReviewCard): Card {
  const lastReview = dayNumber(card.lastReview);
  return {
    due: dateAt(dayNumber(card.due)),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: State.Review,
    last_review: dateAt(lastReview),
  };
}

/**
 * The card after rating a topic on plan day `day` (`YYYY-MM-DD`): its first rating (`card`
 * null) learns it, each later one reviews it.
 */
export function rateCard(
  card: ReviewCard | null,
  topicId: TopicId,
  rating: ReviewRating,
  day: string,
  retention: number,
): ReviewCard {
  const today = dayNumber(day);
  const before = card ? toFsrsCard(card) : createEmptyCard(dateAt(today));
  const next = schedulerFor(retention).next(before, dateAt(today), GRADES[rating]).card;
  const due = Math.max(today + 1, Math.round(next.due.getTime() / DAY_MS));
  return {
    topicId,
    due: dateOfDay(due),
    lastReview: day,
    scheduledDays: due - today,
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
  };
}

/**
 * Every rated topic's card, replaying the review log in time order (entries at the same
 * instant keep their order); each rating counts on its plan day in `timeZone`.
 */
export function reviewCards(
  log: readonly ReviewLogEntry[],
  settings: Pick<ReviewSettings, 'retention'>,
  timeZone: string,
): Map<TopicId, ReviewCard> {
  const offsetAt = offsetsIn(timeZone);
  const dated = log
    .map((entry, index) => ({ entry, index, instant: Date.parse(entry.at) }))
    .filter((e) => Number.isFinite(e.instant))
    .sort((a, b) => a.instant - b.instant || a.index - b.index);
  const cards = new Map<TopicId, ReviewCard>();
  for (const { entry, instant } of dated) {
    const day = dateOfDay(planDayOf(instant, offsetAt));
    const card = cards.get(entry.topicId) ?? null;
    cards.set(entry.topicId, rateCard(card, entry.topicId, entry.rating, day, settings.retention));
  }
  return cards;
}

/**
 * The days a review may move to and still be on time, as Anki's fuzz allows: from
 * `lastReview + min` to `lastReview + max` (both plan days, `YYYY-MM-DD`).
 */
export function reviewWindow(card: ReviewCard): { earliest: string; latest: string } {
  const last = dayNumber(card.lastReview);
  // ts-fsrs fuzzes no interval under 2.5 days: those reviews have one right day.
  if (card.scheduledDays < 3) return { earliest: card.due, latest: card.due };
  const { min_ivl, max_ivl } = get_fuzz_range(card.scheduledDays, 0, MAXIMUM_INTERVAL_DAYS);
  const earliest = last + Math.max(1, Math.min(min_ivl, card.scheduledDays));
  const latest = last + Math.max(max_ivl, card.scheduledDays);
  return { earliest: dateOfDay(earliest), latest: dateOfDay(latest) };
}
