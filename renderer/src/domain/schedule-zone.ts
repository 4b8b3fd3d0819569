import { tzOffset } from '@date-fns/tz';
import { DAY_MS, dateOfDay } from './calendar-day';
import type { LoggedSession } from './schedule-types';

/*
 * The plan zone's clock, for the scheduler: instants are numbers (ms since the epoch) and
 * plan days are day numbers; sessions are written back as ISO text with the zone's offset.
 */

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/** The zone's UTC offset, in minutes, at an instant. */
export type OffsetAt = (instant: number) => number;

/**
 * The zone's UTC offset (minutes) at an instant, asking Intl (slow, tens of µs) about once
 * per UTC day touched: when both midnights around the instant share an offset, so does the
 * whole day, as no zone changes twice in a day.
 */
export function offsetsIn(timeZone: string): OffsetAt {
  const atMidnight = new Map<number, number>();
  const midnight = (day: number) => {
    let offset = atMidnight.get(day);
    if (offset === undefined) {
      offset = tzOffset(timeZone, new Date(day * DAY_MS));
      atMidnight.set(day, offset);
    }
    return offset;
  };
  return (instant) => {
    const day = Math.floor(instant / DAY_MS);
    const offset = midnight(day);
    return offset === midnight(day + 1) ? offset : tzOffset(timeZone, new Date(instant));
  };
}

/** The plan day an instant falls on, on the zone's clock. */
export function planDayOf(instant: number, offsetAt: OffsetAt): number {
  return Math.floor((instant + offsetAt(instant) * MINUTE_MS) / DAY_MS);
}

/**
 * The instant a wall-clock time on a plan day means in the zone. In the hour skipped in
 * spring it is the instant the offset before the gap gives (02:30 → 03:30 new time); in
 * the hour repeated in autumn it is the first occurrence.
 */
export function wallClockInstant(day: number, minutesOfDay: number, offsetAt: OffsetAt): number {
  const wall = day * DAY_MS + minutesOfDay * MINUTE_MS;
  // Offsets a day either side bracket any change near this time (zones change at most once a day).
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  if (before === after) return wall - before * MINUTE_MS;
  const fits = [wall - before * MINUTE_MS, wall - after * MINUTE_MS].filter(
    (instant) => instant + offsetAt(instant) * MINUTE_MS === wall,
  );
  return fits.length > 0 ? Math.min(...fits) : wall - before * MINUTE_MS;
}

/** An instant as ISO 8601 with the zone's offset at that instant (`2026-12-01T19:00:00+01:00`). */
export function isoInZone(instant: number, offsetAt: OffsetAt): string {
  const offset = offsetAt(instant);
  const local = instant + offset * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  // Built by hand rather than through Date: a schedule writes thousands of these.
  const seconds = Math.floor((local - day * DAY_MS) / 1000);
  const clock = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${dayText(day)}T${clock}${offsetText(offset)}`;
}

const dayTexts = new Map<number, string>();

/** `YYYY-MM-DD` of a day number, remembered: schedules name the same few hundred days again and again. */
function dayText(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    if (dayTexts.size > 20_000) dayTexts.clear();
    text = dateOfDay(day);
    dayTexts.set(day, text);
  }
  return text;
}

/** `+01:00` for an offset of 60 minutes. */
function offsetText(offset: number): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A logged session as the plan's clock reads it: its instants stay, but its day and
 * wall-clock times follow the plan's zone, which may have changed since it was logged.
 */
export function inPlanZone(entry: LoggedSession, offsetAt: OffsetAt): LoggedSession {
  const start = isoInZone(Date.parse(entry.start), offsetAt);
  if (start === entry.start) return entry;
  return { ...entry, date: start.slice(0, 10), start, end: isoInZone(Date.parse(entry.end), offsetAt) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An instant (ms) as ISO 8601 with a zone's offset at that instant, for times the user logs. */
export function isoInTimeZone(instant: number, timeZone: string): string {
  return isoInZone(instant, offsetsIn(timeZone));
}
