/*
 * Busy time as plain intervals: merging and measuring. No ical.js here, so the scheduler and
 * the calendar views can use these without loading the .ics parser.
 */
import { MINUTE_MS } from './schedule-zone';

/** A span of time, ISO 8601 instants (`2026-12-01T18:00:00.000Z`), start before end. */
export type BusySpan = { start: string; end: string };

/** One busy occurrence of a calendar event, clipped to the window it was expanded in. */
export type BusyInterval = BusySpan & {
  uid: string;
  summary?: string;
  /** An all-day event: the whole day in the plan's zone. */
  allDay: boolean;
};

/**
 * The union of spans as sorted, non-overlapping spans; spans that touch (one ends where the
 * next starts) become one. Unreadable or empty spans are left out.
 */
export function mergeBusy(spans: readonly BusySpan[]): BusySpan[] {
  const sorted = spans
    .map((span) => [Date.parse(span.start), Date.parse(span.end)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start: iso(start), end: iso(end) }));
}

/**
 * Whole minutes of `window` (a study window, say 19:00–21:00 on one day) covered by busy
 * spans. Overlapping spans count once; a partly covered minute counts as busy.
 */
export function busyMinutesIn(spans: readonly BusySpan[], window: BusySpan): number {
  const from = Date.parse(window.start);
  const to = Date.parse(window.end);
  if (!(from < to)) return 0;
  const minutes = Math.ceil((to - from) / MINUTE_MS);
  let busy = 0;
  let covered = 0; // minutes of the window already counted, from its start
  for (const span of mergeBusy(spans)) {
    // Rounded out to the window's minutes, so a sliver of a meeting still blocks its minute.
    const first = Math.max(covered, Math.floor((Date.parse(span.start) - from) / MINUTE_MS));
    const last = Math.min(minutes, Math.ceil((Date.parse(span.end) - from) / MINUTE_MS));
    if (first < last) {
      busy += last - first;
      covered = last;
    }
  }
  return busy;
}

/** An instant (ms since the epoch) as ISO 8601 in UTC. */
export function iso(instant: number): string {
  return new Date(instant).toISOString();
}
