import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalClosure } from './schedule-work';
import { schedulePlan } from './schedule';
import { basePlan, caseArb, everyDay, phases, topic } from './schedule-fixtures';
import type { LoggedSession, Schedule, ScheduledSession } from './schedule-types';

const planned = (schedule: Schedule) => schedule.sessions.filter((s) => !s.logged);
const at = (iso: string) => Date.parse(iso);

/** Logs every session before `k` done and session `k` missed, as a user following the plan would. */
function followUntil(sessions: readonly ScheduledSession[], k: number): LoggedSession[] {
  return sessions.slice(0, k + 1).map((s, i) => ({
    sessionId: s.id,
    topicId: s.topicId,
    outcome: i === k ? 'missed' : 'done',
    date: s.date,
    start: s.start,
    end: s.end,
    minutes: s.minutes,
  }));
}

/** Sessions of `before` (from `now` on) whose time or length is not the same in `after`. */
function moved(before: Schedule, after: Schedule, now: number): string[] {
  const next = new Map(planned(after).map((s) => [s.id, s]));
  return planned(before)
    .filter((s) => at(s.start) >= now)
    .filter((s) => next.get(s.id)?.start !== s.start || next.get(s.id)?.end !== s.end)
    .map((s) => s.id);
}

const minutesOf = (sessions: readonly ScheduledSession[], topicId: string) =>
  sessions.filter((s) => s.topicId === topicId).reduce((sum, s) => sum + s.minutes, 0);

describe('planning from now', () => {
  it('never starts a session before now, and keeps only the rest of a day under way', () => {
    const roadmap = { topics: [topic('a', 1, 300, [])], phases: phases(1) };
    const plan = basePlan({ availability: everyDay(60), sessionStart: everyDay('19:00') });
    const { sessions } = schedulePlan(roadmap, plan, { now: '2026-12-01T19:20:00+01:00' });
    expect(sessions[0]).toMatchObject({ start: '2026-12-01T19:20:00+01:00', minutes: 40 });
    const late = schedulePlan(roadmap, plan, { now: '2026-12-01T21:45:00+01:00' });
    expect(late.sessions[0]!.start).toBe('2026-12-02T19:00:00+01:00');
  });

  it('holds for random plans: nothing before now, nothing over busy time, done + planned = estimate', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 0, max: 36 * 60 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.integer({ min: 1, max: 600 })), {
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 50 }),
        ({ roadmap, plan, today }, shift, busySpec, reservePercent) => {
          const now = at(`${today}T00:00:00Z`) + shift * 60_000;
          const busy = busySpec.map(([from, length]) => ({
            start: new Date(now + from * 60_000).toISOString(),
            end: new Date(now + (from + length) * 60_000).toISOString(),
          }));
          const schedule = schedulePlan(roadmap, { ...plan, reservePercent }, { now, busy });
          const start = Math.max(now, 0);
          for (const s of planned(schedule)) {
            expect(at(s.start)).toBeGreaterThanOrEqual(start);
            for (const b of busy) expect(at(s.end) <= at(b.start) || at(s.start) >= at(b.end)).toBe(true);
          }
          if (schedule.warnings.length > 0) return;
          for (const t of roadmap.topics) {
            const status = plan.statuses[t.id] ?? 'todo';
            const expected = status === 'done' || status === 'skipped' ? 0 : Math.round(t.estimateHours * 60);
            expect(minutesOf(schedule.sessions, t.id)).toBe(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('replanning with the least change', () => {
  it('never moves logged work, and keeps every session in force the rules allow', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ roadmap, plan, today }, pick) => {
        const first = schedulePlan(roadmap, plan, { today });
        if (first.sessions.length === 0 || first.warnings.length > 0) return;
        const k = pick % first.sessions.length;
        const log = followUntil(first.sessions, k);
        const now = at(first.sessions[k]!.end);
        const next = schedulePlan(roadmap, plan, { now, log, previous: planned(first) });
        const logged = next.sessions.filter((s) => s.logged);
        expect(logged.map(({ id, start, end, minutes }) => ({ id, start, end, minutes }))).toEqual(
          log.map(({ sessionId, start, end, minutes }) => ({ id: sessionId, start, end, minutes })),
        );
        for (const s of planned(next)) expect(at(s.start)).toBeGreaterThanOrEqual(now);
        // Planned parts read in time order, whatever ids they keep.
        for (const t of roadmap.topics) {
          const labels = planned(next)
            .filter((s) => s.topicId === t.id)
            .map((s) => s.part);
          expect(labels).toEqual([...labels].sort((a, b) => a - b));
          expect(new Set(labels).size).toBe(labels.length);
        }
        if (next.warnings.length > 0) return;
        for (const t of roadmap.topics) {
          const status = plan.statuses[t.id] ?? 'todo';
          if (status === 'done' || status === 'skipped') continue;
          const done = log.filter((e) => e.topicId === t.id && e.outcome === 'done');
          const doneMinutes = done.reduce((sum, e) => sum + e.minutes, 0);
          expect(doneMinutes + minutesOf(planned(next), t.id)).toBe(
            Math.max(doneMinutes, Math.round(t.estimateHours * 60)),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('absorbs a single miss in reserve without moving anything else when there is enough', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 30, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (lengths, pick) => {
          // Independent topics: nothing must follow anything, so the reserve is always in reach.
          const roadmap = { topics: lengths.map((m, i) => topic(`t${i}`, 1, m, [])), phases: phases(1) };
          const plan = basePlan({ availability: everyDay(120), maxSessionMinutes: 60, reservePercent: 50 });
          const first = schedulePlan(roadmap, plan, { today: '2026-12-01' });
          const k = pick % first.sessions.length;
          const log = followUntil(first.sessions, k);
          const now = at(first.sessions[k]!.end);
          const next = schedulePlan(roadmap, plan, { now, log, previous: planned(first) });
          expect(moved(first, next, now)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps a logged session’s part label when the replan adds parts', () => {
    const roadmap = { topics: [topic('a', 1, 240, [])], phases: phases(1) };
    const plan = basePlan({ reservePercent: 10 });
    const first = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    const [done, missed] = first.sessions as [ScheduledSession, ScheduledSession];
    const log: LoggedSession[] = [
      { ...followUntil(first.sessions, 0)[0]!, parts: done.parts },
      { ...followUntil(first.sessions, 1)[1]!, minutes: missed.minutes, parts: missed.parts },
    ];
    const next = schedulePlan(roadmap, plan, { now: at(missed.end), log, previous: planned(first) });
    expect(planned(next)[0]!.parts).toBeGreaterThan(done.parts);
    expect(next.sessions.filter((s) => s.logged).map((s) => `${s.part}/${s.parts}`)).toEqual(['1/4', '2/4']);
  });

  it('keeps the plan in force as it stands when asked to (the plan on screen)', () => {
    const roadmap = { topics: [topic('a', 1, 240, []), topic('b', 1, 120, ['a'])], phases: phases(1) };
    const plan = basePlan();
    const first = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    const again = schedulePlan(roadmap, plan, {
      now: '2026-12-03T12:00:00+01:00',
      previous: planned(first),
      keepPast: true,
    });
    expect(again.sessions).toEqual(first.sessions);
  });
});

describe('busy time', () => {
  it('starts a session after a busy block the same evening when the day allows', () => {
    const roadmap = { topics: [topic('a', 1, 60, [])], phases: phases(1) };
    const plan = basePlan({ availability: everyDay(120), sessionStart: everyDay('19:00') });
    const busy = [{ start: '2026-12-01T18:00:00Z', end: '2026-12-01T18:30:00Z' }];
    const { sessions } = schedulePlan(roadmap, plan, { today: '2026-12-01', busy });
    expect(sessions[0]).toMatchObject({ start: '2026-12-01T19:30:00+01:00', minutes: 60 });
  });
});

describe('a goal topic', () => {
  it('plans the goal’s open prerequisites first, in prerequisite order', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ roadmap, plan, today }, pick) => {
        const goal = roadmap.topics[pick % roadmap.topics.length]!.id;
        const schedule = schedulePlan(roadmap, { ...plan, goal }, { today });
        if (schedule.warnings.some((w) => w.code !== 'target-missed')) return;
        const open = new Map(
          roadmap.topics
            .filter((t) => !['done', 'skipped'].includes(plan.statuses[t.id] ?? 'todo'))
            .map((t) => [t.id, t]),
        );
        const closure = goalClosure(roadmap.topics, open, goal);
        const sessions = planned(schedule);
        const closureEnd = Math.max(...sessions.filter((s) => closure.has(s.topicId)).map((s) => at(s.end)));
        for (const s of sessions)
          if (!closure.has(s.topicId)) expect(at(s.start)).toBeGreaterThanOrEqual(closureEnd);
      }),
      { numRuns: 150 },
    );
  });
});
