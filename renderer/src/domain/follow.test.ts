import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from './calendar-day';
import {
  followSessions,
  lastPlannedDate,
  plannedSessions,
  previewReplan,
  scheduledLog,
  statusAfterLog,
  todayIn,
} from './follow';
import type { LogEntry } from './follow';
import type { Schedule, ScheduledSession } from './schedule-types';

const session = (id: string, date: string, over: Partial<ScheduledSession> = {}): ScheduledSession => ({
  id,
  topicId: id.split('#')[0]!,
  part: Number(id.split('#')[1]),
  parts: 3,
  date,
  start: `${date}T19:00:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes: 60,
  ...over,
});
const schedule = (sessions: ScheduledSession[], ends: (string | null)[] = []): Schedule => ({
  sessions,
  milestones: ends.map((projectedEnd, i) => ({ phase: i + 1, target: null, projectedEnd, onTrack: true })),
  warnings: [],
  reserve: [],
  reviews: [],
});

const entry = (sessionId: string, outcome: 'done' | 'missed', loggedAt: string): LogEntry => ({
  sessionId,
  topicId: 'a',
  outcome,
  date: '2026-12-01',
  start: '2026-12-01T19:00:00+01:00',
  end: '2026-12-01T20:00:00+01:00',
  minutes: 60,
  loggedAt,
});

describe('scheduledLog', () => {
  it('counts done work at once but holds missed sessions in place until a replan', () => {
    const log = [
      entry('a#1', 'done', '2026-12-02T10:00:00.000Z'),
      entry('a#2', 'missed', '2026-12-01T10:00:00.000Z'),
      entry('a#3', 'missed', '2026-12-03T10:00:00.000Z'),
    ];
    expect(
      scheduledLog(log, '2026-12-02T00:00:00.000Z').map((e) => [e.sessionId, e.awaitingReplan ?? false]),
    ).toEqual([
      ['a#1', false],
      ['a#2', false],
      ['a#3', true],
    ]);
    expect(scheduledLog(log, '2026-12-02T00:00:00.000Z')[0]).not.toHaveProperty('loggedAt');
  });
});

describe('todayIn', () => {
  it('reads the date on the plan zone’s clock, not the machine’s', () => {
    const now = new Date('2026-12-01T23:30:00Z');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-12-02');
    expect(todayIn('America/New_York', now)).toBe('2026-12-01');
    expect(todayIn('Pacific/Auckland', new Date('2026-12-01T10:59:00Z'))).toBe('2026-12-01');
    expect(todayIn('Pacific/Auckland', new Date('2026-12-01T11:00:00Z'))).toBe('2026-12-02');
  });

  it('agrees with a TZDate’s day for any instant and zone', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/St_Johns',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'Pacific/Kiritimati',
    ];
    const instants = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        expect(todayIn(zone, new Date(instant))).toBe(localDay(new TZDate(instant, zone)));
      }),
    );
  });
});

describe('followSessions', () => {
  it('tells logged, flagged, overdue, today and upcoming sessions apart', () => {
    const s = schedule([
      session('a#1', '2026-12-01', { logged: 'done' }),
      session('a#2', '2026-12-02'),
      session('a#3', '2026-12-03', { logged: 'missed', awaitingReplan: true }),
      session('b#1', '2026-12-04'),
      session('b#2', '2026-12-05'),
    ]);
    const states = followSessions(s, '2026-12-04').map((f) => f.state);
    expect(states).toEqual(['logged', 'overdue', 'missed-flag', 'today', 'upcoming']);
  });
});

describe('previewReplan', () => {
  it('lists sessions that move, appear or go, and counts the rest', () => {
    const current = schedule(
      [
        session('a#1', '2026-12-01', { logged: 'done' }),
        session('a#2', '2026-12-02'),
        session('a#3', '2026-12-03'),
        session('b#1', '2026-12-04'),
      ],
      ['2026-12-03', '2026-12-04'],
    );
    const next = schedule(
      [
        session('a#1', '2026-12-01', { logged: 'done' }),
        session('a#2', '2026-12-02'),
        session('a#4', '2026-12-05'),
        session('b#1', '2026-12-06'),
      ],
      ['2026-12-03', '2026-12-06'],
    );
    const preview = previewReplan(current, next);
    expect(preview.unchanged).toBe(1);
    expect(preview.moves.map((m) => [m.id, m.from?.date ?? null, m.to?.date ?? null])).toEqual([
      ['a#4', null, '2026-12-05'],
      ['b#1', '2026-12-04', '2026-12-06'],
      ['a#3', '2026-12-03', null],
    ]);
    expect(preview.phaseEnds).toEqual([{ phase: 2, from: '2026-12-04', to: '2026-12-06' }]);
  });
});

describe('statusAfterLog', () => {
  const plan = schedule([
    session('a#1', '2026-12-01', { logged: 'done' }),
    session('a#2', '2026-12-02', { logged: 'missed', awaitingReplan: true }),
    session('a#3', '2026-12-03'),
    session('b#1', '2026-12-04'),
  ]);
  it('finishes a topic only on its last open part, and starts it on any other', () => {
    expect(statusAfterLog({ id: 'a#3', topicId: 'a' }, 'done', 'doing', plan)).toBeNull();
    expect(statusAfterLog({ id: 'b#1', topicId: 'b' }, 'done', 'todo', plan)).toBe('done');
    const rest = schedule([session('a#1', '2026-12-01', { logged: 'done' }), session('a#3', '2026-12-03')]);
    expect(statusAfterLog({ id: 'a#3', topicId: 'a' }, 'done', 'doing', rest)).toBe('done');
    expect(statusAfterLog({ id: 'a#3', topicId: 'a' }, 'done', 'todo', plan)).toBe('doing');
  });

  it('leaves the status alone for a missed session, or a topic done or skipped', () => {
    expect(statusAfterLog({ id: 'b#1', topicId: 'b' }, 'missed', 'todo', plan)).toBeNull();
    expect(statusAfterLog({ id: 'b#1', topicId: 'b' }, 'done', 'skipped', plan)).toBeNull();
  });
});

describe('plannedSessions', () => {
  it('keeps the sessions not logged, overdue ones too, and ends the plan at the last of them', () => {
    const plan = schedule([
      session('a#1', '2026-11-28'),
      session('a#2', '2026-12-01', { logged: 'done' }),
      session('a#3', '2026-12-02'),
      session('b#1', '2026-12-03', { logged: 'missed' }),
    ]);
    expect(plannedSessions(plan).map((s) => s.id)).toEqual(['a#1', 'a#3']);
    expect(lastPlannedDate(plan)).toBe('2026-12-02');
    expect(lastPlannedDate(schedule([]))).toBeNull();
  });
});
