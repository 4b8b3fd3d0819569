import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { findCycles, topologicalOrder } from './graph';
import { formatProblem } from './problem';
import type { Roadmap } from './roadmap';

// Rules the shipped FastAPI content keeps, beyond what the validator insists on.
const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
const markdownText = readFileSync(path.join(DIR, 'roadmap.md'), 'utf8');
const sidecarText = readFileSync(path.join(DIR, 'sidecar.json'), 'utf8');
const result = buildRoadmap({
  markdown: { file: 'roadmap.md', text: markdownText },
  sidecar: { file: 'sidecar.json', text: sidecarText },
});
if (!result.roadmap) {
  throw new Error(`the FastAPI content does not build:\n${result.problems.map(formatProblem).join('\n')}`);
}
const roadmap: Roadmap = result.roadmap;
const raw = JSON.parse(sidecarText) as {
  roadmap: string;
  topics: Record<string, { estimateHours?: number; prerequisites?: string[]; links?: { url: string }[] }>;
};

describe('the FastAPI roadmap content', () => {
  it('builds without problems', () => {
    expect(result.problems).toEqual([]);
    expect(roadmap.id).toBe('fastapi');
  });

  it('has a sidecar entry for exactly the Markdown’s topics, in the same order', () => {
    expect(Object.keys(raw.topics)).toEqual(roadmap.topics.map((t) => t.id));
  });

  it('gives section-0 topics no prerequisites and every other topic one to three', () => {
    for (const topic of roadmap.topics) {
      const listed = raw.topics[topic.id]?.prerequisites ?? [];
      expect(new Set(listed).size, topic.id).toBe(listed.length);
      if (topic.sectionNumber === 0) expect(listed, topic.id).toEqual([]);
      else {
        expect(listed.length, topic.id).toBeGreaterThanOrEqual(1);
        expect(listed.length, topic.id).toBeLessThanOrEqual(3);
      }
    }
  });

  it('never makes a topic wait for one from a later phase', () => {
    for (const edge of roadmap.edges) {
      const from = roadmap.topicsById.get(edge.from)!;
      const to = roadmap.topicsById.get(edge.to)!;
      expect(from.phaseNumber, `${edge.from} → ${edge.to}`).toBeLessThanOrEqual(to.phaseNumber);
    }
  });

  it('has no prerequisite cycles', () => {
    const ids = roadmap.topics.map((t) => t.id);
    const needs = new Map(roadmap.topics.map((t) => [t.id, t.prerequisites]));
    expect(findCycles(ids, needs)).toEqual([]);
    expect(topologicalOrder(ids, needs)).toHaveLength(ids.length);
  });

  it('estimates every topic at more than zero hours, and not all the same', () => {
    for (const topic of roadmap.topics) expect(topic.estimateHours, topic.id).toBeGreaterThan(0);
    expect(new Set(roadmap.topics.map((t) => t.estimateHours)).size).toBeGreaterThan(1);
  });

  it('links only to https URLs, each with a title', () => {
    const links = roadmap.topics.flatMap((t) => t.links);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(new URL(link.url).protocol, link.url).toBe('https:');
      expect(link.title.trim(), link.url).not.toBe('');
    }
  });
});
