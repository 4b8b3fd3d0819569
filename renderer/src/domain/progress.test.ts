import { describe, expect, it } from 'vitest';
import { itemShare, openPrerequisites, progressOf, topicStates } from './progress';
import type { TopicId, TopicStatus } from './roadmap';
import { all, fastapi, graph, input, tiny } from './progress-fixtures';

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
