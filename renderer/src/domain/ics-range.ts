import { dateOfDay, dayNumber } from './calendar-day';
import type { IcsHistoryEvent } from './ics-history';
import type { ReviewSession } from './review-types';
import type { Roadmap } from './roadmap';
import type { Milestone, Schedule, ScheduledSession } from './schedule-types';

/** Which part of a plan an export holds: all of it, the next `weeks` weeks from today, or one phase. */
export type IcsRange = { kind: 'all' } | { kind: 'weeks'; weeks: number } | { kind: 'phase'; phase: number };

/**
 * The sessions of `schedule` an export of `range` holds, in time order. `today` is the
 * plan zone's date (`YYYY-MM-DD`); `weeks` covers `today` and the `7 × weeks − 1` days after.
 * Sessions logged missed are kept: `buildIcs` cancels the ones calendars already hold.
 */
export function sessionsInRange(
  roadmap: Pick<Roadmap, 'topicsById'>,
  schedule: Pick<Schedule, 'sessions'>,
  range: IcsRange,
  today: string,
): ScheduledSession[] {
  switch (range.kind) {
    case 'all':
      return [...schedule.sessions];
    case 'weeks': {
      const [from, to] = weeksWindow(range.weeks, today);
      return schedule.sessions.filter((s) => s.date >= from && s.date < to);
    }
    case 'phase':
      return schedule.sessions.filter((s) => roadmap.topicsById.get(s.topicId)?.phaseNumber === range.phase);
  }
}

/**
 * The review days an export of `range` holds, in time order: all, or those inside the weeks.
 * A phase's export holds none: a review day mixes topics of any phase.
 */
export function reviewsInRange(
  schedule: Pick<Schedule, 'reviews'>,
  range: IcsRange,
  today: string,
): ReviewSession[] {
  switch (range.kind) {
    case 'all':
      return [...schedule.reviews];
    case 'weeks': {
      const [from, to] = weeksWindow(range.weeks, today);
      return schedule.reviews.filter((r) => r.date >= from && r.date < to);
    }
    case 'phase':
      return [];
  }
}

/**
 * The milestones an export of `range` holds: all, the phase's own, or those with a projected
 * end or target inside the weeks.
 */
export function milestonesInRange(
  schedule: Pick<Schedule, 'milestones'>,
  range: IcsRange,
  today: string,
): Milestone[] {
  switch (range.kind) {
    case 'all':
      return [...schedule.milestones];
    case 'weeks': {
      const [from, to] = weeksWindow(range.weeks, today);
      const inside = (date: string | null) => date !== null && date >= from && date < to;
      return schedule.milestones.filter((m) => inside(m.projectedEnd) || inside(m.target));
    }
    case 'phase':
      return schedule.milestones.filter((m) => m.phase === range.phase);
  }
}

/**
 * Ids of every session of the whole plan that calendars should keep (all but those logged
 * missed): `buildIcs`'s `planSessionIds`.
 */
export function icsPlanSessionIds(schedule: Pick<Schedule, 'sessions'>): Set<string> {
  return new Set(schedule.sessions.filter((s) => s.logged !== 'missed').map((s) => s.id));
}

/**
 * Ids of everything of the whole plan calendars should keep besides milestones: the study
 * sessions of `icsPlanSessionIds` and the review days (`buildIcs`'s `planSessionIds`).
 */
export function icsPlanEventIds(schedule: Pick<Schedule, 'sessions' | 'reviews'>): Set<string> {
  const ids = icsPlanSessionIds(schedule);
  for (const review of schedule.reviews) ids.add(review.id);
  return ids;
}

/**
 * Whether an event an earlier export wrote, by its key (a session id `topic#2`, a review day's
 * `review#2026-12-04`, a milestone's `phase-1-end`), lies in the part of the plan an export of
 * `range` holds: all of it; a session or review day planned inside the weeks, a milestone
 * dated inside them; a session of one of the phase's topics, or the phase's milestones (review
 * days mix phases: never a phase's). An export cancels only such events when they are gone.
 */
export function icsHistoryInRange(
  roadmap: Pick<Roadmap, 'topicsById'>,
  range: IcsRange,
  today: string,
  key: string,
  event: Pick<IcsHistoryEvent, 'start' | 'day' | 'allDay'>,
): boolean {
  if (range.kind === 'all') return true;
  const milestone = /^phase-(\d+)-(?:end|target)$/.exec(key);
  const review = /^review#(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (range.kind === 'phase') {
    if (milestone) return Number(milestone[1]) === range.phase;
    if (review) return false;
    const topicId = key.slice(0, key.lastIndexOf('#'));
    return roadmap.topicsById.get(topicId)?.phaseNumber === range.phase;
  }
  const [from, to] = weeksWindow(range.weeks, today);
  const day = event.allDay ? event.start : (review?.[1] ?? event.day);
  if (day !== undefined) return day >= from && day < to;
  // A history from before plan days were kept: the UTC day is the plan day give or take one
  // (zones are within a day of UTC), so only a session inside either way counts as inside.
  const utcDay = dayNumber(event.start.slice(0, 10));
  return dateOfDay(utcDay - 1) >= from && dateOfDay(utcDay + 1) < to;
}

function weeksWindow(weeks: number, today: string): [string, string] {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a whole number ≥ 1`);
  return [today, dateOfDay(dayNumber(today) + 7 * weeks)];
}
