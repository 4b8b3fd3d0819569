import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  clockToMinutes,
  daysBetween,
  formatLongDay,
  formatMonthTitle,
  formatShortDay,
  formatShortMonth,
  formatShortRange,
  formatWeekTitle,
  monthGrid,
  placeInLanes,
  startOfWeek,
  visibleHours,
  weekDays,
} from './calendar-grid';

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

describe('monthGrid', () => {
  it('covers the month in whole Monday-first weeks', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ date: '2026-11-30', inMonth: false });
    expect(weeks[0]![1]).toEqual({ date: '2026-12-01', inMonth: true });
    expect(weeks[4]![6]).toEqual({ date: '2027-01-03', inMonth: false });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });

  it('needs six weeks for a month that starts on Sunday', () => {
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![6]).toEqual({ date: '2026-03-01', inMonth: true });
    expect(weeks[5]![1]).toEqual({ date: '2026-03-31', inMonth: true });
  });

  it('needs only four weeks for a February that starts on Monday', () => {
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]!.date).toBe('2027-02-01');
    expect(weeks[3]![6]!.date).toBe('2027-02-28');
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
  });
});

describe('time grid', () => {
  it('reads wall-clock times', () => {
    expect(clockToMinutes('19:30')).toBe(1170);
    expect(clockToMinutes('00:05')).toBe(5);
  });

  it('shows an hour around the events, within the day', () => {
    expect(visibleHours([])).toEqual({ from: 8, to: 22 });
    expect(visibleHours([{ from: 19 * 60, to: 20 * 60 + 30 }])).toEqual({ from: 18, to: 22 });
    expect(
      visibleHours([
        { from: 30, to: 90 },
        { from: 23 * 60, to: 24 * 60 },
      ]),
    ).toEqual({ from: 0, to: 24 });
  });

  it('puts overlapping events side by side and the rest full width', () => {
    const lanes = placeInLanes([
      { from: 600, to: 660 },
      { from: 540, to: 620 },
      { from: 620, to: 700 },
      { from: 700, to: 760 },
      { from: 800, to: 860 },
    ]);
    expect(lanes).toEqual([
      { lane: 1, lanes: 2 },
      { lane: 0, lanes: 2 },
      { lane: 0, lanes: 2 },
      { lane: 0, lanes: 1 },
      { lane: 0, lanes: 1 },
    ]);
  });
});
