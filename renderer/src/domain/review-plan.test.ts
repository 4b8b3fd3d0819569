import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-day';
import type { Plan } from './plan';
import type { ReviewLogEntry, ReviewRating, ReviewSession } from './review-types';
import { schedulePlan } from './schedule';
import { basePlan, everyDay, phases, topic, weekdayOf } from './schedule-fixtures';
import type { LoggedSession, Schedule, ScheduleOptions } from './schedule-types';

const at = (iso: string) => Date.parse(iso);
const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  at(a.start) < at(b.end) && at(b.start) < at(a.end);
const SETTINGS = { retention: 0.9, minutesPerTopic: 15 };

/** Topics a…, each finished (rated) on the given day at 20:00 Berlin time. */
function finished(ids: readonly string[], day: string, rating: ReviewRating = 'good'): ReviewLogEntry[] {
  return ids.map((topicId) => ({ topicId, at: `${day}T20:00:00+01:00`, rating }));
}

function plan(doneIds: readonly string[], over: Partial<Plan> = {}): Plan {
  return basePlan({ statuses: Object.fromEntries(doneIds.map((id) => [id, 'done'])), ...over });
}

describe('review sessions in the schedule', () => {
  const roadmap = {
    topics: [topic('a', 1, 60, []), topic('b', 1, 60, ['a']), topic('c', 1, 600, ['b'])],
    phases: phases(1),
  };

  it('plans a finished topic’s review at the start of its due day; study fills the rest', () => {
    const log = finished(['a'], '2026-12-01');
    const schedule = schedulePlan(roadmap, plan(['a']), {
      today: '2026-12-02',
      review: { log, settings: SETTINGS },
    });
    // Good on a new topic: FSRS brings it back three days later.
    const [first] = schedule.reviews;
    expect(first).toEqual({
      id: 'review#2026-12-04',
      date: '2026-12-04',
      start: '2026-12-04T19:00:00+01:00',
      end: '2026-12-04T19:15:00+01:00',
      minutes: 15,
      topics: ['a'],
    } satisfies ReviewSession);
    // Study follows after the plan's break (10 minutes by default), in what is left of the hour.
    const sameDay = schedule.sessions.filter((s) => s.date === '2026-12-04');
    expect(sameDay[0]!.start).toBe('2026-12-04T19:25:00+01:00');
    expect(sameDay.reduce((sum, s) => sum + s.minutes, 0)).toBe(35);
    // Reviewing as if rated Good keeps it coming back, further apart.
    const gaps = schedule.reviews
      .slice(0, 4)
      .map((r, i, all) => (i === 0 ? 0 : at(r.date) - at(all[i - 1]!.date)));
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
    expect(schedule.milestones[0]!.reviewMinutes).toBeGreaterThan(0);
  });

  it('plans nothing without review settings, and nothing for topics not done', () => {
    const log = finished(['a'], '2026-12-01');
    expect(schedulePlan(roadmap, plan(['a']), { today: '2026-12-02' }).reviews).toEqual([]);
    expect(
      schedulePlan(roadmap, plan([]), { today: '2026-12-02', review: { log, settings: SETTINGS } }).reviews,
    ).toEqual([]);
  });

  it('keeps each day within its cap and spreads the overflow over nearby days', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const many = { topics: ids.map((id) => topic(id, 1, 60, [])), phases: phases(1) };
    const log = [...finished(ids, '2026-11-01'), ...finished(ids, '2026-11-04')];
    const schedule = schedulePlan(many, plan(ids, { startDate: '2026-11-01' }), {
      today: '2026-11-10',
      review: { log, settings: SETTINGS },
    });
    // Half of a 60-minute evening: two topics a day.
    for (const r of schedule.reviews) expect(r.minutes).toBeLessThanOrEqual(30);
    const firstRound = schedule.reviews.filter((r) => r.date < '2026-12-01');
    const days = new Set(firstRound.map((r) => r.date));
    expect(days.size).toBeGreaterThanOrEqual(6);
    expect(firstRound.flatMap((r) => r.topics).sort()).toEqual([...ids].sort());
  });

  it('honours a daily cap the plan sets, and busy time', () => {
    const ids = ['t1', 't2', 't3'];
    const three = { topics: ids.map((id) => topic(id, 1, 60, [])), phases: phases(1) };
    // Hard on a new topic: two days, too short to move.
    const log = finished(ids, '2026-12-01', 'hard');
    const busy = [{ start: '2026-12-03T18:00:00Z', end: '2026-12-03T18:20:00Z' }];
    const schedule = schedulePlan(three, plan(ids), {
      today: '2026-12-02',
      busy,
      review: { log, settings: { ...SETTINGS, dailyCapMinutes: 45 } },
    });
    expect(schedule.reviews[0]).toMatchObject({
      date: '2026-12-03',
      start: '2026-12-03T19:20:00+01:00',
      minutes: 30,
      topics: ['t1', 't2'],
    });
  });

  it('brings an overdue review to the first days from today, never into the past', () => {
    const log = finished(['a'], '2026-10-01');
    const schedule = schedulePlan(roadmap, plan(['a']), {
      now: '2026-12-02T19:05:00+01:00',
      review: { log, settings: SETTINGS },
    });
    expect(schedule.reviews[0]!.date).toBe('2026-12-02');
    expect(schedule.reviews[0]!.start).toBe('2026-12-02T19:05:00+01:00');
  });

  it('warns when reviews cannot fit: a cap below one topic', () => {
    const log = finished(['a'], '2026-12-01');
    const schedule = schedulePlan(roadmap, plan(['a']), {
      today: '2026-12-02',
      review: { log, settings: { ...SETTINGS, dailyCapMinutes: 10 } },
    });
    expect(schedule.reviews).toEqual([]);
    expect(schedule.warnings.map((w) => w.code)).toContain('reviews-late');
  });
});

describe('180 days of following the plan', () => {
  it('keeps every day within its cap and never overlaps study or busy time', () => {
    // 24 topics: 8 finished before day one, the rest studied as planned; every Wednesday
    // evening is partly busy; reviews are rated from a fixed sequence.
    const ids = Array.from({ length: 24 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const roadmap = {
      topics: ids.map((id, i) => topic(id, 1 + Math.floor(i / 12), 120, i > 0 ? [ids[i - 1]!] : [])),
      phases: phases(2),
    };
    const availability = { ...everyDay(90), sat: 180, sun: 0 };
    const statuses: Record<string, 'done'> = {};
    const reviewLog: ReviewLogEntry[] = [];
    const log: LoggedSession[] = [];
    for (const id of ids.slice(0, 8)) {
      statuses[id] = 'done';
      reviewLog.push({ topicId: id, at: '2026-11-30T20:00:00+01:00', rating: 'good' });
    }
    const ratings: ReviewRating[] = ['good', 'hard', 'good', 'again', 'easy', 'good', 'good'];
    let rated = 0;
    const busyOf = (day: string) => ({ start: `${day}T18:10:00Z`, end: `${day}T18:40:00Z` });
    let day = '2026-12-01';
    let reviewDays = 0;
    for (let i = 0; i < 180; i++, day = addDays(day, 1)) {
      const busy = Array.from({ length: 3 }, (_, w) => addDays(day, w * 7 - weekdayShift(day))).map(busyOf);
      const options: ScheduleOptions = {
        today: day,
        log,
        busy,
        review: { log: reviewLog, settings: SETTINGS },
      };
      const p = basePlan({ availability, statuses: { ...statuses } });
      const schedule = schedulePlan(roadmap, p, options);
      checkDay(schedule, day, availability, busy);
      // Follow today: do the review, then the study.
      const review = schedule.reviews.find((r) => r.date === day);
      if (review) {
        reviewDays++;
        for (const topicId of review.topics)
          reviewLog.push({ topicId, at: review.start, rating: ratings[rated++ % ratings.length]! });
      }
      for (const s of schedule.sessions.filter((s) => s.date === day && !s.logged)) {
        log.push({ ...s, sessionId: s.id, outcome: 'done' });
        const doneMinutes = log.filter((e) => e.topicId === s.topicId).reduce((sum, e) => sum + e.minutes, 0);
        if (doneMinutes >= 120) {
          statuses[s.topicId] = 'done';
          reviewLog.push({ topicId: s.topicId, at: s.end, rating: 'good' });
        }
      }
    }
    expect(Object.keys(statuses).length).toBe(24);
    expect(reviewDays).toBeGreaterThan(30);
  }, 60_000);
});

/** Wednesdays are busy 19:10–19:40 Berlin time: the Wednesday of `day`'s week is this many days back. */
function weekdayShift(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 4) % 7;
}

function checkDay(
  schedule: Schedule,
  day: string,
  availability: Plan['availability'],
  busy: readonly { start: string; end: string }[],
) {
  for (const review of schedule.reviews) {
    expect(review.minutes).toBeLessThanOrEqual(Math.floor(availability[weekdayOf(review.date)] / 2));
    expect(review.minutes).toBe(review.topics.length * SETTINGS.minutesPerTopic);
    expect(new Set(review.topics).size).toBe(review.topics.length);
    for (const b of busy) expect(overlaps(review, b), `${review.id} overlaps busy time`).toBe(false);
    for (const s of schedule.sessions)
      expect(overlaps(review, s), `${review.id} overlaps ${s.id} (${day})`).toBe(false);
  }
  expect(new Set(schedule.reviews.map((r) => r.date)).size).toBe(schedule.reviews.length);
}
