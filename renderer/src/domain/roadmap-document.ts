import { buildRoadmap } from './build-roadmap';
import type { RoadmapSource } from './build-roadmap';
import { layoutRoadmap } from './layout';
import type { RoadmapLayout } from './layout';
import type { Problem, Roadmap } from './roadmap';

/** A roadmap ready to show: content plus its graph layout, or why it could not be built. */
export type RoadmapDocument =
  | { status: 'ready'; roadmap: Roadmap; layout: RoadmapLayout }
  | { status: 'invalid'; problems: readonly Problem[] };

/** Builds and lays out a roadmap: what a window needs to show it. */
export function openRoadmapDocument(source: RoadmapSource): RoadmapDocument {
  const built = buildRoadmap(source);
  if (!built.roadmap) return { status: 'invalid', problems: built.problems };
  return { status: 'ready', roadmap: built.roadmap, layout: layoutRoadmap(built.roadmap) };
}
