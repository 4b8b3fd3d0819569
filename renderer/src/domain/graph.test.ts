import { describe, expect, it } from 'vitest';
import { dependantsOf, edgesOf, findCycles, topologicalOrder } from './graph';
import type { PrerequisiteMap } from './graph';
import type { Topic } from './roadmap';

/** `needs('b:a', 'c:a,b')` → b needs a; c needs a and b. Topics with no entry need nothing. */
function needs(...entries: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of entries) {
    const [id, pres = ''] = entry.split(':') as [string, string?];
    map.set(id, pres === '' ? [] : pres.split(','));
  }
  return map;
}

function withAll(ids: readonly string[], map: Map<string, string[]>): PrerequisiteMap {
  for (const id of ids) if (!map.has(id)) map.set(id, []);
  return map;
}

describe('findCycles', () => {
  it('finds none in an acyclic graph', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(findCycles(ids, withAll(ids, needs('b:a', 'c:a,b', 'd:c')))).toEqual([]);
  });

  it('reports a cycle as a path that returns to its start, in "needs" order', () => {
    const ids = ['a', 'b', 'c'];
    // a needs b, b needs c, c needs a.
    expect(findCycles(ids, needs('a:b', 'b:c', 'c:a'))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('reports a topic that needs itself', () => {
    expect(findCycles(['a', 'b'], withAll(['a', 'b'], needs('a:a')))).toEqual([['a', 'a']]);
  });

  it('reports a two-topic cycle inside a larger graph, without the topics leading to it', () => {
    const ids = ['start', 'x', 'y', 'end'];
    const cycles = findCycles(ids, withAll(ids, needs('start:x', 'x:y', 'y:x', 'end:start')));
    expect(cycles).toEqual([['x', 'y', 'x']]);
  });

  it('reports separate cycles separately', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(findCycles(ids, needs('a:b', 'b:a', 'c:d', 'd:c'))).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
    ]);
  });

  it('ignores prerequisites that are not in the graph', () => {
    expect(findCycles(['a'], needs('a:ghost'))).toEqual([]);
  });

  it('handles a 20,000-topic chain without overflowing the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `t${i}`);
    const map = new Map(ids.map((id, i) => [id, i + 1 < ids.length ? [`t${i + 1}`] : ['t0']]));
    const cycles = findCycles(ids, map);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(20_001);
    expect(cycles[0]?.[0]).toBe('t0');
    expect(cycles[0]?.at(-1)).toBe('t0');
  });
});

describe('topologicalOrder', () => {
  it('puts every prerequisite before the topics that need it', () => {
    const ids = ['d', 'c', 'b', 'a'];
    const order = topologicalOrder(ids, needs('d:c', 'c:b', 'b:a'));
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps independent topics in the given order', () => {
    expect(topologicalOrder(['z', 'm', 'a'], needs())).toEqual(['z', 'm', 'a']);
    expect(topologicalOrder(['a', 'm', 'z'], needs())).toEqual(['a', 'm', 'z']);
  });

  it('breaks ties by given position, not by when a topic became ready', () => {
    // c becomes ready only after e, but c comes before d in the given order, so it goes first
    // as soon as it is free; d is ready from the start but comes later than a and b.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(topologicalOrder(ids, needs('c:e', 'b:a'))).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(topologicalOrder(['e', 'c', 'a', 'b', 'd'], needs('c:e', 'b:a'))).toEqual([
      'e',
      'c',
      'a',
      'b',
      'd',
    ]);
  });

  it('leaves out topics on a cycle and those after them', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(topologicalOrder(ids, needs('b:c', 'c:b', 'd:c'))).toEqual(['a']);
  });

  it('ignores prerequisites outside the given ids', () => {
    expect(topologicalOrder(['a', 'b'], needs('a:ghost', 'b:a'))).toEqual(['a', 'b']);
  });

  it('returns nothing for no topics', () => {
    expect(topologicalOrder([], new Map())).toEqual([]);
  });
});

describe('edgesOf and dependantsOf', () => {
  const topic = (id: string, prerequisites: string[]): Topic => ({
    id,
    title: id,
    sectionNumber: 0,
    phaseNumber: 1,
    items: [],
    tip: null,
    tipSpans: [],
    estimateHours: 1,
    prerequisites,
    links: [],
    line: 1,
  });
  const topics = [topic('a', []), topic('b', ['a']), topic('c', ['a', 'b'])];

  it('lists edges from prerequisite to topic, in roadmap order', () => {
    expect(edgesOf(topics)).toEqual([
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'c' },
    ]);
  });

  it('lists each topic’s dependants, every topic included', () => {
    const map = dependantsOf({ topics, edges: edgesOf(topics) });
    expect(Object.fromEntries(map)).toEqual({ a: ['b', 'c'], b: ['c'], c: [] });
  });
});
