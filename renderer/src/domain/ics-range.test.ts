import { describe, expect, it } from 'vitest';
import { basePlan, tiny } from './ics-fixtures';
import { icsHistoryInRange, icsPlanSessionIds, milestonesInRange, sessionsInRange } from './ics-range';
import { schedulePlan } from './schedule';
import type { Milestone } from './schedule-types';

describe('export ranges', () => {
  const schedule = schedulePlan(tiny, basePlan(), { today: '2026-11-30' });

  it('selects sessions of the whole plan, the next weeks or a phase', () => {
    expect(sessionsInRange(tiny, schedule, { kind: 'all' }, '2026-11-30')).toEqual(schedule.sessions);
    // 1 Dec to 4 Dec; a week from 3 Dec holds 3 and 4 Dec.
    expect(
      sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 1 }, '2026-12-03').map((s) => s.date),
    ).toEqual(['2026-12-03', '2026-12-04']);
    expect(
      sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 1 }, '2026-11-25').map((s) => s.date),
    ).toEqual(['2026-12-01']);
    expect(
      sessionsInRange(tiny, schedule, { kind: 'phase', phase: 2 }, '2026-11-30').map((s) => s.id),
    ).toEqual(['later#1']);
    expect(() => sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 0 }, '2026-11-30')).toThrow(
      RangeError,
    );
  });

  it('selects milestones of the whole plan, the next weeks or a phase', () => {
    const milestones: Milestone[] = [
      { phase: 1, target: '2027-03-01', projectedEnd: '2026-12-03', onTrack: true },
      { phase: 2, target: null, projectedEnd: '2027-01-20', onTrack: true },
    ];
    const all = { milestones };
    expect(milestonesInRange(all, { kind: 'all' }, '2026-11-30')).toEqual(milestones);
    expect(milestonesInRange(all, { kind: 'weeks', weeks: 2 }, '2026-11-30').map((m) => m.phase)).toEqual([
      1,
    ]);
    expect(milestonesInRange(all, { kind: 'weeks', weeks: 2 }, '2027-02-20').map((m) => m.phase)).toEqual([
      1,
    ]);
    expect(milestonesInRange(all, { kind: 'phase', phase: 2 }, '2026-11-30').map((m) => m.phase)).toEqual([
      2,
    ]);
  });

  it('leaves sessions logged missed out of the plan’s ids', () => {
    const [first] = schedule.sessions;
    const ids = icsPlanSessionIds({ sessions: [first!, { ...schedule.sessions[1]!, logged: 'missed' }] });
    expect([...ids]).toEqual([first!.id]);
  });

  it('tells which events of an earlier export an export of a range holds', () => {
    const inRange = (range: Parameters<typeof icsHistoryInRange>[1], key: string, event: object) =>
      icsHistoryInRange(tiny, range, '2026-12-03', key, { start: '2026-12-02T18:00:00Z', ...event });
    const week = { kind: 'weeks', weeks: 1 } as const;
    const phase1 = { kind: 'phase', phase: 1 } as const;
    // The whole plan holds everything, even a topic the roadmap no longer has.
    expect(inRange({ kind: 'all' }, 'gone#1', {})).toBe(true);
    // Sessions by their plan day (3 Dec up to 10 Dec), or their topic's phase.
    expect(inRange(week, 'first-steps#2', { day: '2026-12-02' })).toBe(false);
    expect(inRange(week, 'first-steps#2', { day: '2026-12-03' })).toBe(true);
    expect(inRange(week, 'first-steps#2', { day: '2026-12-09' })).toBe(true);
    expect(inRange(week, 'first-steps#2', { day: '2026-12-10' })).toBe(false);
    expect(inRange(phase1, 'first-steps#2', {})).toBe(true);
    expect(inRange(phase1, 'later#1', {})).toBe(false);
    expect(inRange(phase1, 'gone#1', {})).toBe(false);
    // A history without plan days: only a UTC day a whole day inside the weeks counts.
    expect(inRange(week, 'first-steps#2', { start: '2026-12-03T18:00:00Z' })).toBe(false);
    expect(inRange(week, 'first-steps#2', { start: '2026-12-04T18:00:00Z' })).toBe(true);
    expect(inRange(week, 'first-steps#2', { start: '2026-12-08T18:00:00Z' })).toBe(true);
    expect(inRange(week, 'first-steps#2', { start: '2026-12-09T18:00:00Z' })).toBe(false);
    // Review days by the day in their key; never a phase's.
    expect(inRange(week, 'review#2026-12-04', {})).toBe(true);
    expect(inRange(week, 'review#2026-12-02', { day: '2026-12-04' })).toBe(false);
    expect(inRange(phase1, 'review#2026-12-04', {})).toBe(false);
    // Milestones by their day, or their phase.
    const end = { start: '2026-12-05', end: '2026-12-06', allDay: true };
    expect(inRange(week, 'phase-2-end', end)).toBe(true);
    expect(inRange(week, 'phase-2-end', { ...end, start: '2026-12-20' })).toBe(false);
    expect(inRange(phase1, 'phase-1-target', end)).toBe(true);
    expect(inRange(phase1, 'phase-2-target', end)).toBe(false);
  });
});
