import { formatProblem, openRoadmapDocument, toRoadmapData } from '../domain';
import type { RoadmapData, RoadmapLayout } from '../domain';
import { builtinRoadmapFiles } from './builtin-roadmap-files';

export { builtinRoadmapFiles };

/** The built-in roadmap, parsed, checked and laid out ahead of time. */
export type BuiltinSnapshot = { roadmap: RoadmapData; layout: RoadmapLayout };

/**
 * Builds the snapshot the app ships, so opening the built-in roadmap costs no parsing or
 * layout at start-up. Throws with every problem when the content is invalid, which fails the
 * build: broken content never ships.
 */
export function buildBuiltinSnapshot(read: (path: string) => string): BuiltinSnapshot {
  const document = openRoadmapDocument({
    markdown: { file: builtinRoadmapFiles.markdown, text: read(builtinRoadmapFiles.markdown) },
    sidecar: { file: builtinRoadmapFiles.sidecar, text: read(builtinRoadmapFiles.sidecar) },
  });
  if (document.status === 'invalid') {
    throw new Error(`The built-in roadmap is invalid:\n${document.problems.map(formatProblem).join('\n')}`);
  }
  return { roadmap: toRoadmapData(document.roadmap), layout: document.layout };
}
