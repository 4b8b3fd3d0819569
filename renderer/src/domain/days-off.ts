import { dateOfDay, dayNumber, isCalendarDate } from './calendar-day';
import { formatShortDay } from './date-style';

/** A run of consecutive calendar days, both ends included (`YYYY-MM-DD`). */
export type DayRange = { start: string; end: string };

/** The longest range `expandDayRange` accepts: a year of days off, leap day included. */
export const MAX_DAY_RANGE_DAYS = 366;

/** Sorted, de-duplicated runs of consecutive days among `dates` (invalid dates are left out). */
export function groupDaysOff(dates: readonly string[]): DayRange[] {
  const days = [...new Set(dates.filter(isCalendarDate).map(dayNumber))].sort((a, b) => a - b);
  const ranges: DayRange[] = [];
  let first = days[0];
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    const next = days[i + 1];
    if (next === day + 1) continue;
    ranges.push({ start: dateOfDay(first!), end: dateOfDay(day) });
    first = next;
  }
  return ranges;
}

/**
 * Why `start`…`end` cannot be a range of days off, or null when it can: both real dates,
 * end not before start, at most `MAX_DAY_RANGE_DAYS` days.
 */
export function dayRangeProblem(start: string, end: string): string | null {
  if (!isCalendarDate(start) || !isCalendarDate(end)) return 'not a real date (YYYY-MM-DD)';
  const length = dayNumber(end) - dayNumber(start) + 1;
  if (length < 1) return 'the last day is before the first';
  if (length > MAX_DAY_RANGE_DAYS) return `at most ${MAX_DAY_RANGE_DAYS} days at once`;
  return null;
}

/**
 * Every date from `start` to `end`, both included. An end before the start gives `[]`;
 * invalid dates or a range longer than `MAX_DAY_RANGE_DAYS` throw a `RangeError` (check
 * with `dayRangeProblem` first to show the reason instead), so a typo such as 2062 for
 * 2026 cannot store tens of thousands of dates.
 */
export function expandDayRange(start: string, end: string): string[] {
  const problem = dayRangeProblem(start, end);
  if (problem === 'the last day is before the first') return [];
  if (problem !== null) throw new RangeError(`Days off ${start} to ${end}: ${problem}`);
  const dates: string[] = [];
  for (let day = dayNumber(start); day <= dayNumber(end); day++) dates.push(dateOfDay(day));
  return dates;
}

/** `dates` with every day of `range` added, sorted and unique, as a plan stores days off. */
export function addDaysOff(dates: readonly string[], range: DayRange): string[] {
  return [...new Set([...dates, ...expandDayRange(range.start, range.end)])].sort();
}

/** `dates` without any day of `range`, sorted and unique. */
export function removeDaysOff(dates: readonly string[], range: DayRange): string[] {
  return [...new Set(dates)].filter((date) => date < range.start || date > range.end).sort();
}

/** `24 Dec 2026` for one day, `24 Dec 2026 – 2 Jan 2027` for a longer range. */
export function formatDayRange({ start, end }: DayRange): string {
  const day = (date: string) => formatShortDay(date, true);
  return start === end ? day(start) : `${day(start)} – ${day(end)}`;
}
