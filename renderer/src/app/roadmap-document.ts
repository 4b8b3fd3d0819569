import { buildRoadmap, layoutRoadmap } from '../domain';
import type { Problem, Roadmap, RoadmapLayout, RoadmapSource } from '../domain';

/** A roadmap ready to show: content plus its graph layout, or why it could not be built. */
export type RoadmapDocument =
  | { status: 'ready'; roadmap: Roadmap; layout: RoadmapLayout }
  | { status: 'invalid'; problems: readonly Problem[] };

/** Builds and lays out a roadmap; the worker runs this off the UI thread. */
export function openRoadmapDocument(source: RoadmapSource): RoadmapDocument {
  const built = buildRoadmap(source);
  if (!built.roadmap) return { status: 'invalid', problems: built.problems };
  return { status: 'ready', roadmap: built.roadmap, layout: layoutRoadmap(built.roadmap) };
}
