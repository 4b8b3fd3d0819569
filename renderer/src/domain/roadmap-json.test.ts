import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import type { Roadmap } from './roadmap';
import { summariseRoadmap, toRoadmapJson } from './roadmap-json';

const MD = `# Tiny

## 0. Start

- **First Steps**
  - Install \`tool\`
  - **Important:** Take it slow.

## 1. Next

- **Second Steps**
  - Practise

## Phases

- **Phase 1 (A)**: Sections 0
- **Phase 2 (B)**: Sections 1
`;

const SIDECAR = `{
  "roadmap": "tiny",
  "topics": {
    "first-steps": { "estimateHours": 1.5, "links": [{ "title": "Docs", "url": "https://example.org/" }] },
    "second-steps": { "estimateHours": 0.75, "prerequisites": ["first-steps"] }
  }
}
`;

function build(md: string, sidecar: string): Roadmap {
  const result = buildRoadmap({
    markdown: { file: 'r.md', text: md },
    sidecar: { file: 's.json', text: sidecar },
  });
  if (!result.roadmap) throw new Error(JSON.stringify(result.problems));
  return result.roadmap;
}

describe('toRoadmapJson', () => {
  it('gives exactly the contract shape, items and tip as plain text', () => {
    expect(toRoadmapJson(build(MD, SIDECAR))).toStrictEqual({
      id: 'tiny',
      title: 'Tiny',
      phases: [
        { number: 1, title: 'A', sections: [0] },
        { number: 2, title: 'B', sections: [1] },
      ],
      sections: [
        {
          number: 0,
          title: 'Start',
          topics: [
            {
              id: 'first-steps',
              title: 'First Steps',
              items: ['Install tool'],
              tip: 'Take it slow.',
              estimateHours: 1.5,
              prerequisites: [],
              links: [{ title: 'Docs', url: 'https://example.org/' }],
            },
          ],
        },
        {
          number: 1,
          title: 'Next',
          topics: [
            {
              id: 'second-steps',
              title: 'Second Steps',
              items: ['Practise'],
              tip: null,
              estimateHours: 0.75,
              prerequisites: ['first-steps'],
              links: [],
            },
          ],
        },
      ],
    });
  });

  it('shares no arrays with the roadmap', () => {
    const roadmap = build(MD, SIDECAR);
    const json = toRoadmapJson(roadmap);
    json.phases[0]?.sections.push(99);
    json.sections[1]?.topics[0]?.prerequisites.push('x');
    json.sections[0]?.topics[0]?.links.push({ title: 't', url: 'https://x.org' });
    expect(roadmap.phases[0]?.sections).toEqual([0]);
    expect(roadmap.topics[1]?.prerequisites).toEqual(['first-steps']);
    expect(roadmap.topics[0]?.links).toHaveLength(1);
  });
});

describe('summariseRoadmap', () => {
  it('counts sections, topics, phases, prerequisites and hours on one line', () => {
    expect(summariseRoadmap(build(MD, SIDECAR))).toBe(
      'Tiny: valid — 2 sections, 2 topics, 2 phases, 1 prerequisite, 2.25 h estimated',
    );
  });

  it('summarises the FastAPI roadmap', () => {
    const dir = path.resolve(import.meta.dirname, '../../../content/fastapi');
    const roadmap = build(
      readFileSync(path.join(dir, 'roadmap.md'), 'utf8'),
      readFileSync(path.join(dir, 'sidecar.json'), 'utf8'),
    );
    expect(summariseRoadmap(roadmap)).toMatch(
      /^FastAPI Complete Learning Roadmap \(Beginner → Production-Ready\): valid — 17 sections, 56 topics, 3 phases, \d+ prerequisites, \d+(\.\d+)? h estimated$/,
    );
    expect(summariseRoadmap(roadmap)).not.toContain('\n');
  });
});
