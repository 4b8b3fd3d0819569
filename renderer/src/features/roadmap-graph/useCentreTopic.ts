import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { RoadmapLayout, TopicId } from '../../domain';

/** Moves the view so a topic sits in the middle, zooming in enough to read it. */
export function useCentreTopic(layout: RoadmapLayout | null): (id: TopicId) => void {
  const flow = useReactFlow();
  return useCallback(
    (id: TopicId) => {
      const box = layout?.topics.find((t) => t.id === id);
      if (!box) return;
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: Math.max(flow.getZoom(), 1),
        duration: 280,
      });
    },
    [flow, layout],
  );
}
