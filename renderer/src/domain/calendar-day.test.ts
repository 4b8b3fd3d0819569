import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import {
  addDays,
  addMonths,
  dateOfDay,
  dayNumber,
  daysBetween,
  firstDayOfMonth,
  formatLongDay,
  formatMonthTitle,
  formatShortDay,
  formatShortMonth,
  formatShortRange,
  formatWeekTitle,
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
    expect(() => formatShortDay('1 Dec')).toThrow(RangeError);
    expect(() => formatMonthTitle('2026-1')).toThrow(/Not a YYYY-MM month/);
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

describe('labels', () => {
  it('names months, weeks and days', () => {
    expect(formatMonthTitle('2026-12')).toBe('December 2026');
    expect(formatWeekTitle('2026-12-03')).toBe('30 Nov – 6 Dec 2026');
    expect(formatWeekTitle('2026-12-09')).toBe('7 – 13 Dec 2026');
    expect(formatWeekTitle('2026-12-30')).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(formatLongDay('2026-11-30')).toBe('Monday 30 November 2026');
    expect(formatShortDay('2027-03-15')).toBe('15 Mar');
    expect(formatShortDay('2027-03-15', true)).toBe('15 Mar 2027');
    expect(formatShortRange('2027-01-12', '2027-03-03')).toBe('12 Jan – 3 Mar');
    expect(formatShortRange('2026-12-01', '2026-12-16', true)).toBe('1 Dec – 16 Dec 2026');
    expect(formatShortRange('2026-12-28', '2027-01-03', true)).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(formatShortRange('2027-01-05', '2027-01-05')).toBe('5 Jan');
    expect(formatShortMonth('2027-01')).toBe('Jan');
    expect(formatShortMonth('2027-01', true)).toBe('Jan 2027');
    expect(firstDayOfMonth('2027-02')).toBe('2027-02-01');
  });
});

describe('day wording', () => {
  // date-fns's en-US formats are the reference the hand-written words must match, for any day.
  it('writes days, months and weeks as date-fns en-US does', () => {
    const days = fc
      .date({
        min: new Date(Date.UTC(1970, 0, 1)),
        max: new Date(Date.UTC(2200, 11, 31)),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(days, fc.boolean(), (day, withYear) => {
        const local = new TZDate(
          Number(day.slice(0, 4)),
          Number(day.slice(5, 7)) - 1,
          Number(day.slice(8, 10)),
          'UTC',
        );
        expect(formatShortDay(day, withYear)).toBe(format(local, withYear ? 'd MMM yyyy' : 'd MMM'));
        expect(formatLongDay(day)).toBe(format(local, 'EEEE d MMMM yyyy'));
        expect(formatMonthTitle(day.slice(0, 7))).toBe(format(local, 'MMMM yyyy'));
        expect(formatShortMonth(day.slice(0, 7), withYear)).toBe(
          format(local, withYear ? 'MMM yyyy' : 'MMM'),
        );
      }),
    );
  });
});
