import { describe, expect, it } from 'vitest';
import { dayNumber } from './calendar-day';
import { addYears, dayCapacity, weekdayOf } from './schedule-days';
import { basePlan, everyDay } from './schedule-fixtures';

describe('plan days', () => {
  it('knows the weekday of a day number', () => {
    expect(weekdayOf(dayNumber('2026-11-30'))).toBe('mon');
    expect(weekdayOf(dayNumber('2026-12-06'))).toBe('sun');
    expect(weekdayOf(0)).toBe('thu'); // 1 Jan 1970
  });

  it('adds years, a leap day landing on 1 March', () => {
    expect(addYears(dayNumber('2026-12-01'), 5)).toBe(dayNumber('2031-12-01'));
    expect(addYears(dayNumber('2028-02-29'), 1)).toBe(dayNumber('2029-03-01'));
  });

  it('offers each day its weekday’s minutes, none on days off, less the logged time', () => {
    const plan = basePlan({ availability: { ...everyDay(60), sat: 180 }, blackoutDates: ['2026-12-03'] });
    const logged = (date: string, minutes: number) => ({
      sessionId: 'a#1',
      topicId: 'a',
      outcome: 'missed' as const,
      date,
      start: `${date}T19:00:00+01:00`,
      end: `${date}T19:45:00+01:00`,
      minutes,
    });
    const start = dayNumber('2026-12-01');
    const capacity = dayCapacity(plan, [logged('2026-12-01', 45), logged('2026-11-30', 45)], start);
    expect(capacity(start)).toBe(15);
    expect(capacity(dayNumber('2026-12-02'))).toBe(60);
    expect(capacity(dayNumber('2026-12-03'))).toBe(0);
    expect(capacity(dayNumber('2026-12-05'))).toBe(180);
    // Time logged before the plan starts is not taken from any plan day.
    expect(capacity(dayNumber('2026-11-30'))).toBe(60);
  });
});
