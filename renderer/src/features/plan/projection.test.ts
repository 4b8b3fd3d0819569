import { describe, expect, it } from 'vitest';
import type { Phase, Schedule, ScheduledSession } from '../../domain';
import { formatEnd, minutesLeft, phaseProjections } from './projection';

const phases: Phase[] = [
  { number: 1, title: 'Foundations', sections: [1], line: 1 },
  { number: 2, title: 'Building', sections: [2], line: 1 },
];
const topicsById = new Map([
  ['a', { phaseNumber: 1 }],
  ['b', { phaseNumber: 2 }],
]);
const roadmap = { phases, topicsById };

const session = (topicId: string, date: string, minutes: number, logged?: 'done'): ScheduledSession => ({
  id: `${topicId}#1`,
  topicId,
  part: 1,
  parts: 1,
  date,
  start: `${date}T19:00:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes,
  ...(logged ? { logged } : {}),
});

const schedule: Schedule = {
  sessions: [
    session('a', '2026-11-30', 60, 'done'),
    session('a', '2026-12-01', 60),
    session('b', '2026-12-02', 90),
    session('b', '2026-12-03', 30),
  ],
  milestones: [
    { phase: 1, target: '2026-12-05', projectedEnd: '2026-12-01', onTrack: true },
    { phase: 2, target: '2026-12-02', projectedEnd: '2026-12-03', onTrack: false },
  ],
  warnings: [],
  reserve: [],
  reviews: [],
};

describe('phaseProjections', () => {
  it('says per phase whether the target is met and by how much it is missed', () => {
    const rows = phaseProjections(roadmap, schedule, null);
    expect(rows.map((r) => [r.name, r.end, r.status])).toEqual([
      ['Phase 1: Foundations', '2026-12-01', 'on track for 5 Dec 2026'],
      ['Phase 2: Building', '2026-12-03', '0.5 h short of 2 Dec 2026'],
    ]);
    expect(rows.every((r) => r.previousEnd === undefined)).toBe(true);
  });

  it('says how much review time a phase’s end makes room for, only when there is some', () => {
    const reviewed: Schedule = {
      ...schedule,
      milestones: [
        { ...schedule.milestones[0]!, reviewMinutes: 90 },
        { ...schedule.milestones[1]!, reviewMinutes: 0 },
      ],
    };
    expect(phaseProjections(roadmap, reviewed, null).map((r) => r.review)).toEqual([
      'includes 1.5 h of review',
      null,
    ]);
    expect(phaseProjections(roadmap, schedule, null).map((r) => r.review)).toEqual([null, null]);
  });

  it('quotes the scheduler’s shortfall when it warned about the target', () => {
    const warned: Schedule = {
      ...schedule,
      warnings: [
        {
          code: 'target-missed',
          message:
            'Phase 2 needs 64 h, 41 h are available by 2 Dec 2026: 23 h short — add 2 h a week or move the date to 3 Dec 2026',
        },
      ],
    };
    expect(phaseProjections(roadmap, warned, null)[1]!.status).toBe('23 h short of 2 Dec 2026');
  });

  it('adds the saved end where it differs', () => {
    const previous: Schedule = {
      ...schedule,
      milestones: [
        { phase: 1, target: null, projectedEnd: '2026-12-01', onTrack: true },
        { phase: 2, target: null, projectedEnd: '2026-12-10', onTrack: true },
      ],
    };
    const rows = phaseProjections(roadmap, schedule, previous);
    expect(rows[0]!.previousEnd).toBeUndefined();
    expect(rows[1]!.previousEnd).toBe('2026-12-10');
  });

  it('names phases without a target or without a place in the plan', () => {
    const rows = phaseProjections(
      roadmap,
      {
        ...schedule,
        milestones: [
          { phase: 1, target: null, projectedEnd: '2026-12-01', onTrack: true },
          { phase: 2, target: '2027-01-01', projectedEnd: null, onTrack: false },
        ],
      },
      null,
    );
    expect(rows.map((r) => r.status)).toEqual(['no target', 'does not fit before 1 Jan 2027']);
  });
});

describe('minutesLeft and formatEnd', () => {
  it('counts only work not yet logged', () => {
    expect(minutesLeft(schedule)).toBe(180);
  });

  it('formats an end or says why there is none', () => {
    expect(formatEnd('2027-04-12', true)).toBe('Mon 12 Apr 2027');
    expect(formatEnd(null, true)).toBe('nothing left');
    expect(formatEnd(null, false)).toBe('not all planned');
  });
});
