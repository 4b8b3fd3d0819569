import { describe, expect, it } from 'vitest';
import { plannedSessions } from '../../domain';
import { basePlan, everyDay, phases, topic } from '../../domain/schedule-fixtures';
import type { PlanRecord } from '../../storage';
import { replanInForce, replanned, scheduleInForce, toInForce } from './living-plan';
import type { Inputs } from './living-plan';

// The break between sessions in the living plan: a stored plan from before breaks keeps its
// sessions as they are until the user saves or replans; a changed break lays the days out afresh.

const NOW = Date.parse('2026-12-01T08:00:00Z');
const roadmap = { topics: [topic('a', 1, 900, [])], phases: phases(1) };
/** Three hours on Saturday (5 Dec 2026) from 10:00: two 90-minute sessions. */
const { breakMinutes: _none, ...oldPlan } = basePlan({
  availability: { ...everyDay(0), sat: 180 },
  sessionStart: everyDay('10:00'),
});

const inputsOf = (plan: Inputs['plan'], over: Partial<Inputs> = {}): Inputs => ({
  roadmap,
  plan,
  log: [],
  busy: [],
  now: NOW,
  ...over,
});

const saturday = (sessions: readonly { date: string; start: string; end: string }[]) =>
  sessions
    .filter((s) => s.date === '2026-12-05')
    .map((s) => `${s.start.slice(11, 16)}–${s.end.slice(11, 16)}`);

/** A plan record saved before breaks: no `breakMinutes`, its sessions in force back to back. */
function oldRecord(): PlanRecord {
  const before = replanned(null, inputsOf({ ...oldPlan, breakMinutes: 0 }));
  return {
    id: 'plan-1',
    roadmapId: 'test',
    settings: oldPlan,
    replannedOn: '2026-12-01',
    replannedAt: '2026-12-01T08:00:00.000Z',
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    inForce: toInForce(before),
  };
}

describe('the break in the living plan', () => {
  it('moves nothing of a plan saved before breaks until a save or replan', () => {
    const record = oldRecord();
    const onScreen = scheduleInForce(record, inputsOf(oldPlan, { now: Date.parse('2026-12-02T12:00:00Z') }));
    expect(saturday(plannedSessions(onScreen))).toEqual(['10:00–11:30', '11:30–13:00']);
    // "Replan from now" spaces them with the default 10-minute break.
    const next = replanned(onScreen, inputsOf(oldPlan, { now: Date.parse('2026-12-02T12:00:00Z') }));
    expect(saturday(plannedSessions(next))).toEqual(['10:00–11:30', '11:40–13:00']);
  });

  it('plans a record without sessions in force (before the living plan) back to back, as it was', () => {
    const { inForce: _kept, ...record } = oldRecord();
    const onScreen = scheduleInForce(record, inputsOf(oldPlan));
    expect(saturday(plannedSessions(onScreen))).toEqual(['10:00–11:30', '11:30–13:00']);
  });

  it('lays the days out afresh when the break changes, and keeps them when it does not', () => {
    const spaced = replanned(null, inputsOf({ ...oldPlan, breakMinutes: 10 }));
    expect(saturday(plannedSessions(spaced))).toEqual(['10:00–11:30', '11:40–13:00']);
    const touching = inputsOf({ ...oldPlan, breakMinutes: 0 }, { reflow: true });
    expect(saturday(plannedSessions(replanned(spaced, touching)))).toEqual(['10:00–11:30', '11:30–13:00']);
    // Without `reflow` the sessions in force keep their places (the least change).
    const kept = replanned(spaced, { ...touching, reflow: false });
    expect(saturday(plannedSessions(kept))).toEqual(['10:00–11:30', '11:40–13:00']);
    // The save counts what the new layout changes.
    expect(replanInForce(spaced, touching).moves).toBeGreaterThan(0);
  });
});
