import { describe, expect, it } from 'vitest';
import { clockToMinutes, sessionClock, sessionClockSpan } from './clock';

describe('wall-clock times', () => {
  it('reads HH:MM as minutes after midnight', () => {
    expect(clockToMinutes('19:30')).toBe(1170);
    expect(clockToMinutes('00:05')).toBe(5);
  });

  it('writes a session’s times as its plan zone’s clock shows them', () => {
    const session = { start: '2026-10-25T02:30:00+02:00', end: '2026-10-25T02:30:00+01:00' };
    expect(sessionClock(session)).toBe('02:30');
    expect(sessionClockSpan(session)).toBe('02:30–02:30');
    expect(sessionClockSpan({ start: '2026-12-01T19:00:00-05:00', end: '2026-12-01T20:30:00-05:00' })).toBe(
      '19:00–20:30',
    );
  });
});
