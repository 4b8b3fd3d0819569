import ICAL from 'ical.js';
import { DAY_MS } from './calendar-day';
import { isTimeZone } from './plan';
import { offsetsIn, wallClockInstant } from './schedule-zone';
import type { OffsetAt } from './schedule-zone';

/*
 * ICAL.Time → instant, for busy time. Dates (all-day) and floating times are wall-clock
 * times in the plan's zone. A TZID the file defines is read with its VTIMEZONE, as ical.js
 * reads it. A TZID the file does not define but that names an IANA zone (`Europe/Berlin`)
 * is read with that zone's rules.
 */

export type BusyClock = {
  /** The instant of a time; `tzid` is the TZID its property named (for zones the file lacks). */
  instantOf(time: ICAL.Time, tzid: string | undefined): number;
  /** The instant the day after an all-day date starts. */
  dayAfter(date: ICAL.Time): number;
  /**
   * The instant `seconds` of wall-clock time after `time` ends, as ical.js's `addDuration`
   * counts (wall-clock fields, then the zone), without making a Time.
   */
  instantAfter(time: ICAL.Time, seconds: number, tzid: string | undefined): number;
};

/** Thrown for a TZID neither the file nor Intl knows. */
export class UnknownZone extends Error {}

/** A clock reading dates and floating times in the plan's `timeZone` (an IANA name). */
export function busyClock(timeZone: string): BusyClock {
  const plan = offsetsIn(timeZone);
  const named = new Map<string, OffsetAt>();
  const wallClock = (time: ICAL.Time, offsets: OffsetAt) =>
    wallClockInstant(dayOf(time), time.isDate ? 0 : time.hour * 60 + time.minute, offsets) +
    (time.isDate ? 0 : time.second * 1000);
  return {
    instantOf(time, tzid) {
      if (time.isDate) return wallClock(time, plan);
      const zone = time.zone;
      if (zone && zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating')
        return time.toUnixTime() * 1000;
      if (tzid === undefined) return wallClock(time, plan);
      let offsets = named.get(tzid);
      if (!offsets) {
        if (!isTimeZone(tzid)) throw new UnknownZone(tzid);
        named.set(tzid, (offsets = offsetsIn(tzid)));
      }
      return wallClock(time, offsets);
    },
    dayAfter(date) {
      return wallClockInstant(dayOf(date) + 1, 0, plan);
    },
    instantAfter(time, seconds, tzid) {
      const wall = wallMs(time) + seconds * 1000;
      const zone = time.zone;
      const offset =
        zone && !time.isDate ? dailyOffsets.get(zone)?.get(Math.floor(wall / DAY_MS)) : undefined;
      if (typeof offset === 'number') return wall - offset * 1000;
      const fields = new Date(wall);
      const end = new ICAL.Time(
        {
          year: fields.getUTCFullYear(),
          month: fields.getUTCMonth() + 1,
          day: fields.getUTCDate(),
          hour: fields.getUTCHours(),
          minute: fields.getUTCMinutes(),
          second: fields.getUTCSeconds(),
          isDate: time.isDate,
        },
        zone,
      );
      return this.instantOf(end, tzid);
    },
  };
}

/** Each zone's offset (seconds) per wall-clock day, null on a change day: see below. */
const dailyOffsets = new WeakMap<ICAL.Timezone, Map<number, number | null>>();

/**
 * Makes the time zones a parsed calendar defines answer their UTC offset once per day:
 * ical.js looks it up (cloning the zone's change list) for every time it compares or
 * converts, and that was most of the time spent expanding a year of weekly series. A day
 * whose two midnights share an offset has it all day (zones change at most once a day); on
 * a change day ical.js answers as before. The zones belong to this parse only.
 */
export function answerOffsetsDaily(calendar: ICAL.Component): void {
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (typeof tzid !== 'string') continue;
    const zone: ICAL.Timezone | null = calendar.getTimeZoneByID(tzid);
    if (!zone) continue;
    const lookUp = zone.utcOffset.bind(zone);
    const daily = new Map<number, number | null>();
    dailyOffsets.set(zone, daily);
    zone.utcOffset = (time: ICAL.Time) => {
      const day = dayOf(time);
      let offset = daily.get(day);
      if (offset === undefined) {
        const midnight = lookUp(midnightOf(day));
        offset = midnight === lookUp(midnightOf(day + 1)) ? midnight : null;
        daily.set(day, offset);
      }
      return offset ?? lookUp(time);
    };
  }
}

/** A time's wall-clock fields as if UTC, in ms: cheap, for comparing with a margin. */
export function wallMs(time: ICAL.Time): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

function dayOf(time: ICAL.Time): number {
  return Date.UTC(time.year, time.month - 1, time.day) / DAY_MS;
}

function midnightOf(day: number): ICAL.Time {
  const date = new Date(day * DAY_MS);
  const fields = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return new ICAL.Time(
    { ...fields, hour: 0, minute: 0, second: 0, isDate: false },
    ICAL.Timezone.utcTimezone,
  );
}
