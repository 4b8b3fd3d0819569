import { describe, expect, it } from 'vitest';
import { planIcs } from './ics';
import type { PlanIcsRequest } from './ics';
import { basePlan, exportOf, parseIcs, tiny } from './ics-fixtures';
import { everyDay } from './schedule-fixtures';
import { icsUid } from './ics-names';
import { milestonesInRange, sessionsInRange } from './ics-range';
import { schedulePlan } from './schedule';
import type { LoggedSession, ScheduledSession } from './schedule-types';

describe('buildIcs re-export', () => {
  const plan = basePlan();
  const schedule = schedulePlan(tiny, plan, { today: '2026-11-30' });

  it('keeps UIDs and SEQUENCE when nothing changed', () => {
    const first = exportOf(tiny, schedule, { milestones: schedule.milestones });
    const second = exportOf(tiny, schedule, {
      milestones: schedule.milestones,
      history: first.history,
      now: new Date('2026-12-02T10:00:00Z'),
    });
    const a = parseIcs(first.text).events;
    const b = parseIcs(second.text).events;
    expect(b.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(b.every((e) => e.sequence === 0)).toBe(true);
    expect(second.cancelled).toBe(0);
    expect(second.history.events).toEqual(first.history.events);
    // Only DTSTAMP differs.
    expect(second.text.replace(/DTSTAMP:\w+/g, '')).toBe(first.text.replace(/DTSTAMP:\w+/g, ''));
  });

  it('raises SEQUENCE of changed events and cancels removed ones once', () => {
    const first = exportOf(tiny, schedule);
    // Two hours a day: First Steps now fits one session, so its part 2 is gone.
    const replanned = schedulePlan(tiny, basePlan({ availability: everyDay(120), maxSessionMinutes: 120 }), {
      today: '2026-11-30',
    });
    const second = exportOf(tiny, replanned, { history: first.history });
    const events = parseIcs(second.text).events;
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const uid = (id: string) => icsUid(id, 'plan-1');
    expect(byUid.get(uid('first-steps#1'))).toMatchObject({
      sequence: 1,
      summary: 'Tiny · First Steps',
      status: 'CONFIRMED',
    });
    // Second Steps moved from 3 Dec to 2 Dec.
    expect(byUid.get(uid('second-steps#1'))).toMatchObject({
      sequence: 1,
      start: Date.parse('2026-12-02T18:00:00Z'),
    });
    const gone = byUid.get(uid('first-steps#2'))!;
    expect(gone).toMatchObject({ status: 'CANCELLED', sequence: 1, summary: 'Tiny · First Steps (2/2)' });
    expect(gone.start).toBe(Date.parse(schedule.sessions.find((s) => s.id === 'first-steps#2')!.start));
    expect(second.cancelled).toBe(1);
    expect(second.events).toBe(replanned.sessions.length);
    expect(second.history.events[uid('first-steps#2')]).toBeUndefined();
    expect(second.history.retired[uid('first-steps#2')]).toBe(1);

    const third = exportOf(tiny, replanned, { history: second.history });
    expect(third.cancelled).toBe(0);
    expect(third.text).not.toContain('first-steps#2');
    expect(parseIcs(third.text).events.map((e) => e.sequence)).toEqual(
      parseIcs(second.text)
        .events.filter((e) => e.status !== 'CANCELLED')
        .map((e) => e.sequence),
    );

    // The work comes back: its event outranks the cancellation.
    const fourth = exportOf(tiny, schedule, { history: third.history });
    expect(parseIcs(fourth.text).events.find((e) => e.uid === uid('first-steps#2'))).toMatchObject({
      sequence: 2,
      status: 'CONFIRMED',
    });
    expect(fourth.history.retired[uid('first-steps#2')]).toBeUndefined();
  });

  it('changes SEQUENCE when the reminder changes', () => {
    const first = exportOf(tiny, schedule);
    const second = exportOf(tiny, schedule, { history: first.history, reminderMinutes: 30 });
    expect(parseIcs(second.text).events.every((e) => e.sequence === 1)).toBe(true);
  });

  it('does not cancel events of the plan outside a range export', () => {
    const first = exportOf(tiny, schedule, { milestones: schedule.milestones });
    const week = sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 1 }, '2026-12-03');
    expect(week.length).toBeGreaterThan(0);
    expect(week.length).toBeLessThan(schedule.sessions.length);
    const partial = exportOf(tiny, schedule, { sessions: week, history: first.history });
    expect(partial.cancelled).toBe(0);
    expect(parseIcs(partial.text).events).toHaveLength(week.length);
    expect(partial.history.events).toEqual(first.history.events);
    // A phase export likewise.
    const phase2 = exportOf(tiny, schedule, {
      sessions: sessionsInRange(tiny, schedule, { kind: 'phase', phase: 2 }, '2026-11-30'),
      milestones: milestonesInRange(schedule, { kind: 'phase', phase: 2 }, '2026-11-30'),
      history: partial.history,
    });
    expect(phase2.cancelled).toBe(0);
    expect(phase2.history.events).toEqual(first.history.events);
  });

  it('cancels sessions logged missed that were exported, and leaves out the others', () => {
    const first = exportOf(tiny, schedule, {
      sessions: sessionsInRange(tiny, schedule, { kind: 'phase', phase: 1 }, '2026-11-30'),
    });
    const missed = (session: ScheduledSession): LoggedSession => ({
      sessionId: session.id,
      topicId: session.topicId,
      outcome: 'missed',
      date: session.date,
      start: session.start,
      end: session.end,
      minutes: session.minutes,
    });
    const exported = schedule.sessions.find((s) => s.id === 'first-steps#1')!;
    const neverExported = schedule.sessions.find((s) => s.id === 'later#1')!;
    const log = [missed(exported), missed(neverExported)];
    const replanned = schedulePlan(tiny, plan, { today: '2026-12-05', log });
    expect(replanned.sessions.filter((s) => s.logged === 'missed')).toHaveLength(2);
    const second = exportOf(tiny, replanned, { history: first.history });
    const events = parseIcs(second.text).events;
    expect(events.find((e) => e.uid === icsUid('first-steps#1', 'plan-1'))).toMatchObject({
      status: 'CANCELLED',
      sequence: 1,
    });
    expect(events.some((e) => e.uid === icsUid('later#1', 'plan-1'))).toBe(false);
    expect(second.history.events[icsUid('first-steps#1', 'plan-1')]).toBeUndefined();
    // An export given no range is the whole plan's: it cancels a missed session it does not list.
    const whole = exportOf(tiny, replanned, { sessions: [], history: first.history });
    expect(parseIcs(whole.text).events.map((e) => [e.uid, e.status])).toEqual([
      [icsUid('first-steps#1', 'plan-1'), 'CANCELLED'],
    ]);
    // A phase 2 export leaves phase 1's missed session to an export that covers it.
    const phase2 = exportOf(tiny, replanned, {
      sessions: sessionsInRange(tiny, replanned, { kind: 'phase', phase: 2 }, '2026-12-05'),
      range: { range: { kind: 'phase', phase: 2 }, today: '2026-12-05' },
      history: first.history,
    });
    expect(phase2.cancelled).toBe(0);
    expect(phase2.history.events[icsUid('first-steps#1', 'plan-1')]).toEqual(
      first.history.events[icsUid('first-steps#1', 'plan-1')],
    );
  });

  it('cancels a session gone from the plan only in an export whose range held it', () => {
    const request = (over: Partial<PlanIcsRequest>): PlanIcsRequest => ({
      roadmap: tiny,
      schedule,
      planId: 'plan-1',
      range: { kind: 'all' },
      today: '2026-11-30',
      withMilestones: false,
      reminderMinutes: null,
      history: null,
      now: new Date('2026-11-30T08:00:00Z'),
      ...over,
    });
    const first = planIcs(request({}));
    const gone = icsUid('first-steps#2', 'plan-1');
    expect(first.history.events[gone]).toMatchObject({ day: '2026-12-02' });
    // Two hours a day: First Steps' part 2 (Wednesday 2 Dec) is gone from the plan.
    const replanned = schedulePlan(tiny, basePlan({ availability: everyDay(120), maxSessionMinutes: 120 }), {
      today: '2026-11-30',
    });
    const again = (range: PlanIcsRequest['range'], today: string) =>
      planIcs(request({ schedule: replanned, range, today, history: first.history }));
    const statuses = (text: string) => parseIcs(text).events.map((e) => e.status);

    // Phase 2 and the week from Thursday 3 Dec do not hold it: nothing is cancelled, and the
    // history keeps it for the export that does.
    for (const narrower of [
      again({ kind: 'phase', phase: 2 }, '2026-11-30'),
      again({ kind: 'weeks', weeks: 1 }, '2026-12-03'),
    ]) {
      expect(narrower.cancelled).toBe(0);
      expect(statuses(narrower.text)).not.toContain('CANCELLED');
      expect(narrower.history.events[gone]).toEqual(first.history.events[gone]);
    }
    // Phase 1, the week from Monday 30 Nov and the whole plan do.
    for (const holding of [
      again({ kind: 'phase', phase: 1 }, '2026-11-30'),
      again({ kind: 'weeks', weeks: 1 }, '2026-11-30'),
      again({ kind: 'all' }, '2026-11-30'),
    ]) {
      expect(holding.cancelled).toBe(1);
      const cancelled = parseIcs(holding.text).events.filter((e) => e.status === 'CANCELLED');
      expect(cancelled.map((e) => [e.uid, e.sequence])).toEqual([[gone, 1]]);
      expect(holding.history.events[gone]).toBeUndefined();
      expect(holding.history.retired[gone]).toBe(1);
    }
  });
});
