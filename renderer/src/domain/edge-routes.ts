import type { RoadmapLayout, TopicBox } from './layout-types';
import { edgeId } from './graph';
import { roundedPath } from './rounded-path';
import type { Prerequisite } from './roadmap';

export type Point = { x: number; y: number };
/** An arrow's corners from its prerequisite's right side to its topic's side, in order, and
 * the SVG path that draws it with rounded corners. */
export type EdgeRoute = { points: Point[]; path: string };

/** Gap kept between an arrow and the boxes it passes. */
const CLEARANCE = 4;
/** Room between two arrows that share a gap. */
const LANE = 5;

/**
 * Orthogonal routes for the arrows of a column layout that run in the gaps between columns
 * and between sections, never through a section box: out of the prerequisite's right side
 * into the gap beside its column; across each column in between through the free height
 * nearest the topic's (a gap between sections, or above or below them), stepping up or down
 * in the gaps between columns; and into the topic from the gap on its left — or from its
 * right, when both share a column. Arrows that run side by side get lanes of their own, so
 * they do not draw over each other.
 */
export function routeEdges(layout: RoadmapLayout, edges: readonly Prerequisite[]): Map<string, EdgeRoute> {
  const boxOf = new Map(layout.topics.map((t) => [t.id, t]));
  const columns = columnExtents(layout);
  const half = layout.columnGap / 2;
  /** The middle of the gap right of column `c` (c = -1: left of everything). */
  const gapRight = (c: number) => (c < 0 ? columns[0]!.left - half : columns[c]!.right + half);
  // Where an arrow may cross each column: above, between and below its sections.
  const freeRuns = columns.map((column) => {
    const inColumn = layout.sections
      .filter((s) => s.x < column.right && column.left < s.x + s.width)
      .sort((a, b) => a.y - b.y);
    const runs: [number, number][] = [];
    let top = layout.sectionGap / 2;
    for (const s of inColumn) {
      if (s.y - CLEARANCE >= top) runs.push([top, s.y - CLEARANCE]);
      top = s.y + s.height + CLEARANCE;
    }
    runs.push([top, Math.max(top, layout.height - layout.sectionGap / 2)]);
    return runs;
  });
  /** The height nearest `want` at which column `c` can be crossed, and which run it is in. */
  const crossing = (c: number, want: number) => {
    let best = { y: want, run: -1, distance: Number.POSITIVE_INFINITY };
    freeRuns[c]!.forEach(([low, high], run) => {
      const y = Math.min(high, Math.max(low, want));
      if (Math.abs(y - want) < best.distance) best = { y, run, distance: Math.abs(y - want) };
    });
    return best;
  };

  type Draft = { id: string; points: Point[]; gaps: Gap[] };
  const drafts: Draft[] = [];
  for (const edge of edges) {
    const from = boxOf.get(edge.from);
    const to = boxOf.get(edge.to);
    if (!from || !to) continue;
    drafts.push({ id: edgeId(edge), ...draft(from, to) });
  }

  function draft(from: TopicBox, to: TopicBox): Omit<Draft, 'id'> {
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const endY = to.y + to.height / 2;
    const out = gapRight(from.column);
    if (to.column === from.column) {
      // Into the topic's right side: the column's own gap, no box crossed.
      return {
        points: [start, { x: out, y: start.y }, { x: out, y: endY }, { x: to.x + to.width, y: endY }],
        gaps: [{ index: 1, key: `v${from.column}`, bundle: `from ${from.id}` }],
      };
    }
    const into = gapRight(to.column - 1);
    const end = { x: to.x, y: endY };
    if (to.column === from.column + 1) {
      return {
        points: [start, { x: out, y: start.y }, { x: out, y: endY }, end],
        gaps: [{ index: 1, key: `v${from.column}`, bundle: `from ${from.id}` }],
      };
    }
    // Across the columns between, each at its own free height nearest the topic's, stepping
    // up or down in the gaps between columns.
    const forward = to.column > from.column;
    const points = [start, { x: out, y: start.y }];
    const gaps: Gap[] = [];
    let bundle = `from ${from.id}`;
    for (
      let k = forward ? from.column + 1 : from.column;
      forward ? k < to.column : k >= to.column;
      k += forward ? 1 : -1
    ) {
      const { y, run } = crossing(k, endY);
      const gutter = forward ? k - 1 : k;
      gaps.push({ index: points.length - 1, key: `v${gutter}`, bundle });
      points.push({ x: gapRight(gutter), y });
      gaps.push({ index: points.length - 1, key: `h${k}:${run}`, bundle: `${from.id}->${to.id}` });
      points.push({ x: gapRight(forward ? k : k - 1), y });
      bundle = `${from.id}->${to.id}`;
    }
    gaps.push({ index: points.length - 1, key: `v${to.column - 1}`, bundle: `to ${to.id}` });
    points.push({ x: into, y: endY }, end);
    return { points, gaps };
  }

  spreadLanes(drafts, layout);
  return new Map(drafts.map((d) => [d.id, { points: d.points, path: roundedPath(d.points) }]));
}

/** Each column of topics' left and right edge, left to right. */
function columnExtents(layout: RoadmapLayout): { left: number; right: number }[] {
  const columns: { left: number; right: number }[] = [];
  for (const topic of layout.topics) {
    const column = (columns[topic.column] ??= { left: topic.x, right: topic.x + topic.width });
    column.left = Math.min(column.left, topic.x);
    column.right = Math.max(column.right, topic.x + topic.width);
  }
  // Sections pad their topics: a gap is measured from the section's side, not the topic's.
  const pad = layout.sections[0] ? layout.topics[0]!.x - layout.sections[0].x : 0;
  return columns.map((c) => ({ left: c.left - pad, right: c.right + pad }));
}

/** A segment of an arrow that runs along a gap: points[index] to points[index + 1]. */
type Gap = {
  index: number;
  /** The gap: `v<column>` right of a column, `h<y>` between sections. */
  key: string;
  /** Segments of one bundle (the arrows out of one topic, or into one) may share a lane. */
  bundle: string;
};

/**
 * Moves arrows apart where they run along the same gap at the same height (or width):
 * overlapping runs get different lanes, alternately either side of the gap's middle, while
 * runs that do not overlap stay in the middle; arrows out of one topic, or into one, share
 * their lane and fan out from it.
 */
function spreadLanes(drafts: { points: Point[]; gaps: Gap[] }[], layout: RoadmapLayout): void {
  type Run = { points: Point[]; index: number };
  const gaps = new Map<string, Map<string, Run[]>>();
  for (const d of drafts) {
    for (const gap of d.gaps) {
      const bundles = gaps.get(gap.key) ?? new Map<string, Run[]>();
      gaps.set(gap.key, bundles);
      bundles.set(gap.bundle, [...(bundles.get(gap.bundle) ?? []), { points: d.points, index: gap.index }]);
    }
  }
  for (const [key, bundles] of gaps) {
    const vertical = key.startsWith('v');
    const along = (p: Point) => (vertical ? p.y : p.x);
    const spans = [...bundles.values()]
      .map((runs) => {
        const ends = runs.flatMap((r) => [along(r.points[r.index]!), along(r.points[r.index + 1]!)]);
        return { runs, low: Math.min(...ends), high: Math.max(...ends) };
      })
      .sort((a, b) => a.low - b.low || a.high - b.high);
    // Greedy interval colouring: each span takes the first lane free where it starts.
    const laneEnds: number[] = [];
    const lanes = spans.map((span) => {
      let lane = laneEnds.findIndex((end) => end + CLEARANCE < span.low);
      if (lane === -1) lane = laneEnds.push(span.high) - 1;
      else laneEnds[lane] = span.high;
      return lane;
    });
    const room = ((vertical ? layout.columnGap : layout.sectionGap) - 2 * CLEARANCE) / 2;
    const step = laneEnds.length > 1 ? Math.min(LANE, room / Math.ceil((laneEnds.length - 1) / 2)) : 0;
    spans.forEach((span, i) => {
      // Lanes 0, 1, 2, 3, … sit at 0, +1, −1, +2, … steps from the middle.
      const lane = lanes[i]!;
      const offset = (lane % 2 === 1 ? 1 : -1) * Math.ceil(lane / 2) * step;
      for (const { points, index } of span.runs) {
        for (const p of [points[index]!, points[index + 1]!]) {
          if (vertical) p.x += offset;
          else p.y += offset;
        }
      }
    });
  }
}
