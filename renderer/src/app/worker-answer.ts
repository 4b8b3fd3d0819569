import { openRoadmapDocument, parseRoadmapMarkdownPart } from '../domain';
import type { ParsedMarkdown, RoadmapDocument } from '../domain';
import { openCanvasDocument } from '../domain/canvas-document';
import type { WorkerRequest } from './worker-protocol';

/** What the roadmap worker answers a request with (tests call it in place of a worker). */
export function answerWorkerRequest(request: WorkerRequest): ParsedMarkdown | RoadmapDocument {
  switch (request.kind) {
    case 'parse-part':
      return parseRoadmapMarkdownPart(request.file, request.part);
    case 'open':
      return openRoadmapDocument(request.source);
    case 'open-canvas':
      return openCanvasDocument(request.source);
  }
}
