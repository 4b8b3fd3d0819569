import { MAX_TOPICS } from '../domain/roadmap-limits';

/** Which roadmap the window opens: the built-in one, or a generated one for benchmarks. */
export type RoadmapRequest = { kind: 'builtin' } | { kind: 'synthetic'; topics: number };

/**
 * Reads `?synthetic=1000` (benchmarks, scale checks; at most the 5,000 topics a roadmap may
 * have); anything else opens the built-in roadmap.
 */
export function roadmapRequestFrom(search: string): RoadmapRequest {
  const value = new URLSearchParams(search).get('synthetic');
  const topics = value === null ? Number.NaN : Number(value);
  return Number.isInteger(topics) && topics > 0 && topics <= MAX_TOPICS
    ? { kind: 'synthetic', topics }
    : { kind: 'builtin' };
}
