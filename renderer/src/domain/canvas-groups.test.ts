import { describe, expect, it } from 'vitest';
import { innermostGroups } from './canvas-groups';
import type { PlacedNode } from './canvas-groups';

const box = (id: string, type: string, x: number, y: number, width: number, height: number): PlacedNode => ({
  id,
  type,
  x,
  y,
  width,
  height,
  line: 1,
  textLine: 1,
});

describe('innermostGroups', () => {
  const outer = box('outer', 'group', 0, 0, 1000, 1000);
  const inner = box('inner', 'group', 500, 500, 400, 400);

  it('puts a node in the smallest group holding it whole, edges touching allowed', () => {
    const nodes = [
      box('a', 'text', 0, 0, 100, 100),
      box('b', 'text', 500, 500, 400, 400),
      box('c', 'text', 2000, 0, 1, 1),
    ];
    const { groupOf, straddling } = innermostGroups([outer, inner], nodes);
    expect([...groupOf].map(([id, group]) => [id, group.id])).toEqual([
      ['a', 'outer'],
      ['b', 'inner'],
    ]);
    expect(straddling).toEqual([]);
  });

  it('reports a node half out of every group, or half in a nested one', () => {
    const half = box('half', 'text', 950, 0, 100, 100);
    const halfInner = box('half-inner', 'text', 450, 600, 100, 100);
    const { groupOf, straddling } = innermostGroups([outer, inner], [half, halfInner]);
    expect(groupOf.size).toBe(0);
    expect(straddling.map(({ node, group }) => [node.id, group.id])).toEqual([
      ['half', 'outer'],
      ['half-inner', 'inner'],
    ]);
  });

  it('settles groups of the same size by id, not by their order in the file', () => {
    const twinA = box('a', 'group', 0, 0, 100, 100);
    const twinB = box('b', 'group', 0, 0, 100, 100);
    const node = box('n', 'text', 10, 10, 10, 10);
    expect(innermostGroups([twinB, twinA], [node]).groupOf.get('n')?.id).toBe('a');
    expect(innermostGroups([twinA, twinB], [node]).groupOf.get('n')?.id).toBe('a');
  });
});
