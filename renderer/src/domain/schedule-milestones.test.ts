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
      'Phase 1 needs 1.8 h, 2 h are available by 2 Dec 2026, but session lengths and breaks leave some of that time unused — move the date to 3 Dec 2026',
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

  it('blames the horizon, not session lengths, for a target past five years', () => {
    // 30 min on Sundays: 130 h in five years; the 200 h would fit by 2040, but nothing is
    // planned past the horizon.
    const roadmap = { topics: [topic('a', 1, 200 * 60, [])], phases: phases(1) };
    const plan = basePlan({ availability: { ...everyDay(0), sun: 30 }, phaseTargets: { '1': '2040-01-01' } });
    const { milestones, warnings } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(milestones[0]).toMatchObject({ projectedEnd: null, onTrack: false });
    const message = warnings.find((w) => w.code === 'target-missed')!.message;
    expect(message).toBe(
      'Phase 1 needs 200 h, 130.5 h are available by 1 Dec 2031, where planning stops: 69.5 h short — add 20 min a week',
    );
    expect(message).not.toMatch(/shortest session/);
  });

  it('blames the session cap, and says to lengthen sessions, when the cap stops the plan', () => {
    // 200 h topics in 5-minute sessions: 2,400 sessions each, the cap stops after eight.
    const roadmap = {
      topics: Array.from({ length: 10 }, (_, i) => topic(`t${i}`, 1, 200 * 60, [])),
      phases: phases(1),
    };
    const plan = basePlan({
      availability: everyDay(1440),
      sessionStart: everyDay('00:00'),
      maxSessionMinutes: 5,
      minSessionMinutes: 5,
      phaseTargets: { '1': '2027-06-01' },
    });
    const { warnings } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(warnings.map((w) => w.code)).toEqual(['too-many', 'target-missed']);
    expect(warnings[1]!.message).toMatch(
      /^Phase 1 needs 2000 h, \d+ h are available by 1 Jun 2027, but the plan stops at 20,000 sessions — lengthen the shortest session or skip topics$/,
    );
  });
});
