/// <reference lib="webworker" />
import type { ParsedMarkdown, RoadmapDocument } from '../domain';
import { syntheticRoadmap } from '../domain/synthetic-roadmap';
import { answerWorkerRequest } from './worker-answer';
import type { WorkerRequest } from './worker-protocol';

// Parsing takes about a second for 5,000 topics here: it runs in workers, in parallel parts,
// so the window stays responsive while a roadmap opens, and a worker that overruns its time
// is stopped (see open-in-workers). (The built-in roadmap is prepared at build time and never
// comes here.)
// A fresh worker parses its first file at about half speed while the engine compiles the
// parser; a small roadmap read now, before any message (they wait for this module), takes
// that cost out of the user's file. It costs a few tens of milliseconds.
const sample = syntheticRoadmap(60);
answerWorkerRequest({
  kind: 'open',
  source: {
    markdown: { file: 'warm-up.md', text: sample.markdown },
    sidecar: { file: 'warm-up.json', text: sample.sidecar },
  },
});

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  let reply: ParsedMarkdown | RoadmapDocument;
  try {
    reply = answerWorkerRequest(event.data);
  } catch (error) {
    reply = {
      status: 'invalid',
      problems: [{ file: 'roadmap', line: 1, message: `could not open the roadmap: ${String(error)}` }],
    };
  }
  self.postMessage(reply);
};
