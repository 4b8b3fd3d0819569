import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { RoadmapLayout, TopicId } from '../../domain';

/** How long the view glides to a topic, in ms. */
export const CENTRE_DURATION = 280;

/**
 * Moves the view so a topic sits in the middle of what is visible, zooming in enough to
 * read it. `rightInset` is screen space covered on the right (the topic panel).
 */
export function useCentreTopic(layout: RoadmapLayout | null, rightInset = 0): (id: TopicId) => void {
  const flow = useReactFlow();
  return useCallback(
    (id: TopicId) => {
      const box = layout?.topics.find((t) => t.id === id);
      if (!box) return;
      const zoom = Math.max(flow.getZoom(), 1);
      void flow.setCenter(box.x + box.width / 2 + rightInset / 2 / zoom, box.y + box.height / 2, {
        zoom,
        duration: CENTRE_DURATION,
      });
    },
    [flow, layout, rightInset],
  );
}
