import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from './schedule';
import { basePlan, everyDay, phases, roadmapArb, topic, weekdayOf } from './schedule-fixtures';
import type { SmallRoadmap } from './schedule-fixtures';
import type { Schedule } from './schedule-types';

describe('the session log', () => {
  const roadmap: SmallRoadmap = {
    topics: [topic('a', 1, 180, []), topic('b', 1, 60, ['a'])],
    phases: phases(1),
  };
  const plan = basePlan();
  const today = '2026-12-01';
  const logOf = (schedule: Schedule, id: string, outcome: 'done' | 'missed') => {
    const s = schedule.sessions.find((session) => session.id === id)!;
    return {
      sessionId: s.id,
      topicId: s.topicId,
      outcome,
      date: s.date,
      start: s.start,
      end: s.end,
      minutes: s.minutes,
    };
  };

  it('keeps every other session in place when a session is logged done', () => {
    const before = schedulePlan(roadmap, plan, { today });
    const after = schedulePlan(roadmap, plan, { today, log: [logOf(before, 'a#1', 'done')] });
    expect(after.sessions.map(({ logged: _logged, ...rest }) => rest)).toEqual(before.sessions);
    expect(after.sessions[0]).toMatchObject({ id: 'a#1', logged: 'done', part: 1, parts: 3 });
  });

  it('counts done work logged before today and plans only what is left', () => {
    const before = schedulePlan(roadmap, plan, { today });
    const log = [logOf(before, 'a#1', 'done')];
    const later = schedulePlan(roadmap, plan, { today: '2026-12-10', log });
    const planned = later.sessions.filter((s) => !s.logged);
    expect(planned.filter((s) => s.topicId === 'a').map((s) => [s.id, s.date, s.minutes])).toEqual([
      ['a#2', '2026-12-10', 60],
      ['a#3', '2026-12-11', 60],
    ]);
    expect(later.sessions[0]).toMatchObject({ id: 'a#1', logged: 'done', parts: 3, date: '2026-12-01' });
  });

  it('plans missed work again after the missed time, numbering the new parts after it', () => {
    const before = schedulePlan(roadmap, plan, { today });
    const log = [logOf(before, 'a#1', 'done'), logOf(before, 'a#2', 'missed')];
    const replanned = schedulePlan(roadmap, plan, { today, log });
    expect(
      replanned.sessions.map((s) => [s.id, s.date, s.logged ?? 'planned', `${s.part}/${s.parts}`]),
    ).toEqual([
      ['a#1', '2026-12-01', 'done', '1/4'],
      ['a#2', '2026-12-02', 'missed', '2/4'],
      ['a#3', '2026-12-03', 'planned', '3/4'],
      ['a#4', '2026-12-04', 'planned', '4/4'],
      ['b#1', '2026-12-05', 'planned', '1/1'],
    ]);
  });

  it('starts new work on a day after the sessions logged on it', () => {
    const roomy = basePlan({ availability: everyDay(120) });
    const before = schedulePlan(roadmap, roomy, { today });
    const first = { ...logOf(before, 'a#1', 'done'), minutes: 30, end: '2026-12-01T19:30:00+01:00' };
    const after = schedulePlan(roadmap, roomy, { today, log: [first] });
    const next = after.sessions.find((s) => !s.logged)!;
    // After the plan's break (10 minutes), in what is left of the evening's two hours.
    expect([next.id, next.start, next.minutes]).toEqual(['a#2', '2026-12-01T19:40:00+01:00', 80]);
  });

  it('shows logged sessions of topics that are done, and ignores topics the roadmap does not have', () => {
    const before = schedulePlan(roadmap, plan, { today });
    const log = [
      logOf(before, 'a#1', 'done'),
      { ...logOf(before, 'a#2', 'done'), topicId: 'gone', sessionId: 'gone#1' },
    ];
    const after = schedulePlan(roadmap, basePlan({ statuses: { a: 'done' } }), { today: '2026-12-05', log });
    expect(after.sessions.map((s) => s.id)).toEqual(['a#1', 'b#1']);
    expect(after.sessions[0]).toMatchObject({ parts: 1, logged: 'done' });
  });

  it('keeps the ids and times of the other parts when a later part is logged first', () => {
    const before = schedulePlan(roadmap, plan, { today });
    const after = schedulePlan(roadmap, plan, { today, log: [logOf(before, 'a#2', 'done')] });
    expect(after.sessions.map((s) => [s.id, s.date, s.logged ?? 'planned', `${s.part}/${s.parts}`])).toEqual(
      before.sessions.map((s) => [s.id, s.date, s.id === 'a#2' ? 'done' : 'planned', `${s.part}/${s.parts}`]),
    );
  });

  it('moves nothing for a missed session awaiting a replan, and flags it', () => {
    const before = schedulePlan(roadmap, plan, { today });
    const waiting = { ...logOf(before, 'a#2', 'missed'), awaitingReplan: true };
    const after = schedulePlan(roadmap, plan, { today, log: [waiting] });
    expect(after.sessions.map((s) => [s.id, s.start])).toEqual(before.sessions.map((s) => [s.id, s.start]));
    expect(after.sessions[1]).toMatchObject({ id: 'a#2', logged: 'missed', awaitingReplan: true });
    expect(after.milestones).toEqual(before.milestones);
  });

  it('reads logged sessions on the plan zone’s clock after the zone changes', () => {
    const before = schedulePlan(roadmap, plan, { today });
    const ny = basePlan({ timeZone: 'America/New_York' });
    const after = schedulePlan(roadmap, ny, { today, log: [logOf(before, 'a#1', 'done')] });
    expect(after.sessions[0]).toMatchObject({
      id: 'a#1',
      date: '2026-12-01',
      start: '2026-12-01T13:00:00-05:00',
      end: '2026-12-01T14:00:00-05:00',
    });
  });

  it('never places planned work over logged time (property)', () => {
    fc.assert(
      fc.property(roadmapArb, fc.array(fc.nat(), { maxLength: 6 }), (small, picks) => {
        const first = schedulePlan(small, plan, { today });
        if (first.sessions.length === 0) return;
        const log = [...new Set(picks.map((p) => p % first.sessions.length))].map((i) =>
          logOf(first, first.sessions[i]!.id, i % 2 === 0 ? 'done' : 'missed'),
        );
        const next = schedulePlan(small, plan, { today, log });
        const spans = next.sessions.map((s) => [Date.parse(s.start), Date.parse(s.end)] as const);
        const sorted = [...spans].sort((x, y) => x[0] - y[0]);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]![0]).toBeGreaterThanOrEqual(sorted[i - 1]![1]);
        const perDay = new Map<string, number>();
        for (const s of next.sessions) perDay.set(s.date, (perDay.get(s.date) ?? 0) + s.minutes);
        for (const [date, minutes] of perDay)
          expect(minutes).toBeLessThanOrEqual(plan.availability[weekdayOf(date)]);
      }),
      { numRuns: 150 },
    );
  });
});
