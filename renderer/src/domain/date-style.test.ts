import fc from 'fast-check';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  formatDayTime,
  formatMoment,
  formatLongDay,
  formatMonthTitle,
  formatShortDay,
  formatShortMonth,
  formatShortRange,
  formatWeekdayDay,
  formatWeekTitle,
} from './date-style';

describe('the date style', () => {
  it('gives a day standing alone its weekday', () => {
    expect(formatWeekdayDay('2026-12-03')).toBe('Thu 3 Dec');
    expect(formatWeekdayDay('2026-12-03', true)).toBe('Thu 3 Dec 2026');
    expect(formatDayTime('2026-12-03', '19:30')).toBe('Thu 3 Dec, 19:30');
    expect(formatDayTime('2026-12-03', '19:30', true)).toBe('Thu 3 Dec 2026, 19:30');
  });

  it('writes a moment on this computer’s clock', () => {
    expect(formatMoment(new Date(2026, 11, 3, 21, 45).getTime())).toBe('Thu 3 Dec 2026, 21:45');
    expect(formatMoment(new Date(2026, 11, 2, 9, 5).toISOString())).toBe('Wed 2 Dec 2026, 09:05');
    expect(formatMoment('yesterday')).toBeNull();
  });

  it('names months, weeks, ranges and days', () => {
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
  });

  it('refuses what is not a day or a month', () => {
    expect(() => formatShortDay('1 Dec')).toThrow(RangeError);
    expect(() => formatWeekdayDay('2026-12-3')).toThrow(/Not a YYYY-MM-DD day/);
    expect(() => formatMonthTitle('2026-1')).toThrow(/Not a YYYY-MM month/);
  });

  // date-fns's en-US formats are the reference the hand-written words must match, for any day.
  it('writes days and months as date-fns en-US does', () => {
    const days = fc
      .date({
        min: new Date(Date.UTC(1970, 0, 1)),
        max: new Date(Date.UTC(2200, 11, 31)),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const clocks = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(days, fc.boolean(), clocks, (day, withYear, clock) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        const local = new TZDate(y, m - 1, d, 'UTC');
        const year = withYear ? ' yyyy' : '';
        expect(formatShortDay(day, withYear)).toBe(format(local, `d MMM${year}`));
        expect(formatWeekdayDay(day, withYear)).toBe(format(local, `EEE d MMM${year}`));
        expect(formatDayTime(day, clock)).toBe(
          format(
            new TZDate(y, m - 1, d, Number(clock.slice(0, 2)), Number(clock.slice(3)), 'UTC'),
            'EEE d MMM, HH:mm',
          ),
        );
        expect(formatLongDay(day)).toBe(format(local, 'EEEE d MMMM yyyy'));
        expect(formatMonthTitle(day.slice(0, 7))).toBe(format(local, 'MMMM yyyy'));
        expect(formatShortMonth(day.slice(0, 7), withYear)).toBe(format(local, `MMM${year}`));
      }),
    );
  });
});
