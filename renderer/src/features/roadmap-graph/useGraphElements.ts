import { useEffect, useMemo, useState } from 'react';
import { isFinished } from '../../domain';
import type { EdgeRoute } from '../../domain';
import type { topicChain as TopicChain } from '../../domain/topic-chain';
import type { Roadmap, RoadmapLayout, TopicId, TopicStatus } from '../../domain';
import { openGoalChain } from './goal-chain';
import { buildNodes } from './graph-elements';
import type { buildEdges as BuildEdges } from './graph-edges';
import type { NodeOptions } from './graph-elements';

type Options = Omit<NodeOptions, 'chain' | 'focusId' | 'goalChain'> & {
  roadmap: Roadmap;
  layout: RoadmapLayout;
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  showAllArrows: boolean;
};

/**
 * The graph's nodes and arrows for what is shown now: the hovered or selected topic's chain
 * highlighted (the pointer wins while it is over a topic), the goal's chain, the filters.
 * Arrow routes are worked out once per layout, after the first paint.
 */
export function useGraphElements(o: Options) {
  const { roadmap, layout, selectedId, blocks, statuses, goal } = o;
  const [hoveredId, setHoveredId] = useState<TopicId | null>(null);
  const focusId = hoveredId ?? selectedId;
  // Arrows and chains follow the first paint: their code loads after it, keeping start-up small.
  const [routes, setRoutes] = useState<{
    layout: RoadmapLayout;
    routes: Map<string, EdgeRoute>;
    build: typeof BuildEdges;
  } | null>(null);
  const [chainOf, setChainOf] = useState<typeof TopicChain | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      import('../../domain/edge-routes'),
      import('../../domain/topic-chain'),
      import('./graph-edges'),
    ]).then(([{ routeEdges }, { topicChain }, { buildEdges }]) => {
      if (!live) return;
      setRoutes({ layout, routes: routeEdges(layout, roadmap.edges), build: buildEdges });
      setChainOf(() => topicChain);
    });
    return () => {
      live = false;
    };
  }, [layout, roadmap]);
  const chain = useMemo(
    () =>
      focusId === null || !chainOf
        ? new Set<TopicId>()
        : chainOf(roadmap, (id) => !isFinished(statuses.get(id) ?? 'todo'), focusId),
    [roadmap, statuses, focusId, chainOf],
  );
  const goalChain = useMemo(() => openGoalChain(roadmap, statuses, goal), [roadmap, statuses, goal]);
  const nodes = useMemo(
    () =>
      buildNodes(roadmap, layout, {
        selectedId,
        chain,
        focusId,
        blocks,
        states: o.states,
        notes: o.notes,
        readyOnly: o.readyOnly,
        sectionPercent: o.sectionPercent,
        firstPlanned: o.firstPlanned,
        goal,
        goalChain,
      }),
    [
      roadmap,
      layout,
      selectedId,
      chain,
      focusId,
      blocks,
      o.states,
      o.notes,
      o.readyOnly,
      o.sectionPercent,
      o.firstPlanned,
      goal,
      goalChain,
    ],
  );
  const edges = useMemo(
    () =>
      routes?.layout === layout
        ? routes.build(roadmap, routes.routes, { blocks, chain, goalChain, showAll: o.showAllArrows })
        : [],
    [roadmap, layout, routes, blocks, chain, goalChain, o.showAllArrows],
  );

  return { nodes, edges, setHoveredId };
}
