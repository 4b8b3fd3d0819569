import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { reviveRoadmap, toRoadmapData } from './roadmap-data';

const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
const { roadmap } = buildRoadmap({
  markdown: { file: 'roadmap.md', text: readFileSync(path.join(DIR, 'roadmap.md'), 'utf8') },
  sidecar: { file: 'sidecar.json', text: readFileSync(path.join(DIR, 'sidecar.json'), 'utf8') },
});

describe('toRoadmapData and reviveRoadmap', () => {
  it('survive a trip through JSON unchanged', () => {
    if (!roadmap) throw new Error('the FastAPI roadmap does not build');
    const data = JSON.parse(JSON.stringify(toRoadmapData(roadmap))) as ReturnType<typeof toRoadmapData>;
    const revived = reviveRoadmap(data);
    expect(revived).toEqual(roadmap);
    expect(revived.topics).toHaveLength(56);
    for (const topic of revived.topics) expect(revived.topicsById.get(topic.id)).toBe(topic);
  });

  it('keep no derived indexes in the data', () => {
    expect(Object.keys(toRoadmapData(roadmap!)).sort()).toEqual([
      'edges',
      'id',
      'phases',
      'sections',
      'title',
    ]);
  });
});
