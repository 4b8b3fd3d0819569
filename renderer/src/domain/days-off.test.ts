import { describe, expect, it } from 'vitest';
import {
  addDaysOff,
  dayRangeProblem,
  expandDayRange,
  formatDayRange,
  groupDaysOff,
  MAX_DAY_RANGE_DAYS,
  removeDaysOff,
} from './days-off';

describe('groupDaysOff', () => {
  it('returns nothing for no dates', () => {
    expect(groupDaysOff([])).toEqual([]);
  });

  it('groups consecutive days, sorted and de-duplicated', () => {
    expect(
      groupDaysOff(['2027-01-02', '2026-12-24', '2026-12-31', '2027-01-01', '2026-12-24', '2026-12-25']),
    ).toEqual([
      { start: '2026-12-24', end: '2026-12-25' },
      { start: '2026-12-31', end: '2027-01-02' },
    ]);
  });

  it('keeps single days as one-day ranges', () => {
    expect(groupDaysOff(['2026-05-01', '2026-05-03'])).toEqual([
      { start: '2026-05-01', end: '2026-05-01' },
      { start: '2026-05-03', end: '2026-05-03' },
    ]);
  });

  it('runs across month ends, leap days and DST changes', () => {
    expect(groupDaysOff(['2028-02-28', '2028-02-29', '2028-03-01'])).toEqual([
      { start: '2028-02-28', end: '2028-03-01' },
    ]);
    // Europe and New Zealand change clocks on these days; calendar days must not notice.
    expect(groupDaysOff(['2026-03-28', '2026-03-29', '2026-03-30', '2026-04-04', '2026-04-05'])).toEqual([
      { start: '2026-03-28', end: '2026-03-30' },
      { start: '2026-04-04', end: '2026-04-05' },
    ]);
  });

  it('leaves out strings that are not real dates', () => {
    expect(groupDaysOff(['2026-02-30', 'soon', '2026-03-01'])).toEqual([
      { start: '2026-03-01', end: '2026-03-01' },
    ]);
  });
});

describe('expandDayRange', () => {
  it('lists every day, both ends included', () => {
    expect(expandDayRange('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('gives one day when start and end agree', () => {
    expect(expandDayRange('2026-10-25', '2026-10-25')).toEqual(['2026-10-25']);
  });

  it('crosses DST changes without skipping or repeating a day', () => {
    expect(expandDayRange('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(expandDayRange('2026-04-04', '2026-04-06')).toEqual(['2026-04-04', '2026-04-05', '2026-04-06']);
    expect(expandDayRange('2026-09-26', '2026-09-28')).toEqual(['2026-09-26', '2026-09-27', '2026-09-28']);
  });

  it('gives nothing when the end is before the start', () => {
    expect(expandDayRange('2026-12-24', '2026-12-23')).toEqual([]);
  });

  it('accepts a leap year of days and refuses a day more', () => {
    expect(expandDayRange('2028-01-01', '2028-12-31')).toHaveLength(MAX_DAY_RANGE_DAYS);
    expect(() => expandDayRange('2026-01-01', '2027-01-02')).toThrow(RangeError);
    expect(() => expandDayRange('2026-01-01', '2062-01-01')).toThrow(/at most 366 days/);
  });

  it('refuses dates that do not exist', () => {
    expect(() => expandDayRange('2026-02-29', '2026-03-02')).toThrow(RangeError);
  });
});

describe('dayRangeProblem', () => {
  it('says what is wrong with a range, or null', () => {
    expect(dayRangeProblem('2026-12-24', '2027-01-02')).toBeNull();
    expect(dayRangeProblem('2026-12-24', '2026-12-24')).toBeNull();
    expect(dayRangeProblem('2026-12-24', '2026-12-01')).toBe('the last day is before the first');
    expect(dayRangeProblem('', '2026-12-01')).toBe('not a real date (YYYY-MM-DD)');
    expect(dayRangeProblem('2026-01-01', '2027-06-01')).toBe('at most 366 days at once');
  });
});

describe('addDaysOff and removeDaysOff', () => {
  it('adds a range as sorted unique dates', () => {
    expect(addDaysOff(['2027-01-05', '2026-12-25'], { start: '2026-12-24', end: '2026-12-26' })).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2027-01-05',
    ]);
  });

  it('removes every date of a range and nothing else', () => {
    const dates = ['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-05'];
    expect(removeDaysOff(dates, { start: '2026-12-24', end: '2026-12-26' })).toEqual(['2027-01-05']);
    expect(removeDaysOff(dates, { start: '2027-01-05', end: '2027-01-05' })).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
  });
});

describe('formatDayRange', () => {
  it('formats one day and a range', () => {
    expect(formatDayRange({ start: '2026-12-24', end: '2026-12-24' })).toBe('24 Dec 2026');
    expect(formatDayRange({ start: '2026-12-24', end: '2027-01-02' })).toBe('24 Dec 2026 – 2 Jan 2027');
  });
});
