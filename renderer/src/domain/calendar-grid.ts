import { addDays, addMonths, firstDayOfMonth, monthOf, startOfWeek, weekDays } from './calendar-day';

/** One cell of a month grid: a plan day and whether it belongs to the month shown. */
export type CalendarDay = { date: string; inMonth: boolean };

/** A span of minutes of the day, `to` exclusive. */
export type MinuteSpan = { from: number; to: number };

/** Where a time-grid event sits among the events it overlaps: lane `lane` of `lanes`. */
export type LanePlacement = { lane: number; lanes: number };

/** The weeks, Monday first, that cover `month` (`YYYY-MM`), each seven days long. */
export function monthGrid(month: string): CalendarDay[][] {
  const first = firstDayOfMonth(month);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: CalendarDay[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekDays(monday).map((date) => ({ date, inMonth: monthOf(date) === month })));
  }
  return weeks;
}

/**
 * The hours a time grid shows for these spans: an hour of air before the earliest and after
 * the latest, within 0–24; 8–22 when there is nothing to show.
 */
export function visibleHours(spans: readonly MinuteSpan[]): MinuteSpan {
  if (spans.length === 0) return { from: 8, to: 22 };
  const earliest = Math.min(...spans.map((s) => s.from));
  const latest = Math.max(...spans.map((s) => s.to));
  return {
    from: Math.max(0, Math.floor(earliest / 60) - 1),
    to: Math.min(24, Math.ceil(latest / 60) + 1),
  };
}

/**
 * Side-by-side lanes for overlapping spans, so none hides another: each span gets the first
 * free lane of its overlapping group, and the group's lane count. Results follow input order.
 */
export function placeInLanes(spans: readonly MinuteSpan[]): LanePlacement[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.from - spans[b]!.from || a - b);
  const placements: LanePlacement[] = spans.map(() => ({ lane: 0, lanes: 1 }));
  let group: number[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  const closeGroup = () => {
    for (const i of group) placements[i] = { lane: placements[i]!.lane, lanes: laneEnds.length };
    group = [];
    laneEnds = [];
  };
  for (const i of order) {
    const span = spans[i]!;
    if (span.from >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= span.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = span.to;
    placements[i] = { lane, lanes: 1 };
    group.push(i);
    groupEnd = group.length === 1 ? span.to : Math.max(groupEnd, span.to);
  }
  closeGroup();
  return placements;
}
