import { dateOfDay, dayNumber } from './calendar-day';
import { formatShortDay } from './date-style';
import { formatHours, minutesToHours } from './hours';
import type { Plan } from './plan';
import type { TopicId } from './roadmap';
import { reviewCards } from './review-cards';
import { planReviews } from './review-plan';
import type { ReviewPlan } from './review-plan';
import type { ReviewSession } from './review-types';
import { addYears, sundayOf } from './schedule-days';
import { phaseMilestones } from './schedule-milestones';
import { MAX_SESSIONS, placeWork } from './schedule-placement';
import type { Placement, PreviousSession } from './schedule-placement';
import { toSessions } from './schedule-sessions';
import type { PastSession } from './schedule-sessions';
import { mergeSpans, Timeline } from './schedule-timeline';
import type { Span } from './schedule-timeline';
import type {
  LoggedSession,
  Milestone,
  Schedule,
  ScheduleOptions,
  ScheduleWarning,
  SchedulingRoadmap,
} from './schedule-types';
import { openPrerequisites, precedenceGroups, remainingMinutes, studyOrder } from './schedule-work';
import { inPlanZone, isoInZone, MINUTE_MS, offsetsIn, planDayOf, wallClockInstant } from './schedule-zone';
import type { OffsetAt } from './schedule-zone';

/** How far ahead the scheduler looks before giving up: five years of days. */
export const SCHEDULE_HORIZON_YEARS = 5;

/**
 * Plans the open topics of `roadmap` into sessions following DESIGN §5, from `now` (never
 * into the past; a day under way keeps only its remaining time): topics in topological
 * order (the goal's open prerequisites first, then phases, then roadmap order), no topic
 * before its prerequisites' last sessions end, each day's study window less busy time and
 * logged sessions, a weekly reserve kept free for catch-up, sessions at most
 * `maxSessionMinutes` and at least `minSessionMinutes` unless they finish the work. Given the
 * plan in force (`previous`), its sessions keep their times wherever the rules allow and
 * only the work they no longer cover is placed. With `review`, finished topics' due reviews
 * take the start of each study day first (`planReviews`) and study fills the rest. Pure and
 * deterministic; stops with a warning when there is no time at all or the work would run past
 * five years.
 */
export function schedulePlan(roadmap: SchedulingRoadmap, plan: Plan, options: ScheduleOptions): Schedule {
  const warnings: ScheduleWarning[] = [];
  const known = new Set(roadmap.topics.map((topic) => topic.id));
  const offsetAt = offsetsIn(plan.timeZone);
  const log = (options.log ?? [])
    .filter((entry) => known.has(entry.topicId))
    .map((entry) => inPlanZone(entry, offsetAt));
  const now = Math.max(planFrom(options, offsetAt), wallClockInstant(dayNumber(plan.startDate), 0, offsetAt));
  const startDay = planDayOf(now, offsetAt);
  const limitDay = addYears(startDay, SCHEDULE_HORIZON_YEARS);

  const remaining = remainingMinutes(roadmap.topics, plan, log);
  const groups = precedenceGroups(roadmap.topics, remaining, plan.goal);
  const order = studyOrder(roadmap.topics, remaining, groups);
  if (order.length < remaining.size) {
    const placed = new Set(order);
    const left = [...remaining.keys()].filter((id) => !placed.has(id));
    warnings.push({
      code: 'cycle',
      message: `${left.length} topic(s) wait on each other in a cycle and were not planned: ${left.join(', ')}`,
    });
  }

  const { past, future } = splitPrevious(options, remaining, log, now, offsetAt);
  const toPlace = new Map(order.map((id) => [id, remaining.get(id)!]));
  const fixedEnd = new Map<TopicId, number>();
  for (const [id, sessions] of past) {
    const minutes = sessions.reduce((sum, s) => sum + (s.end - s.start) / MINUTE_MS, 0);
    toPlace.set(id, Math.max(0, (toPlace.get(id) ?? 0) - minutes));
    fixedEnd.set(id, Math.max(...sessions.map((s) => s.end)));
  }
  const timeline = new Timeline({
    plan,
    offsetAt,
    startDay,
    now,
    busy: mergeSpans(
      (options.busy ?? []).map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) })),
    ),
    ...takenTime(log, [...past.values()].flat(), startDay),
  });

  const reviewPlan = options.review
    ? planFinishedReviews(options.review, plan, timeline, startDay, offsetAt)
    : null;
  if (reviewPlan && reviewPlan.late > 0) {
    warnings.push({
      code: 'reviews-late',
      message: `${reviewPlan.late.toLocaleString('en')} review(s) found no study day with room within a year. Raise the daily review cap or add study time.`,
    });
  }

  let placement: Placement = { sessionsByTopic: new Map(), freed: new Map(), unplaced: 0, capped: false };
  const totalMinutes = [...toPlace.values()].reduce((sum, m) => sum + m, 0);
  if (totalMinutes > 0 && Object.values(plan.availability).every((m) => m === 0)) {
    warnings.push({
      code: 'no-availability',
      message: `No minutes are available on any weekday: ${formatHours(minutesToHours(totalMinutes))} of work cannot be planned. Add study time to at least one weekday.`,
    });
  } else {
    placement = placeWork(timeline, {
      order,
      remaining: toPlace,
      prerequisites: openPrerequisites(roadmap.topics, remaining),
      groupOf: groups,
      fixedEnd,
      previous: options.previous ? future : null,
      keepCloseSessions: options.keepPast === true,
      now,
      limitDay,
      minSessionMinutes: plan.minSessionMinutes,
      maxSessionMinutes: plan.maxSessionMinutes,
      offsetAt,
    });
    if (placement.capped) {
      warnings.push({
        code: 'too-many',
        message: `The plan would make more than ${MAX_SESSIONS.toLocaleString('en')} sessions: ${formatHours(minutesToHours(placement.unplaced))} of work are left unplanned. Lengthen the shortest session or skip topics.`,
      });
    } else if (placement.unplaced > 0) {
      warnings.push({
        code: 'too-long',
        message: `The plan runs past ${SCHEDULE_HORIZON_YEARS} years (${formatShortDay(dateOfDay(limitDay), true)}): ${formatHours(minutesToHours(placement.unplaced))} of work are left unplanned. Add study time or skip topics.`,
      });
    }
  }

  const sessions = toSessions(order, placement.sessionsByTopic, past, placement.freed, log, offsetAt);
  const lastDay = new Map<TopicId, number>();
  for (const s of sessions) if (!s.logged) lastDay.set(s.topicId, dayNumber(s.date));
  const milestones = phaseMilestones(
    roadmap,
    plan,
    order,
    toPlace,
    lastDay,
    startDay,
    (day) => timeline.capacity(day),
    warnings,
    placement.capped ? { cause: 'cap' } : placement.unplaced > 0 ? { cause: 'horizon', limitDay } : null,
  );
  const lastPlanned = Math.max(startDay, ...lastDay.values());
  const reserve = timeline.reserveUntil(sundayOf(lastPlanned)).map((span) => ({
    start: isoInZone(span.start, offsetAt),
    end: isoInZone(span.end, offsetAt),
    minutes: Math.round((span.end - span.start) / MINUTE_MS),
  }));
  const reviews = reviewPlan?.sessions ?? [];
  if (reviewPlan)
    for (const milestone of milestones) milestone.reviewMinutes = reviewMinutesUntil(reviews, milestone);
  return { sessions, milestones, warnings, reserve, reviews };
}

/** Plans the reviews of the plan's finished topics before any study is placed. */
function planFinishedReviews(
  review: NonNullable<ScheduleOptions['review']>,
  plan: Plan,
  timeline: Timeline,
  startDay: number,
  offsetAt: OffsetAt,
): ReviewPlan {
  const done = (topicId: TopicId) =>
    Object.hasOwn(plan.statuses, topicId) && plan.statuses[topicId] === 'done';
  const cards = review.cards
    ? new Map(review.cards.filter((card) => done(card.topicId)).map((card) => [card.topicId, card]))
    : reviewCards(
        (review.log ?? []).filter((entry) => done(entry.topicId)),
        review.settings,
        plan.timeZone,
      );
  return planReviews({ cards, settings: review.settings, plan, timeline, startDay, offsetAt });
}

/** Review minutes planned up to a phase's projected end: the time reviews take from its study. */
function reviewMinutesUntil(reviews: readonly ReviewSession[], milestone: Milestone): number {
  if (milestone.projectedEnd === null) return 0;
  const end = milestone.projectedEnd;
  return reviews.reduce((sum, r) => (r.date <= end ? sum + r.minutes : sum), 0);
}

/** The instant planning starts from: `now`, or the start of `today` in the plan's zone. */
function planFrom(options: ScheduleOptions, offsetAt: OffsetAt): number {
  if (options.now !== undefined) {
    const now = typeof options.now === 'number' ? options.now : Date.parse(options.now);
    if (!Number.isFinite(now)) throw new RangeError(`Not an instant: ${String(options.now)}`);
    return Math.floor(now / MINUTE_MS) * MINUTE_MS;
  }
  if (options.today === undefined) throw new RangeError('schedulePlan needs now or today');
  return wallClockInstant(dayNumber(options.today), 0, offsetAt);
}

/**
 * The plan in force's planned sessions of open topics (logged ones are the log's now),
 * before `now` (kept as they are with `keepPast`, else dropped) and from `now` on; pinned
 * sessions are kept as they are wherever they fall, and the plan in force's own copy of
 * one gives way.
 */
function splitPrevious(
  options: ScheduleOptions,
  remaining: ReadonlyMap<TopicId, number>,
  log: readonly LoggedSession[],
  now: number,
  offsetAt: OffsetAt,
): { past: Map<TopicId, PastSession[]>; future: PreviousSession[] } {
  const logged = new Set(log.map((entry) => entry.sessionId));
  const past = new Map<TopicId, PastSession[]>();
  const future: PreviousSession[] = [];
  const pinned = new Set<string>();
  for (const s of options.pins ?? []) {
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    if (!remaining.has(s.topicId) || logged.has(s.id) || pinned.has(s.id) || !(end > start)) continue;
    pinned.add(s.id);
    const list = past.get(s.topicId) ?? [];
    list.push({ id: s.id, topicId: s.topicId, start, end, day: planDayOf(start, offsetAt), pinned: true });
    past.set(s.topicId, list);
  }
  for (const s of options.previous ?? []) {
    if (!remaining.has(s.topicId) || logged.has(s.id) || pinned.has(s.id)) continue;
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    if (!(end > start)) continue;
    if (start >= now) future.push({ id: s.id, topicId: s.topicId, start, end });
    else if (options.keepPast) {
      const list = past.get(s.topicId) ?? [];
      list.push({ id: s.id, topicId: s.topicId, start, end, day: planDayOf(start, offsetAt) });
      past.set(s.topicId, list);
    }
  }
  return { past, future };
}

/** Time logged sessions and kept past sessions take: their spans, and their minutes per plan day. */
function takenTime(
  log: readonly LoggedSession[],
  past: readonly PastSession[],
  startDay: number,
): { taken: Span[]; takenMinutes: Map<number, number> } {
  const takenMinutes = new Map<number, number>();
  const add = (day: number, minutes: number) => {
    if (day >= startDay) takenMinutes.set(day, (takenMinutes.get(day) ?? 0) + minutes);
  };
  for (const entry of log) add(dayNumber(entry.date), entry.minutes);
  for (const s of past) add(s.day, (s.end - s.start) / MINUTE_MS);
  const spans = [
    ...log.map((entry) => ({ start: Date.parse(entry.start), end: Date.parse(entry.end) })),
    ...past.map(({ start, end }) => ({ start, end })),
  ];
  return { taken: mergeSpans(spans), takenMinutes };
}
