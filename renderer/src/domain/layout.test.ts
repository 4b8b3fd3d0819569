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
      const pres = new Set(t.prerequisites);
      for (const other of s.topics) {
        const o = topicBox.get(other.id)!;
        // Study order: a prerequisite in the same column of the section sits above.
        if (pres.has(other.id) && o.column === box.column && !(o.y < box.y))
          broken.push(`${other.id} is not above ${t.id}, which needs it`);
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

/** Sections in reading order: down each column, then the next column to the right. */
const readingOrder = (layout: RoadmapLayout) =>
  [...layout.sections].sort((a, b) => a.x - b.x || a.y - b.y).map((s) => s.number);

describe('layoutRoadmap on the FastAPI roadmap', () => {
  const layout = layoutRoadmap(fastapi);

  it('keeps every layout rule', () => {
    expect(brokenRules(fastapi, layout)).toEqual([]);
  });

  it('lists sections and topics in roadmap order', () => {
    expect(layout.sections.map((s) => s.number)).toEqual(fastapi.sections.map((s) => s.number));
    expect(layout.topics.map((t) => t.id)).toEqual(fastapi.topics.map((t) => t.id));
  });

  it('places the sections in number order, down each column and then rightwards', () => {
    expect(readingOrder(layout)).toEqual(fastapi.sections.map((s) => s.number));
    expect(new Set(layout.sections.map((s) => s.x)).size).toBeGreaterThan(2);
  });

  it('makes each topic as tall as its title needs, from one line to three', () => {
    const o = defaultLayoutOptions;
    const lines = layout.topics.map((t) => (t.height - o.topicInsetY) / o.titleLineHeight);
    expect(Math.min(...lines)).toBe(1);
    expect(Math.max(...lines)).toBe(3);
    const ddd = layout.topics.find(
      (t) => t.id === fastapi.topics.find((x) => x.title.startsWith('Domain-Driven'))!.id,
    );
    expect(ddd?.height).toBe(o.topicInsetY + 3 * o.titleLineHeight);
  });

  it('fits a 1440 × 900 window with titles of at least 11 px', () => {
    // The graph's part of that window, less the fit's 3 % padding on each side.
    const zoom = Math.min((1247 * 0.94) / layout.width, (846 * 0.94) / layout.height);
    expect(zoom * defaultLayoutOptions.titleFont).toBeGreaterThanOrEqual(11);
    expect(zoom * defaultLayoutOptions.sectionFont).toBeGreaterThanOrEqual(11);
  });

  it('has a margin of its gaps around the boxes, for the arrows', () => {
    const boxes: Box[] = [...layout.topics, ...layout.sections];
    expect(Math.min(...boxes.map((b) => b.x))).toBe(layout.columnGap / 2);
    expect(Math.min(...boxes.map((b) => b.y))).toBe(layout.sectionGap);
    expect(layout.width).toBe(Math.max(...boxes.map((b) => b.x + b.width)) + layout.columnGap / 2);
    expect(layout.height).toBe(Math.max(...boxes.map((b) => b.y + b.height)) + layout.sectionGap);
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

  it('keeps every layout rule, in reading order', () => {
    expect(brokenRules(large, layout)).toEqual([]);
    expect(readingOrder(layout)).toEqual(large.sections.map((s) => s.number));
  });

  it('fills a window-shaped room rather than a strip', () => {
    const aspect = layout.width / layout.height;
    expect(aspect).toBeGreaterThan(defaultLayoutOptions.aspect / 2);
    expect(aspect).toBeLessThan(defaultLayoutOptions.aspect * 2);
  });

  it('gives the same layout for the same input', () => {
    expect(layoutRoadmap(large)).toEqual(layout);
  });
});

describe('layoutRoadmap on small cases', () => {
  const o = defaultLayoutOptions;

  it('lays out nothing for no sections, or for sections without topics', () => {
    const empty = {
      topics: [],
      sections: [],
      width: 0,
      height: 0,
      columnGap: o.columnGap,
      sectionGap: o.sectionGap,
      titleFont: Math.min(o.titleFont, o.sectionFont),
    };
    expect(layoutRoadmap({ sections: [] })).toEqual(empty);
    expect(layoutRoadmap({ sections: [section(0), section(1)] })).toEqual(empty);
  });

  it('places a single topic below its section’s header', () => {
    const layout = layoutRoadmap({ sections: [section(0, 'only')] });
    const header = o.sectionInsetY + o.sectionLineHeight;
    const height = o.topicInsetY + o.minTitleLines * o.titleLineHeight;
    const at = { x: o.columnGap / 2, y: o.sectionGap };
    expect(layout.topics).toEqual([
      {
        id: 'only',
        sectionNumber: 0,
        column: 0,
        x: at.x + o.sectionPadding,
        y: at.y + header,
        width: o.topicWidth,
        height,
      },
    ]);
    expect(layout.sections).toEqual([
      {
        number: 0,
        ...at,
        width: o.topicWidth + 2 * o.sectionPadding,
        height: header + height + o.sectionPadding,
        header,
      },
    ]);
  });

  it('skips empty sections between full ones', () => {
    const input = { sections: [section(0, 'a'), section(1), section(2, 'b:a')] };
    const layout = layoutRoadmap(input);
    expect(layout.sections.map((s) => s.number)).toEqual([0, 2]);
    expect(brokenRules(input, layout)).toEqual([]);
  });

  it('lists a section’s topics in study order: prerequisites first, else roadmap order', () => {
    const input = { sections: [section(0, 'c:b', 'x', 'b:a', 'a')] };
    const layout = layoutRoadmap(input);
    const top = [...layout.topics].sort((p, q) => p.y - q.y).map((t) => t.id);
    expect(top).toEqual(['x', 'a', 'b', 'c']);
    expect(brokenRules(input, layout)).toEqual([]);
  });

  it('keeps the rules when sections need each other both ways', () => {
    const input = { sections: [section(0, 'a1', 'a2:b1'), section(1, 'b1', 'b2:a1')] };
    expect(brokenRules(input, layoutRoadmap(input))).toEqual([]);
  });

  it('lays out topics that need each other, in roadmap order', () => {
    const layout = layoutRoadmap({ sections: [section(0, 'c1:c2', 'c2:c1', 'c3')] });
    expect([...layout.topics].sort((p, q) => p.y - q.y).map((t) => t.id)).toEqual(['c3', 'c1', 'c2']);
  });

  it('splits a section of many topics over columns of at most maxColumnTopics', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const input = { sections: [section(0, ...ids)] };
    const layout = layoutRoadmap(input);
    expect(brokenRules(input, layout)).toEqual([]);
    const perColumn = new Map<number, number>();
    for (const t of layout.topics) perColumn.set(t.column, (perColumn.get(t.column) ?? 0) + 1);
    expect([...perColumn.values()]).toEqual([10, 10, 10]);
  });

  it('uses the given sizes', () => {
    const options: LayoutOptions = { ...defaultLayoutOptions, topicWidth: 300, columnGap: 10, aspect: 100 };
    const input = { sections: [section(0, 'a'), section(1, 'b:a')] };
    const layout = layoutRoadmap(input, options);
    expect(brokenRules(input, layout)).toEqual([]);
    expect(layout.topics.map((t) => t.width)).toEqual([300, 300]);
    // A very wide room: one section per column.
    expect(layout.topics[1]!.x - layout.topics[0]!.x).toBe(300 + 2 * options.sectionPadding + 10);
  });

  it('wraps long titles to more lines, up to the most it shows', () => {
    const input = {
      sections: [
        {
          number: 0,
          title: 'A section',
          topics: [
            { id: 'short', prerequisites: [], title: 'Caching' },
            { id: 'long', prerequisites: [], title: 'Integrating with Frontends & Other Systems' },
            { id: 'huge', prerequisites: [], title: 'word '.repeat(60) },
          ],
        },
      ],
    };
    const height = new Map(
      layoutRoadmap(input).topics.map((t) => [t.id, (t.height - o.topicInsetY) / o.titleLineHeight]),
    );
    expect([height.get('short'), height.get('long'), height.get('huge')]).toEqual([1, 3, o.maxTitleLines]);
  });

  it('keeps the rules on many small random roadmaps, and is deterministic on each', () => {
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
      const input = { sections };
      const layout = layoutRoadmap(input);
      expect(brokenRules(input, layout), `seed ${seed}`).toEqual([]);
      expect(readingOrder(layout), `seed ${seed}`).toEqual(
        sections.filter((x) => x.topics.length > 0).map((x) => x.number),
      );
      expect(layoutRoadmap(input), `seed ${seed}`).toEqual(layout);
    }
  });
});

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
