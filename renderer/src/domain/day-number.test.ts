import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, formatDayNumber } from './day-number';

describe('day numbers', () => {
  it('round-trips dates, leap days included, whatever the machine’s zone', () => {
    for (const date of ['1970-01-01', '2024-02-29', '2026-03-29', '2026-10-25', '2099-12-31']) {
      expect(dateOfDay(dayNumber(date))).toBe(date);
    }
    expect(dayNumber('2026-12-02') - dayNumber('2026-12-01')).toBe(1);
    expect(formatDayNumber(dayNumber('2027-04-12'))).toBe('12 Apr 2027');
  });
});
