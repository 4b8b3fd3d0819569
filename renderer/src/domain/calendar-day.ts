/*
 * Plan days are calendar days, not instants. They are written `YYYY-MM-DD`; counted as days
 * since 1970-01-01 ("day numbers") they can be added and compared without any zone, the
 * machine's or the plan's, shifting them. Months and weeks are counted on UTC dates, which
 * have no DST; date-fns's addMonths and startOfWeek are the tests' reference, not imported:
 * with its TZDate they were most of what this module cost the graph's first paint.
 */

/** Milliseconds in a day of UTC, which has no DST. */
export const DAY_MS = 86_400_000;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. Unchecked: the scheduler calls it in loops. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True when `text` is `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 02-30 over to 03-02; a real date survives the round trip.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar day a date's own clock reads: the machine's zone for a `Date`, its zone for a
 * `TZDate`.
 */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` days after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return dateOfDay(checkedDayNumber(day) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return checkedDayNumber(to) - checkedDayNumber(from);
}

/** The same day `months` months later, clamped to the month's last day (31 Jan + 1 → 28 Feb). */
export function addMonths(day: string, months: number): string {
  if (!DAY_PATTERN.test(day)) throw notADay(day);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // setUTCFullYear carries months past December into the next year, and day 0 is the last of
  // the month before: no zone and no DST, as date-fns's addMonths (the tests' reference) does.
  const target = new Date(0);
  target.setUTCFullYear(y, m - 1 + months, 1);
  const last = new Date(0);
  last.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d, last.getUTCDate()));
  return dateOfDay(target.getTime() / DAY_MS);
}

/** The Monday of `day`'s week. */
export function startOfWeek(day: string): string {
  const n = checkedDayNumber(day);
  // Day 0, 1970-01-01, was a Thursday: 3 days after a Monday.
  return dateOfDay(n - ((((n + 3) % 7) + 7) % 7));
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

/** The first day of `month` (`YYYY-MM`). */
export function firstDayOfMonth(month: string): string {
  if (!MONTH_PATTERN.test(month)) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return `${month}-01`;
}

/** The day of the month as a number (`30` for `2026-11-30`). */
export function dayOfMonth(day: string): number {
  return Number(day.slice(8, 10));
}

// Days from the views are checked (a typo must not become NaN); the scheduler's are not.
function checkedDayNumber(day: string): number {
  if (!DAY_PATTERN.test(day)) throw notADay(day);
  return dayNumber(day);
}

function notADay(day: string): RangeError {
  return new RangeError(`Not a YYYY-MM-DD day: ${day}`);
}
