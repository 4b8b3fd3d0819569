import type { RoadmapSource } from '../domain';
import type { MarkdownPart } from '../domain';
import type { CanvasSource } from '../domain/canvas-roadmap';

/**
 * What the roadmap worker is asked: parse one part of a file, or build and lay out a roadmap
 * from Markdown or from a JSON Canvas file.
 */
export type WorkerRequest =
  | { kind: 'parse-part'; file: string; part: MarkdownPart }
  | { kind: 'open'; source: RoadmapSource }
  | { kind: 'open-canvas'; source: CanvasSource };
