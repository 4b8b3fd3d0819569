/// <reference lib="webworker" />
import { parseRoadmapMarkdownPart } from '../domain';
import type { ParsedMarkdown } from '../domain';
import { openRoadmapDocument } from '../domain';
import type { RoadmapDocument } from '../domain';
import type { WorkerRequest } from './worker-protocol';

// Parsing takes about a second for 5,000 topics here: it runs in workers, in parallel parts,
// so the window stays responsive while a roadmap opens, and a worker that overruns its time
// is stopped (see open-in-workers). (The built-in roadmap is prepared at build time and never
// comes here.)
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let reply: ParsedMarkdown | RoadmapDocument;
  try {
    reply =
      request.kind === 'parse-part'
        ? parseRoadmapMarkdownPart(request.file, request.part)
        : openRoadmapDocument(request.source);
  } catch (error) {
    reply = {
      status: 'invalid',
      problems: [{ file: 'roadmap', line: 1, message: `could not open the roadmap: ${String(error)}` }],
    };
  }
  self.postMessage(reply);
};
