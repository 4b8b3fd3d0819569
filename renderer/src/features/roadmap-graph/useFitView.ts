import { useReactFlow } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { RefObject } from 'react';
import type { RoadmapLayout } from '../../domain';
import { fitIn } from './fit-in';
import type { Insets } from './fit-in';
import type { RoadmapNode } from './graph-elements';

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
