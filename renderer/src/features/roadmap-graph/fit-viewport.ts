import type { Viewport } from '@xyflow/react';

/**
 * The viewport that shows a whole drawing of `content` size centred in `container`, with
 * `padding` (a share of the container) around it; as React Flow's fitView, but known before
 * the first render, so the graph paints once in its final place.
 */
export function fitViewport(
  content: { width: number; height: number },
  container: { width: number; height: number },
  options: { padding: number; minZoom: number; maxZoom: number },
): Viewport {
  const width = Math.max(content.width, 1);
  const height = Math.max(content.height, 1);
  const usableWidth = container.width * (1 - 2 * options.padding);
  const usableHeight = container.height * (1 - 2 * options.padding);
  const zoom = Math.min(
    options.maxZoom,
    Math.max(options.minZoom, Math.min(usableWidth / width, usableHeight / height)),
  );
  return {
    x: (container.width - width * zoom) / 2,
    y: (container.height - height * zoom) / 2,
    zoom,
  };
}
