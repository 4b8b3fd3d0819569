import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCanvasRoadmap } from './canvas-roadmap';
import { canvasText, card, edge, group } from './canvas-fixtures';
import type { Roadmap } from './roadmap';

/** A valid canvas: groups in a grid, topics in a column inside each, edges from earlier topics to later ones, and noise. */
const validCanvas = fc
  .record({
    topicsPerGroup: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
    items: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 20, maxLength: 20 }),
    pairs: fc.array(fc.tuple(fc.nat(19), fc.nat(19)), { maxLength: 30 }),
    notes: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ topicsPerGroup, items, pairs, notes }) => {
    const nodes: object[] = [];
    const topicIds: string[] = [];
    topicsPerGroup.forEach((count, g) => {
      const gx = (g % 2) * 2000;
      const gy = Math.floor(g / 2) * 2000;
      nodes.push(group(`g${g}`, gx, gy, 1500, 1500, `Section ${g}`));
      for (let t = 0; t < count; t++) {
        const id = `n${g}-${t}`;
        const points = Array.from({ length: items[topicIds.length] ?? 0 }, (_, i) => `\n- point ${i}`);
        nodes.push(card(id, gx + 50, gy + 50 + t * 200, `Topic ${g} ${t}${points.join('')}`, 300, 100));
        topicIds.push(id);
      }
    });
    for (let n = 0; n < notes; n++) nodes.push(card(`note${n}`, 5000, n * 300, `Note ${n}`));
    nodes.push({ id: 'file', type: 'file', x: 60, y: 1300, width: 50, height: 50, file: 'a.png' });
    const edges: object[] = [];
    const expected = new Set<string>();
    for (const [a, b] of pairs) {
      const [from, to] = [Math.min(a, b) % topicIds.length, Math.max(a, b) % topicIds.length];
      if (from >= to) continue;
      edges.push(edge(`e${edges.length}`, topicIds[from]!, topicIds[to]!));
      expected.add(`${topicIds[from]} ${topicIds[to]}`);
    }
    edges.push(edge('to-file', topicIds[0]!, 'file'), edge('to-note', 'note0', topicIds[0]!));
    return { nodes, edges, expected };
  });

/** The node id `n1-2` is the topic "Topic 1 2", id `topic-1-2`. */
const topicIdOf = (nodeId: string) => `topic-${nodeId.slice(1)}`;

/** The roadmap without the lines, which move when the file is reordered. */
function withoutLines(roadmap: Roadmap): string {
  return JSON.stringify(roadmap, (key, value: unknown) =>
    key === 'line' || key === 'topicsById' ? undefined : value,
  );
}

describe('buildCanvasRoadmap: properties', () => {
  it('builds any valid canvas, every edge between topics a prerequisite and no other', () => {
    fc.assert(
      fc.property(validCanvas, ({ nodes, edges, expected }) => {
        const built = buildCanvasRoadmap({ file: 'x.canvas', text: canvasText(nodes, edges) });
        expect(built.problems).toEqual([]);
        const got = new Set(built.roadmap!.edges.map((e) => `${e.from} ${e.to}`));
        expect(got).toEqual(new Set([...expected].map((pair) => pair.split(' ').map(topicIdOf).join(' '))));
      }),
      { numRuns: 150 },
    );
  });

  it('builds the same roadmap whatever the order of nodes and edges in the file', () => {
    const shuffled = validCanvas.chain(({ nodes, edges }) =>
      fc.record({
        nodes: fc.constant(nodes),
        edges: fc.constant(edges),
        shuffledNodes: fc.shuffledSubarray(nodes, { minLength: nodes.length }),
        shuffledEdges: fc.shuffledSubarray(edges, { minLength: edges.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ nodes, edges, shuffledNodes, shuffledEdges }) => {
        const first = buildCanvasRoadmap({ file: 'x.canvas', text: canvasText(nodes, edges) });
        const again = buildCanvasRoadmap({
          file: 'x.canvas',
          text: canvasText(shuffledNodes, shuffledEdges),
        });
        expect(withoutLines(again.roadmap!)).toBe(withoutLines(first.roadmap!));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on any text, JSON or canvas-like object, and gives every problem a line', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -50, max: 50 }),
      fc.constant(null),
      fc.boolean(),
    );
    const node = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'g'), field),
        type: fc.oneof(fc.constantFrom('text', 'group', 'file', 'link'), field),
        x: fc.oneof(fc.integer({ min: -50, max: 50 }), field),
        y: fc.integer({ min: -50, max: 50 }),
        width: fc.integer({ min: 0, max: 120 }),
        height: fc.integer({ min: 0, max: 120 }),
        text: fc.oneof(fc.constantFrom('A', 'B\n- x', '# T', '', 'A\n- after: B', '- estimate: x'), field),
        label: fc.string({ maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const edgeLike = fc.record(
      {
        id: fc.string({ maxLength: 2 }),
        fromNode: fc.constantFrom('a', 'b', 'c', 'g', 'z'),
        toNode: fc.constantFrom('a', 'b', 'c', 'g', 'z'),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .record({ nodes: fc.array(node, { maxLength: 8 }), edges: fc.array(edgeLike, { maxLength: 8 }) })
        .map((c) => canvasText(c.nodes, c.edges)),
    );
    fc.assert(
      fc.property(input, (text) => {
        const built = buildCanvasRoadmap({ file: 'x.canvas', text });
        for (const problem of built.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.message).not.toBe('');
        }
        expect(built.roadmap === null).toBe(built.problems.length > 0);
      }),
      { numRuns: 400 },
    );
  });
});
