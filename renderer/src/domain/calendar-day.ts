import { TZDate } from '@date-fns/tz';
import { addMonths as addMonthsTo, startOfWeek as startOfWeekOf } from 'date-fns';

/*
 * Plan days are calendar days, not instants. They are written `YYYY-MM-DD`; counted as days
 * since 1970-01-01 ("day numbers") they can be added and compared without any zone, the
 * machine's or the plan's, shifting them. Where date-fns is needed they are read as midnight
 * UTC, so it never sees the machine's zone and a day never slips across a DST change.
 */

/** Milliseconds in a day of UTC, which has no DST. */
export const DAY_MS = 86_400_000;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const WEEK_OPTIONS = { weekStartsOn: 1 } as const;

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

function parseDay(day: string): TZDate {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw notADay(day);
  return new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 'UTC');
}

function notADay(day: string): RangeError {
  return new RangeError(`Not a YYYY-MM-DD day: ${day}`);
}

function toDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year(date)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The year in four digits at least, as `yyyy` writes it. */
function year(date: Date): string {
  return String(date.getFullYear()).padStart(4, '0');
}
