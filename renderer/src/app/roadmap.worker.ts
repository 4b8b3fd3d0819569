/// <reference lib="webworker" />
import { syntheticRoadmap } from '../domain/synthetic-roadmap';
import { openRoadmapDocument } from './roadmap-document';
import type { RoadmapDocument } from './roadmap-document';
import type { RoadmapRequest } from './roadmap-request';

export type WorkerRequest = Exclude<RoadmapRequest, { kind: 'builtin' }>;

// Parsing and layout take ~1.5 s for 1,000 topics here: they run in this worker so the
// window stays responsive while a roadmap opens. (The built-in roadmap is prepared at build
// time and never comes here.)
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  let document: RoadmapDocument;
  try {
    const { markdown, sidecar } = syntheticRoadmap(event.data.topics);
    document = openRoadmapDocument({
      markdown: { file: `synthetic-${event.data.topics}.md`, text: markdown },
      sidecar: { file: `synthetic-${event.data.topics}.json`, text: sidecar },
    });
  } catch (error) {
    document = {
      status: 'invalid',
      problems: [{ file: 'roadmap', line: 1, message: `could not open the roadmap: ${String(error)}` }],
    };
  }
  self.postMessage(document);
};
