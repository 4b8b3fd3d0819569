import { useReactFlow } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { RefObject } from 'react';
import type { RoadmapLayout } from '../../domain';
import { fitAround } from './fit-viewport';
import type { Rect } from './fit-viewport';
import type { RoadmapNode } from './graph-elements';

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
 * Keeps the graph fitted on every resize of the window and every panel opening or closing,
 * while the view is where the last fit left it: a pan, a zoom or a jump to a topic (search,
 * the ready list) ends that until the Fit View button fits again. The first view is
 * `initial`, set before React Flow mounts. The fit leaves the overview map and the zoom
 * buttons over empty space.
 */
export function useFitView(
  layout: RoadmapLayout,
  wrapper: RefObject<HTMLDivElement | null>,
  insets: Insets,
  minimapShown: boolean,
  initial: Viewport | null,
) {
  const flow = useReactFlow<RoadmapNode>();
  const lastFit = useRef<Viewport | null>(null);
  useEffect(() => {
    lastFit.current = initial;
  }, [initial]);
  const atLastFit = () => {
    const fit = lastFit.current;
    const now = flow.getViewport();
    return (
      fit !== null &&
      Math.abs(now.x - fit.x) < 0.01 &&
      Math.abs(now.y - fit.y) < 0.01 &&
      Math.abs(now.zoom - fit.zoom) < 1e-5
    );
  };
  const show = (viewport: Viewport, duration: number) => {
    lastFit.current = viewport;
    void flow.setViewport(viewport, { duration });
  };
  /** The fit for the wrapper's size now. */
  const measure = () => {
    const element = wrapper.current;
    const box = element?.getBoundingClientRect();
    if (!box || box.width === 0) return null;
    const controls = element?.querySelector('.react-flow__controls')?.getBoundingClientRect();
    return fitIn(box, controls, layout, insets, minimapShown);
  };

  const refit = useEffectEvent((duration: number) => {
    if (!atLastFit()) return;
    const viewport = measure();
    if (viewport) show(viewport, duration);
  });
  const mounted = useRef(false);
  // Panels opening or closing, or the map shown or hidden: a short glide to the new fit.
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    // Two frames on, a jump to a topic begun with the same change (search opens the panel
    // and centres its topic) has moved the view, and the fit leaves it be.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => refit(200));
    });
    return () => cancelAnimationFrame(frame);
  }, [layout, insets, minimapShown]);
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const observer = new ResizeObserver(() => refit(0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [wrapper]);

  return {
    /** Fits again, and keeps fitting until the view is moved. */
    fitView: () => {
      const viewport = measure();
      if (viewport) show(viewport, 200);
    },
  };
}

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
