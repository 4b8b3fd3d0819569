import { describe, expect, it } from 'vitest';
import { busyByDay, clockText, reserveByDay } from './calendar-marks';

describe('busyByDay', () => {
  it('reads UTC instants on the plan zone’s clock, day by day', () => {
    const marks = busyByDay(
      [
        { start: '2026-12-01T18:00:00Z', end: '2026-12-01T19:00:00Z', summary: 'Choir' },
        // 22:00 Berlin to 01:00 the next day.
        { start: '2026-12-02T21:00:00Z', end: '2026-12-03T00:00:00Z' },
        // An all-day event: midnight to midnight in Berlin.
        { start: '2026-12-04T23:00:00Z', end: '2026-12-05T23:00:00Z' },
      ],
      'Europe/Berlin',
    );
    expect(marks.get('2026-12-01')).toEqual([
      {
        kind: 'busy',
        minutes: 60,
        from: 1140,
        to: 1200,
        allDay: false,
        label: 'Busy 19:00–20:00',
        summary: 'Choir',
      },
    ]);
    expect(marks.get('2026-12-02')!.map((m) => m.label)).toEqual(['Busy 22:00–24:00']);
    expect(marks.get('2026-12-03')!.map((m) => m.label)).toEqual(['Busy 00:00–01:00']);
    expect(marks.get('2026-12-05')!.map((m) => [m.label, m.allDay])).toEqual([['Busy all day', true]]);
    expect(marks.has('2026-12-06')).toBe(false);
  });

  it('follows the zone across a DST change and skips unreadable instants', () => {
    const marks = busyByDay(
      [
        { start: '2027-03-28T17:00:00Z', end: '2027-03-28T18:00:00Z' },
        { start: 'soon', end: '2027-03-28T18:00:00Z' },
      ],
      'Europe/Berlin',
    );
    expect(marks.get('2027-03-28')!.map((m) => m.label)).toEqual(['Busy 19:00–20:00']);
    // A zone the runtime does not know falls back to the computer's clock instead of failing.
    expect(
      busyByDay([{ start: '2027-03-28T17:00:00Z', end: '2027-03-28T18:00:00Z' }], 'Nowhere/Else').size,
    ).toBe(1);
  });
});

describe('reserveByDay', () => {
  it('keeps the plan zone’s wall-clock times as written', () => {
    const marks = reserveByDay([
      { start: '2026-12-05T16:00:00+01:00', end: '2026-12-05T16:45:00+01:00', minutes: 45 },
    ]);
    expect(marks.get('2026-12-05')).toEqual([
      { kind: 'reserve', minutes: 45, from: 960, to: 1005, allDay: false, label: 'Reserve · 45 min' },
    ]);
  });
});

describe('clockText', () => {
  it('writes minutes of the day as a 24-hour clock', () => {
    expect([clockText(0), clockText(1140), clockText(1440), clockText(545)]).toEqual([
      '00:00',
      '19:00',
      '24:00',
      '09:05',
    ]);
  });
});
