/**
 * Review figures for `npm run bench` (issue 16 §6): 1,000 finished topics with a year of
 * review logs, planned into the schedule, timed in Node with the scheduler the app uses.
 */
import { addDays, dateOfDay, dayNumber } from '../renderer/src/domain/calendar-day';
import { schedulePlan } from '../renderer/src/domain';
import type { Plan, ReviewLogEntry, ReviewRating, Roadmap } from '../renderer/src/domain';
import { rateCard, reviewCards } from '../renderer/src/domain/review-cards';
import type { ReviewCard } from '../renderer/src/domain/review-cards';
import { report, timeIt } from './bench-report';

const TODAY = '2026-11-24';
const SETTINGS = { retention: 0.9, minutesPerTopic: 15 };
/** Ratings in a fixed cycle, mostly Good, as a learner's log reads. */
const RATINGS: readonly ReviewRating[] = ['good', 'good', 'hard', 'good', 'easy', 'good', 'again', 'good'];

/**
 * A year of ratings for every topic: topics finished evenly over the year before `TODAY`,
 * each reviewed on its due day until today.
 */
export function yearOfReviews(roadmap: Roadmap): ReviewLogEntry[] {
  const log: ReviewLogEntry[] = [];
  const first = dayNumber(addDays(TODAY, -365));
  let turn = 0;
  roadmap.topics.forEach((topic, i) => {
    let day = dateOfDay(first + Math.floor((i * 365) / roadmap.topics.length));
    let card: ReviewCard | null = null;
    while (day < TODAY) {
      const rating = RATINGS[turn++ % RATINGS.length]!;
      log.push({ topicId: topic.id, at: `${day}T20:00:00+01:00`, rating });
      card = rateCard(card, topic.id, rating, day, SETTINGS.retention);
      day = card.due;
    }
  });
  return log;
}

/** `review_plan_1000_ms`: the whole schedule of a roadmap whose 1,000 topics are done, reviews and all. */
export function reviewFigures(roadmap1000: Roadmap, plan: Plan): void {
  const log = yearOfReviews(roadmap1000);
  const done: Plan = { ...plan, statuses: Object.fromEntries(roadmap1000.topics.map((t) => [t.id, 'done'])) };
  // The app plans from the cards it stores (each rating updates one); the command line replays the log.
  const cards = [...reviewCards(log, SETTINGS, done.timeZone).values()];
  const options = { today: TODAY, review: { cards, settings: SETTINGS } };
  const sample = schedulePlan(roadmap1000, done, options);
  report({ name: 'review_log_entries', value: log.length, unit: 'entries' });
  report({ name: 'review_sessions_planned', value: sample.reviews.length, unit: 'sessions' });
  report({
    name: 'review_plan_1000_ms',
    value: timeIt(5, () => schedulePlan(roadmap1000, done, options)),
    unit: 'ms',
    goal: '< 100',
  });
  report({
    name: 'review_replay_1000_ms',
    value: timeIt(5, () =>
      schedulePlan(roadmap1000, done, { today: TODAY, review: { log, settings: SETTINGS } }),
    ),
    unit: 'ms',
  });
}
