import { MarkerType } from '@xyflow/react';
import { edgeId } from '../../domain';
import type { EdgeRoute, Roadmap, TopicId } from '../../domain';
import { arrowName } from './arrow-edits';
import type { RouteEdge } from './graph-elements';

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16, color: 'var(--edge)' } as const;
const STRONG_ARROW = {
  type: MarkerType.ArrowClosed,
  width: 16,
  height: 16,
  color: 'var(--edge-strong)',
} as const;

const GOAL_ARROW = { ...STRONG_ARROW, color: 'var(--goal)' } as const;

/**
 * One arrow per prerequisite, along its route. Arrows are quiet unless `showAll`; those of a
 * hovered or selected topic's chain stand out, and so do those of the goal's chain, while
 * the rest step back. Where prerequisites can be edited, arrows are named, take a click
 * (and the focus, not by Tab) and can be removed.
 */
export function buildEdges(
  roadmap: Roadmap,
  routes: ReadonlyMap<string, EdgeRoute>,
  options: {
    blocks: boolean;
    chain: ReadonlySet<TopicId>;
    goalChain: ReadonlySet<TopicId>;
    showAll: boolean;
    editable: boolean;
  },
): RouteEdge[] {
  if (options.blocks) return [];
  const { chain, goalChain } = options;
  const focused = chain.size > 0 || goalChain.size > 0;
  return roadmap.edges.flatMap((edge) => {
    const id = edgeId(edge);
    const route = routes.get(id);
    if (!route) return [];
    const highlighted = chain.has(edge.from) && chain.has(edge.to);
    const onChain = goalChain.has(edge.from) && goalChain.has(edge.to);
    const look = highlighted
      ? { className: 'edge--highlighted', markerEnd: STRONG_ARROW }
      : onChain
        ? { className: 'edge--goal', markerEnd: GOAL_ARROW }
        : focused
          ? { className: 'edge--dimmed', markerEnd: ARROW }
          : options.showAll
            ? { markerEnd: ARROW }
            : { className: 'edge--quiet', markerEnd: ARROW };
    return [
      {
        id,
        type: 'route' as const,
        source: edge.from,
        target: edge.to,
        data: { path: route.path },
        focusable: false,
        zIndex: highlighted || onChain ? 1 : 0,
        ...(options.editable
          ? // Not in the Tab order (93 stops before the first topic); a click focuses it.
            { selectable: true, ariaLabel: arrowName(roadmap, edge), domAttributes: { tabIndex: -1 } }
          : // The topic panel lists prerequisites in words; 93 unnamed arrows would only be noise.
            { selectable: false, domAttributes: { 'aria-hidden': true } }),
        ...look,
      },
    ];
  });
}
