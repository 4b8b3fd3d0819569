import { describe, expect, it } from 'vitest';
import { calendar, vevent } from '../../renderer/src/domain/busy-time-fixtures';
import { scheduleAroundBusy } from './busy-files';

const weekly = calendar(
  ...vevent('UID:gym@example.org', 'DTSTART:20261202T180000Z', 'DTEND:20261202T190000Z', 'RRULE:FREQ=WEEKLY'),
);
const files = [{ file: 'gym.ics', text: weekly }];
const window = { from: Date.parse('2026-12-01T00:00:00Z'), horizonYears: 5, timeZone: 'Europe/Berlin' };
const ending = (end: string) => ({ sessions: [{ end }], reserve: [] });

describe('scheduleAroundBusy', () => {
  it('expands one year when the plan ends well inside it', () => {
    const seen: number[] = [];
    const result = scheduleAroundBusy(files, window, (busy) => {
      seen.push(busy.length);
      return ending('2027-11-01T19:00:00Z');
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([53]);
  });

  it('expands to the horizon when the plan reaches the year’s last week', () => {
    const seen: number[] = [];
    const result = scheduleAroundBusy(files, window, (busy) => {
      seen.push(busy.length);
      return ending('2027-11-28T19:00:00Z');
    });
    expect(result).toEqual({ ok: true, schedule: ending('2027-11-28T19:00:00Z') });
    expect(seen).toEqual([53, 262]);
  });

  it('names a bad file and schedules nothing', () => {
    const bad = [{ file: 'bad.ics', text: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n' }];
    let calls = 0;
    const result = scheduleAroundBusy(bad, window, () => {
      calls++;
      return ending('2027-01-01T00:00:00Z');
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^bad\.ics: /) });
    expect(calls).toBe(0);
  });
});
