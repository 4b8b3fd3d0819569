import { buildCanvasRoadmap } from './canvas-roadmap';
import type { CanvasSource } from './canvas-roadmap';
import { layoutRoadmap } from './layout';
import type { RoadmapDocument } from './roadmap-document';

/**
 * Builds and lays out a roadmap from a `.canvas` file, as `openRoadmapDocument` does from
 * Markdown. Not in the domain's index: the reader brings zod, which the first paint does
 * without; a worker imports this module itself.
 */
export function openCanvasDocument(source: CanvasSource): RoadmapDocument {
  const built = buildCanvasRoadmap(source);
  if (!built.roadmap) return { status: 'invalid', problems: built.problems };
  return { status: 'ready', roadmap: built.roadmap, layout: layoutRoadmap(built.roadmap) };
}
