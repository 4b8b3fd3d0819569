import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { routeEdges } from './edge-routes';
import { edgeId } from './graph';
import type { Point } from './edge-routes';
import { layoutRoadmap } from './layout';
import type { Box, RoadmapLayout } from './layout';

const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
const fastapi = buildRoadmap({
  markdown: { file: 'r.md', text: readFileSync(path.join(DIR, 'roadmap.md'), 'utf8') },
  sidecar: { file: 's.json', text: readFileSync(path.join(DIR, 'sidecar.json'), 'utf8') },
}).roadmap!;
const layout = layoutRoadmap(fastapi);
const routes = new Map([...routeEdges(layout, fastapi.edges)].map(([id, route]) => [id, route.points]));

/** Whether the segment a–b (horizontal or vertical) passes through the inside of `box`. */
function crosses(a: Point, b: Point, box: Box): boolean {
  const [left, right] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [top, bottom] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return left < box.x + box.width && right > box.x && top < box.y + box.height && bottom > box.y;
}

function inside(layoutBoxes: RoadmapLayout, p: Point): boolean {
  return p.x >= 0 && p.y >= 0 && p.x <= layoutBoxes.width && p.y <= layoutBoxes.height;
}

describe('routeEdges on the FastAPI roadmap', () => {
  it('routes every arrow, from its prerequisite’s right side to its topic’s side', () => {
    expect(routes.size).toBe(fastapi.edges.length);
    const box = new Map(layout.topics.map((t) => [t.id, t]));
    for (const edge of fastapi.edges) {
      const points = routes.get(edgeId(edge))!;
      const from = box.get(edge.from)!;
      const to = box.get(edge.to)!;
      expect(points[0]).toEqual({ x: from.x + from.width, y: from.y + from.height / 2 });
      const end = points.at(-1)!;
      expect(end.y).toBe(to.y + to.height / 2);
      expect([to.x, to.x + to.width]).toContain(end.x);
    }
  });

  it('draws only horizontal and vertical segments, inside the drawing', () => {
    for (const points of routes.values()) {
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect(a.x === b.x || a.y === b.y).toBe(true);
        expect(inside(layout, b)).toBe(true);
      }
    }
  });

  it('never runs through a section box between its ends', () => {
    for (const [id, points] of routes) {
      // The first and last segments leave and enter their own sections, by design.
      for (let i = 2; i < points.length - 1; i++) {
        for (const section of layout.sections) {
          expect(
            crosses(points[i - 1]!, points[i]!, section),
            `${id} through section ${section.number}`,
          ).toBe(false);
        }
      }
    }
  });

  it('keeps arrows that run side by side in a gap apart', () => {
    // Vertical runs in one gap that overlap in height sit at different x unless they share an end.
    const runs = [...routes.entries()].flatMap(([id, points]) =>
      points.slice(1, -1).flatMap((p, i) => {
        const q = points[i + 2]!;
        return p.x === q.x && p.y !== q.y
          ? [{ id, x: p.x, low: Math.min(p.y, q.y), high: Math.max(p.y, q.y) }]
          : [];
      }),
    );
    const [fromOf, toOf] = [(id: string) => id.split('->')[0], (id: string) => id.split('->')[1]];
    for (const a of runs) {
      for (const b of runs) {
        if (a === b || a.x !== b.x || fromOf(a.id) === fromOf(b.id) || toOf(a.id) === toOf(b.id)) continue;
        expect(a.high <= b.low || b.high <= a.low, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });
});

describe('routeEdges on small cases', () => {
  const section = (number: number, ...ids: [string, string[]][]) => ({
    number,
    topics: ids.map(([id, prerequisites]) => ({ id, prerequisites })),
  });

  it('enters a topic of the same column from its right, through the column’s own gap', () => {
    const small = layoutRoadmap({ sections: [section(0, ['a', []], ['b', ['a']])] });
    const [points] = [...routeEdges(small, [{ from: 'a', to: 'b' }]).values()].map((route) => route.points);
    const b = small.topics.find((t) => t.id === 'b')!;
    expect(points!.at(-1)).toEqual({ x: b.x + b.width, y: b.y + b.height / 2 });
    expect(points!.length).toBe(4);
  });

  it('skips arrows whose topics are not laid out', () => {
    const small = layoutRoadmap({ sections: [section(0, ['a', []])] });
    expect(routeEdges(small, [{ from: 'ghost', to: 'a' }]).size).toBe(0);
  });
});
