import { z } from 'zod';
import { WINDOW_SIZE } from './window-options';

/** A rectangle on the screen, in device-independent pixels. */
export type Rect = { x: number; y: number; width: number; height: number };

/** The window as it was left: its normal (not maximised) bounds, and whether it was maximised. */
export type WindowState = { bounds: Rect; maximized: boolean; fullScreen: boolean };

/** Where and how to open the window: no `x`/`y` means centred on the primary display. */
export type WindowPlacement = {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
  fullScreen: boolean;
};

/** The file in the user-data folder that keeps it. */
export const WINDOW_STATE_FILE = 'window-state.json';

const finite = z.number().finite();
const windowStateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

/** Reads a saved state; anything unreadable (a hand edit, an old format) counts as none. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const result = windowStateSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The saved state as the file holds it. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** How much of the window must be on a display to reopen it there: a grip of its title bar. */
const VISIBLE = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to reopen the window: where it was, at the size it had, when the top of it is still
 * on one of today's displays (a monitor may have gone); otherwise the same size, centred.
 * The size is kept within the minimum and the largest display's work area.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  if (!saved) {
    return {
      bounds: { width: WINDOW_SIZE.width, height: WINDOW_SIZE.height },
      maximized: false,
      fullScreen: false,
    };
  }
  const largest = workAreas.reduce<Rect | null>(
    (best, area) => (best === null || area.width * area.height > best.width * best.height ? area : best),
    null,
  );
  const width = Math.round(
    Math.min(Math.max(saved.bounds.width, WINDOW_SIZE.minWidth), largest?.width ?? saved.bounds.width),
  );
  const height = Math.round(
    Math.min(Math.max(saved.bounds.height, WINDOW_SIZE.minHeight), largest?.height ?? saved.bounds.height),
  );
  const titleBar: Rect = { x: saved.bounds.x, y: saved.bounds.y, width, height: VISIBLE.height };
  const onScreen = workAreas.some((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= VISIBLE.width && seen.height >= VISIBLE.height;
  });
  const position = onScreen ? { x: Math.round(saved.bounds.x), y: Math.round(saved.bounds.y) } : {};
  return { bounds: { ...position, width, height }, maximized: saved.maximized, fullScreen: saved.fullScreen };
}
