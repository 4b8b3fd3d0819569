import { DAY_MS, dayNumber } from './calendar-day';
import type { Plan, Weekday } from './plan';
import type { LoggedSession } from './schedule-types';

/** Weekday keys indexed by `Date.getUTCDay()` (Sunday first). */
const BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The plan weekday of a day number. */
export function weekdayOf(day: number): Weekday {
  return BY_UTC_DAY[new Date(day * DAY_MS).getUTCDay()]!;
}

/** The Sunday that ends `day`'s week (weeks run Monday to Sunday; day 0 was a Thursday). */
export function sundayOf(day: number): number {
  return day + 6 - ((day + 3) % 7);
}

/** The same day `years` years later (29 Feb → 1 Mar). */
export function addYears(day: number, years: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()) / DAY_MS;
}

/**
 * Minutes each plan day from `startDay` on still offers: its weekday's minutes, none on a
 * blackout day, less the time logged sessions took on it, done or missed (either way it is
 * used up).
 */
export function dayCapacity(
  plan: Pick<Plan, 'availability' | 'blackoutDates'>,
  log: readonly LoggedSession[],
  startDay: number,
): (day: number) => number {
  const blackout = new Set(plan.blackoutDates.map(dayNumber));
  const loggedMinutes = new Map<number, number>();
  for (const entry of log) {
    const day = dayNumber(entry.date);
    if (day >= startDay) loggedMinutes.set(day, (loggedMinutes.get(day) ?? 0) + entry.minutes);
  }
  return (day) =>
    blackout.has(day) ? 0 : Math.max(0, plan.availability[weekdayOf(day)] - (loggedMinutes.get(day) ?? 0));
}
