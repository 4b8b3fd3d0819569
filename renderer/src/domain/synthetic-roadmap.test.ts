import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { syntheticRoadmap } from './synthetic-roadmap';

function build(count: number, seed?: number) {
  const source = syntheticRoadmap(count, seed);
  return buildRoadmap({
    markdown: { file: 'synthetic.md', text: source.markdown },
    sidecar: { file: 'synthetic.json', text: source.sidecar },
  });
}

describe('syntheticRoadmap', () => {
  it('makes a roadmap of 0 topics that is refused for having none', () => {
    expect(build(0).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^the roadmap has no topics/),
    ]);
  });

  it.each([1, 7, 10, 31])('makes a valid roadmap of exactly %i topics', (count) => {
    const result = build(count);
    expect(result.problems).toEqual([]);
    expect(result.roadmap?.topics).toHaveLength(count);
    expect(result.roadmap?.id).toBe(`synthetic-${count}`);
  });

  it('groups ten topics a section into three phases; topics past the first level need one to three', () => {
    const roadmap = build(95).roadmap!;
    expect(roadmap.sections.map((s) => s.topics.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
    expect(roadmap.phases.map((p) => p.sections)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    // Sections 0–4 are the first level: starting points, with nothing to learn before them.
    const firstLevel = roadmap.topics.filter((t) => t.sectionNumber < 5);
    const rest = roadmap.topics.filter((t) => t.sectionNumber >= 5);
    expect(firstLevel.every((t) => t.prerequisites.length === 0)).toBe(true);
    for (const topic of rest) {
      expect(topic.prerequisites.every((p) => roadmap.topicsById.get(p)!.sectionNumber < 5)).toBe(true);
      expect(topic.prerequisites.length, topic.id).toBeGreaterThanOrEqual(1);
      expect(topic.prerequisites.length, topic.id).toBeLessThanOrEqual(3);
    }
    expect(roadmap.topics.every((t) => t.estimateHours >= 1 && t.estimateHours <= 8)).toBe(true);
    expect(roadmap.topics[0]?.tip).toMatch(/^Why .* matters\.$/);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticRoadmap(50, 7)).toEqual(syntheticRoadmap(50, 7));
    expect(syntheticRoadmap(50)).toEqual(syntheticRoadmap(50, 1));
    expect(syntheticRoadmap(50, 8).sidecar).not.toBe(syntheticRoadmap(50, 7).sidecar);
    expect(syntheticRoadmap(50, 8).markdown).toBe(syntheticRoadmap(50, 7).markdown);
  });
});
