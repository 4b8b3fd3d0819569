import { useEffect, useMemo, useState } from 'react';
import { isFinished } from '../../domain';
import type { EdgeRoute } from '../../domain';
import type { topicChain as TopicChain } from '../../domain/topic-chain';
import type { Roadmap, RoadmapLayout, TopicId, TopicStatus } from '../../domain';
import { openGoalChain } from './goal-chain';
import { buildNodes } from './graph-elements';
import type { ArrowEditing as ArrowEditingType, buildEdges as BuildEdges } from './arrows';
import type { NodeOptions } from './graph-elements';

type Options = Omit<NodeOptions, 'chain' | 'focusId' | 'goalChain'> & {
  roadmap: Roadmap;
  layout: RoadmapLayout;
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  showAllArrows: boolean;
  /** Prerequisites can be removed on the graph: arrows are named and take a click. */
  editable: boolean;
};

/**
 * The graph's nodes and arrows for what is shown now: the hovered or selected topic's chain
 * highlighted (the pointer wins while it is over a topic), the goal's chain, the filters.
 * Arrow routes are worked out once per layout, after the first paint; `ArrowEditing`, which
 * removes arrows, comes with them (null until then).
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
    edit: typeof ArrowEditingType;
  } | null>(null);
  const [chainOf, setChainOf] = useState<typeof TopicChain | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      import('../../domain/edge-routes'),
      import('../../domain/topic-chain'),
      import('./arrows'),
    ]).then(([{ routeEdges }, { topicChain }, { buildEdges, ArrowEditing }]) => {
      if (!live) return;
      setRoutes({ layout, routes: routeEdges(layout, roadmap.edges), build: buildEdges, edit: ArrowEditing });
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
        due: o.due,
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
      o.due,
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
        ? routes.build(roadmap, routes.routes, {
            blocks,
            chain,
            goalChain,
            showAll: o.showAllArrows,
            editable: o.editable,
          })
        : [],
    [roadmap, layout, routes, blocks, chain, goalChain, o.showAllArrows, o.editable],
  );

  return { nodes, edges, setHoveredId, ArrowEditing: routes?.edit };
}
