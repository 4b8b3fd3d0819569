import { describe, expect, it } from 'vitest';
import { layoutRoadmap } from '../../domain';
import { routeEdges } from '../../domain/edge-routes';
import type { TopicStatus } from '../../domain';
import { makeRoadmap } from '../../domain/ics-fixtures';
import { buildEdges } from './graph-edges';
import { buildNodes } from './graph-elements';
import { openGoalChain } from './goal-chain';

const roadmap = makeRoadmap([
  { id: 'a', hours: 1 },
  { id: 'b', hours: 1, prerequisites: ['a'] },
  { id: 'c', hours: 1, prerequisites: ['b'] },
  { id: 'd', hours: 1 },
]);
const statuses = new Map<string, TopicStatus>([['a', 'done']]);

const nodesFor = (goal: string | null, selectedId: string | null = null) =>
  buildNodes(roadmap, layoutRoadmap(roadmap), {
    selectedId,
    chain: new Set(selectedId ? [selectedId] : []),
    focusId: selectedId,
    blocks: false,
    states: new Map(),
    notes: new Set(),
    readyOnly: false,
    sectionPercent: new Map(),
    firstPlanned: new Map(),
    goal,
    goalChain: openGoalChain(roadmap, statuses, goal),
  }).flatMap((node) => (node.type === 'topic' ? [node] : []));

describe('the goal on the graph', () => {
  it('marks the goal and its open prerequisites and dims the rest', () => {
    const nodes = nodesFor('c');
    const look = Object.fromEntries(nodes.map((n) => [n.id, [n.className ?? '', n.data.dimmed]]));
    expect(look).toEqual({
      a: ['', true],
      b: ['node--goal-chain', false],
      c: ['node--goal', false],
      d: ['', true],
    });
    expect(nodes.find((n) => n.id === 'c')?.domAttributes?.['aria-description']).toContain('Your goal.');
  });

  it('keeps the chain in view beside a selection, and dims nothing without a goal', () => {
    expect(
      nodesFor('c', 'd')
        .filter((n) => n.data.dimmed)
        .map((n) => n.id),
    ).toEqual(['a']);
    expect(nodesFor(null).some((n) => n.data.dimmed || n.className)).toBe(false);
  });

  it('draws the chain’s arrows in the goal colour and steps the others back', () => {
    const routes = routeEdges(layoutRoadmap(roadmap), roadmap.edges);
    const look = {
      blocks: false,
      chain: new Set<string>(),
      goalChain: new Set<string>(),
      showAll: false,
      editable: false,
    };
    const edges = buildEdges(roadmap, routes, { ...look, goalChain: openGoalChain(roadmap, statuses, 'c') });
    expect(edges.map((e) => [e.id, e.className])).toEqual([
      ['a->b', 'edge--dimmed'],
      ['b->c', 'edge--goal'],
    ]);
    // Without a goal or a focused topic arrows are quiet, unless all are asked for.
    expect(buildEdges(roadmap, routes, look).every((e) => e.className === 'edge--quiet')).toBe(true);
    expect(
      buildEdges(roadmap, routes, { ...look, showAll: true }).every((e) => e.className === undefined),
    ).toBe(true);
  });

  it('highlights the arrows along a focused topic’s chain and steps the others back', () => {
    const routes = routeEdges(layoutRoadmap(roadmap), roadmap.edges);
    const edges = buildEdges(roadmap, routes, {
      blocks: false,
      chain: new Set(['b', 'c']),
      goalChain: new Set(),
      showAll: false,
      editable: false,
    });
    expect(edges.map((e) => [e.id, e.className])).toEqual([
      ['a->b', 'edge--dimmed'],
      ['b->c', 'edge--highlighted'],
    ]);
    expect(edges.every((e) => e.type === 'route' && e.data?.path.startsWith('M '))).toBe(true);
  });
});
