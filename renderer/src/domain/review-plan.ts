import { dateOfDay, dayNumber } from './calendar-day';
import { MinHeap } from './min-heap';
import { rateCard, reviewWindow } from './review-cards';
import type { ReviewCard } from './review-cards';
import type { TopicId } from './roadmap';
import { defaultReviewCap, reviewSessionId } from './review-types';
import type { ReviewSession, ReviewSettings } from './review-types';
import { weekdayOf } from './schedule-days';
import type { Span, Timeline } from './schedule-timeline';
import { isoInZone, MINUTE_MS } from './schedule-zone';
import type { OffsetAt } from './schedule-zone';
import type { Plan } from './plan';

/** How far ahead reviews are planned: a year of days. */
export const REVIEW_HORIZON_DAYS = 366;

/** The most reviews a schedule plans (a bound on time and memory, never reached by people). */
export const MAX_REVIEWS = 100_000;

/** What `planReviews` needs: the finished topics' cards and the study days to put them in. */
export type ReviewPlanInput = {
  /** Cards of finished topics only, by topic. */
  cards: ReadonlyMap<TopicId, ReviewCard>;
  settings: ReviewSettings;
  plan: Pick<Plan, 'availability'>;
  /** Study days with nothing else placed yet: reviews claim their time first. */
  timeline: Timeline;
  startDay: number;
  offsetAt: OffsetAt;
};

/** The planned review sessions, and how many reviews found no day within the horizon. */
export type ReviewPlan = { sessions: ReviewSession[]; late: number };

/** A study day's room for reviews: where its block starts and how many topics it holds. */
type Slots = { day: number; start: number; slots: number; topics: TopicId[] };

/** A card waiting for its day: its window in plan days. */
type Waiting = { card: ReviewCard; due: number; earliest: number; latest: number };

/**
 * Plans the due reviews of finished topics (DESIGN §6): one session per study day at the start
 * of its study time, inside availability and busy time, at most the day's cap (the plan's, or
 * half the day's time). Each review goes to the least loaded day of its window (Anki's fuzz
 * range; an overdue one from today on), or to the first later day with room; each planned
 * review's next one is projected as if rated Good, for a year. Claims the sessions' time in
 * the timeline, so study placed afterwards fills what remains. Deterministic.
 */
export function planReviews(input: ReviewPlanInput): ReviewPlan {
  const { settings, timeline, startDay } = input;
  const horizon = startDay + REVIEW_HORIZON_DAYS - 1;
  const days = new Map<number, Slots>();
  const slotsOf = (day: number): Slots => {
    let slots = days.get(day);
    if (!slots) {
      slots = daySlots(input, day);
      days.set(day, slots);
    }
    return slots;
  };

  const queue = new MinHeap<Waiting>(byDue);
  for (const card of input.cards.values()) queue.push(waiting(card, startDay));
  let late = 0;
  let planned = 0;
  // Days before it have no room left: the search for a later day starts there.
  let fullBefore = startDay;
  for (let next = queue.pop(); next; next = queue.pop()) {
    if (next.earliest > horizon) continue;
    if (planned >= MAX_REVIEWS) {
      late++;
      continue;
    }
    const day = chooseDay(next, slotsOf, horizon, fullBefore);
    if (day === null) {
      late++;
      continue;
    }
    slotsOf(day).topics.push(next.card.topicId);
    planned++;
    while (fullBefore <= horizon && isFull(slotsOf(fullBefore))) fullBefore++;
    const projected = rateCard(next.card, next.card.topicId, 'good', dateOfDay(day), settings.retention);
    queue.push(waiting(projected, startDay));
  }

  const sessions: ReviewSession[] = [];
  for (const slots of [...days.values()].sort((a, b) => a.day - b.day)) {
    if (slots.topics.length === 0) continue;
    const minutes = slots.topics.length * settings.minutesPerTopic;
    const span: Span = { start: slots.start, end: slots.start + minutes * MINUTE_MS };
    timeline.claim(slots.day, span);
    const date = dateOfDay(slots.day);
    sessions.push({
      id: reviewSessionId(date),
      date,
      start: isoInZone(span.start, input.offsetAt),
      end: isoInZone(span.end, input.offsetAt),
      minutes,
      topics: slots.topics,
    });
  }
  return { sessions, late };
}

/** The least loaded day of the card's window with room, nearest its due day on a tie; else the first later day with room. */
function chooseDay(
  next: Waiting,
  slotsOf: (day: number) => Slots,
  horizon: number,
  fullBefore: number,
): number | null {
  let best: number | null = null;
  let bestLoad = Number.POSITIVE_INFINITY;
  const last = Math.min(next.latest, horizon);
  for (let day = next.earliest; day <= last; day++) {
    const slots = slotsOf(day);
    if (isFull(slots)) continue;
    const load = slots.topics.length;
    const nearer = best !== null && Math.abs(day - next.due) < Math.abs(best - next.due);
    if (load < bestLoad || (load === bestLoad && nearer)) {
      best = day;
      bestLoad = load;
    }
  }
  if (best !== null) return best;
  for (let day = Math.max(last + 1, fullBefore); day <= horizon; day++) {
    if (!isFull(slotsOf(day))) return day;
  }
  return null;
}

const isFull = (slots: Slots) => slots.topics.length >= slots.slots;

/**
 * A day's review room: its first free stretch long enough for one topic, up to the day's cap
 * and what the day can still give. Days without study time hold none.
 */
function daySlots(input: ReviewPlanInput, day: number): Slots {
  const { settings, timeline, plan } = input;
  const dayMinutes = plan.availability[weekdayOf(day)];
  const cap = settings.dailyCapMinutes ?? defaultReviewCap(dayMinutes);
  const { spans, budget } = timeline.spans(day, 'free', Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const need = settings.minutesPerTopic * MINUTE_MS;
  const stretch = spans.find((span) => span.end - span.start >= need);
  if (!stretch || dayMinutes === 0) return { day, start: 0, slots: 0, topics: [] };
  const room = Math.min(cap, budget, (stretch.end - stretch.start) / MINUTE_MS);
  return {
    day,
    start: stretch.start,
    slots: Math.max(0, Math.floor(room / settings.minutesPerTopic)),
    topics: [],
  };
}

/** A card with its window in plan days; an overdue card's window starts today and keeps its width. */
function waiting(card: ReviewCard, startDay: number): Waiting {
  const window = reviewWindow(card);
  const due = dayNumber(card.due);
  let earliest = dayNumber(window.earliest);
  let latest = dayNumber(window.latest);
  if (earliest < startDay) {
    latest = startDay + Math.max(0, latest - Math.max(earliest, due));
    earliest = startDay;
  }
  return { card, due: Math.max(due, startDay), earliest, latest };
}

/** Cards by due day, then topic id: projected reviews join the queue as they are made. */
const byDue = (a: Waiting, b: Waiting) =>
  a.due - b.due || (a.card.topicId < b.card.topicId ? -1 : a.card.topicId > b.card.topicId ? 1 : 0);
