import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRoadmap } from './build-roadmap';
import { formatProblem } from './problem';
import type { TopicProgressInput } from './progress';
import type { Roadmap, Topic, TopicId, TopicStatus } from './roadmap';

// Roadmaps and inputs the progress tests share: the FastAPI roadmap, a tiny chain, bare graphs.

export function build(markdown: string, sidecar: string): Roadmap {
  const result = buildRoadmap({
    markdown: { file: 'test.md', text: markdown },
    sidecar: { file: 'test.json', text: sidecar },
  });
  if (!result.roadmap) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.roadmap;
}

const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
export const fastapi = build(
  readFileSync(path.join(DIR, 'roadmap.md'), 'utf8'),
  readFileSync(path.join(DIR, 'sidecar.json'), 'utf8'),
);

// alpha → beta → gamma → delta → epsilon, and alpha → delta directly; delta has no items.
const TINY_MD = `# Tiny

## 0. Start

- **Alpha**
  - a1
  - a2
- **Beta**
  - b1

## 1. Middle

- **Gamma**
  - g1
  - g2
  - g3
  - g4
- **Delta**

## 2. End

- **Epsilon**
  - e1

## Phases

- **Phase 1 (Start)**: Sections 0
- **Phase 2 (Rest)**: Sections 1–2
`;
const TINY_SIDECAR = JSON.stringify({
  roadmap: 'tiny',
  topics: {
    alpha: { estimateHours: 2 },
    beta: { estimateHours: 4, prerequisites: ['alpha'] },
    gamma: { estimateHours: 8, prerequisites: ['beta'] },
    delta: { estimateHours: 1, prerequisites: ['alpha', 'gamma'] },
    epsilon: { estimateHours: 5, prerequisites: ['delta'] },
  },
});
export const tiny = build(TINY_MD, TINY_SIDECAR);

export function input(
  statuses: Record<TopicId, TopicStatus> = {},
  checked: Record<TopicId, string[]> = {},
): TopicProgressInput {
  return {
    statuses: new Map(Object.entries(statuses)),
    checkedItems: new Map(Object.entries(checked).map(([id, items]) => [id, new Set(items)])),
  };
}

/** Every topic of `roadmap` marked `status`. */
export function all(roadmap: Roadmap, status: TopicStatus): Record<TopicId, TopicStatus> {
  return Object.fromEntries(roadmap.topics.map((t) => [t.id, status]));
}

/** A bare topic for the graph walks, which need nothing but ids and prerequisites. */
export function bareTopic(id: TopicId, prerequisites: TopicId[], itemIds: string[] = []): Topic {
  return {
    id,
    title: id,
    sectionNumber: 0,
    phaseNumber: 1,
    items: itemIds.map((itemId, i) => ({ id: itemId, text: itemId, spans: [{ text: itemId }], line: i + 1 })),
    tip: null,
    tipSpans: [],
    estimateHours: 1,
    prerequisites,
    links: [],
    line: 1,
  };
}

export function graph(needs: [TopicId, TopicId[]][]): Pick<Roadmap, 'topics' | 'topicsById'> {
  const topics = needs.map(([id, pres]) => bareTopic(id, pres));
  return { topics, topicsById: new Map(topics.map((t) => [t.id, t])) };
}
