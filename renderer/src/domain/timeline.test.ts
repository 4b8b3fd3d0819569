import { describe, expect, it } from 'vitest';
import type { Phase, Roadmap, Section, Topic } from './roadmap';
import type { Milestone, ScheduledSession } from './schedule-types';
import { monthTicks, phaseTimeline, timelineFraction } from './timeline';

const topic = (id: string, sectionNumber: number, phaseNumber: number): Topic => ({
  id,
  title: id,
  sectionNumber,
  phaseNumber,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: 1,
  prerequisites: [],
  links: [],
  line: 1,
});

const section = (number: number, phaseNumber: number, topics: Topic[]): Section => ({
  number,
  title: `Section ${number} title`,
  phaseNumber,
  topics,
  line: 1,
});

const phase = (number: number, sections: number[]): Phase => ({
  number,
  title: `Phase ${number} title`,
  sections,
  line: 1,
});

const topics = [topic('a', 1, 1), topic('b', 1, 1), topic('c', 2, 1), topic('d', 3, 2), topic('e', 4, 2)];
const roadmap: Pick<Roadmap, 'sections' | 'phases' | 'topics'> = {
  topics,
  sections: [
    section(1, 1, topics.slice(0, 2)),
    section(2, 1, topics.slice(2, 3)),
    section(3, 2, topics.slice(3, 4)),
    section(4, 2, topics.slice(4)),
  ],
  phases: [phase(1, [1, 2]), phase(2, [3, 4])],
};

const session = (topicId: string, date: string, minutes = 60, over: Partial<ScheduledSession> = {}) =>
  ({
    id: `${topicId}#${date}`,
    topicId,
    part: 1,
    parts: 1,
    date,
    start: `${date}T19:00:00+01:00`,
    end: `${date}T20:00:00+01:00`,
    minutes,
    ...over,
  }) satisfies ScheduledSession;

const milestones: Milestone[] = [
  { phase: 1, target: '2027-01-10', projectedEnd: '2027-01-05', onTrack: true },
  { phase: 2, target: '2027-01-20', projectedEnd: '2027-02-02', onTrack: false },
];

describe('phaseTimeline', () => {
  it('spans each section from its first to its last session, grouped by phase', () => {
    const timeline = phaseTimeline(
      roadmap,
      [
        session('a', '2026-12-01', 90, { logged: 'done' }),
        session('a', '2026-12-02', 30, { logged: 'missed' }),
        session('b', '2026-12-03'),
        session('c', '2027-01-05', 45),
        session('a', '2026-12-04'),
        session('d', '2027-02-02'),
        session('unknown', '2030-01-01'),
      ],
      milestones,
    );
    expect(timeline).toEqual({
      start: '2026-12-01',
      end: '2027-02-02',
      phases: [
        {
          number: 1,
          title: 'Phase 1 title',
          target: '2027-01-10',
          projectedEnd: '2027-01-05',
          onTrack: true,
          sections: [
            { number: 1, title: 'Section 1 title', start: '2026-12-01', end: '2026-12-04', minutes: 210 },
            { number: 2, title: 'Section 2 title', start: '2027-01-05', end: '2027-01-05', minutes: 45 },
          ],
        },
        {
          number: 2,
          title: 'Phase 2 title',
          target: '2027-01-20',
          projectedEnd: '2027-02-02',
          onTrack: false,
          sections: [
            { number: 3, title: 'Section 3 title', start: '2027-02-02', end: '2027-02-02', minutes: 60 },
          ],
        },
      ],
    });
  });

  it('stretches to cover targets beyond the last session', () => {
    const timeline = phaseTimeline(
      roadmap,
      [session('a', '2026-12-01')],
      [
        { phase: 1, target: '2026-11-20', projectedEnd: '2026-12-01', onTrack: false },
        { phase: 2, target: '2027-06-30', projectedEnd: null, onTrack: true },
      ],
    );
    expect([timeline.start, timeline.end]).toEqual(['2026-11-20', '2027-06-30']);
  });

  it('is empty without sessions or targets', () => {
    const timeline = phaseTimeline(roadmap, [], []);
    expect(timeline.start).toBeNull();
    expect(timeline.end).toBeNull();
    expect(timeline.phases.map((p) => [p.number, p.target, p.onTrack, p.sections])).toEqual([
      [1, null, true, []],
      [2, null, true, []],
    ]);
  });
});

describe('monthTicks', () => {
  it('marks each month that begins within the span', () => {
    expect(monthTicks('2026-11-15', '2027-02-01')).toEqual([
      { month: '2026-12', day: '2026-12-01' },
      { month: '2027-01', day: '2027-01-01' },
      { month: '2027-02', day: '2027-02-01' },
    ]);
    expect(monthTicks('2026-12-01', '2026-12-31')).toEqual([{ month: '2026-12', day: '2026-12-01' }]);
    expect(monthTicks('2026-12-02', '2026-12-31')).toEqual([]);
  });
});

describe('timelineFraction', () => {
  it('places days as whole-day slots from start to end', () => {
    expect(timelineFraction('2026-12-01', '2026-12-10', '2026-12-01')).toBe(0);
    expect(timelineFraction('2026-12-01', '2026-12-10', '2026-12-06')).toBe(0.5);
    expect(timelineFraction('2026-12-01', '2026-12-10', '2026-12-11')).toBe(1);
  });
});
