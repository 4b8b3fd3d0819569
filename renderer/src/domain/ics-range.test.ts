import { describe, expect, it } from 'vitest';
import { basePlan, tiny } from './ics-fixtures';
import { icsPlanSessionIds, milestonesInRange, sessionsInRange } from './ics-range';
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
});
