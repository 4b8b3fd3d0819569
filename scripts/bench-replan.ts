/**
 * Replan figures for `npm run bench` (issue 11 §8): one missed session absorbed into the plan
 * in force, timed in Node with the scheduler the app and the command line use.
 */
import { parsePlan, schedulePlan } from '../renderer/src/domain';
import type { LoggedSession, Plan, Roadmap, Schedule, ScheduledSession } from '../renderer/src/domain';
import { report, timeIt } from './bench-report';

/** The new user: 1 h on weekday evenings, 3 h on Saturday, Europe/Berlin, default reserve. */
function eveningsPlan(): Plan {
  const evening = '19:30';
  const result = parsePlan({
    roadmap: 'fastapi',
    startDate: '2026-12-01',
    timeZone: 'Europe/Berlin',
    availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
    sessionStart: {
      mon: evening,
      tue: evening,
      wed: evening,
      thu: evening,
      fri: evening,
      sat: '10:00',
      sun: '10:00',
    },
    maxSessionMinutes: 90,
    minSessionMinutes: 30,
    blackoutDates: [],
    phaseTargets: {},
    statuses: {},
  });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const planned = (schedule: Schedule) => schedule.sessions.filter((s) => !s.logged);

/** Each session before `k` logged done and session `k` missed: a user who followed the plan. */
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

/** A replan after missing session `k` of `first`: the scheduler's inputs. */
function missed(first: Schedule, k: number) {
  const sessions = planned(first);
  const now = Date.parse(sessions[k]!.end);
  return { now, log: followUntil(sessions, k), previous: sessions };
}

/** Sessions in force (from `now` on) whose time or length the replan changed. */
function moves(previous: readonly ScheduledSession[], next: Schedule, now: number): number {
  const after = new Map(planned(next).map((s) => [s.id, s]));
  return previous
    .filter((s) => Date.parse(s.start) >= now)
    .filter((s) => after.get(s.id)?.start !== s.start || after.get(s.id)?.end !== s.end).length;
}

/** `replan_fastapi_ms`, `replan_fastapi_moves` (and the worst miss), `replan_1000_ms`. */
export function replanFigures(fastapi: Roadmap, roadmap1000: Roadmap, plan1000: Plan): void {
  const plan = eveningsPlan();
  const first = schedulePlan(fastapi, plan, { now: '2026-12-01T00:00:00+01:00' });
  // Six weeks of following the plan, then the next one-hour session missed.
  const sessions = planned(first);
  const k = sessions.findIndex((s) => s.start >= '2027-01-11' && s.minutes === 60);
  const replan = missed(first, k);
  report({
    name: 'replan_fastapi_ms',
    value: timeIt(20, () => schedulePlan(fastapi, plan, replan)),
    unit: 'ms',
    goal: '< 20',
  });
  report({
    name: 'replan_fastapi_moves',
    value: moves(replan.previous, schedulePlan(fastapi, plan, replan), replan.now),
    unit: 'sessions',
    goal: '<= 3',
  });
  // The same for every one-hour session of the plan missed in turn: the worst case.
  let worst = 0;
  sessions.forEach((s, i) => {
    if (s.minutes !== 60 || i === sessions.length - 1) return;
    const each = missed(first, i);
    worst = Math.max(worst, moves(each.previous, schedulePlan(fastapi, plan, each), each.now));
  });
  report({ name: 'replan_fastapi_moves_worst', value: worst, unit: 'sessions', goal: '<= 3' });

  const big = schedulePlan(roadmap1000, plan1000, { today: '2026-11-24' });
  const bigReplan = missed(big, 300);
  report({
    name: 'replan_1000_ms',
    value: timeIt(5, () => schedulePlan(roadmap1000, plan1000, bigReplan)),
    unit: 'ms',
    goal: '< 100',
  });
  report({
    name: 'replan_1000_moves',
    value: moves(bigReplan.previous, schedulePlan(roadmap1000, plan1000, bigReplan), bigReplan.now),
    unit: 'sessions',
  });
}
