import { describe, expect, it } from 'vitest';
import { schedulePlan } from './schedule';
import { MAX_SESSIONS } from './schedule-placement';
import { basePlan, everyDay, phases, topic } from './schedule-fixtures';
import type { ScheduledSession } from './schedule-types';

const spans = (sessions: readonly ScheduledSession[], topicId: string) =>
  sessions.filter((s) => s.topicId === topicId).map((s) => `${s.start.slice(5, 16)} ${s.minutes}`);

describe('placing work', () => {
  it('fills each day in order, splitting at the longest session', () => {
    const roadmap = { topics: [topic('a', 1, 100, []), topic('b', 1, 50, [])], phases: phases(1) };
    // Back to back (no break), so every minute of each day is used.
    const plan = basePlan({ availability: everyDay(90), maxSessionMinutes: 60, breakMinutes: 0 });
    const { sessions } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(spans(sessions, 'a')).toEqual(['12-01T19:00 60', '12-01T20:00 30', '12-02T19:00 10']);
    expect(spans(sessions, 'b')).toEqual(['12-02T19:10 50']);
  });

  it('makes no fragment shorter than the shortest session unless it ends the topic', () => {
    const roadmap = { topics: [topic('a', 1, 80, [])], phases: phases(1) };
    const plan = basePlan({ availability: everyDay(70), maxSessionMinutes: 60 });
    const { sessions } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    // 60 then 10 would leave a 10-minute fragment mid-topic: the 20 left go to the next day.
    expect(spans(sessions, 'a')).toEqual(['12-01T19:00 60', '12-02T19:00 20']);
  });

  it('places a topic whole or not at all, and nothing after one that does not fit', () => {
    const roadmap = {
      topics: [topic('a', 1, 60, []), topic('b', 1, 600 * 60 * 24, ['a']), topic('c', 1, 30, ['b'])],
      phases: phases(1),
    };
    const { sessions, warnings } = schedulePlan(roadmap, basePlan(), { today: '2026-12-01' });
    expect(new Set(sessions.map((s) => s.topicId))).toEqual(new Set(['a']));
    expect(warnings.map((w) => w.code)).toEqual(['too-long']);
  });

  it('stops at the session cap with a warning, fast and in bounded memory', () => {
    const roadmap = {
      topics: Array.from({ length: 10 }, (_, i) => topic(`t${i}`, 1, 200 * 60, [])),
      phases: phases(1),
    };
    // Five-minute sessions (the shortest a plan allows) all day long: 24,000 sessions of work.
    const plan = basePlan({ availability: everyDay(1440), maxSessionMinutes: 5, minSessionMinutes: 5 });
    const t0 = performance.now();
    const { sessions, warnings } = schedulePlan(roadmap, plan, { today: '2026-12-01' });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(sessions.length).toBeLessThanOrEqual(MAX_SESSIONS);
    expect(sessions.length).toBeGreaterThan(0);
    expect(warnings.map((w) => w.code)).toEqual(['too-many']);
    expect(warnings[0]!.message).toMatch(
      /^The plan would make more than 20,000 sessions: \d+ h of work are left unplanned/,
    );
  });
});
