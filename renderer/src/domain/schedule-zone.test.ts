import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-day';
import { schedulePlan } from './schedule';
import { basePlan, everyDay, phases, topic, wallClock } from './schedule-fixtures';

describe('schedulePlan across DST changes', () => {
  const cases = [
    { zone: 'Europe/Berlin', change: '2026-03-29', gap: true },
    { zone: 'Europe/Berlin', change: '2026-10-25', gap: false },
    { zone: 'America/New_York', change: '2026-03-08', gap: true },
    { zone: 'America/New_York', change: '2026-11-01', gap: false },
    { zone: 'Australia/Sydney', change: '2026-10-04', gap: true },
    { zone: 'Australia/Sydney', change: '2026-04-05', gap: false },
  ];

  for (const { zone, change } of cases) {
    it(`keeps the wall-clock start and real length in ${zone} around ${change}`, () => {
      const roadmap = { topics: [topic('a', 1, 8 * 120, [])], phases: phases(1) };
      const plan = basePlan({
        timeZone: zone,
        startDate: addDays(change, -3),
        availability: everyDay(120),
        maxSessionMinutes: 60,
        // Back to back, so each evening's second session starts on the hour.
        breakMinutes: 0,
      });
      const { sessions } = schedulePlan(roadmap, plan, { today: plan.startDate });
      expect(sessions).toHaveLength(16);
      const offsets = new Set<string>();
      for (const s of sessions) {
        expect(Date.parse(s.end) - Date.parse(s.start)).toBe(60 * 60_000);
        expect(s.start.slice(0, 10)).toBe(s.date);
        expect(wallClock(s.start, zone)).toBe(s.part % 2 === 1 ? '19:00' : '20:00');
        // The offset written is the zone's real offset at that instant.
        const minutes = tzOffset(zone, new Date(Date.parse(s.start)));
        const sign = minutes < 0 ? '-' : '+';
        const abs = Math.abs(minutes);
        const text = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(s.start.endsWith(text)).toBe(true);
        offsets.add(text);
      }
      expect(offsets.size).toBe(2);
    });
  }

  const nightly = (zone: string, day: string, start: string, minutes: number) => {
    const roadmap = { topics: [topic('a', 1, minutes, [])], phases: phases(1) };
    const plan = basePlan({
      timeZone: zone,
      startDate: day,
      availability: everyDay(minutes),
      sessionStart: everyDay(start),
      maxSessionMinutes: minutes,
    });
    return schedulePlan(roadmap, plan, { today: day }).sessions[0]!;
  };

  it('moves a start in the spring gap to the instant the hour before gives (02:30 → 03:30)', () => {
    expect(nightly('Europe/Berlin', '2026-03-29', '02:30', 60)).toMatchObject({
      start: '2026-03-29T03:30:00+02:00',
      end: '2026-03-29T04:30:00+02:00',
    });
    expect(nightly('America/New_York', '2026-03-08', '02:30', 60).start).toBe('2026-03-08T03:30:00-04:00');
    expect(nightly('Australia/Sydney', '2026-10-04', '02:30', 60).start).toBe('2026-10-04T03:30:00+11:00');
  });

  it('takes the first occurrence of a start in the repeated autumn hour, and keeps real length', () => {
    expect(nightly('Europe/Berlin', '2026-10-25', '02:30', 60)).toMatchObject({
      start: '2026-10-25T02:30:00+02:00',
      end: '2026-10-25T02:30:00+01:00',
    });
    expect(nightly('America/New_York', '2026-11-01', '01:30', 120)).toMatchObject({
      start: '2026-11-01T01:30:00-04:00',
      end: '2026-11-01T02:30:00-05:00',
    });
    expect(nightly('Australia/Sydney', '2026-04-05', '02:30', 60).start).toBe('2026-04-05T02:30:00+11:00');
    // A session across the spring change lasts its real two hours: 01:30 → 04:30 on the clock.
    expect(nightly('Europe/Berlin', '2026-03-29', '01:30', 120).end).toBe('2026-03-29T04:30:00+02:00');
  });
});
