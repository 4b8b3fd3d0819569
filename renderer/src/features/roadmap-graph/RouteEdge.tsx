import { BaseEdge } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RouteEdge as RouteEdgeType } from './graph-elements';

/** A prerequisite arrow along the route the domain worked out around the section boxes. */
export const RouteEdge = memo(function RouteEdge({ data, markerEnd, style }: EdgeProps<RouteEdgeType>) {
  return <BaseEdge path={data?.path ?? ''} markerEnd={markerEnd} style={style} />;
});
