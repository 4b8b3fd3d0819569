import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from './schedule';
import { basePlan, caseArb, everyDay, phases, topic } from './schedule-fixtures';
import type { Schedule, SessionInForce } from './schedule-types';

const at = (iso: string) => Date.parse(iso);
const planned = (schedule: Schedule) => schedule.sessions.filter((s) => !s.logged);
const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  at(a.start) < at(b.end) && at(b.start) < at(a.end);

describe('pinned sessions (moved by the user in their calendar)', () => {
  const roadmap = { topics: [topic('a', 1, 180, []), topic('b', 1, 120, ['a'])], phases: phases(1) };
  const plan = basePlan({ availability: everyDay(60), sessionStart: everyDay('19:00') });
  const first = schedulePlan(roadmap, plan, { today: '2026-12-01' });

  it('keeps a pinned session where the user put it, marked, with its id, and plans the rest around it', () => {
    const moved = first.sessions.find((s) => s.id === 'a#2')!;
    const pin = {
      id: 'a#2',
      topicId: 'a',
      start: '2026-12-01T07:00:00+01:00',
      end: '2026-12-01T08:30:00+01:00',
    };
    expect(moved.start).not.toBe(pin.start);
    const next = schedulePlan(roadmap, plan, { today: '2026-12-01', previous: planned(first), pins: [pin] });
    const kept = next.sessions.find((s) => s.id === 'a#2')!;
    expect(kept).toMatchObject({
      start: pin.start,
      end: pin.end,
      minutes: 90,
      pinned: true,
      date: '2026-12-01',
    });
    // 180 minutes of a: 90 pinned, 90 planned elsewhere; nothing overlaps the pin.
    const a = next.sessions.filter((s) => s.topicId === 'a');
    expect(a.reduce((sum, s) => sum + s.minutes, 0)).toBe(180);
    for (const s of next.sessions) if (s.id !== 'a#2') expect(overlaps(s, pin)).toBe(false);
    // Ids stay unique and parts read in time order.
    expect(new Set(next.sessions.map((s) => s.id)).size).toBe(next.sessions.length);
    expect(a.map((s) => s.part)).toEqual([1, 2, 3].slice(0, a.length));
  });

  it('starts a dependant only after the pinned session of its prerequisite ends', () => {
    const late = {
      id: 'a#1',
      topicId: 'a',
      start: '2026-12-10T19:00:00+01:00',
      end: '2026-12-10T20:00:00+01:00',
    };
    const next = schedulePlan(roadmap, plan, { today: '2026-12-01', pins: [late] });
    const b = next.sessions.filter((s) => s.topicId === 'b');
    expect(b.length).toBeGreaterThan(0);
    for (const s of b) expect(at(s.start)).toBeGreaterThanOrEqual(at(late.end));
  });

  it('ignores pins of finished or unknown topics, and a second pin of one session', () => {
    const pin = {
      id: 'a#1',
      topicId: 'a',
      start: '2026-12-05T10:00:00+01:00',
      end: '2026-12-05T11:00:00+01:00',
    };
    const done = schedulePlan(
      roadmap,
      { ...plan, statuses: { a: 'done' } },
      { today: '2026-12-01', pins: [pin] },
    );
    expect(done.sessions.some((s) => s.pinned)).toBe(false);
    const stray = schedulePlan(roadmap, plan, {
      today: '2026-12-01',
      pins: [{ ...pin, topicId: 'nope', id: 'nope#1' }],
    });
    expect(stray.sessions).toEqual(first.sessions);
    const twice = schedulePlan(roadmap, plan, {
      today: '2026-12-01',
      pins: [pin, { ...pin, start: '2026-12-06T10:00:00+01:00', end: '2026-12-06T11:00:00+01:00' }],
    });
    expect(twice.sessions.filter((s) => s.pinned)).toHaveLength(1);
  });

  it('holds for random plans: pins stay exact, nothing overlaps them, the work adds up', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.integer({ min: 0, max: 14 * 24 * 60 }),
        ({ roadmap, plan, today }, pick, shift) => {
          const base = schedulePlan(roadmap, plan, { today });
          const open = planned(base);
          if (open.length === 0 || base.warnings.length > 0) return;
          const chosen = open[pick % open.length]!;
          const start = at(`${today}T00:00:00Z`) + shift * 60_000;
          const pin: SessionInForce = {
            id: chosen.id,
            topicId: chosen.topicId,
            start: new Date(start).toISOString(),
            end: new Date(start + chosen.minutes * 60_000).toISOString(),
          };
          const next = schedulePlan(roadmap, plan, { today, previous: open, pins: [pin] });
          const kept = next.sessions.filter((s) => s.pinned);
          expect(kept).toHaveLength(1);
          expect(at(kept[0]!.start)).toBe(at(pin.start));
          expect(at(kept[0]!.end)).toBe(at(pin.end));
          for (const s of next.sessions) if (!s.pinned) expect(overlaps(s, pin)).toBe(false);
          expect(new Set(next.sessions.map((s) => s.id)).size).toBe(next.sessions.length);
          if (next.warnings.length > 0) return;
          const minutes = (topicId: string, s: Schedule) =>
            s.sessions.filter((x) => x.topicId === topicId).reduce((sum, x) => sum + x.minutes, 0);
          for (const t of roadmap.topics) expect(minutes(t.id, next)).toBe(minutes(t.id, base));
        },
      ),
      { numRuns: 150 },
    );
  });
});
