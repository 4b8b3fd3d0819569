import type { MinuteSpan } from '../../domain';

/**
 * How the calendar fits an event's words into its box. The sizes here and the CSS of
 * `.calendar-event` (schedule-calendar.css) describe the same lines: change them together.
 */

/** The week grid's height of an hour, in px: a minute a pixel. */
export const HOUR_HEIGHT = 60;

/** A title line (12 px type), a time line (11 px type), and a box's padding above and below it. */
export const LINE = { title: 15, time: 15, padding: 4 } as const;

/**
 * A day column narrower than this (in px) cannot hold 12 characters of a bold title on one
 * line beside an event's edge, padding and mark, so a title gets two lines.
 */
export const NARROW_COLUMN = 140;

/** At most this many lines of title above the time; a longer title ellipses. */
const MAX_TITLE_LINES = 3;

/**
 * `stacked`: the title (`lines` lines) with the time on a line of its own under it;
 * `inline`: the title over `lines` lines with the start time beside its end if it fits.
 */
export type BlockFit = { layout: 'stacked' | 'inline'; lines: number };

/** How many lines of title a day column of `width` px needs for 12 characters (unknown: wide). */
export function titleLinesNeeded(width: number | null): 1 | 2 {
  return width !== null && width < NARROW_COLUMN ? 2 : 1;
}

/** The least height (px) of an event box: enough for the lines of title it needs. */
export function minBlockHeight(titleLines: number): number {
  return LINE.padding + LINE.title * titleLines;
}

/**
 * The layout of an event box `height` px high whose title needs `titleLines` lines: the time
 * on its own line when there is room for it under those lines, else the title alone.
 */
export function blockFit(height: number, titleLines: number): BlockFit {
  const inner = height - LINE.padding;
  if (inner >= LINE.title * titleLines + LINE.time) {
    const lines = Math.floor((inner - LINE.time) / LINE.title);
    return { layout: 'stacked', lines: Math.min(MAX_TITLE_LINES, lines) };
  }
  return { layout: 'inline', lines: Math.max(1, Math.min(MAX_TITLE_LINES, Math.floor(inner / LINE.title))) };
}

/** An event's place in its day column, in px from the top of the first hour shown. */
export type BlockPlace = { top: number; height: number };

/**
 * Places a day's events (`spans`, in minutes of the day, with their `lanes`) in its column
 * from `firstHour` on: at their times, at least `minHeight` px high, with a pixel between
 * neighbours. An event too short for its title grows, and the next one in its lane starts
 * under it (a little after its time) rather than over it. Results follow input order.
 */
export function placeBlocks(
  spans: readonly MinuteSpan[],
  lanes: readonly { lane: number }[],
  firstHour: number,
  minHeight: number,
): BlockPlace[] {
  const px = (minutes: number) => ((minutes - firstHour * 60) * HOUR_HEIGHT) / 60;
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.from - spans[b]!.from || a - b);
  const places: BlockPlace[] = spans.map(() => ({ top: 0, height: 0 }));
  // Bottoms per lane within a group of overlapping events; a new group starts under all of them.
  let laneBottoms = new Map<number, number>();
  let groupEnd = -Infinity;
  let groupFloor = -Infinity;
  let lowest = -Infinity;
  for (const i of order) {
    const span = spans[i]!;
    const lane = lanes[i]?.lane ?? 0;
    if (span.from >= groupEnd) {
      laneBottoms = new Map();
      groupFloor = lowest;
      groupEnd = span.to;
    } else groupEnd = Math.max(groupEnd, span.to);
    const top = Math.max(px(span.from), (laneBottoms.get(lane) ?? groupFloor) + 1);
    const bottom = Math.max(px(span.to) - 1, top + minHeight);
    places[i] = { top, height: bottom - top };
    laneBottoms.set(lane, bottom);
    lowest = Math.max(lowest, bottom);
  }
  return places;
}

/** A month cell's sessions: all of them up to `max`, else `max - 1` and "+N more" in the last place. */
export function cellEntries<T>(entries: readonly T[], max: number): { shown: readonly T[]; more: number } {
  if (entries.length <= max) return { shown: entries, more: 0 };
  const shown = entries.slice(0, Math.max(1, max - 1));
  return { shown, more: entries.length - shown.length };
}
