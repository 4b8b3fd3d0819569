import { describe, expect, it } from 'vitest';
import { milestonesInRange, planIcs, reviewsInRange, sessionsInRange } from '../../domain';
import type { IcsRange, Milestone, ReviewSession, Roadmap, ScheduledSession, Topic } from '../../domain';
import { exportCount, formatExportCount } from './export-count';

const topic = (id: string, phase: number): Topic => ({
  id,
  title: `Topic ${id}`,
  sectionNumber: phase,
  phaseNumber: phase,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: 3,
  prerequisites: [],
  links: [],
  line: 1,
});

const topics = [topic('a', 1), topic('b', 2)];
const roadmap: Roadmap = {
  id: 'tiny',
  title: 'Tiny Roadmap',
  phases: [1, 2].map((n) => ({ number: n, title: `Stage ${n}`, sections: [n], line: 1 })),
  sections: [1, 2].map((n) => ({
    number: n,
    title: `Section ${n}`,
    phaseNumber: n,
    topics: topics.filter((t) => t.phaseNumber === n),
    line: 1,
  })),
  topics,
  topicsById: new Map(topics.map((t) => [t.id, t])),
  edges: [],
};

const session = (topicId: string, part: number, date: string, over: Partial<ScheduledSession> = {}) => ({
  id: `${topicId}#${part}`,
  topicId,
  part,
  parts: 3,
  date,
  start: `${date}T19:00:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes: 60,
  ...over,
});

const schedule = {
  sessions: [
    session('a', 1, '2026-11-30', { logged: 'done' }),
    session('a', 2, '2026-12-01', { logged: 'missed', awaitingReplan: true }),
    session('a', 3, '2026-12-02'),
    session('b', 1, '2026-12-20'),
    session('b', 2, '2026-12-21', { logged: 'missed' }),
    session('b', 3, '2026-12-22'),
  ] satisfies ScheduledSession[],
  milestones: [
    { phase: 1, target: '2026-12-10', projectedEnd: '2026-12-02', onTrack: true },
    { phase: 2, target: null, projectedEnd: '2026-12-22', onTrack: true },
  ] satisfies Milestone[],
  reviews: ['2026-12-03', '2026-12-18'].map((date) => ({
    id: `review#${date}`,
    date,
    start: `${date}T19:00:00+01:00`,
    end: `${date}T19:15:00+01:00`,
    minutes: 15,
    topics: ['a'],
  })) satisfies ReviewSession[],
};

describe('exportCount', () => {
  const ranges: IcsRange[] = [{ kind: 'all' }, { kind: 'weeks', weeks: 1 }, { kind: 'phase', phase: 2 }];
  it.each(ranges)('adds up to the events the export writes ($kind)', (range) => {
    for (const withMilestones of [true, false]) {
      const result = planIcs({
        roadmap,
        schedule,
        planId: 'plan-1',
        range,
        today: '2026-11-30',
        withMilestones,
        reminderMinutes: null,
        history: null,
        now: new Date('2026-11-30T08:00:00Z'),
      });
      const count = exportCount(
        schedule,
        sessionsInRange(roadmap, schedule, range, '2026-11-30'),
        withMilestones ? milestonesInRange(schedule, range, '2026-11-30') : null,
        reviewsInRange(schedule, range, '2026-11-30'),
      );
      expect(count.sessions + count.reviews + count.milestoneEvents).toBe(result.events);
    }
  });

  it('counts planned and done sessions, not missed ones, and each milestone date', () => {
    const all = exportCount(schedule, schedule.sessions, schedule.milestones, schedule.reviews);
    expect(all).toEqual({ sessions: 4, done: 1, reviews: 2, milestoneEvents: 3 });
    expect(formatExportCount(all)).toBe('4 study sessions (1 done) + 2 review sessions + 3 milestone events');
    expect(formatExportCount({ sessions: 1, done: 0, reviews: 1, milestoneEvents: 1 })).toBe(
      '1 study session + 1 review session + 1 milestone event',
    );
    expect(formatExportCount({ sessions: 0, done: 0, reviews: 0, milestoneEvents: 0 })).toBe(
      '0 study sessions',
    );
  });
});
