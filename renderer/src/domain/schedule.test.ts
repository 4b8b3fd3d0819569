import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from './schedule';
import {
  basePlan,
  caseArb,
  everyDay,
  hasCode,
  phases,
  remainingOf,
  topic,
  weekdayOf,
} from './schedule-fixtures';

describe('schedulePlan properties', () => {
  it('keeps every rule of DESIGN §5 on random roadmaps and plans', () => {
    fc.assert(
      fc.property(caseArb, ({ roadmap, plan, today }) => {
        const schedule = schedulePlan(roadmap, plan, { today });
        const remaining = remainingOf(roadmap, plan);
        const stopped = hasCode(schedule, 'too-long') || hasCode(schedule, 'no-availability');
        const first = plan.startDate > today ? plan.startDate : today;
        const blackout = new Set(plan.blackoutDates);
        const perDay = new Map<string, number>();
        const byTopic = new Map<string, typeof schedule.sessions>();
        for (const s of schedule.sessions) {
          expect(s.minutes).toBeGreaterThan(0);
          expect(s.minutes).toBeLessThanOrEqual(plan.maxSessionMinutes);
          if (s.part < s.parts) expect(s.minutes).toBeGreaterThanOrEqual(plan.minSessionMinutes);
          expect(blackout.has(s.date)).toBe(false);
          expect(s.date >= first).toBe(true);
          expect(Date.parse(s.end) - Date.parse(s.start)).toBe(s.minutes * 60_000);
          expect(s.id).toBe(`${s.topicId}#${s.part}`);
          perDay.set(s.date, (perDay.get(s.date) ?? 0) + s.minutes);
          byTopic.set(s.topicId, [...(byTopic.get(s.topicId) ?? []), s]);
        }
        for (const [date, minutes] of perDay) {
          expect(minutes).toBeLessThanOrEqual(plan.availability[weekdayOf(date)]);
        }
        // Every remaining minute exactly once: whole topics, parts numbered 1..n.
        for (const [id, minutes] of remaining) {
          const parts = byTopic.get(id) ?? [];
          if (minutes === 0 || (stopped && parts.length === 0)) {
            expect(parts).toEqual([]);
            continue;
          }
          expect(parts.map((s) => s.part)).toEqual(parts.map((_, i) => i + 1));
          for (const s of parts) expect(s.parts).toBe(parts.length);
          expect(parts.reduce((sum, s) => sum + s.minutes, 0)).toBe(minutes);
        }
        for (const id of byTopic.keys()) expect(remaining.has(id)).toBe(true);
        // Never before the open prerequisites' last sessions end.
        for (const t of roadmap.topics) {
          const mine = byTopic.get(t.id);
          if (!mine) continue;
          const startsAt = Date.parse(mine[0]!.start);
          for (const pre of t.prerequisites) {
            const theirs = byTopic.get(pre);
            if (!remaining.get(pre)) continue;
            // An open prerequisite with work left must be planned before its dependant.
            expect(theirs).toBeDefined();
            expect(startsAt).toBeGreaterThanOrEqual(Date.parse(theirs!.at(-1)!.end));
          }
        }
        // Deterministic: the same input gives the same output.
        expect(schedulePlan(roadmap, plan, { today })).toEqual(schedule);
        // Milestones: one per phase, target 1 checked against the projection.
        expect(schedule.milestones.map((m) => m.phase)).toEqual(roadmap.phases.map((p) => p.number));
        const m1 = schedule.milestones[0]!;
        if (m1.projectedEnd !== null && m1.projectedEnd > plan.phaseTargets['1']!) {
          expect(m1.onTrack).toBe(false);
          expect(hasCode(schedule, 'target-missed')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ends with a no-availability warning and no sessions when no weekday has time', () => {
    fc.assert(
      fc.property(caseArb, ({ roadmap, plan, today }) => {
        const schedule = schedulePlan(roadmap, { ...plan, availability: everyDay(0) }, { today });
        expect(schedule.sessions).toEqual([]);
        const work = [...remainingOf(roadmap, plan).values()].some((m) => m > 0);
        expect(hasCode(schedule, 'no-availability')).toBe(work);
      }),
      { numRuns: 100 },
    );
  });

  it('stops at five years with a too-long warning, quickly', () => {
    const roadmap = { topics: [topic('a', 1, 60 * 1000, []), topic('b', 1, 60, ['a'])], phases: phases(1) };
    const plan = basePlan({ availability: { ...everyDay(0), sun: 30 }, minSessionMinutes: 30 });
    const t0 = performance.now();
    const schedule = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(hasCode(schedule, 'too-long')).toBe(true);
    expect(schedule.sessions).toEqual([]);
    // Time that never fits a shortest session also ends, rather than spinning.
    const tooShort = schedulePlan(roadmap, basePlan({ availability: everyDay(20) }), { today: '2026-12-01' });
    expect(hasCode(tooShort, 'too-long')).toBe(true);
    expect(tooShort.milestones[0]!.onTrack).toBe(false);
  });
});

describe('schedulePlan basics', () => {
  it('fills days from their start time, splits at the longest session and numbers parts', () => {
    const roadmap = { topics: [topic('a', 1, 150, []), topic('b', 1, 45, ['a'])], phases: phases(1) };
    // Back to back (no break): the second session of a day starts where the first ends.
    const plan = basePlan({
      availability: { ...everyDay(0), tue: 120, wed: 120 },
      maxSessionMinutes: 90,
      breakMinutes: 0,
    });
    const { sessions, warnings } = schedulePlan(roadmap, plan, { today: '2026-11-01' });
    expect(warnings).toEqual([]);
    expect(sessions[0]).toEqual({
      id: 'a#1',
      topicId: 'a',
      part: 1,
      parts: 3,
      date: '2026-12-01',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T20:30:00+01:00',
      minutes: 90,
    });
    expect(sessions.map((s) => [s.id, s.parts, s.date, s.start, s.minutes])).toEqual([
      ['a#1', 3, '2026-12-01', '2026-12-01T19:00:00+01:00', 90],
      ['a#2', 3, '2026-12-01', '2026-12-01T20:30:00+01:00', 30],
      ['a#3', 3, '2026-12-02', '2026-12-02T19:00:00+01:00', 30],
      ['b#1', 1, '2026-12-02', '2026-12-02T19:30:00+01:00', 45],
    ]);
  });

  it('skips done and skipped topics, uses estimate overrides, and starts at max(startDate, today)', () => {
    const roadmap = {
      topics: [topic('a', 1, 60, []), topic('b', 1, 60, ['a']), topic('c', 1, 60, ['b'])],
      phases: phases(1),
    };
    const plan = basePlan({ statuses: { a: 'done', b: 'skipped' }, estimates: { c: 0.5 } });
    const { sessions } = schedulePlan(roadmap, plan, { today: '2026-12-05' });
    expect(sessions.map((s) => [s.id, s.date, s.minutes])).toEqual([['c#1', '2026-12-05', 30]]);
  });

  it('keeps phases in order and breaks ties by roadmap order', () => {
    const roadmap = {
      topics: [
        topic('p2', 2, 30, []),
        topic('x', 1, 30, []),
        topic('y', 1, 30, []),
        topic('z', 1, 30, ['y']),
      ],
      phases: phases(2),
    };
    const { sessions } = schedulePlan(roadmap, basePlan(), { today: '2026-12-01' });
    expect(sessions.map((s) => s.topicId)).toEqual(['x', 'y', 'z', 'p2']);
  });
});
