import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { toRoadmapData } from './roadmap-data';
import { freeRoadmapId, importPreview, reimportChanges, roadmapFormatOf } from './roadmap-import';

const roadmap = (topics: string[]) => {
  const text = [
    '# Tiny',
    '## 0. Start',
    ...topics.map((t) => `- ${t.includes('**') ? t : `**${t}**`}\n  - One\n  - Two`),
    '## Phases for Study',
    '- **Phase 1 (Basics)**: Sections 0',
  ].join('\n');
  const built = buildRoadmap({ markdown: { file: 'tiny.md', text } });
  if (!built.roadmap) throw new Error(built.problems[0]?.message);
  return built.roadmap;
};

describe('roadmap import', () => {
  it('previews the figures of a roadmap: 2 h per topic of two sub-points by default', () => {
    expect(importPreview(roadmap(['Alpha', 'Beta', 'Gamma']))).toEqual({
      title: 'Tiny',
      sections: 1,
      topics: 3,
      hours: 6,
      phases: ['Basics'],
    });
  });

  it('gives a new roadmap a free id from its title', () => {
    expect(freeRoadmapId('Kubernetes Basics', new Set())).toBe('kubernetes-basics');
    expect(freeRoadmapId('Kubernetes Basics', new Set(['kubernetes-basics', 'kubernetes-basics-2']))).toBe(
      'kubernetes-basics-3',
    );
    expect(freeRoadmapId('Основы Rust', new Set())).toBe('основы-rust');
    expect(freeRoadmapId('***', new Set(['roadmap']))).toBe('roadmap-2');
  });

  it('lists the topics a new file adds and drops; renamed topics with the same id are kept', () => {
    const before = toRoadmapData(roadmap(['Alpha', 'Beta', 'Gamma']));
    const changes = reimportChanges(before, roadmap(['Alpha', 'Gamma', 'Delta']));
    expect(changes).toEqual({
      kept: 2,
      added: [{ id: 'delta', title: 'Delta' }],
      vanished: [{ id: 'beta', title: 'Beta' }],
    });
    expect(
      reimportChanges(before, roadmap(['**Alpha, renamed** {#alpha}', 'Beta', 'Gamma'])).vanished,
    ).toEqual([]);
  });

  it('tells a roadmap file by its name', () => {
    expect(
      ['a.md', 'B.MD', 'c.markdown', 'd.canvas', 'e.txt', 'md', 'f.md.json'].map(roadmapFormatOf),
    ).toEqual(['markdown', 'markdown', 'markdown', 'canvas', null, null, null]);
  });
});
