/// <reference lib="webworker" />
import type { ParsedMarkdown, RoadmapDocument } from '../domain';
import { answerWorkerRequest } from './worker-answer';
import type { WorkerRequest } from './worker-protocol';

// Parsing takes about a second for 5,000 topics here: it runs in workers, in parallel parts,
// so the window stays responsive while a roadmap opens, and a worker that overruns its time
// is stopped (see open-in-workers). (The built-in roadmap is prepared at build time and never
// comes here.)
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
