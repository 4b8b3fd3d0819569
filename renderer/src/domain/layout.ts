import { fitZoom, SHIFT_COSTS } from './layout-fit';
import { improvePacking } from './layout-improve';
import { place } from './layout-place';
import { prepare } from './layout-prepare';
import { defaultLayoutOptions } from './layout-types';
import type { LayoutInput, LayoutOptions, RoadmapLayout } from './layout-types';

export { defaultLayoutOptions } from './layout-types';
export type { Box, LayoutInput, LayoutOptions, RoadmapLayout, SectionBox, TopicBox } from './layout-types';

/**
 * Layered layout of a roadmap: prerequisites flow left to right (a topic sits in a layer
 * right of all its prerequisites) and each section's topics stay together in one box.
 *
 * Sections are placed one at a time, prerequisites' sections first, each at the lowest free
 * height for its layers. A section may move a few layers right of the earliest it could
 * start when that frees height; of a few such trade-offs (and caps on the width), the one
 * that best fills the graph's part of a 1440 × 900 window wins, and a local search then
 * moves single sections while that helps. Written for this shape rather than taken from
 * dagre: dagre's compound layout took 75 s for 1,000 topics here and spread the 56 FastAPI
 * topics over 3,200 × 2,400 px. Coordinates are top-left corners from (0, 0).
 */
export function layoutRoadmap(
  input: LayoutInput,
  options: LayoutOptions = defaultLayoutOptions,
): RoadmapLayout {
  const graph = prepare(input);
  let best: RoadmapLayout | null = null;
  // A handful of trade-offs between width and height; small roadmaps also try capping width.
  const caps = graph.tail.size <= 300 ? [0, 1, 2, 3].map((extra) => graph.depth + extra) : [];
  for (const maxLayers of [Number.POSITIVE_INFINITY, ...caps]) {
    for (const shiftCost of SHIFT_COSTS) {
      const layout = place(input, graph, options, shiftCost, maxLayers);
      if (!best || fitZoom(layout) > fitZoom(best) + 1e-12) best = layout;
    }
  }
  const chosen = best ?? place(input, graph, options, Number.POSITIVE_INFINITY);
  if (!graph.globalLayers) improvePacking(chosen, graph.needs, options);
  return chosen;
}
