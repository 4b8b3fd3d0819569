import { BaseEdge } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RouteEdge as RouteEdgeType } from './graph-elements';

/**
 * A prerequisite arrow along the route the domain worked out around the section boxes. Where
 * arrows take clicks, each takes them on its own line only: routes run a few px apart, and
 * React Flow's default 20 px band would give a click to whichever neighbour was drawn last.
 */
export const RouteEdge = memo(function RouteEdge({ data, markerEnd, style }: EdgeProps<RouteEdgeType>) {
  return <BaseEdge path={data?.path ?? ''} markerEnd={markerEnd} style={style} interactionWidth={6} />;
});
