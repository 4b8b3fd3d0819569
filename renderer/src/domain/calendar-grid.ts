import { TZDate } from '@date-fns/tz';
import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  endOfMonth,
  format,
  startOfMonth,
  startOfWeek as startOfWeekOf,
} from 'date-fns';

/** One cell of a month grid: a plan day and whether it belongs to the month shown. */
export type CalendarDay = { date: string; inMonth: boolean };

/** A span of minutes of the day, `to` exclusive. */
export type MinuteSpan = { from: number; to: number };

/** Where a time-grid event sits among the events it overlaps: lane `lane` of `lanes`. */
export type LanePlacement = { lane: number; lanes: number };

/** Short weekday names, Monday first, as the calendar's columns are. */
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;
const WEEK_OPTIONS = { weekStartsOn: 1 } as const;

// Plan days are calendar days, not instants: they are read and written as midnight UTC, so
// date-fns never sees the machine's zone and a day never slips across a DST change.
function parseDay(day: string): TZDate {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  return new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 'UTC');
}

function toDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** The day `days` days after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return toDay(addDaysTo(parseDay(day), days));
}

/** The same day `months` months later, clamped to the month's last day (31 Jan + 1 → 28 Feb). */
export function addMonths(day: string, months: number): string {
  return toDay(addMonthsTo(parseDay(day), months));
}

/** The Monday of `day`'s week. */
export function startOfWeek(day: string): string {
  return toDay(startOfWeekOf(parseDay(day), WEEK_OPTIONS));
}

/** The seven days, Monday to Sunday, of `day`'s week. */
export function weekDays(day: string): string[] {
  const monday = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The month (`YYYY-MM`) a day belongs to. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

/** The weeks, Monday first, that cover `month` (`YYYY-MM`), each seven days long. */
export function monthGrid(month: string): CalendarDay[][] {
  const first = parseMonth(month);
  const start = toDay(startOfWeekOf(first, WEEK_OPTIONS));
  const last = toDay(endOfMonth(first));
  const weeks: CalendarDay[][] = [];
  for (let monday = start; monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekDays(monday).map((date) => ({ date, inMonth: monthOf(date) === month })));
  }
  return weeks;
}

/** `December 2026` for `2026-12`. */
export function formatMonthTitle(month: string): string {
  return format(parseMonth(month), 'MMMM yyyy');
}

/** `30 Nov – 6 Dec 2026` for any day of that week; months and years only where they differ. */
export function formatWeekTitle(day: string): string {
  const [first, last] = [parseDay(startOfWeek(day)), parseDay(addDays(startOfWeek(day), 6))];
  const end = format(last, 'd MMM yyyy');
  if (first.getFullYear() !== last.getFullYear()) return `${format(first, 'd MMM yyyy')} – ${end}`;
  if (first.getMonth() !== last.getMonth()) return `${format(first, 'd MMM')} – ${end}`;
  return `${format(first, 'd')} – ${end}`;
}

/** `12 Jan – 3 Mar` (one day alone when they match); `withYear` writes a shared year once, at the end. */
export function formatShortRange(start: string, end: string, withYear = false): string {
  if (start === end) return formatShortDay(start, withYear);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${formatShortDay(start, withYear && !sameYear)} – ${formatShortDay(end, withYear)}`;
}

/** `Dec`, or `Dec 2026` with `withYear`: a month on a timeline axis. */
export function formatShortMonth(month: string, withYear = false): string {
  return format(parseMonth(month), withYear ? 'MMM yyyy' : 'MMM');
}

/** `Monday 30 November 2026`: a day spelled out, for accessible names. */
export function formatLongDay(day: string): string {
  return format(parseDay(day), 'EEEE d MMMM yyyy');
}

/** `15 Mar`, or `15 Mar 2027` with `withYear`. */
export function formatShortDay(day: string, withYear = false): string {
  return format(parseDay(day), withYear ? 'd MMM yyyy' : 'd MMM');
}

/** The day of the month as a number (`30` for `2026-11-30`). */
export function dayOfMonth(day: string): number {
  return Number(day.slice(8, 10));
}

/** Minutes after midnight of an `HH:MM` wall-clock time. */
export function clockToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
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

function parseMonth(month: string): TZDate {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return startOfMonth(new TZDate(Number(match[1]), Number(match[2]) - 1, 1, 'UTC'));
}
