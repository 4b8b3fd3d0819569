import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { formatProblem } from './problem';
import { itemShare, openPrerequisites, progressOf, statusAfterTick, topicStates } from './progress';
import type { TopicProgressInput } from './progress';
import type { Roadmap, Topic, TopicId, TopicStatus } from './roadmap';
import { syntheticRoadmap } from './synthetic-roadmap';

function build(markdown: string, sidecar: string): Roadmap {
  const result = buildRoadmap({
    markdown: { file: 'test.md', text: markdown },
    sidecar: { file: 'test.json', text: sidecar },
  });
  if (!result.roadmap) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.roadmap;
}

const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
const fastapi = build(
  readFileSync(path.join(DIR, 'roadmap.md'), 'utf8'),
  readFileSync(path.join(DIR, 'sidecar.json'), 'utf8'),
);

// alpha → beta → gamma → delta → epsilon, and alpha → delta directly; delta has no items.
const TINY_MD = `# Tiny

## 0. Start

- **Alpha**
  - a1
  - a2
- **Beta**
  - b1

## 1. Middle

- **Gamma**
  - g1
  - g2
  - g3
  - g4
- **Delta**

## 2. End

- **Epsilon**
  - e1

## Phases

- **Phase 1 (Start)**: Sections 0
- **Phase 2 (Rest)**: Sections 1–2
`;
const TINY_SIDECAR = JSON.stringify({
  roadmap: 'tiny',
  topics: {
    alpha: { estimateHours: 2 },
    beta: { estimateHours: 4, prerequisites: ['alpha'] },
    gamma: { estimateHours: 8, prerequisites: ['beta'] },
    delta: { estimateHours: 1, prerequisites: ['alpha', 'gamma'] },
    epsilon: { estimateHours: 5, prerequisites: ['delta'] },
  },
});
const tiny = build(TINY_MD, TINY_SIDECAR);

function input(
  statuses: Record<TopicId, TopicStatus> = {},
  checked: Record<TopicId, string[]> = {},
): TopicProgressInput {
  return {
    statuses: new Map(Object.entries(statuses)),
    checkedItems: new Map(Object.entries(checked).map(([id, items]) => [id, new Set(items)])),
  };
}

/** Every topic of `roadmap` marked `status`. */
function all(roadmap: Roadmap, status: TopicStatus): Record<TopicId, TopicStatus> {
  return Object.fromEntries(roadmap.topics.map((t) => [t.id, status]));
}

/** A bare topic for the graph walks, which need nothing but ids and prerequisites. */
function bareTopic(id: TopicId, prerequisites: TopicId[], itemIds: string[] = []): Topic {
  return {
    id,
    title: id,
    sectionNumber: 0,
    phaseNumber: 1,
    items: itemIds.map((itemId, i) => ({ id: itemId, text: itemId, spans: [{ text: itemId }], line: i + 1 })),
    tip: null,
    tipSpans: [],
    estimateHours: 1,
    prerequisites,
    links: [],
    line: 1,
  };
}

function graph(needs: [TopicId, TopicId[]][]): Pick<Roadmap, 'topics' | 'topicsById'> {
  const topics = needs.map(([id, pres]) => bareTopic(id, pres));
  return { topics, topicsById: new Map(topics.map((t) => [t.id, t])) };
}

describe('topicStates', () => {
  it('makes a topic without prerequisites ready', () => {
    expect(topicStates(tiny, input()).get('alpha')).toBe('ready');
  });

  it('locks a topic with one open prerequisite', () => {
    const states = topicStates(tiny, input());
    expect(states.get('beta')).toBe('locked');
    expect(topicStates(tiny, input({ alpha: 'doing' })).get('beta')).toBe('locked');
  });

  it('counts a skipped prerequisite as satisfied, like a done one', () => {
    expect(topicStates(tiny, input({ alpha: 'skipped' })).get('beta')).toBe('ready');
    expect(topicStates(tiny, input({ alpha: 'done' })).get('beta')).toBe('ready');
  });

  it('needs every prerequisite settled, not just one', () => {
    expect(topicStates(tiny, input({ alpha: 'done' })).get('delta')).toBe('locked');
    expect(topicStates(tiny, input({ alpha: 'done', gamma: 'skipped' })).get('delta')).toBe('ready');
  });

  it('shows done, doing and skipped as they are, whatever the prerequisites', () => {
    const states = topicStates(tiny, input({ gamma: 'doing', delta: 'done', epsilon: 'skipped' }));
    expect([...states]).toEqual([
      ['alpha', 'ready'],
      ['beta', 'locked'],
      ['gamma', 'doing'],
      ['delta', 'done'],
      ['epsilon', 'skipped'],
    ]);
  });

  it('makes exactly the section-0 topics of the untouched FastAPI roadmap ready', () => {
    const ready = [...topicStates(fastapi, input())].filter(([, s]) => s === 'ready').map(([id]) => id);
    expect(ready).toEqual(fastapi.topics.filter((t) => t.sectionNumber === 0).map((t) => t.id));
  });
});

describe('openPrerequisites', () => {
  it('lists every open prerequisite, transitively, in roadmap order', () => {
    expect(openPrerequisites(tiny, 'epsilon', new Map())).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(openPrerequisites(tiny, 'gamma', new Map())).toEqual(['alpha', 'beta']);
  });

  it('leaves out done and skipped prerequisites but walks on behind them', () => {
    const statuses = new Map<TopicId, TopicStatus>([
      ['gamma', 'done'],
      ['delta', 'skipped'],
      ['beta', 'doing'],
    ]);
    expect(openPrerequisites(tiny, 'epsilon', statuses)).toEqual(['alpha', 'beta']);
  });

  it('is empty for a topic without prerequisites or an unknown topic', () => {
    expect(openPrerequisites(tiny, 'alpha', new Map())).toEqual([]);
    expect(openPrerequisites(tiny, 'nope', new Map())).toEqual([]);
  });

  it('names a prerequisite reached along several paths once', () => {
    // delta needs alpha directly and through beta → gamma.
    const result = openPrerequisites(tiny, 'delta', new Map());
    expect(result).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('ends on a cycle and never returns the topic itself', () => {
    const cyclic = graph([
      ['a', ['c']],
      ['b', ['a']],
      ['c', ['b', 'ghost']],
      ['d', ['c', 'd']],
    ]);
    expect(openPrerequisites(cyclic, 'a', new Map())).toEqual(['b', 'c']);
    expect(openPrerequisites(cyclic, 'd', new Map())).toEqual(['a', 'b', 'c']);
  });

  it('opens the way for the FastAPI roadmap’s last topic once its result is done', () => {
    const last = fastapi.topics[fastapi.topics.length - 1]!;
    const open = openPrerequisites(fastapi, last.id, new Map());
    expect(open.length).toBeGreaterThan(last.prerequisites.length);
    const statuses = new Map(open.map((id) => [id, 'done' as const]));
    expect(topicStates(fastapi, { statuses }).get(last.id)).toBe('ready');
  });
});

describe('itemShare', () => {
  const gamma = tiny.topicsById.get('gamma')!;

  it('is the ticked share of the checklist', () => {
    expect(itemShare(gamma, new Set(['g1', 'g3']))).toBe(0.5);
    expect(itemShare(gamma, new Set(['g1', 'g2', 'g3', 'g4']))).toBe(1);
    expect(itemShare(gamma, undefined)).toBe(0);
  });

  it('ignores ids that are not items of the topic (left from older content)', () => {
    expect(itemShare(gamma, new Set(['g1', 'gone', 'b1']))).toBe(0.25);
  });

  it('is 0 for a topic without items', () => {
    expect(itemShare(tiny.topicsById.get('delta')!, new Set(['anything']))).toBe(0);
  });
});

describe('progressOf on a small roadmap', () => {
  it('counts nothing done when nothing is marked', () => {
    const { overall } = progressOf(tiny, input());
    expect(overall).toEqual({
      topics: 5,
      doneTopics: 0,
      hours: 20,
      doneHours: 0,
      percentTopics: 0,
      percentHours: 0,
    });
  });

  it('counts a done topic fully', () => {
    const { overall } = progressOf(tiny, input({ beta: 'done' }));
    expect(overall).toMatchObject({ doneTopics: 1, doneHours: 4, percentTopics: 20, percentHours: 20 });
  });

  it('leaves a skipped topic out of both sides of the ratio', () => {
    const { overall } = progressOf(tiny, input({ gamma: 'skipped', beta: 'done' }));
    expect(overall).toEqual({
      topics: 4,
      doneTopics: 1,
      hours: 12,
      doneHours: 4,
      percentTopics: 25,
      percentHours: 33.3,
    });
  });

  it('counts the ticked share of an in-progress topic’s hours, but not as a done topic', () => {
    const { overall } = progressOf(tiny, input({ gamma: 'doing' }, { gamma: ['g1', 'g2', 'g3'] }));
    expect(overall).toMatchObject({ doneTopics: 0, doneHours: 6, percentTopics: 0, percentHours: 30 });
  });

  it('counts nothing for ticked items of a topic still marked todo', () => {
    expect(progressOf(tiny, input({}, { gamma: ['g1', 'g2'] })).overall.doneHours).toBe(0);
  });

  it('rolls up per section and per phase, keeping empty ones at 0', () => {
    const { phases, sections } = progressOf(
      tiny,
      input({ alpha: 'done', beta: 'skipped', epsilon: 'skipped' }),
    );
    expect([...sections.keys()]).toEqual([0, 1, 2]);
    expect(sections.get(0)).toEqual({
      topics: 1,
      doneTopics: 1,
      hours: 2,
      doneHours: 2,
      percentTopics: 100,
      percentHours: 100,
    });
    expect(sections.get(2)).toEqual({
      topics: 0,
      doneTopics: 0,
      hours: 0,
      doneHours: 0,
      percentTopics: 0,
      percentHours: 0,
    });
    expect(phases.get(1)).toMatchObject({ topics: 1, percentHours: 100 });
    expect(phases.get(2)).toMatchObject({ topics: 2, hours: 9, doneHours: 0, percentHours: 0 });
  });

  it('rounds percentages to one decimal', () => {
    // delta (1 h, no items) done: 1 h of 20 h is 5 %; with three topics skipped, 1 h of 9 h.
    expect(progressOf(tiny, input({ delta: 'done' })).overall.percentHours).toBe(5);
    const oneNinth = progressOf(
      tiny,
      input({ alpha: 'skipped', beta: 'skipped', epsilon: 'skipped', delta: 'done' }),
    );
    expect(oneNinth.overall.percentTopics).toBe(50);
    expect(oneNinth.overall.percentHours).toBe(11.1);
  });
});

describe('progressOf on the FastAPI roadmap', () => {
  const totalHours = fastapi.topics.reduce((sum, t) => sum + t.estimateHours, 0);

  it('starts at 0 % of 56 topics and their hours', () => {
    const { overall, phases, sections } = progressOf(fastapi, input());
    expect(overall).toMatchObject({ topics: 56, doneTopics: 0, hours: totalHours, percentHours: 0 });
    expect([...phases.keys()]).toEqual([1, 2, 3]);
    expect([...sections.keys()]).toEqual(fastapi.sections.map((s) => s.number));
  });

  it('reaches 100 % everywhere when everything is done', () => {
    const progress = progressOf(fastapi, input(all(fastapi, 'done')));
    for (const rollup of [progress.overall, ...progress.phases.values(), ...progress.sections.values()]) {
      expect(rollup.percentTopics).toBe(100);
      expect(rollup.percentHours).toBe(100);
    }
  });

  it('counts Python Foundations as its share of all hours', () => {
    const hours = fastapi.topicsById.get('python-foundations')!.estimateHours;
    const { overall, sections } = progressOf(fastapi, input({ 'python-foundations': 'done' }));
    expect(overall.doneHours).toBe(hours);
    expect(overall.percentHours).toBe(Math.round((hours / totalHours) * 1000) / 10);
    expect(sections.get(0)?.doneTopics).toBe(1);
  });

  it('drops a skipped phase from the overall work', () => {
    const phase1 = fastapi.topics.filter((t) => t.phaseNumber === 1);
    const skipped = Object.fromEntries(phase1.map((t) => [t.id, 'skipped' as const]));
    const { overall, phases } = progressOf(fastapi, input(skipped));
    expect(phases.get(1)).toMatchObject({ topics: 0, hours: 0, percentTopics: 0, percentHours: 0 });
    expect(overall.topics).toBe(56 - phase1.length);
    expect(overall.hours).toBe(totalHours - phase1.reduce((sum, t) => sum + t.estimateHours, 0));
  });

  it('adds up its sections to its phases and its phases to the whole', () => {
    const marks = Object.fromEntries(
      fastapi.topics.map((t, i) => [t.id, (['todo', 'doing', 'done', 'skipped'] as const)[i % 4]!]),
    );
    const checked = Object.fromEntries(
      fastapi.topics.map((t) => [t.id, t.items.slice(0, 1).map((i) => i.id)]),
    );
    const { overall, phases, sections } = progressOf(fastapi, input(marks, checked));
    for (const phase of fastapi.phases) {
      const parts = phase.sections.map((n) => sections.get(n)!);
      expect(parts.reduce((sum, r) => sum + r.topics, 0)).toBe(phases.get(phase.number)!.topics);
      expect(parts.reduce((sum, r) => sum + r.doneHours, 0)).toBeCloseTo(phases.get(phase.number)!.doneHours);
    }
    const phaseList = [...phases.values()];
    expect(phaseList.reduce((sum, r) => sum + r.doneTopics, 0)).toBe(overall.doneTopics);
    expect(phaseList.reduce((sum, r) => sum + r.hours, 0)).toBeCloseTo(overall.hours);
  });
});

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
        }
      }),
      { numRuns: 150 },
    );
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
