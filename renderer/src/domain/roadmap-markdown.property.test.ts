import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { edgesOf } from './graph';
import { topicIdOf } from './inline-metadata';
import type { InlineSpan, Phase, Roadmap, Section, Topic } from './roadmap';
import { roadmapToMarkdown } from './roadmap-markdown';
import { syntheticRoadmap } from './synthetic-roadmap';

/** Markdown's marks, the parser's own words and separators, and letters of several scripts. */
const ALPHABET = [
  ...'*_`[]<>#\\&!(){}:.,-+=~|;1 9',
  ...'aZé',
  ...'жЯ',
  ...'日本',
  ...'عب',
  ...'नमा',
  ...'λΩ',
  ...'→✓',
  ...'İßＡ',
  '\u0301',
  '\t',
  '\u00a0',
  '&amp;',
  '&#1;',
];

const chars = (maxLength: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength }).map((list) => list.join(''));

/** A text as the parser gives it: trimmed, not empty. */
const plain = (maxLength: number) =>
  chars(maxLength)
    .map((text) => text.trim())
    .filter((text) => text !== '');

/** Spans as the parser gives them: merged, none empty, the text at either end trimmed. */
const spans = fc
  .array(fc.tuple(fc.boolean(), chars(8)), { minLength: 1, maxLength: 4 })
  .map((runs): InlineSpan[] => {
    const out: InlineSpan[] = [];
    for (const [code, text] of runs) {
      const last = out.at(-1);
      if (!code && last && !last.code) last.text += text;
      else out.push(code ? { text, code: true } : { text });
    }
    const first = out[0]!;
    if (!first.code) first.text = first.text.trimStart();
    const end = out.at(-1)!;
    if (!end.code) end.text = end.text.trimEnd();
    return out.filter((span) => span.text !== '');
  })
  .filter((list) => list.length > 0)
  // Such a sub-point is the topic's metadata, never a checklist item.
  .filter((list) => !/^(estimate|after)\s*:/i.test(textOf(list)));

const textOf = (list: readonly InlineSpan[]) => list.map((span) => span.text).join('');

const topicShape = fc.record({
  title: plain(12),
  ownId: fc.boolean(),
  items: fc.array(spans, { maxLength: 3 }),
  tip: fc.option(spans, { nil: null }),
  quarterHours: fc.integer({ min: 1, max: 160 }),
  prerequisites: fc.array(fc.nat(), { maxLength: 3 }),
});

const roadmapShape = fc
  .record({
    title: plain(16),
    sections: fc.array(
      fc.record({ gap: fc.nat(2), title: plain(12), topics: fc.array(topicShape, { maxLength: 3 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    phaseTitles: fc.array(plain(10), { minLength: 1, maxLength: 3 }),
  })
  // A section may be empty, the roadmap may not.
  .filter((shape) => shape.sections.some((section) => section.topics.length > 0));

type RoadmapShape = typeof roadmapShape extends fc.Arbitrary<infer T> ? T : never;

/** A valid roadmap: unique ids, phases in section order, prerequisites from earlier topics only. */
function toRoadmap(shape: RoadmapShape): Roadmap {
  const used = new Set<string>();
  const topics: Topic[] = [];
  const phaseCount = Math.min(shape.phaseTitles.length, shape.sections.length);
  const phases: Phase[] = shape.phaseTitles
    .slice(0, phaseCount)
    .map((title, index) => ({ number: index + 1, title, sections: [], line: 0 }));
  let number = 0;
  const sections = shape.sections.map((s, index): Section => {
    number += s.gap;
    const phase = phases[Math.floor((index * phaseCount) / shape.sections.length)]!;
    phase.sections.push(number);
    const section: Section = { number, title: s.title, phaseNumber: phase.number, topics: [], line: 0 };
    for (const t of s.topics) {
      let id = topicIdOf({ title: t.title, idMark: null }).id;
      if (t.ownId || used.has(id)) id = `t${topics.length}`;
      while (used.has(id)) id += '-x';
      used.add(id);
      const earlier = topics.map((topic) => topic.id);
      const prerequisites =
        earlier.length === 0 ? [] : [...new Set(t.prerequisites.map((k) => earlier[k % earlier.length]!))];
      const topic: Topic = {
        id,
        title: t.title,
        sectionNumber: number,
        phaseNumber: phase.number,
        items: t.items.map((list, k) => ({ id: `i${k}`, text: textOf(list), spans: list, line: 0 })),
        tip: t.tip && textOf(t.tip),
        tipSpans: t.tip ?? [],
        estimateHours: t.quarterHours / 4,
        prerequisites,
        links: [],
        line: 0,
      };
      section.topics.push(topic);
      topics.push(topic);
    }
    number++;
    return section;
  });
  const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
  return { id: 'r', title: shape.title, phases, sections, topics, topicsById, edges: edgesOf(topics) };
}

/** What the round trip keeps; checklist items' ids are made by the builder, so left out. */
function essence(roadmap: Roadmap) {
  return {
    title: roadmap.title,
    phases: roadmap.phases.map(({ number, title, sections }) => ({ number, title, sections })),
    sections: roadmap.sections.map(({ number, title, phaseNumber, topics }) => ({
      number,
      title,
      phaseNumber,
      topics: topics.map((topic) => ({
        id: topic.id,
        title: topic.title,
        sectionNumber: topic.sectionNumber,
        phaseNumber: topic.phaseNumber,
        items: topic.items.map(({ text, spans }) => ({ text, spans })),
        tip: topic.tip,
        tipSpans: topic.tipSpans,
        estimateHours: topic.estimateHours,
        prerequisites: topic.prerequisites,
      })),
    })),
  };
}

function reimport(markdown: string): Roadmap {
  const result = buildRoadmap({ markdown: { file: 'export.md', text: markdown } });
  expect(result.problems).toEqual([]);
  return result.roadmap!;
}

describe('roadmapToMarkdown: properties', () => {
  it('writes any valid roadmap so that it re-imports without a sidecar to the same roadmap', () => {
    fc.assert(
      fc.property(roadmapShape, (shape) => {
        const roadmap = toRoadmap(shape);
        const markdown = roadmapToMarkdown(roadmap);
        const again = reimport(markdown);
        expect(essence(again)).toEqual(essence(roadmap));
        expect(roadmapToMarkdown(again)).toBe(markdown);
      }),
      { numRuns: 40 },
    );
  });

  it('round-trips a generated 40-topic roadmap built with its sidecar', () => {
    const { markdown, sidecar } = syntheticRoadmap(40, 7);
    const roadmap = buildRoadmap({
      markdown: { file: 'roadmap.md', text: markdown },
      sidecar: { file: 'sidecar.json', text: sidecar },
    }).roadmap!;
    expect(essence(reimport(roadmapToMarkdown(roadmap)))).toEqual(essence(roadmap));
  });
});
