import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoadmap, layoutRoadmap } from '../../domain';
import type { Roadmap, RoadmapLayout, Topic, TopicBox, TopicId } from '../../domain';
import { isArrowKey } from './arrow-key';
import { topicInDirection } from './topic-arrow-keys';
import type { ArrowKey } from './arrow-key';

const KEYS: readonly ArrowKey[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** A roadmap from `[section, id, prerequisites]` rows, in roadmap order. */
function roadmapOf(rows: readonly (readonly [number, TopicId, readonly TopicId[]])[]): Roadmap {
  const topics: Topic[] = rows.map(([sectionNumber, id, prerequisites], line) => ({
    id,
    title: id,
    sectionNumber,
    phaseNumber: 0,
    items: [],
    tip: null,
    tipSpans: [],
    estimateHours: 1,
    prerequisites: [...prerequisites],
    links: [],
    line,
  }));
  const numbers = [...new Set(topics.map((t) => t.sectionNumber))];
  return {
    id: 'r',
    title: 'r',
    phases: [{ number: 0, title: 'p', sections: numbers, line: 0 }],
    sections: numbers.map((number) => ({
      number,
      title: `s${number}`,
      phaseNumber: 0,
      topics: topics.filter((t) => t.sectionNumber === number),
      line: 0,
    })),
    topics,
    topicsById: new Map(topics.map((t) => [t.id, t])),
    edges: topics.flatMap((t) => t.prerequisites.map((from) => ({ from, to: t.id }))),
  };
}

/** A layout with hand-placed topics: `[id, section, x, y]`, each 100 × 40. */
function layoutOf(rows: readonly (readonly [TopicId, number, number, number])[]): RoadmapLayout {
  const topics: TopicBox[] = rows.map(([id, sectionNumber, x, y]) => ({
    id,
    sectionNumber,
    x,
    y,
    width: 100,
    height: 40,
    column: Math.round(x / 150),
  }));
  return { topics, sections: [], width: 1000, height: 1000, columnGap: 50, sectionGap: 10, titleFont: 14 };
}

const dependantsOf = (roadmap: Roadmap, id: TopicId) =>
  roadmap.edges.filter((e) => e.from === id).map((e) => e.to);

/** Every move's target is related to where it started as the key says, or there is none. */
function checkMove(roadmap: Roadmap, layout: RoadmapLayout, from: TopicId, key: ArrowKey) {
  const to = topicInDirection(roadmap, layout, from, key);
  const topic = roadmap.topicsById.get(from)!;
  if (key === 'ArrowLeft') {
    if (topic.prerequisites.length === 0) expect(to).toBeNull();
    else expect(topic.prerequisites).toContain(to);
  } else if (key === 'ArrowRight') {
    const dependants = dependantsOf(roadmap, from);
    if (dependants.length === 0) expect(to).toBeNull();
    else expect(dependants).toContain(to);
  } else if (to !== null) {
    expect(roadmap.topicsById.get(to)?.sectionNumber).toBe(topic.sectionNumber);
    expect(to).not.toBe(from);
  }
  return to;
}

/** Down from the section's first topic until it stops: the topics in the order Down visits them. */
function walkDown(roadmap: Roadmap, layout: RoadmapLayout, sectionNumber: number): TopicId[] {
  const ids = layout.topics.filter((t) => t.sectionNumber === sectionNumber).map((t) => t.id);
  let first = ids[0]!;
  for (let up = topicInDirection(roadmap, layout, first, 'ArrowUp'); up !== null;) {
    first = up;
    up = topicInDirection(roadmap, layout, first, 'ArrowUp');
  }
  const visited = [first];
  for (let next = topicInDirection(roadmap, layout, first, 'ArrowDown'); next !== null;) {
    if (visited.includes(next)) throw new Error(`Down loops back to ${next}`);
    visited.push(next);
    next = topicInDirection(roadmap, layout, next, 'ArrowDown');
  }
  return visited;
}

describe('topicInDirection', () => {
  //  section 1: a (0,0)   c (150,0)     section 2: e (300,0)
  //             b (0,50)  d (150,100)
  const roadmap = roadmapOf([
    [1, 'a', []],
    [1, 'b', []],
    [1, 'c', ['a', 'b']],
    [1, 'd', ['a', 'b']],
    [2, 'e', ['c', 'd', 'b']],
  ]);
  const layout = layoutOf([
    ['a', 1, 0, 0],
    ['b', 1, 0, 50],
    ['c', 1, 150, 0],
    ['d', 1, 150, 100],
    ['e', 2, 300, 70],
  ]);
  const move = (from: TopicId, key: ArrowKey) => topicInDirection(roadmap, layout, from, key);

  it('goes left to the prerequisite whose centre is nearest vertically', () => {
    expect(move('c', 'ArrowLeft')).toBe('a');
    expect(move('d', 'ArrowLeft')).toBe('b');
    // e's centre (90) is 30 from d's (120) and 20 from b's (70).
    expect(move('e', 'ArrowLeft')).toBe('b');
  });

  it('goes right to the dependant whose centre is nearest vertically', () => {
    expect(move('a', 'ArrowRight')).toBe('c');
    // b's centre (70) is 20 from e's (90), 50 from c's and d's: another section is no bar.
    expect(move('b', 'ArrowRight')).toBe('e');
    expect(move('d', 'ArrowRight')).toBe('e');
  });

  it('breaks a tie in distance by roadmap order, not by position', () => {
    const tie = roadmapOf([
      [1, 'x', []],
      [1, 'z', ['x']],
      [1, 'y', ['x']],
    ]);
    const placed = layoutOf([
      ['x', 1, 0, 50],
      ['y', 1, 150, 0],
      ['z', 1, 150, 100],
    ]);
    // y's and z's centres are both 50 from x's; z comes first in the roadmap.
    expect(topicInDirection(tie, placed, 'x', 'ArrowRight')).toBe('z');
  });

  it('finds nothing left of a topic without prerequisites or right of one without dependants', () => {
    expect(move('a', 'ArrowLeft')).toBeNull();
    expect(move('e', 'ArrowRight')).toBeNull();
  });

  it('walks a section down each column, then the next column, and stops at the ends', () => {
    expect(move('a', 'ArrowDown')).toBe('b');
    expect(move('b', 'ArrowDown')).toBe('c');
    expect(move('c', 'ArrowDown')).toBe('d');
    expect(move('d', 'ArrowDown')).toBeNull();
    expect(move('d', 'ArrowUp')).toBe('c');
    expect(move('c', 'ArrowUp')).toBe('b');
    expect(move('a', 'ArrowUp')).toBeNull();
    // A section of one topic: nowhere to go.
    expect(move('e', 'ArrowDown')).toBeNull();
    expect(move('e', 'ArrowUp')).toBeNull();
  });

  it('keeps a column together when a topic in it is nudged sideways', () => {
    const nudged = layoutOf([
      ['a', 1, 0, 0],
      ['b', 1, 20, 50],
      ['c', 1, 150, 0],
      ['d', 1, 150, 100],
      ['e', 2, 300, 70],
    ]);
    expect(topicInDirection(roadmap, nudged, 'a', 'ArrowDown')).toBe('b');
    expect(topicInDirection(roadmap, nudged, 'b', 'ArrowDown')).toBe('c');
  });

  it('finds nothing from a topic that is not in the roadmap or not laid out', () => {
    expect(move('nope', 'ArrowRight')).toBeNull();
    const partial = layoutOf([['a', 1, 0, 0]]);
    expect(topicInDirection(roadmap, partial, 'c', 'ArrowDown')).toBeNull();
    // A prerequisite that is not laid out is not a place to go.
    expect(topicInDirection(roadmap, layoutOf([['c', 1, 150, 0]]), 'c', 'ArrowLeft')).toBeNull();
  });

  it('tells arrow keys from other keys', () => {
    expect(KEYS.every(isArrowKey)).toBe(true);
    expect(['Enter', 'Tab', 'Right', 'arrowleft', ''].some(isArrowKey)).toBe(false);
  });
});

describe('topicInDirection on the FastAPI roadmap', () => {
  const DIR = path.resolve(import.meta.dirname, '../../../../content/fastapi');
  const result = buildRoadmap({
    markdown: { file: 'roadmap.md', text: readFileSync(path.join(DIR, 'roadmap.md'), 'utf8') },
    sidecar: { file: 'sidecar.json', text: readFileSync(path.join(DIR, 'sidecar.json'), 'utf8') },
  });
  const fastapi = result.roadmap!;
  const layout = layoutRoadmap(fastapi);

  it('moves every topic by every key to a related topic or nowhere', () => {
    expect(fastapi.topics).toHaveLength(56);
    for (const topic of fastapi.topics) for (const key of KEYS) checkMove(fastapi, layout, topic.id, key);
  });

  it('reaches some prerequisite or dependant from every topic that has one', () => {
    for (const topic of fastapi.topics) {
      expect(topicInDirection(fastapi, layout, topic.id, 'ArrowLeft') !== null).toBe(
        topic.prerequisites.length > 0,
      );
      expect(topicInDirection(fastapi, layout, topic.id, 'ArrowRight') !== null).toBe(
        dependantsOf(fastapi, topic.id).length > 0,
      );
    }
  });

  it('visits every topic of each section once with Down, and Up retraces it', () => {
    for (const section of fastapi.sections) {
      const down = walkDown(fastapi, layout, section.number);
      expect([...down].sort()).toEqual(section.topics.map((t) => t.id).sort());
      for (let i = 1; i < down.length; i++)
        expect(topicInDirection(fastapi, layout, down[i]!, 'ArrowUp')).toBe(down[i - 1]);
    }
  });
});

describe('topicInDirection on generated roadmaps', () => {
  /** Up to 6 sections of up to 6 topics; each topic may need any earlier topic. */
  const arbitraryRoadmap = fc
    .array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 6 })
    .chain((sizes) => {
      const total = sizes.reduce((a, b) => a + b, 0);
      return fc
        .array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: total, maxLength: total })
        .map((needs) => {
          const sectionOf = sizes.flatMap((size, section) => Array.from({ length: size }, () => section));
          return roadmapOf(
            sectionOf.map((section, i) => {
              const prerequisites = i === 0 ? [] : [...new Set(needs[i]!.map((n) => `t${n % i}`))];
              return [section, `t${i}`, prerequisites] as const;
            }),
          );
        });
    });

  it('lands every move on a prerequisite, a dependant or a topic of the same section, or nowhere', () => {
    fc.assert(
      fc.property(arbitraryRoadmap, fc.nat(), fc.constantFrom(...KEYS), (roadmap, pick, key) => {
        const layout = layoutRoadmap(roadmap);
        const from = roadmap.topics[pick % roadmap.topics.length]!.id;
        checkMove(roadmap, layout, from, key);
      }),
      { numRuns: 150 },
    );
  });

  it('walks each section whole with Down, and Up undoes Down', () => {
    fc.assert(
      fc.property(arbitraryRoadmap, (roadmap) => {
        const layout = layoutRoadmap(roadmap);
        for (const section of roadmap.sections) {
          const down = walkDown(roadmap, layout, section.number);
          expect([...down].sort()).toEqual(section.topics.map((t) => t.id).sort());
          for (let i = 1; i < down.length; i++)
            expect(topicInDirection(roadmap, layout, down[i]!, 'ArrowUp')).toBe(down[i - 1]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('walks a section laid out over several columns whole with Down', () => {
    // Thirty topics, each needing one a few before it: more than one column holds.
    const roadmap = roadmapOf([
      [0, 'root', []],
      ...Array.from({ length: 30 }, (_, i) => [1, `t${i}`, [i < 3 ? 'root' : `t${i - 3}`]] as const),
    ]);
    const layout = layoutRoadmap(roadmap);
    const columns = new Set(layout.topics.filter((t) => t.sectionNumber === 1).map((t) => t.x));
    expect(columns.size).toBeGreaterThan(1);
    const down = walkDown(roadmap, layout, 1);
    expect(down).toHaveLength(30);
    for (let i = 1; i < down.length; i++)
      expect(topicInDirection(roadmap, layout, down[i]!, 'ArrowUp')).toBe(down[i - 1]);
  });
});
