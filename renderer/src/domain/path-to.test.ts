import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathTo } from './path-to';
import { fastapi, tiny } from './progress-fixtures';
import type { TopicId, TopicStatus } from './roadmap';

const none = new Map<TopicId, TopicStatus>();

describe('pathTo', () => {
  it('lists the open prerequisites, each after its own, the goal last, with their hours', () => {
    // alpha → beta → gamma → delta → epsilon, and alpha → delta directly.
    expect(pathTo(tiny.topics, none, 'epsilon')).toEqual({
      goal: 'epsilon',
      topics: ['alpha', 'beta', 'gamma', 'delta', 'epsilon'],
      hours: 2 + 4 + 8 + 1 + 5,
    });
    expect(pathTo(tiny.topics, none, 'alpha')).toEqual({ goal: 'alpha', topics: ['alpha'], hours: 2 });
  });

  it('leaves out done and skipped topics and what lies only behind them', () => {
    const statuses = new Map<TopicId, TopicStatus>([
      ['gamma', 'done'],
      ['beta', 'skipped'],
    ]);
    // delta needs alpha directly, so alpha stays; beta lies only behind gamma.
    expect(pathTo(tiny.topics, statuses, 'epsilon').topics).toEqual(['alpha', 'delta', 'epsilon']);
    expect(pathTo(tiny.topics, new Map([['alpha', 'done']]), 'beta').topics).toEqual(['beta']);
  });

  it('has nothing left for a settled goal', () => {
    expect(pathTo(tiny.topics, new Map([['delta', 'done']]), 'delta')).toEqual({
      goal: 'delta',
      topics: [],
      hours: 0,
    });
  });

  it('on FastAPI: every open prerequisite of a topic on the way is on it, before it; the hours add up', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fastapi.topics.map((t) => t.id)),
        fc.array(fc.constantFrom('todo', 'doing', 'done', 'skipped') satisfies fc.Arbitrary<TopicStatus>, {
          minLength: fastapi.topics.length,
          maxLength: fastapi.topics.length,
        }),
        (goal, states) => {
          const statuses = new Map(fastapi.topics.map((t, i) => [t.id, states[i]!]));
          const { topics, hours } = pathTo(fastapi.topics, statuses, goal);
          const at = new Map(topics.map((id, i) => [id, i]));
          for (const id of topics) {
            expect(['done', 'skipped']).not.toContain(statuses.get(id));
            for (const pre of fastapi.topicsById.get(id)!.prerequisites) {
              // An open prerequisite is on the way, and before the topic needing it.
              if (['done', 'skipped'].includes(statuses.get(pre)!)) continue;
              expect(at.get(pre)!).toBeLessThan(at.get(id)!);
            }
          }
          if (topics.length > 0) expect(topics.at(-1)).toBe(goal);
          const sum = topics.reduce((s, id) => s + fastapi.topicsById.get(id)!.estimateHours, 0);
          expect(hours).toBeCloseTo(sum);
        },
      ),
    );
  });
});
