import type { RoadmapLayout, SectionBox } from './layout-types';

/** Pixels of height one layer of shifting right must save to be worth it; ∞ never shifts. */
export const SHIFT_COSTS = [Number.POSITIVE_INFINITY, 800, 400, 200, 100, 60, 40, 20];
export const MAX_SHIFT = 6;
/** Width over height of the graph's part of a 1440 × 900 window, the shape to fill. */
export const TARGET_ASPECT = 1.47;

/** How large a window-shaped viewport can show the whole drawing (bigger is better). */
export function fitZoom(layout: Pick<RoadmapLayout, 'width' | 'height'>): number {
  return Math.min(TARGET_ASPECT / Math.max(layout.width, 1), 1 / Math.max(layout.height, 1));
}

/** The lowest y at which a box of this x-range fits without touching any placed box. */
export function lowestFreeY(
  placed: readonly SectionBox[],
  x: number,
  width: number,
  height: number,
  gap: number,
): number {
  const overlapping = placed.filter((p) => p.x < x + width + gap && x < p.x + p.width + gap);
  const candidates = [0, ...overlapping.map((p) => p.y + p.height + gap)].sort((a, b) => a - b);
  for (const y of candidates) {
    if (overlapping.every((p) => y + height + gap <= p.y || p.y + p.height + gap <= y)) return y;
  }
  return candidates.at(-1) ?? 0;
}
