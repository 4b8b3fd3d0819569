import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { defaultLayoutOptions, layoutRoadmap } from './layout';
import type { Box, LayoutInput, LayoutOptions, RoadmapLayout } from './layout';
import type { Roadmap } from './roadmap';
import { syntheticRoadmap } from './synthetic-roadmap';

function built(markdown: string, sidecar: string): Roadmap {
  const result = buildRoadmap({
    markdown: { file: 'r.md', text: markdown },
    sidecar: { file: 's.json', text: sidecar },
  });
  if (!result.roadmap) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result.roadmap;
}

const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
const fastapi = built(
  readFileSync(path.join(DIR, 'roadmap.md'), 'utf8'),
  readFileSync(path.join(DIR, 'sidecar.json'), 'utf8'),
);
// Parsing 1,000 topics takes a couple of seconds: once per file.
const synthetic = syntheticRoadmap(1000);
const large = built(synthetic.markdown, synthetic.sidecar);

/** Input from compact lists: `section(0, 'a', 'b:a')` is section 0 with a, and b needing a. */
function section(number: number, ...topics: string[]): LayoutInput['sections'][number] {
  return {
    number,
    topics: topics.map((spec) => {
      const [id, pres = ''] = spec.split(':') as [string, string?];
      return { id, prerequisites: pres === '' ? [] : pres.split(',') };
    }),
  };
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** Every rule a layout keeps; returns the broken ones so a failure says what broke. */
function brokenRules(input: LayoutInput, layout: RoadmapLayout): string[] {
  const broken: string[] = [];
  const ids = input.sections.flatMap((s) => s.topics.map((t) => t.id));
  expect(layout.topics.map((t) => t.id).sort()).toEqual([...ids].sort());
  expect(layout.sections.map((s) => s.number)).toEqual(
    input.sections.filter((s) => s.topics.length > 0).map((s) => s.number),
  );
  const topicBox = new Map(layout.topics.map((t) => [t.id, t]));
  const sectionBox = new Map(layout.sections.map((s) => [s.number, s]));
  const { topics, sections } = layout;
  for (let i = 0; i < topics.length; i++) {
    for (let j = i + 1; j < topics.length; j++) {
      if (overlap(topics[i]!, topics[j]!))
        broken.push(`topics ${topics[i]!.id} and ${topics[j]!.id} overlap`);
    }
  }
  for (let i = 0; i < sections.length; i++) {
    for (let j = i + 1; j < sections.length; j++) {
      if (overlap(sections[i]!, sections[j]!))
        broken.push(`sections ${sections[i]!.number} and ${sections[j]!.number} overlap`);
    }
  }
  for (const s of input.sections) {
    for (const t of s.topics) {
      const box = topicBox.get(t.id)!;
      if (box.sectionNumber !== s.number) broken.push(`${t.id} is labelled section ${box.sectionNumber}`);
      if (!inside(box, sectionBox.get(s.number)!)) broken.push(`${t.id} sticks out of section ${s.number}`);
      for (const pre of t.prerequisites) {
        const from = topicBox.get(pre);
        if (from && !(from.x + from.width < box.x))
          broken.push(`edge ${pre} → ${t.id} does not go left to right`);
        if (from && !(from.layer < box.layer))
          broken.push(`edge ${pre} → ${t.id} does not go to a later layer`);
      }
    }
  }
  for (const box of [...topics, ...sections]) {
    if (box.x < 0 || box.y < 0) broken.push(`a box starts above or left of (0, 0)`);
    if (box.x + box.width > layout.width || box.y + box.height > layout.height)
      broken.push('a box is outside the size');
  }
  return broken;
}

describe('layoutRoadmap on the FastAPI roadmap', () => {
  const layout = layoutRoadmap(fastapi);

  it('keeps every layout rule', () => {
    expect(brokenRules(fastapi, layout)).toEqual([]);
  });

  it('lists sections and topics in roadmap order', () => {
    expect(layout.sections.map((s) => s.number)).toEqual(fastapi.sections.map((s) => s.number));
    expect(layout.topics.map((t) => t.id)).toEqual(fastapi.topics.map((t) => t.id));
  });

  it('puts the section-0 topics, which need nothing, in the first layer', () => {
    for (const box of layout.topics.filter((t) => t.sectionNumber === 0)) expect(box.layer).toBe(0);
  });

  it('is tight: its size is exactly that of its boxes', () => {
    const boxes: Box[] = [...layout.topics, ...layout.sections];
    expect(layout.width).toBe(Math.max(...boxes.map((b) => b.x + b.width)));
    expect(layout.height).toBe(Math.max(...boxes.map((b) => b.y + b.height)));
    expect(Math.min(...boxes.map((b) => b.x))).toBe(0);
    expect(Math.min(...boxes.map((b) => b.y))).toBe(0);
  });

  it('gives the same layout for the same input', () => {
    expect(layoutRoadmap(fastapi)).toEqual(layout);
    expect(layoutRoadmap(structuredClone({ sections: fastapi.sections }))).toEqual(layout);
  });
});

describe('layoutRoadmap on a synthetic roadmap of 1,000 topics', () => {
  const layout = layoutRoadmap(large);

  it('builds the synthetic roadmap without problems', () => {
    expect(large.topics).toHaveLength(1000);
    expect(large.sections).toHaveLength(100);
  });

  it('keeps every layout rule', () => {
    expect(brokenRules(large, layout)).toEqual([]);
  });

  it('gives the same layout for the same input', () => {
    expect(layoutRoadmap(large)).toEqual(layout);
  });
});

describe('layoutRoadmap on small cases', () => {
  it('lays out nothing for no sections, or for sections without topics', () => {
    const empty = { topics: [], sections: [], width: 0, height: 0 };
    expect(layoutRoadmap({ sections: [] })).toEqual(empty);
    expect(layoutRoadmap({ sections: [section(0), section(1)] })).toEqual(empty);
  });

  it('places a single topic at its section’s padding', () => {
    const o = defaultLayoutOptions;
    const layout = layoutRoadmap({ sections: [section(0, 'only')] });
    expect(layout.topics).toEqual([
      {
        id: 'only',
        sectionNumber: 0,
        layer: 0,
        x: o.sectionPadding,
        y: o.sectionPadding + o.sectionHeader,
        width: o.topicWidth,
        height: o.topicHeight,
      },
    ]);
    expect(layout.sections).toEqual([
      {
        number: 0,
        x: 0,
        y: 0,
        width: o.topicWidth + 2 * o.sectionPadding,
        height: o.sectionHeader + o.topicHeight + 2 * o.sectionPadding,
      },
    ]);
  });

  it('skips empty sections between full ones', () => {
    const input = { sections: [section(0, 'a'), section(1), section(2, 'b:a')] };
    const layout = layoutRoadmap(input);
    expect(layout.sections.map((s) => s.number)).toEqual([0, 2]);
    expect(brokenRules(input, layout)).toEqual([]);
  });

  it('puts a chain inside one section in successive layers', () => {
    const input = { sections: [section(0, 'c:b', 'b:a', 'a')] };
    const layout = layoutRoadmap(input);
    expect(Object.fromEntries(layout.topics.map((t) => [t.id, t.layer]))).toEqual({ a: 0, b: 1, c: 2 });
    expect(brokenRules(input, layout)).toEqual([]);
  });

  it('places a section after the sections it needs, whatever order they are given in', () => {
    const input = { sections: [section(2, 'late:mid'), section(1, 'mid:early'), section(0, 'early')] };
    const layout = layoutRoadmap(input);
    expect(brokenRules(input, layout)).toEqual([]);
    expect(layout.sections.map((s) => s.number)).toEqual([2, 1, 0]);
  });

  it('falls back to global layers when sections need each other but topics form no cycle', () => {
    // a2 needs b1 (section 1), b2 needs a1 (section 0): the sections need each other.
    const input = { sections: [section(0, 'a1', 'a2:b1'), section(1, 'b1', 'b2:a1')] };
    const layout = layoutRoadmap(input);
    expect(brokenRules(input, layout)).toEqual([]);
    expect(Object.fromEntries(layout.topics.map((t) => [t.id, t.layer]))).toEqual({
      a1: 0,
      a2: 1,
      b1: 0,
      b2: 1,
    });
  });

  it('keeps the rules when a section cycle runs through three sections', () => {
    const input = {
      sections: [
        section(0, 'a1', 'a2:c1', 'a3:a2'),
        section(1, 'b1:a1', 'b2:b1'),
        section(2, 'c1:b1', 'c2:c1,a3'),
      ],
    };
    expect(brokenRules(input, layoutRoadmap(input))).toEqual([]);
  });

  it('ignores prerequisites that are not in the input', () => {
    const input = { sections: [section(0, 'a:ghost', 'b:a')] };
    const layout = layoutRoadmap(input);
    expect(brokenRules(input, layout)).toEqual([]);
    expect(layout.topics.find((t) => t.id === 'a')?.layer).toBe(0);
  });

  it('stacks a wide layer of one section and centres shorter columns', () => {
    const input = { sections: [section(0, 'a', 'b', 'c', 'd:a,b,c')] };
    const layout = layoutRoadmap(input);
    expect(brokenRules(input, layout)).toEqual([]);
    const y = Object.fromEntries(layout.topics.map((t) => [t.id, t.y + t.height / 2]));
    expect(y.d).toBe(y.b);
  });

  it('uses the given sizes', () => {
    const options: LayoutOptions = { ...defaultLayoutOptions, topicWidth: 300, topicHeight: 20, layerGap: 5 };
    const input = { sections: [section(0, 'a', 'b:a')] };
    const layout = layoutRoadmap(input, options);
    expect(brokenRules(input, layout)).toEqual([]);
    expect(layout.topics.map((t) => [t.width, t.height])).toEqual([
      [300, 20],
      [300, 20],
    ]);
    expect(layout.topics[1]!.x - layout.topics[0]!.x).toBe(305);
  });

  it('keeps the rules on many small random roadmaps, and is deterministic on each', () => {
    let fallbacks = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const random = seeded(seed);
      const sectionCount = 1 + Math.floor(random() * 6);
      const sectionIds = Array.from({ length: sectionCount }, (_, s) =>
        Array.from({ length: Math.floor(random() * 5) }, (_, t) => `s${s}t${t}`),
      );
      // A random learning order over all topics: prerequisites come only from earlier in it,
      // so topics never form a cycle, but sections often need each other both ways.
      const order = shuffle(sectionIds.flat(), random);
      const rank = new Map(order.map((id, i) => [id, i]));
      const sections: LayoutInput['sections'] = sectionIds.map((ids, s) => ({
        number: s,
        topics: ids.map((id) => ({
          id,
          prerequisites: order
            .slice(0, rank.get(id))
            .filter(() => random() < 0.3)
            .slice(0, 3),
        })),
      }));
      if (hasSectionCycle(sections)) fallbacks++;
      const input = { sections };
      const layout = layoutRoadmap(input);
      expect(brokenRules(input, layout), `seed ${seed}`).toEqual([]);
      expect(layoutRoadmap(input), `seed ${seed}`).toEqual(layout);
    }
    // Both paths were taken.
    expect(fallbacks).toBeGreaterThan(10);
    expect(fallbacks).toBeLessThan(110);
  });
});

function hasSectionCycle(sections: LayoutInput['sections']): boolean {
  const sectionOf = new Map(sections.flatMap((s) => s.topics.map((t) => [t.id, s.number] as const)));
  const needs = new Map(sections.map((s) => [s.number, new Set<number>()]));
  for (const s of sections)
    for (const t of s.topics)
      for (const p of t.prerequisites)
        if (sectionOf.get(p) !== s.number) needs.get(s.number)!.add(sectionOf.get(p)!);
  const reaches = (from: number, to: number, seen = new Set<number>()): boolean =>
    [...needs.get(from)!].some((n) => n === to || (!seen.has(n) && (seen.add(n), reaches(n, to, seen))));
  return sections.some((s) => reaches(s.number, s.number));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}
