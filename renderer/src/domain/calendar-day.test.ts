import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { addMonths as fnsAddMonths, startOfWeek as fnsStartOfWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateOfDay,
  dayNumber,
  daysBetween,
  firstDayOfMonth,
  isCalendarDate,
  localDay,
  startOfWeek,
  weekDays,
} from './calendar-day';

describe('day numbers', () => {
  it('round-trips dates, leap days included, whatever the machine’s zone', () => {
    for (const date of ['1970-01-01', '2024-02-29', '2026-03-29', '2026-10-25', '2099-12-31']) {
      expect(dateOfDay(dayNumber(date))).toBe(date);
    }
    expect(dayNumber('2026-12-02') - dayNumber('2026-12-01')).toBe(1);
  });

  it('agrees with day strings on adding and counting days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: -1000, max: 1000 }), (day, days) => {
        const date = dateOfDay(day);
        expect(addDays(date, days)).toBe(dateOfDay(day + days));
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('knows which dates exist, leap years included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('reads the day a clock shows, in the machine’s zone or a given one', () => {
    expect(localDay(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    // 23:30 UTC on 30 Nov is already 1 Dec in Berlin, still 30 Nov in New York.
    const instant = Date.parse('2026-11-30T23:30:00Z');
    expect(localDay(new TZDate(instant, 'Europe/Berlin'))).toBe('2026-12-01');
    expect(localDay(new TZDate(instant, 'America/New_York'))).toBe('2026-11-30');
  });
});

describe('day arithmetic', () => {
  it('adds days across months, years and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Spring and autumn changes in Europe, the US and New Zealand: days stay whole.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-04-04', 1)).toBe('2026-04-05');
    expect(addDays('2026-09-26', 1)).toBe('2026-09-27');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('adds months, clamping to the last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('counts whole days between two days', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(daysBetween('2026-10-20', '2026-10-30')).toBe(10);
  });

  it('refuses what is not a day', () => {
    expect(() => addDays('2026-3-1', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-03-01', 'soon')).toThrow(/Not a YYYY-MM-DD day: soon/);
    expect(() => firstDayOfMonth('2026-1')).toThrow(/Not a YYYY-MM month/);
  });
});

describe('weeks', () => {
  it('starts on Monday', () => {
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(startOfWeek('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(startOfWeek('2027-01-01')).toBe('2026-12-28');
  });

  it('lists the seven days of a week', () => {
    expect(weekDays('2026-12-02')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });
});

describe('months', () => {
  it('knows the first day of a month', () => {
    expect(firstDayOfMonth('2027-02')).toBe('2027-02-01');
  });
});

describe('months and weeks as date-fns counts them', () => {
  // date-fns is the reference: calendar-day counts on its own to keep it off the first paint.
  it('adds months and finds Mondays as date-fns does, for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 84_000 }), fc.integer({ min: -400, max: 400 }), (n, months) => {
        const day = dateOfDay(n);
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        const utc = new TZDate(y, m - 1, d, 'UTC');
        expect(addMonths(day, months)).toBe(localDay(fnsAddMonths(utc, months)));
        expect(startOfWeek(day)).toBe(localDay(fnsStartOfWeek(utc, { weekStartsOn: 1 })));
      }),
    );
  });
});
