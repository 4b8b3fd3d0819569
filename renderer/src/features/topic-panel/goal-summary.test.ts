import { describe, expect, it } from 'vitest';
import type { ScheduledSession, TopicStatus } from '../../domain';
import { goalSentence, goalSummary, waySentence, wayTo } from './goal-summary';

const topics = [
  { id: 'a', prerequisites: [], estimateHours: 2 },
  { id: 'b', prerequisites: ['a'], estimateHours: 3 },
  { id: 'c', prerequisites: ['b', 'a'], estimateHours: 5 },
  { id: 'd', prerequisites: [], estimateHours: 1 },
];
const session = (topicId: string, date: string, minutes: number, over: Partial<ScheduledSession> = {}) =>
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

describe('goalSummary', () => {
  it('counts the open prerequisites, their planned minutes and the day of the last', () => {
    const statuses = new Map<string, TopicStatus>([['a', 'done']]);
    const sessions = [
      session('b', '2026-12-01', 45, { logged: 'done' }),
      session('b', '2026-12-02', 60),
      session('b', '2026-12-05', 30),
      session('c', '2026-12-06', 60),
      session('d', '2026-12-09', 60),
    ];
    const summary = goalSummary({ topics }, statuses, 'c', sessions);
    expect(summary).toEqual({ topics: 1, minutes: 90, readyBy: '2026-12-05' });
    expect(goalSentence(summary)).toBe('1 topic, 1.5 h before you can start this — ready by 5 Dec.');
  });

  it('follows prerequisites transitively and says when nothing is left', () => {
    const sessions = [session('a', '2026-12-01', 600), session('b', '2026-12-20', 1260)];
    expect(goalSentence(goalSummary({ topics }, new Map(), 'c', sessions))).toBe(
      '2 topics, 31 h before you can start this — ready by 20 Dec.',
    );
    expect(goalSentence(goalSummary({ topics }, new Map(), 'a', sessions))).toBe(
      'Nothing left before it: you can start it now.',
    );
  });
});

describe('wayTo', () => {
  const topics = [
    { id: 'a', prerequisites: [], estimateHours: 2 },
    { id: 'b', prerequisites: ['a'], estimateHours: 3 },
    { id: 'c', prerequisites: ['b', 'a'], estimateHours: 5 },
  ];

  it('lists the open prerequisites in study order with their hours, the topic itself left out', () => {
    const way = wayTo({ topics }, new Map(), 'c');
    expect(way).toEqual({ ids: ['a', 'b'], hours: 5 });
    expect(waySentence(way)).toBe('2 topics, 5 h before you can start this.');
  });

  it('is empty for a ready topic and leaves out what is done', () => {
    expect(wayTo({ topics }, new Map(), 'a')).toEqual({ ids: [], hours: 0 });
    expect(wayTo({ topics }, new Map([['a', 'done']]), 'c').ids).toEqual(['b']);
  });
});
