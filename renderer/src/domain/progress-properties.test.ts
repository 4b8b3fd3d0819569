import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openPrerequisites, progressOf, statusAfterTick, topicStates } from './progress';
import type { TopicProgressInput } from './progress';
import { syntheticRoadmap } from './synthetic-roadmap';
import { build, fastapi, graph, tiny } from './progress-fixtures';

describe('statusAfterTick', () => {
  const gamma = tiny.topicsById.get('gamma')!;
  const ticked = (...ids: string[]) => new Set(ids);

  it('starts a todo topic when its first item is ticked', () => {
    expect(statusAfterTick(gamma, 'todo', ticked('g2'), ticked())).toEqual({
      status: 'doing',
      offerDone: false,
    });
    expect(statusAfterTick(gamma, 'todo', ticked('g2'))).toEqual({ status: 'doing', offerDone: false });
  });

  it('keeps doing while items remain', () => {
    expect(statusAfterTick(gamma, 'doing', ticked('g1', 'g2'), ticked('g1'))).toEqual({
      status: 'doing',
      offerDone: false,
    });
  });

  it('offers done when the last item is ticked and the topic is not done', () => {
    const every = ticked('g1', 'g2', 'g3', 'g4');
    expect(statusAfterTick(gamma, 'doing', every, ticked('g1', 'g2', 'g3'))).toEqual({
      status: 'doing',
      offerDone: true,
    });
    const beta = tiny.topicsById.get('beta')!; // one item: the first tick is also the last
    expect(statusAfterTick(beta, 'todo', ticked('b1'), ticked())).toEqual({
      status: 'doing',
      offerDone: true,
    });
  });

  it('does not offer done for a topic already done', () => {
    expect(statusAfterTick(gamma, 'done', ticked('g1', 'g2', 'g3', 'g4'), ticked('g1', 'g2', 'g3'))).toEqual({
      status: 'done',
      offerDone: false,
    });
  });

  it('never changes the status on an un-tick', () => {
    for (const status of ['todo', 'doing', 'done', 'skipped'] as const) {
      expect(statusAfterTick(gamma, status, ticked('g1'), ticked('g1', 'g2'))).toEqual({
        status,
        offerDone: false,
      });
    }
    expect(statusAfterTick(gamma, 'doing', ticked(), ticked('g1'))).toEqual({
      status: 'doing',
      offerDone: false,
    });
  });

  it('does not move a skipped topic when an item is ticked', () => {
    expect(statusAfterTick(gamma, 'skipped', ticked('g1'), ticked()).status).toBe('skipped');
  });

  it('ignores ticked ids that are not items of the topic', () => {
    expect(statusAfterTick(gamma, 'todo', ticked('b1'), ticked())).toEqual({
      status: 'todo',
      offerDone: false,
    });
  });
});

// Property tests run on the FastAPI roadmap and two synthetic ones: enough shapes to find
// mistakes, few enough to stay well under a second.
const synthetic = [1, 2].map((seed) => {
  const source = syntheticRoadmap(40, seed);
  return build(source.markdown, source.sidecar);
});
const roadmaps = [fastapi, tiny, ...synthetic];
const STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;

/** A roadmap with random statuses and random ticked items for each topic. */
const markedRoadmap = fc.constantFrom(...roadmaps).chain((roadmap) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...STATUSES), {
        minLength: roadmap.topics.length,
        maxLength: roadmap.topics.length,
      }),
      fc.tuple(...roadmap.topics.map((t) => fc.subarray(t.items.map((i) => i.id)))),
    )
    .map(([statuses, checked]) => ({
      roadmap,
      input: {
        statuses: new Map(roadmap.topics.map((t, i) => [t.id, statuses[i]!])),
        checkedItems: new Map(roadmap.topics.map((t, i) => [t.id, new Set(checked[i])])),
      } satisfies TopicProgressInput,
    })),
);

describe('progressOf properties', () => {
  it('keeps every percentage within 0–100', () => {
    fc.assert(
      fc.property(markedRoadmap, ({ roadmap, input: marks }) => {
        const { overall, phases, sections } = progressOf(roadmap, marks);
        for (const r of [overall, ...phases.values(), ...sections.values()]) {
          for (const p of [r.percentTopics, r.percentHours]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(100);
          }
          expect(r.doneHours).toBeLessThanOrEqual(r.hours);
          // Shown rounded, 100 % means every topic is done (skipped ones are left out).
          if (Math.round(r.percentHours) === 100 || Math.round(r.percentTopics) === 100) {
            expect(r.doneTopics).toBe(r.topics);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('shows 99 %, not 100 %, for a topic in progress with every sub-point ticked', () => {
    const topic = tiny.topics.find((t) => t.items.length > 0)!;
    const { sections } = progressOf(tiny, {
      statuses: new Map(tiny.topics.map((t) => [t.id, t.id === topic.id ? 'doing' : 'done'])),
      checkedItems: new Map([[topic.id, new Set(topic.items.map((i) => i.id))]]),
    });
    expect(sections.get(topic.sectionNumber)).toMatchObject({ percentHours: 99 });
  });

  it('never lowers the overall percent of hours when one more topic is marked done', () => {
    fc.assert(
      fc.property(markedRoadmap, fc.nat(), ({ roadmap, input: marks }, pick) => {
        const topic = roadmap.topics[pick % roadmap.topics.length]!;
        const before = progressOf(roadmap, marks).overall;
        const statuses = new Map(marks.statuses).set(topic.id, 'done');
        const after = progressOf(roadmap, { ...marks, statuses }).overall;
        expect(after.percentHours).toBeGreaterThanOrEqual(before.percentHours);
        expect(after.percentTopics).toBeGreaterThanOrEqual(before.percentTopics);
      }),
      { numRuns: 150 },
    );
  });
});

describe('openPrerequisites properties', () => {
  it('makes the topic ready (or leaves it done) once every returned topic is done', () => {
    fc.assert(
      fc.property(markedRoadmap, fc.nat(), ({ roadmap, input: marks }, pick) => {
        const topic = roadmap.topics[pick % roadmap.topics.length]!;
        const open = openPrerequisites(roadmap, topic.id, marks.statuses);
        expect(new Set(open).size).toBe(open.length);
        const statuses = new Map(marks.statuses);
        for (const id of open) statuses.set(id, 'done');
        // Left at todo so readiness is what is tested, whatever the topic was.
        if (statuses.get(topic.id) !== 'done') statuses.set(topic.id, 'todo');
        expect(['ready', 'done']).toContain(topicStates(roadmap, { statuses }).get(topic.id));
      }),
      { numRuns: 150 },
    );
  });

  it('terminates on any graph, even with cycles, returning open topics once in roadmap order', () => {
    const randomGraph = fc.integer({ min: 1, max: 12 }).chain((n) => {
      const ids = Array.from({ length: n }, (_, i) => `t${i}`);
      return fc
        .tuple(
          fc.tuple(...ids.map((id) => fc.subarray(ids.filter((other) => other !== id)))),
          fc.array(fc.constantFrom(...STATUSES), { minLength: n, maxLength: n }),
          fc.nat({ max: n - 1 }),
        )
        .map(([needs, statuses, pick]) => ({ ids, needs, statuses, pick }));
    });
    fc.assert(
      fc.property(randomGraph, ({ ids, needs, statuses, pick }) => {
        const roadmap = graph(ids.map((id, i) => [id, needs[i]!]));
        const statusMap = new Map(ids.map((id, i) => [id, statuses[i]!]));
        const topicId = ids[pick]!;
        const open = openPrerequisites(roadmap, topicId, statusMap);
        expect(open).not.toContain(topicId);
        expect(open).toEqual(ids.filter((id) => open.includes(id)));
        for (const id of open) expect(['todo', 'doing']).toContain(statusMap.get(id));
        for (const id of open) statusMap.set(id, 'done');
        statusMap.set(topicId, 'todo');
        expect(topicStates(roadmap, { statuses: statusMap }).get(topicId)).toBe('ready');
      }),
      { numRuns: 200 },
    );
  });
});
