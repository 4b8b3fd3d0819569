import snapshot from 'virtual:builtin-roadmap';
import { reviveRoadmap } from '../domain';
import type { RoadmapDocument } from '../domain';
import type { RoadmapRequest } from './roadmap-request';

/**
 * Starts opening the requested roadmap. The built-in one was parsed, validated and laid out
 * at build time and is ready at once; any other is built and laid out in workers.
 */
export function openRoadmap(request: RoadmapRequest): RoadmapDocument | Promise<RoadmapDocument> {
  if (request.kind === 'builtin') {
    return { status: 'ready', roadmap: reviveRoadmap(snapshot.roadmap), layout: snapshot.layout };
  }
  // Other roadmaps load the parser and the workers' code first: the built-in one never needs them.
  return Promise.all([import('../domain/synthetic-roadmap'), import('./open-in-workers')])
    .then(([{ syntheticRoadmap }, { openInWorkers }]) => {
      const { markdown, sidecar } = syntheticRoadmap(request.topics);
      return openInWorkers({
        markdown: { file: `synthetic-${request.topics}.md`, text: markdown },
        sidecar: { file: `synthetic-${request.topics}.json`, text: sidecar },
      });
    })
    .catch((error: unknown): RoadmapDocument => ({
      status: 'invalid',
      problems: [{ file: 'roadmap', line: 1, message: `could not open the roadmap: ${String(error)}` }],
    }));
}
