import type { Viewport } from '@xyflow/react';
import type { RoadmapLayout } from '../../domain';
import { fitAround } from './fit-viewport';
import type { Rect } from './fit-viewport';

export const MIN_ZOOM = 0.04;
export const MAX_ZOOM = 2;
const PADDING = 0.03;
/** Titles at least this large on screen count as readable when the window is too small to fit all. */
const READABLE_TITLE_PX = 10;
/** React Flow's margin around its panels (minimap, controls). */
const PANEL_MARGIN = 15;
export const MINIMAP_SIZE = { width: 168, height: 112 };

/** Screen room the graph must leave free on each side (open panels), in px. */
export type Insets = { left: number; right: number };

/**
 * The fitted view of `layout` in a `box` of the graph's size (`controls`: the zoom buttons'
 * size, once drawn), leaving the insets, the map and the zoom buttons clear.
 */
export function fitIn(
  box: { width: number; height: number },
  controls: { width: number; height: number } | undefined,
  layout: RoadmapLayout,
  insets: Insets,
  minimapShown: boolean,
): Viewport {
  const container = { width: Math.max(1, box.width - insets.left - insets.right), height: box.height };
  const keepClear: Rect[] = [];
  if (insets.left === 0) {
    const size = controls ? { width: controls.width, height: controls.height } : { width: 28, height: 140 };
    keepClear.push({ x: PANEL_MARGIN, y: container.height - PANEL_MARGIN - size.height, ...size });
  }
  if (minimapShown) {
    keepClear.push({
      x: container.width - PANEL_MARGIN - MINIMAP_SIZE.width,
      y: container.height - PANEL_MARGIN - MINIMAP_SIZE.height,
      ...MINIMAP_SIZE,
    });
  }
  const view = fitAround(
    { width: layout.width, height: layout.height, boxes: layout.sections },
    container,
    keepClear,
    {
      padding: PADDING,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // With a panel open the fit must leave its room, however small that makes the titles.
      readableZoom: insets.right > 0 ? 0 : READABLE_TITLE_PX / layout.titleFont,
    },
  );
  return { ...view, x: view.x + insets.left };
}
