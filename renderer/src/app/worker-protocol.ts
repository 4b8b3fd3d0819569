import type { RoadmapSource } from '../domain';

/** What the roadmap worker is asked: parse one part of a file, or build and lay out a roadmap. */
export type WorkerRequest =
  { kind: 'parse-part'; file: string; text: string } | { kind: 'open'; source: RoadmapSource };
