import type { RoadmapSource } from '../domain';
import type { MarkdownPart } from '../domain';

/** What the roadmap worker is asked: parse one part of a file, or build and lay out a roadmap. */
export type WorkerRequest =
  { kind: 'parse-part'; file: string; part: MarkdownPart } | { kind: 'open'; source: RoadmapSource };
