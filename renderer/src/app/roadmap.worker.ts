/// <reference lib="webworker" />
import type { RoadmapSource } from '../domain';
import { syntheticRoadmap } from '../domain/synthetic-roadmap';
import { builtinRoadmapSource } from './builtin-roadmap';
import { openRoadmapDocument } from './roadmap-document';
import type { RoadmapDocument } from './roadmap-document';
import type { RoadmapRequest } from './roadmap-request';

// Parsing and layout take ~2 s for 1,000 topics here: they run in this worker so the
// window stays responsive while a roadmap opens.
// Static imports only: a dynamic import() here gets Vite's preload helper, which needs `document`.
self.onmessage = (event: MessageEvent<RoadmapRequest>) => {
  let document: RoadmapDocument;
  try {
    document = openRoadmapDocument(sourceFor(event.data));
  } catch (error) {
    document = {
      status: 'invalid',
      problems: [{ file: 'roadmap', line: 1, message: `could not open the roadmap: ${String(error)}` }],
    };
  }
  self.postMessage(document);
};

function sourceFor(request: RoadmapRequest): RoadmapSource {
  if (request.kind === 'synthetic') {
    const { markdown, sidecar } = syntheticRoadmap(request.topics);
    return {
      markdown: { file: `synthetic-${request.topics}.md`, text: markdown },
      sidecar: { file: `synthetic-${request.topics}.json`, text: sidecar },
    };
  }
  return builtinRoadmapSource;
}
