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

export type Rect = { x: number; y: number; width: number; height: number };

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The largest view of the whole drawing that leaves each `keepClear` rectangle (the overview
 * map, the zoom buttons, an open panel; in container pixels) free of boxes: centred if it
 * can be, else pushed to a side or a corner, else a little smaller, step by step. When the
 * drawing would show smaller than `readableZoom`, it shows from its top left at that zoom
 * instead, if that still shows a good part of it.
 */
export function fitAround(
  drawing: { width: number; height: number; boxes: readonly Rect[] },
  container: { width: number; height: number },
  keepClear: readonly Rect[],
  options: { padding: number; minZoom: number; maxZoom: number; readableZoom: number },
): Viewport {
  const fitted = fitViewport(drawing, container, options);
  const padX = container.width * options.padding;
  const padY = container.height * options.padding;
  if (fitted.zoom < options.readableZoom && fitted.zoom >= options.readableZoom * 0.6) {
    return { x: padX, y: padY, zoom: options.readableZoom };
  }
  const clear = (view: Viewport) =>
    drawing.boxes.every((box) => {
      const shown = {
        x: view.x + box.x * view.zoom,
        y: view.y + box.y * view.zoom,
        width: box.width * view.zoom,
        height: box.height * view.zoom,
      };
      return keepClear.every((rect) => !overlaps(shown, rect));
    });
  for (let step = 0; step < 30; step++) {
    const zoom = Math.max(options.minZoom, fitted.zoom * 0.97 ** step);
    const freeX = container.width - drawing.width * zoom;
    const freeY = container.height - drawing.height * zoom;
    for (const x of [freeX / 2, padX, freeX - padX]) {
      for (const y of [freeY / 2, padY, freeY - padY]) {
        const view = { x, y, zoom };
        if (clear(view)) return view;
      }
    }
  }
  return fitted;
}
