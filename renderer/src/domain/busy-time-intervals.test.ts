import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busyMinutesIn, expandBusy, mergeBusy } from './busy-time';
import { BERLIN_VTIMEZONE, calendar, NEW_YORK_VTIMEZONE, vevent } from './busy-time-fixtures';

const span = (start: string, end: string) => ({
  start: `2026-12-01T${start}:00.000Z`,
  end: `2026-12-01T${end}:00.000Z`,
});

describe('mergeBusy', () => {
  it('joins overlapping and touching spans and sorts them', () => {
    expect(
      mergeBusy([
        span('19:00', '20:00'),
        span('17:00', '18:00'),
        span('17:30', '18:30'),
        span('18:30', '18:45'),
      ]),
    ).toEqual([span('17:00', '18:45'), span('19:00', '20:00')]);
  });

  it('leaves out empty and unreadable spans', () => {
    expect(mergeBusy([span('18:00', '18:00'), span('19:00', '18:00'), { start: 'x', end: 'y' }])).toEqual([]);
  });
});

describe('busyMinutesIn', () => {
  it('counts the busy minutes of a study window once each', () => {
    const window = span('19:00', '21:00');
    expect(
      busyMinutesIn([span('18:30', '19:30'), span('19:15', '19:45'), span('20:50', '22:00')], window),
    ).toBe(55);
    expect(busyMinutesIn([], window)).toBe(0);
    expect(busyMinutesIn([span('00:00', '23:59')], window)).toBe(120);
  });

  it('counts a partly covered minute as busy', () => {
    const sliver = { start: '2026-12-01T19:10:30.000Z', end: '2026-12-01T19:11:15.000Z' };
    expect(busyMinutesIn([sliver], span('19:00', '21:00'))).toBe(2);
  });
});

// Random calendars: single and repeating events in three kinds of time (UTC, Berlin, New
// York, floating) and all-day, some transparent or cancelled, expanded over random windows.
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
const eventArb = fc.record({
  startMs: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
  minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  kind: fc.constantFrom('utc', 'berlin', 'new-york', 'floating', 'all-day'),
  rule: fc.constantFrom(
    null,
    'FREQ=DAILY;COUNT=5',
    'FREQ=WEEKLY;BYDAY=MO,TH',
    'FREQ=MONTHLY;COUNT=8',
    'FREQ=WEEKLY;INTERVAL=2',
  ),
  free: fc.constantFrom(null, 'TRANSP:TRANSPARENT', 'STATUS:CANCELLED'),
});

function eventLines(event: EventSpec, index: number): string[] {
  const local = stamp(event.startMs);
  const endLocal = stamp(event.startMs + event.minutes * 60_000);
  const [start, end] =
    event.kind === 'utc'
      ? [`DTSTART:${local}Z`, `DTEND:${endLocal}Z`]
      : event.kind === 'berlin'
        ? [`DTSTART;TZID=Europe/Berlin:${local}`, `DTEND;TZID=Europe/Berlin:${endLocal}`]
        : event.kind === 'new-york'
          ? [`DTSTART;TZID=America/New_York:${local}`, `DURATION:PT${event.minutes}M`]
          : event.kind === 'floating'
            ? [`DTSTART:${local}`, `DTEND:${endLocal}`]
            : [
                `DTSTART;VALUE=DATE:${local.slice(0, 8)}`,
                `DTEND;VALUE=DATE:${stamp(event.startMs + 86_400_000).slice(0, 8)}`,
              ];
  return vevent(
    `UID:e${index}@example.com`,
    start,
    end,
    ...(event.rule ? [`RRULE:${event.rule}`] : []),
    ...(event.free ? [event.free] : []),
  );
}

type EventSpec = { startMs: number; minutes: number; kind: string; rule: string | null; free: string | null };

describe('expandBusy on random calendars', () => {
  it('gives intervals with start before end, inside the window, sorted; merged ones never overlap', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 12 }),
        fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2027, 11, 1) }),
        fc.integer({ min: 1, max: 400 * 24 * 60 }),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata'),
        (events, fromMs, windowMinutes, timeZone) => {
          const text = calendar(
            ...BERLIN_VTIMEZONE,
            ...NEW_YORK_VTIMEZONE,
            ...events.flatMap((e, i) => eventLines(e, i)),
          );
          const from = new Date(fromMs);
          const to = new Date(fromMs + windowMinutes * 60_000);
          const result = expandBusy(text, { from, to, timeZone, fileName: 'random.ics' });
          if (!result.ok) throw new Error(result.message);
          let previous = '';
          for (const interval of result.intervals) {
            expect(interval.start < interval.end).toBe(true);
            expect(Date.parse(interval.start)).toBeGreaterThanOrEqual(from.getTime());
            expect(Date.parse(interval.end)).toBeLessThanOrEqual(to.getTime());
            expect(interval.start >= previous).toBe(true);
            previous = interval.start;
          }
          expect(result.intervals.every((i) => !i.uid.endsWith('.roadmap-planner'))).toBe(true);
          const merged = mergeBusy(result.intervals);
          for (let i = 1; i < merged.length; i++) expect(merged[i - 1]!.end < merged[i]!.start).toBe(true);
          const window = { start: from.toISOString(), end: to.toISOString() };
          const busy = busyMinutesIn(result.intervals, window);
          expect(busy).toBeLessThanOrEqual(Math.ceil(windowMinutes));
          expect(busy > 0).toBe(result.intervals.length > 0);
          // Transparent and cancelled events never show.
          const freeUids = new Set(events.flatMap((e, i) => (e.free ? [`e${i}@example.com`] : [])));
          expect(result.intervals.some((i) => freeUids.has(i.uid))).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('merging is idempotent and keeps the busy minutes', () => {
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 600 }))
      .map(([start, minutes]) => ({
        start: new Date(Date.UTC(2026, 11, 1) + start * 60_000).toISOString(),
        end: new Date(Date.UTC(2026, 11, 1) + (start + minutes) * 60_000).toISOString(),
      }));
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 30 }), (spans) => {
        const merged = mergeBusy(spans);
        expect(mergeBusy(merged)).toEqual(merged);
        const window = { start: '2026-12-01T00:00:00.000Z', end: '2026-12-09T00:00:00.000Z' };
        expect(busyMinutesIn(merged, window)).toBe(busyMinutesIn(spans, window));
        const total = merged.reduce((sum, s) => sum + (Date.parse(s.end) - Date.parse(s.start)) / 60_000, 0);
        expect(busyMinutesIn(spans, window)).toBe(total);
      }),
    );
  });
});
