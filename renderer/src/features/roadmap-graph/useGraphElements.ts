import { useMemo, useState } from 'react';
import { isFinished, routeEdges, topicChain } from '../../domain';
import type { Roadmap, RoadmapLayout, TopicId, TopicStatus } from '../../domain';
import { openGoalChain } from './goal-chain';
import { buildEdges, buildNodes } from './graph-elements';
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
 * Arrow routes are worked out once per layout.
 */
export function useGraphElements(o: Options) {
  const { roadmap, layout, selectedId, blocks, statuses, goal } = o;
  const [hoveredId, setHoveredId] = useState<TopicId | null>(null);
  const focusId = hoveredId ?? selectedId;
  const chain = useMemo(
    () =>
      focusId === null
        ? new Set<TopicId>()
        : topicChain(roadmap, (id) => !isFinished(statuses.get(id) ?? 'todo'), focusId),
    [roadmap, statuses, focusId],
  );
  const routes = useMemo(() => routeEdges(layout, roadmap.edges), [layout, roadmap]);
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
    () => buildEdges(roadmap, routes, { blocks, chain, goalChain, showAll: o.showAllArrows }),
    [roadmap, routes, blocks, chain, goalChain, o.showAllArrows],
  );

  return { nodes, edges, setHoveredId };
}
