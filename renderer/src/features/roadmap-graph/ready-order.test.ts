import { describe, expect, it } from 'vitest';
import type { TopicState } from '../../domain';
import { readyInPlanOrder } from './ready-order';

const topics = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const states = new Map<string, TopicState>([
  ['a', 'done'],
  ['b', 'ready'],
  ['c', 'ready'],
  ['d', 'locked'],
  ['e', 'ready'],
]);

describe('readyInPlanOrder', () => {
  it('lists only ready topics, in roadmap order without a plan', () => {
    expect(readyInPlanOrder(topics, states, new Map())).toEqual(['b', 'c', 'e']);
  });

  it('puts planned topics first, by the date of their first session, and the rest after', () => {
    const planned = new Map([
      ['e', { date: '2026-12-01' }],
      ['c', { date: '2026-12-03' }],
      ['d', { date: '2026-11-30' }],
    ]);
    expect(readyInPlanOrder(topics, states, planned)).toEqual(['e', 'c', 'b']);
  });

  it('keeps roadmap order between topics planned the same day', () => {
    const planned = new Map([
      ['e', { date: '2026-12-01' }],
      ['b', { date: '2026-12-01' }],
    ]);
    expect(readyInPlanOrder(topics, states, planned)).toEqual(['b', 'e', 'c']);
  });
});
