import { describe, expect, it } from 'vitest';
import { formatWeekdayDay, logChoices, planZoneNote } from './schedule-words';

describe('formatWeekdayDay', () => {
  it('writes the weekday before the day', () => {
    expect(formatWeekdayDay('2026-12-01')).toBe('Tue 1 Dec');
    expect(formatWeekdayDay('2026-12-06', true)).toBe('Sun 6 Dec 2026');
    expect(formatWeekdayDay('2027-03-01')).toBe('Mon 1 Mar');
  });
});

describe('planZoneNote', () => {
  it('names the plan’s zone only when it is not the computer’s', () => {
    expect(planZoneNote('Europe/Berlin', 'Europe/Berlin')).toBeNull();
    expect(planZoneNote('Europe/Berlin', 'America/New_York')).toBe('Times in Europe/Berlin');
    expect(planZoneNote('Asia/Calcutta', 'Asia/Kolkata')).toBeNull();
    expect(planZoneNote(undefined, 'Europe/Berlin')).toBeNull();
  });
});

describe('logChoices', () => {
  it('offers Done and Missed once a session’s day has come', () => {
    expect(logChoices('today')).toEqual(['done', 'missed']);
    expect(logChoices('overdue')).toEqual(['done', 'missed']);
    expect(logChoices('missed-flag')).toEqual(['done']);
    expect(logChoices('logged')).toEqual([]);
    expect(logChoices('upcoming')).toEqual([]);
    expect(logChoices(undefined)).toEqual([]);
  });
});
