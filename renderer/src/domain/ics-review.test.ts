import { describe, expect, it } from 'vitest';
import { planCalendarEvents, planIcs } from './ics';
import type { PlanIcsRequest } from './ics';
import { basePlan, NOW, parseIcs, tiny } from './ics-fixtures';
import { icsUid, isReviewKey, isReviewUid } from './ics-names';
import { icsPlanEventIds, icsPlanSessionIds, reviewsInRange } from './ics-range';
import type { ReviewSession } from './review-types';
import { schedulePlan } from './schedule';
import type { Schedule } from './schedule-types';

// Review days in the calendar export (issue 16 §2): one event per day, a stable UID per day.

/** First Steps finished (rated Good) on 29 Nov: its reviews come on 2 Dec, 16 Dec, … */
const schedule = schedulePlan(tiny, basePlan({ statuses: { 'first-steps': 'done' } }), {
  today: '2026-11-30',
  review: {
    log: [{ topicId: 'first-steps', at: '2026-11-29T20:00:00+01:00', rating: 'good' }],
    settings: { retention: 0.9, minutesPerTopic: 15 },
  },
});
const uid = (id: string) => icsUid(id, 'plan-1');

function exportPlan(over: Partial<PlanIcsRequest> = {}) {
  return planIcs({
    roadmap: tiny,
    schedule,
    planId: 'plan-1',
    range: { kind: 'all' },
    today: '2026-11-30',
    withMilestones: false,
    reminderMinutes: 10,
    history: null,
    now: NOW,
    ...over,
  });
}

/** The schedule with its first review day holding other topics (or gone, for `null`). */
function withFirstReview(topics: string[] | null): Schedule {
  const [first, ...rest] = schedule.reviews;
  const changed: ReviewSession[] =
    topics === null ? rest : [{ ...first!, topics, minutes: 15 * topics.length }, ...rest];
  return { ...schedule, reviews: changed };
}

describe('review days in the .ics export', () => {
  it('the fixture plans reviews (the scheduler’s own tests check where)', () => {
    expect(schedule.reviews.length).toBeGreaterThan(1);
    expect(schedule.reviews[0]!.id).toBe('review#2026-12-02');
  });

  it('writes one event per review day: the review title, the topics’ titles, a reminder', () => {
    const file = exportPlan();
    expect(file.events).toBe(schedule.sessions.length + schedule.reviews.length);
    const events = parseIcs(file.text).events;
    const review = events.find((e) => e.uid === uid('review#2026-12-02'))!;
    expect(review).toMatchObject({
      summary: 'Tiny · Review · 1 topic · 15 min',
      description: 'Spaced review of finished topics:\n• First Steps',
      categories: ['Review'],
      start: Date.parse('2026-12-02T19:00:00+01:00'),
      end: Date.parse('2026-12-02T19:15:00+01:00'),
      sequence: 0,
      status: 'CONFIRMED',
      trigger: '-PT10M',
    });
    expect(file.text).toContain('\r\nUID:review#2026-12-02@plan-1.roadmap-planner\r\n');
    for (const day of schedule.reviews) expect(events.some((e) => e.uid === uid(day.id))).toBe(true);
  });

  it('raises SEQUENCE when a day’s topics change, keeps it when nothing did', () => {
    const first = exportPlan();
    const same = exportPlan({ history: first.history });
    expect(parseIcs(same.text).events.every((e) => e.sequence === 0)).toBe(true);
    const more = exportPlan({
      schedule: withFirstReview(['first-steps', 'second-steps']),
      history: first.history,
    });
    const events = parseIcs(more.text).events;
    expect(events.find((e) => e.uid === uid('review#2026-12-02'))).toMatchObject({
      sequence: 1,
      summary: 'Tiny · Review · 2 topics · 30 min',
      description: 'Spaced review of finished topics:\n• First Steps\n• Second Steps',
    });
    expect(events.find((e) => e.uid === uid('review#2026-12-16'))!.sequence).toBe(0);
  });

  it('cancels a review day that disappears, like a removed session, and keeps it cancelled once', () => {
    const first = exportPlan();
    const gone = exportPlan({ schedule: withFirstReview(null), history: first.history });
    expect(gone.cancelled).toBe(1);
    const cancelled = parseIcs(gone.text).events.find((e) => e.status === 'CANCELLED')!;
    expect(cancelled).toMatchObject({ uid: uid('review#2026-12-02'), sequence: 1 });
    expect(gone.history.retired[uid('review#2026-12-02')]).toBe(1);
    // Back again: it outranks the cancellation.
    const back = exportPlan({ history: gone.history });
    expect(parseIcs(back.text).events.find((e) => e.uid === uid('review#2026-12-02'))!.sequence).toBe(2);
  });

  it('leaves a past review day alone: the plan holds only reviews to come', () => {
    const first = exportPlan();
    const later = new Date('2026-12-03T08:00:00Z');
    const next = exportPlan({ schedule: withFirstReview(null), history: first.history, now: later });
    expect(next.cancelled).toBe(0);
    expect(next.history.events[uid('review#2026-12-02')]).toEqual(
      first.history.events[uid('review#2026-12-02')],
    );
  });

  it('exports the weeks’ review days and leaves the later ones alone; a phase export holds none', () => {
    const all = exportPlan();
    const twoWeeks = exportPlan({ range: { kind: 'weeks', weeks: 2 }, history: all.history });
    const uids = parseIcs(twoWeeks.text).events.map((e) => e.uid);
    expect(uids).toContain(uid('review#2026-12-02'));
    expect(uids).not.toContain(uid('review#2026-12-16'));
    expect(twoWeeks.cancelled).toBe(0);
    expect(Object.keys(twoWeeks.history.events)).toContain(uid('review#2026-12-16'));
    expect(reviewsInRange(schedule, { kind: 'phase', phase: 1 }, '2026-11-30')).toEqual([]);
    const phase = exportPlan({ range: { kind: 'phase', phase: 2 }, history: all.history });
    expect(phase.cancelled).toBe(0);
  });

  it('calendar sync’s events hold the review days too, the same as the export’s', () => {
    const events = planCalendarEvents({ roadmap: tiny, schedule, planId: 'plan-1', reminderMinutes: 10 });
    const reviews = events.filter((e) => isReviewUid(e.uid));
    expect(reviews.map((e) => e.uid)).toEqual(schedule.reviews.map((r) => uid(r.id)));
    const exported = parseIcs(exportPlan().text).events.filter((e) => isReviewUid(e.uid));
    expect(reviews.map((e) => e.summary)).toEqual(exported.map((e) => e.summary));
  });
});

describe('review keys', () => {
  it('tells a review day from a study session, even of a topic called "review"', () => {
    expect(isReviewKey('review#2026-12-02')).toBe(true);
    expect(isReviewKey('review#2')).toBe(false);
    expect(isReviewUid(uid('review#2026-12-02'))).toBe(true);
    expect(isReviewUid(uid('first-steps#1'))).toBe(false);
    const ids = icsPlanEventIds(schedule);
    expect(ids.has('review#2026-12-02')).toBe(true);
    // The study count the Schedule view and the export dialog say leaves reviews out.
    expect(icsPlanSessionIds(schedule).has('review#2026-12-02')).toBe(false);
  });
});
