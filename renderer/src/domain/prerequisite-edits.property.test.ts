import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { edgesOf, findCycles } from './graph';
import {
  applyPrerequisiteEdits,
  checkNewPrerequisite,
  NO_PREREQUISITE_EDITS,
  withoutPrerequisite,
  withPrerequisite,
} from './prerequisite-edits';
import type { PrerequisiteEdits } from './prerequisite-edits';
import type { Prerequisite, Roadmap, Section, Topic } from './roadmap';
import { syntheticRoadmap } from './synthetic-roadmap';

/** 60 synthetic topics: three phases, prerequisites only in the last section (its first level). */
const synthetic = [1, 2].map((seed) => {
  const { markdown, sidecar } = syntheticRoadmap(60, seed);
  return buildRoadmap({
    markdown: { file: 's.md', text: markdown },
    sidecar: { file: 's.json', text: sidecar },
  }).roadmap!;
});

/** A small dense roadmap: each topic in a phase no earlier than the one before, needing earlier topics. */
const smallRoadmap = fc
  .record({
    steps: fc.array(fc.boolean(), { minLength: 2, maxLength: 10 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 15 }),
  })
  .map(({ steps, pairs }): Roadmap => {
    let phase = 1;
    const phases = steps.map((step, i) => (i > 0 && step ? ++phase : phase));
    const needs = phases.map(() => new Set<string>());
    for (const [a, b] of pairs) {
      const [from, to] = [a % phases.length, b % phases.length];
      if (from < to) needs[to]!.add(`t${from}`);
    }
    const topics = phases.map((phaseNumber, i): Topic => ({
      id: `t${i}`,
      title: `Topic ${i}`,
      sectionNumber: phaseNumber - 1,
      phaseNumber,
      items: [],
      tip: null,
      tipSpans: [],
      estimateHours: 1,
      prerequisites: [...needs[i]!],
      links: [],
      line: i + 1,
    }));
    const sections = [...new Set(phases)].map((number): Section => ({
      number: number - 1,
      title: `Section ${number - 1}`,
      phaseNumber: number,
      topics: topics.filter((t) => t.phaseNumber === number),
      line: 1,
    }));
    return {
      id: 'small',
      title: 'Small',
      phases: sections.map((s) => ({
        number: s.phaseNumber,
        title: `P${s.phaseNumber}`,
        sections: [s.number],
        line: 1,
      })),
      sections,
      topics,
      topicsById: new Map(topics.map((t) => [t.id, t])),
      edges: edgesOf(topics),
    };
  });

const source = fc.oneof(fc.constantFrom(...synthetic), smallRoadmap);
/** Additions among ten neighbouring topics from `window` on, so arrows meet and cycles are tried. */
const operations = fc.record({
  window: fc.nat(),
  ops: fc.array(fc.record({ add: fc.boolean(), a: fc.nat(9), b: fc.nat(9) }), {
    minLength: 10,
    maxLength: 40,
  }),
});

const key = (p: Prerequisite) => `${p.from}->${p.to}`;
const keys = (list: readonly Prerequisite[]) => list.map(key);

/** What is wrong with a roadmap: a cycle, a later-phase prerequisite, indexes that disagree with the topics. */
function faults(roadmap: Roadmap): string[] {
  const found: string[] = [];
  if (JSON.stringify(roadmap.edges) !== JSON.stringify(edgesOf(roadmap.topics))) found.push('edges');
  const inSections = roadmap.sections.flatMap((s) => s.topics);
  if (inSections.length !== roadmap.topics.length) found.push('sections');
  inSections.forEach((topic, i) => {
    if (topic !== roadmap.topics[i] || roadmap.topicsById.get(topic.id) !== topic)
      found.push(`${topic.id} copies`);
  });
  for (const topic of roadmap.topics) {
    if (new Set(topic.prerequisites).size !== topic.prerequisites.length) found.push(`${topic.id} twice`);
    for (const pre of topic.prerequisites)
      if (!(roadmap.topicsById.get(pre)!.phaseNumber <= topic.phaseNumber)) found.push(`${topic.id} later`);
  }
  const needs = new Map(roadmap.topics.map((t) => [t.id, t.prerequisites]));
  for (const cycle of findCycles([...needs.keys()], needs)) found.push(cycle.join(' needs '));
  return found;
}

/** What breaks the edits' form: a duplicate, an addition the source has, a removal it has not. */
function unnormalised(edits: PrerequisiteEdits, from: Roadmap): string[] {
  const inSource = new Set(keys(from.edges));
  return [
    ...(new Set(keys(edits.added)).size === edits.added.length ? [] : ['added twice']),
    ...(new Set(keys(edits.removed)).size === edits.removed.length ? [] : ['removed twice']),
    ...keys(edits.added).filter((k) => inSource.has(k)),
    ...keys(edits.removed).filter((k) => !inSource.has(k)),
  ];
}

describe('prerequisite edits, for any sequence of allowed additions and removals', () => {
  it('keep the roadmap valid, change only the arrow drawn or deleted, and undo to the source', () => {
    fc.assert(
      fc.property(source, operations, (roadmap, { window, ops }) => {
        let edits = NO_PREREQUISITE_EDITS;
        let applied = roadmap;
        for (const op of ops) {
          const before = keys(applied.edges);
          let expected: string[];
          if (op.add) {
            const from = roadmap.topics[(window + op.a) % roadmap.topics.length]!.id;
            const to = roadmap.topics[(window + op.b) % roadmap.topics.length]!.id;
            if (checkNewPrerequisite(applied, from, to) !== null) continue;
            edits = withPrerequisite(edits, { from, to }, roadmap);
            expected = [...before, key({ from, to })];
          } else {
            const edge = applied.edges[(op.a * 10 + op.b) % Math.max(1, applied.edges.length)];
            if (!edge) continue;
            edits = withoutPrerequisite(edits, edge, roadmap);
            expected = before.filter((k) => k !== key(edge));
          }
          applied = applyPrerequisiteEdits(roadmap, edits);
          expect(faults(applied)).toEqual([]);
          expect(unnormalised(edits, roadmap)).toEqual([]);
          expect(keys(applied.edges).sort()).toEqual(expected.sort());
        }

        // Deleting every arrow the user drew leaves the source's, less those they deleted.
        for (const p of edits.added) edits = withoutPrerequisite(edits, p, roadmap);
        expect(edits.added).toEqual([]);
        const removed = new Set(keys(edits.removed));
        expect(keys(applyPrerequisiteEdits(roadmap, edits).edges)).toEqual(
          keys(roadmap.edges).filter((k) => !removed.has(k)),
        );
        // Drawing those again gives back the source itself.
        for (const p of edits.removed) edits = withPrerequisite(edits, p, roadmap);
        expect(edits).toEqual(NO_PREREQUISITE_EDITS);
        expect(applyPrerequisiteEdits(roadmap, edits)).toBe(roadmap);
      }),
      { numRuns: 100 },
    );
  });

  it('keep the roadmap valid whatever the stored edits say (stale, invalid or hand-made)', () => {
    // A negative index is a topic the roadmap no longer has.
    const pairs = fc.array(fc.tuple(fc.integer({ min: -1, max: 80 }), fc.integer({ min: -1, max: 80 })), {
      maxLength: 25,
    });
    fc.assert(
      fc.property(source, pairs, pairs, (roadmap, added, removed) => {
        const idOf = (n: number) => (n < 0 ? 'gone' : roadmap.topics[n % roadmap.topics.length]!.id);
        const edits = (list: [number, number][]) => list.map(([a, b]) => ({ from: idOf(a), to: idOf(b) }));
        expect(
          faults(applyPrerequisiteEdits(roadmap, { added: edits(added), removed: edits(removed) })),
        ).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
