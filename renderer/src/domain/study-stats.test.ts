import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, startOfWeek } from './calendar-day';
import type { ReviewLogEntry, ReviewRating } from './review-types';
import type { LoggedSession } from './schedule-types';
import {
  dueCounts,
  heatLevel,
  HEATMAP_WEEKS,
  plannedMinutesByDay,
  studyMinutesByDay,
  weeklyHours,
  yearHeatmap,
} from './study-stats';

const PARIS = 'Europe/Paris';

function logged(
  sessionId: string,
  start: string,
  minutes: number,
  outcome: 'done' | 'missed' = 'done',
): LoggedSession {
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
  return {
    sessionId,
    topicId: sessionId.split('#')[0]!,
    outcome,
    date: start.slice(0, 10),
    start,
    end,
    minutes,
  };
}

const review = (topicId: string, at: string, rating: ReviewRating = 'good'): ReviewLogEntry => ({
  topicId,
  at,
  rating,
});

describe('studyMinutesByDay', () => {
  it('adds up done sessions per plan day and leaves missed ones out', () => {
    const log = [
      logged('a#1', '2026-12-01T19:00:00+01:00', 60),
      logged('a#2', '2026-12-01T20:30:00+01:00', 30),
      logged('b#1', '2026-12-02T19:00:00+01:00', 45, 'missed'),
      logged('b#2', '2026-12-03T19:00:00+01:00', 50),
    ];
    expect(studyMinutesByDay(log, [], 15, PARIS)).toEqual(
      new Map([
        ['2026-12-01', 90],
        ['2026-12-03', 50],
      ]),
    );
  });

  it('counts every review but a topic’s first rating, on the plan day it was given', () => {
    const reviews = [
      review('a', '2026-12-01T10:00:00+01:00'), // finished
      review('a', '2026-12-04T23:30:00Z', 'hard'), // 00:30 on the 5th in Paris
      review('b', '2026-12-03T09:00:00+01:00'), // finished
      review('a', '2026-12-09T09:00:00+01:00', 'again'),
      review('b', '2026-12-09T10:00:00+01:00'),
    ];
    expect(studyMinutesByDay([], reviews, 20, PARIS)).toEqual(
      new Map([
        ['2026-12-05', 20],
        ['2026-12-09', 40],
      ]),
    );
  });

  it('finds a topic’s first rating by time, not by its place in the log', () => {
    const reviews = [review('a', '2026-12-09T09:00:00+01:00'), review('a', '2026-12-01T09:00:00+01:00')];
    expect(studyMinutesByDay([], reviews, 15, PARIS)).toEqual(new Map([['2026-12-09', 15]]));
  });

  it('reads logged sessions on the plan zone’s clock, which may have changed since', () => {
    // Logged in Paris at 23:30 on the 1st: in New York that is the same evening, in Tokyo the 2nd.
    const log = [logged('a#1', '2026-12-01T23:30:00+01:00', 20)];
    expect([...studyMinutesByDay(log, [], 15, 'America/New_York').keys()]).toEqual(['2026-12-01']);
    expect([...studyMinutesByDay(log, [], 15, 'Asia/Tokyo').keys()]).toEqual(['2026-12-02']);
  });

  it('adds up to the done minutes and the reviews after each first rating', () => {
    const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) });
    const zone = fc.constantFrom('UTC', PARIS, 'America/New_York', 'Pacific/Auckland');
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: instant, minutes: fc.integer({ min: 0, max: 300 }), done: fc.boolean() }), {
          maxLength: 30,
        }),
        fc.array(fc.record({ topic: fc.constantFrom('a', 'b', 'c', 'd'), at: instant }), { maxLength: 30 }),
        fc.integer({ min: 5, max: 120 }),
        zone,
        (sessions, ratings, perTopic, timeZone) => {
          const log = sessions.map((s, i) =>
            logged(`t${i}#1`, new Date(s.at).toISOString(), s.minutes, s.done ? 'done' : 'missed'),
          );
          const reviews = ratings.map((r) => review(r.topic, new Date(r.at).toISOString()));
          const byDay = studyMinutesByDay(log, reviews, perTopic, timeZone);
          const total = [...byDay.values()].reduce((sum, m) => sum + m, 0);
          const done = sessions.filter((s) => s.done).reduce((sum, s) => sum + s.minutes, 0);
          const topics = new Set(ratings.map((r) => r.topic)).size;
          expect(total).toBe(done + (ratings.length - topics) * perTopic);
          for (const minutes of byDay.values()) expect(minutes).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('plannedMinutesByDay', () => {
  it('counts logged sessions, done or missed, and the sessions in force not logged', () => {
    const log = [
      logged('a#1', '2026-12-01T19:00:00+01:00', 40),
      logged('a#2', '2026-12-02T19:00:00+01:00', 60, 'missed'),
    ];
    const inForce = [
      // Logged (done in 40 of its 60 minutes): counted once, as logged.
      { id: 'a#1', start: '2026-12-01T19:00:00+01:00', minutes: 60 },
      { id: 'a#3', start: '2026-12-03T19:00:00+01:00', minutes: 60 },
      { id: 'b#1', start: '2026-12-03T20:00:00+01:00', minutes: 30 },
    ];
    expect(plannedMinutesByDay(log, inForce, PARIS)).toEqual(
      new Map([
        ['2026-12-01', 40],
        ['2026-12-02', 60],
        ['2026-12-03', 90],
      ]),
    );
  });
});

describe('heatLevel', () => {
  it('draws nothing, under 30 min, under an hour, under two and more at levels 0 to 4', () => {
    expect([0, 1, 29, 30, 59, 60, 119, 120, 600].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('yearHeatmap', () => {
  it('shows 53 Monday-first weeks, the last ending today', () => {
    // Tuesday 1 December 2026.
    const map = yearHeatmap(
      new Map([
        ['2026-12-01', 45],
        ['2025-12-01', 200],
        ['2025-11-30', 30], // the Sunday before the first column
      ]),
      '2026-12-01',
    );
    expect(map.weeks).toHaveLength(HEATMAP_WEEKS);
    expect(map.weeks[0]![0]).toEqual({ date: '2025-12-01', minutes: 200, level: 4 });
    expect(map.weeks.at(-1)).toEqual([
      { date: '2026-11-30', minutes: 0, level: 0 },
      { date: '2026-12-01', minutes: 45, level: 2 },
    ]);
    expect(map.totalMinutes).toBe(245);
    expect(map.studyDays).toBe(2);
  });

  it('has every day once, in order, full weeks but the last', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, (today) => {
        const { weeks } = yearHeatmap(new Map(), today);
        const days = weeks.flat();
        expect(weeks).toHaveLength(HEATMAP_WEEKS);
        expect(days[0]!.date).toBe(addDays(startOfWeek(today), -7 * (HEATMAP_WEEKS - 1)));
        expect(days.at(-1)!.date).toBe(today);
        days.forEach((d, i) => i > 0 && expect(daysBetween(days[i - 1]!.date, d.date)).toBe(1));
        weeks.slice(0, -1).forEach((w) => expect(w).toHaveLength(7));
        expect(weeks.at(-1)).toHaveLength(daysBetween(startOfWeek(today), today) + 1);
      }),
      { numRuns: 30 },
    );
  });
});

describe('weeklyHours', () => {
  it('totals planned and done per week, Monday first, the last week today’s', () => {
    const planned = new Map([
      ['2026-11-29', 60], // Sunday: the week before
      ['2026-11-30', 90],
      ['2026-12-06', 30], // Sunday: still this week, though to come
      ['2026-09-06', 999], // before the 12 weeks
    ]);
    const done = new Map([['2026-12-01', 75]]);
    const weeks = weeklyHours(planned, done, '2026-12-01');
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.start).toBe('2026-09-14');
    expect(weeks.at(-2)).toEqual({ start: '2026-11-23', plannedMinutes: 60, doneMinutes: 0 });
    expect(weeks.at(-1)).toEqual({ start: '2026-11-30', plannedMinutes: 120, doneMinutes: 75 });
  });

  it('keeps every minute of the weeks shown, and none other', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-01-01', n));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 500 })), { maxLength: 40 }),
        day,
        fc.integer({ min: 1, max: 20 }),
        (entries, today, count) => {
          const minutes = new Map<string, number>();
          for (const [d, m] of entries) minutes.set(d, (minutes.get(d) ?? 0) + m);
          const weeks = weeklyHours(minutes, new Map(), today, count);
          const first = weeks[0]!.start;
          const last = addDays(startOfWeek(today), 6);
          const inside = [...minutes].filter(([d]) => d >= first && d <= last);
          expect(weeks).toHaveLength(count);
          expect(weeks.reduce((sum, w) => sum + w.plannedMinutes, 0)).toBe(
            inside.reduce((sum, [, m]) => sum + m, 0),
          );
        },
      ),
    );
  });
});

describe('dueCounts', () => {
  it('counts overdue and the next 7 days within 7, and the next 30 within 30', () => {
    const cards = ['2026-11-20', '2026-12-01', '2026-12-07', '2026-12-08', '2026-12-30', '2026-12-31'].map(
      (due) => ({ due }),
    );
    expect(dueCounts(cards, '2026-12-01')).toEqual({ within7: 3, within30: 5 });
    expect(dueCounts([], '2026-12-01')).toEqual({ within7: 0, within30: 0 });
  });

  it('never counts more within 7 days than within 30', () => {
    const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays('2026-06-01', n));
    fc.assert(
      fc.property(fc.array(day), day, (dues, today) => {
        const { within7, within30 } = dueCounts(
          dues.map((due) => ({ due })),
          today,
        );
        expect(within7).toBeLessThanOrEqual(within30);
        expect(within30).toBeLessThanOrEqual(dues.length);
        expect(within30).toBe(dues.filter((due) => daysBetween(today, due) < 30).length);
      }),
    );
  });
});
