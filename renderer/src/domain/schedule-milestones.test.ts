import { describe, expect, it } from 'vitest';
import { schedulePlan } from './schedule';
import { basePlan, everyDay, phases, topic } from './schedule-fixtures';

describe('phase milestones', () => {
  it('projects phase ends and explains a missed target with the fix', () => {
    const roadmap = {
      topics: [topic('a', 1, 10 * 60, []), topic('b', 2, 20 * 60, ['a'])],
      phases: phases(2),
    };
    // 1 h a day from Tue 1 Dec: phase 1 ends 10 Dec, phase 2 on 30 Dec.
    const plan = basePlan({ phaseTargets: { '1': '2026-12-10', '2': '2026-12-14' } });
    const { milestones, warnings } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(milestones).toEqual([
      { phase: 1, target: '2026-12-10', projectedEnd: '2026-12-10', onTrack: true },
      { phase: 2, target: '2026-12-14', projectedEnd: '2026-12-30', onTrack: false },
    ]);
    expect(warnings).toEqual([
      {
        code: 'target-missed',
        // 30 h needed, 14 days of 1 h available: 16 h short over 2 weeks.
        message:
          'Phase 2 needs 30 h, 14 h are available by 14 Dec 2026: 16 h short — add 8 h a week or move the date to 30 Dec 2026',
      },
    ]);
  });

  it('says when a target falls before planning starts', () => {
    const roadmap = { topics: [topic('a', 1, 180, [])], phases: phases(1) };
    const { milestones, warnings } = schedulePlan(
      roadmap,
      basePlan({ phaseTargets: { '1': '2026-11-20' } }),
      {
        today: '2026-12-01',
      },
    );
    expect(milestones[0]).toMatchObject({ projectedEnd: '2026-12-03', onTrack: false });
    expect(warnings.map((w) => w.message)).toEqual([
      "Phase 1's target 20 Nov 2026 is before planning starts (1 Dec 2026) — move the date to 3 Dec 2026",
    ]);
  });

  it('blames session lengths when the minutes are there but cannot be used', () => {
    // 35-minute topics and 40-minute shortest sessions leave 25 minutes of each 60 unused.
    const roadmap = {
      topics: [topic('a', 1, 35, []), topic('b', 1, 35, ['a']), topic('c', 1, 35, ['b'])],
      phases: phases(1),
    };
    const plan = basePlan({
      availability: everyDay(60),
      maxSessionMinutes: 60,
      minSessionMinutes: 40,
      phaseTargets: { '1': '2026-12-02' },
    });
    const { warnings } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(warnings.map((w) => w.message)).toEqual([
      'Phase 1 needs 1.8 h, 2 h are available by 2 Dec 2026, but session lengths leave some of that time unused — move the date to 3 Dec 2026',
    ]);
  });

  it('leaves the projected end unknown when the phase runs past the horizon', () => {
    const roadmap = { topics: [topic('a', 1, 60 * 1000, [])], phases: phases(1) };
    const plan = basePlan({ availability: { ...everyDay(0), sun: 30 }, phaseTargets: { '1': '2027-01-01' } });
    const { milestones, warnings } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(milestones).toEqual([{ phase: 1, target: '2027-01-01', projectedEnd: null, onTrack: false }]);
    expect(warnings.map((w) => w.message)).toEqual([
      'The plan runs past 5 years (1 Dec 2031): 1000 h of work are left unplanned. Add study time or skip topics.',
      'Phase 1 needs 1000 h, 2 h are available by 1 Jan 2027: 998 h short — add 218 h 20 min a week',
    ]);
  });
});
