import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { APP_UID_SUFFIX, expandBusy } from './busy-time';
import type { ExpandBusyOptions } from './busy-time';
import {
  ALL_DAY,
  BERLIN_DST,
  DST_SPANNING,
  FAR_OVERRIDES,
  FREE_EVENTS,
  NEW_YORK_DST,
  NEW_YORK_VTIMEZONE,
  UTC_AND_FLOATING,
  WEEKLY_WITH_EXCEPTIONS,
  WITH_OWN_EVENTS,
} from './busy-time-fixtures';
import { exportOf, parseIcs, tiny, basePlan } from './ics-fixtures';
import { schedulePlan } from './schedule';

const YEAR_2026: ExpandBusyOptions = {
  from: '2026-01-01T00:00:00Z',
  to: '2027-01-01T00:00:00Z',
  timeZone: 'Europe/Berlin',
  fileName: 'work.ics',
};

/** The intervals of a file that must expand, as `start–end` pairs (UTC). */
function spans(text: string, options: Partial<ExpandBusyOptions> = {}): string[] {
  const result = expandBusy(text, { ...YEAR_2026, ...options });
  if (!result.ok) throw new Error(result.message);
  return result.intervals.map((i) => `${i.start.slice(0, 16)}–${i.end.slice(0, 16)}`);
}

describe('expandBusy', () => {
  it('expands a weekly series with a deleted (EXDATE) and a moved (RECURRENCE-ID) occurrence', () => {
    const result = expandBusy(WEEKLY_WITH_EXCEPTIONS, YEAR_2026);
    expect(result.ok && result.intervals).toEqual([
      {
        start: '2026-03-19T17:00:00.000Z',
        end: '2026-03-19T18:00:00.000Z',
        uid: 'team-sync@example.com',
        summary: 'Team sync',
        allDay: false,
      },
      {
        start: '2026-03-26T17:00:00.000Z',
        end: '2026-03-26T18:00:00.000Z',
        uid: 'team-sync@example.com',
        summary: 'Team sync',
        allDay: false,
      },
      // After Berlin's spring change: 18:00 CEST.
      {
        start: '2026-04-02T16:00:00.000Z',
        end: '2026-04-02T17:00:00.000Z',
        uid: 'team-sync@example.com',
        summary: 'Team sync',
        allDay: false,
      },
      // 16 Apr moved: no other series' override, no busy time on the 16th left from this one.
      {
        start: '2026-04-16T16:00:00.000Z',
        end: '2026-04-16T16:30:00.000Z',
        uid: 'other-series@example.com',
        summary: 'Other series',
        allDay: false,
      },
      {
        start: '2026-04-17T05:00:00.000Z',
        end: '2026-04-17T06:30:00.000Z',
        uid: 'team-sync@example.com',
        summary: 'Team sync (moved)',
        allDay: false,
      },
      {
        start: '2026-04-23T16:00:00.000Z',
        end: '2026-04-23T17:00:00.000Z',
        uid: 'team-sync@example.com',
        summary: 'Team sync',
        allDay: false,
      },
    ]);
  });

  it('reads Europe/Berlin times right before and after both DST changes', () => {
    expect(spans(BERLIN_DST)).toEqual([
      '2026-03-22T08:00–2026-03-22T09:00', // Sunday run, 09:00 CET
      '2026-03-29T00:30–2026-03-29T00:45', // 01:30 CET, before the change
      '2026-03-29T01:00–2026-03-29T01:15', // 03:00 CEST, just after it
      '2026-03-29T07:00–2026-03-29T08:00', // Sunday run, 09:00 CEST
      '2026-04-05T07:00–2026-04-05T08:00',
      '2026-10-18T17:00–2026-10-18T19:00', // Choir, 19:00 CEST
      '2026-10-24T23:30–2026-10-24T23:45', // 01:30 CEST on the 25th, before the change
      '2026-10-25T02:30–2026-10-25T02:45', // 03:30 CET, after it
      '2026-10-25T18:00–2026-10-25T20:00', // Choir, 19:00 CET
      '2026-11-01T18:00–2026-11-01T20:00', // the last one: UNTIL is inclusive
    ]);
  });

  it('reads America/New_York times right before and after both DST changes', () => {
    const expected = [
      '2026-03-02T14:00–2026-03-02T14:30', // Standup, 09:00 EST
      '2026-03-08T06:30–2026-03-08T06:45', // 01:30 EST
      '2026-03-08T07:30–2026-03-08T07:45', // 03:30 EDT
      '2026-03-09T13:00–2026-03-09T13:30', // Standup, 09:00 EDT
      '2026-10-26T13:00–2026-10-26T13:30', // Review, 09:00 EDT (DURATION)
      '2026-11-01T04:30–2026-11-01T04:45', // 00:30 EDT
      '2026-11-01T08:00–2026-11-01T08:15', // 03:00 EST
      '2026-11-02T14:00–2026-11-02T14:30', // Review, 09:00 EST
    ];
    expect(spans(NEW_YORK_DST)).toEqual(expected);
    // The plan's zone does not matter for zoned times.
    expect(spans(NEW_YORK_DST, { timeZone: 'Asia/Tokyo' })).toEqual(expected);
    // Without its VTIMEZONE, an IANA TZID is read with the zone's own rules: the same instants.
    const withoutVtimezone = NEW_YORK_DST.replace(NEW_YORK_VTIMEZONE.join('\r\n') + '\r\n', '');
    expect(withoutVtimezone).not.toContain('BEGIN:VTIMEZONE');
    expect(spans(withoutVtimezone)).toEqual(expected);
  });

  it('makes the whole day busy in the plan’s zone for all-day events', () => {
    const result = expandBusy(ALL_DAY, YEAR_2026);
    expect(result.ok && result.intervals.map((i) => [i.start, i.end, i.summary, i.allDay])).toEqual([
      // The day of Berlin's autumn change has 25 hours.
      ['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z', 'Trip', true],
      // No DTEND: one day.
      ['2026-12-04T23:00:00.000Z', '2026-12-05T23:00:00.000Z', 'Move house', true],
      ['2026-12-23T23:00:00.000Z', '2026-12-26T23:00:00.000Z', 'Holiday', true],
    ]);
    expect(spans(ALL_DAY, { timeZone: 'America/New_York', to: '2027-06-01T00:00:00Z' })).toContain(
      '2026-12-24T05:00–2026-12-27T05:00',
    );
  });

  it('leaves out transparent and cancelled events and cancelled occurrences', () => {
    const result = expandBusy(FREE_EVENTS, YEAR_2026);
    expect(result.ok && result.intervals.map((i) => `${i.summary} ${i.start.slice(0, 10)}`)).toEqual([
      'Dentist 2026-12-03',
      'Yoga 2026-12-07',
      'Yoga 2026-12-21',
    ]);
  });

  it('ignores the app’s own exported events, unless told otherwise', () => {
    expect(APP_UID_SUFFIX).toBe('.roadmap-planner');
    const result = expandBusy(WITH_OWN_EVENTS, YEAR_2026);
    expect(result.ok && result.intervals.map((i) => i.summary)).toEqual(['Meeting']);
    expect(spans(WITH_OWN_EVENTS, { ignoreUidSuffix: '' })).toHaveLength(2);
    expect(spans(WITH_OWN_EVENTS, { ignoreUidSuffix: '@example.com' })).toEqual([
      '2026-12-01T18:00–2026-12-01T19:00',
    ]);
  });

  it('finds nothing busy in a real export of the app', () => {
    const schedule = schedulePlan(tiny, basePlan(), { today: '2026-12-01' });
    const { text } = exportOf(tiny, schedule);
    expect(parseIcs(text).events.length).toBeGreaterThan(0);
    const options = { ...YEAR_2026, from: '2026-11-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };
    expect(spans(text, options)).toEqual([]);
    expect(spans(text, { ...options, ignoreUidSuffix: '' })).toHaveLength(parseIcs(text).events.length);
  });

  it('reads UTC times as they are and floating times in the plan’s zone', () => {
    expect(spans(UTC_AND_FLOATING)).toEqual([
      '2026-12-01T17:00–2026-12-01T18:00',
      '2026-12-01T18:00–2026-12-01T19:00',
    ]);
    expect(spans(UTC_AND_FLOATING, { timeZone: 'America/New_York' })).toEqual([
      '2026-12-01T18:00–2026-12-01T19:00',
      '2026-12-01T23:00–2026-12-02T00:00',
    ]);
  });

  it('keeps overrides the series does not reach: moved in from after the window, or without their series', () => {
    const result = expandBusy(FAR_OVERRIDES, { ...YEAR_2026, from: '2026-12-01T00:00:00Z' });
    expect(result.ok && result.intervals.map((i) => `${i.start.slice(0, 13)} ${i.summary}`)).toEqual([
      '2026-12-01T09 Monthly',
      '2026-12-10T12 One meeting of a series',
      '2026-12-15T09 Monthly (pulled forward)',
    ]);
  });

  it('clips intervals to the window and returns nothing for an empty window', () => {
    expect(
      spans(WEEKLY_WITH_EXCEPTIONS, { from: '2026-03-19T17:30:00Z', to: '2026-03-26T17:15:00Z' }),
    ).toEqual(['2026-03-19T17:30–2026-03-19T18:00', '2026-03-26T17:00–2026-03-26T17:15']);
    expect(
      spans(WEEKLY_WITH_EXCEPTIONS, {
        from: new Date('2026-04-01T00:00:00Z'),
        to: new Date('2026-04-01T00:00:00Z'),
      }),
    ).toEqual([]);
  });

  it('times events spanning a DST change as ical.js does (the wall-clock end, then the zone)', () => {
    expect(spans(DST_SPANNING)).toEqual([
      '2026-03-22T00:30–2026-03-22T02:30',
      '2026-03-29T00:30–2026-03-29T01:30', // 01:30 CET to 03:30 CEST: one hour
      '2026-04-04T23:30–2026-04-05T01:30',
      '2026-10-17T23:30–2026-10-18T01:30',
      '2026-10-24T23:30–2026-10-25T02:30', // 01:30 CEST to 03:30 CET: three hours
      '2026-11-01T00:30–2026-11-01T02:30',
    ]);
  });

  it('agrees with ical.js’s own expansion (iterator, getOccurrenceDetails, toUnixTime) on zoned files', () => {
    for (const text of [WEEKLY_WITH_EXCEPTIONS, BERLIN_DST, NEW_YORK_DST, DST_SPANNING, FREE_EVENTS]) {
      expect(spans(text)).toEqual(icalReference(text));
    }
  });
});

/** Busy spans of a file with zoned or UTC times, straight from ical.js: the reference. */
function icalReference(text: string): string[] {
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const out: [number, number][] = [];
  const free = (event: ICAL.Event) =>
    event.component.getFirstPropertyValue('status') === 'CANCELLED' ||
    event.component.getFirstPropertyValue('transp') === 'TRANSPARENT';
  for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const uid = master.getFirstPropertyValue('uid');
    const exceptions = vevents.filter(
      (v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid,
    );
    const event = new ICAL.Event(master, { exceptions });
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.year < 2027; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      if (free(details.item)) continue;
      out.push([details.startDate.toUnixTime() * 1000, details.endDate.toUnixTime() * 1000]);
    }
  }
  return out
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([s, e]) => `${new Date(s).toISOString().slice(0, 16)}–${new Date(e).toISOString().slice(0, 16)}`);
}
