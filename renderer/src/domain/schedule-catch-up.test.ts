import { describe, expect, it } from 'vitest';
import { schedulePlan } from './schedule';
import { basePlan, everyDay, phases, topic } from './schedule-fixtures';
import type { LoggedSession, Schedule, ScheduledSession } from './schedule-types';

const planned = (schedule: Schedule) => schedule.sessions.filter((s) => !s.logged);
const at = (iso: string) => Date.parse(iso);

// Weekday evenings of an hour and a three-hour Saturday with the default reserve: `a` fills
// Tuesday to Friday, its dependant `b` starts on Saturday, and `c` (after `b`) follows.
const roadmap = {
  topics: [topic('a', 1, 240, []), topic('b', 1, 240, ['a']), topic('c', 1, 600, ['b'])],
  phases: phases(1),
};
const evenings = basePlan({
  startDate: '2026-12-01',
  availability: { ...everyDay(60), sat: 180, sun: 0 },
  sessionStart: { ...everyDay('19:30'), sat: '10:00' },
  reservePercent: 10,
});

/** Replans after the first session of `a` is missed; returns the sessions in force that moved. */
function missFirst(breakMinutes: number) {
  const plan = { ...evenings, breakMinutes };
  const before = planned(schedulePlan(roadmap, plan, { today: '2026-12-01' }));
  const missed: ScheduledSession = before[0]!;
  const log: LoggedSession[] = [{ ...missed, sessionId: missed.id, outcome: 'missed' }];
  const now = at(missed.end);
  const after = planned(schedulePlan(roadmap, plan, { now, log, previous: before }));
  const byId = new Map(after.map((s) => [s.id, s]));
  const moved = before
    .filter((s) => at(s.start) >= now)
    .filter((s) => byId.get(s.id)?.start !== s.start || byId.get(s.id)?.end !== s.end);
  return { before, after, moved };
}

describe('a missed session’s catch-up with breaks between sessions', () => {
  it('takes the place of the first session that must follow it, which moves with one session after it', () => {
    const { after, moved } = missFirst(10);
    // No time is left before b starts on Saturday 10:00: the missed hour goes there. (It used to
    // be split around b's Saturday, 10:00–10:30 and 12:28–12:58, and six sessions moved.)
    const catchUp = after.filter((s) => s.topicId === 'a' && s.date === '2026-12-05');
    expect(catchUp.map((s) => [s.start, s.end])).toEqual([
      ['2026-12-05T10:00:00+01:00', '2026-12-05T11:00:00+01:00'],
    ]);
    expect(moved.map((s) => s.id)).toEqual(['b#1', 'c#1']);
  });
});
