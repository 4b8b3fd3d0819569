import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPlanSettings } from '../domain';
import type { LoggedSession } from '../domain';
import { openPlannerDatabase } from './database';
import type { PlannerDatabase } from './database';
import { readPlanState } from './plan-repository';
import { replanFrom, savePlanSettings, setEstimateOverride } from './plan-writes';
import { logSession, undoLogSession } from './session-log-repository';
import { setTopicStatuses } from './progress-repository';

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function freshDatabase(): Promise<PlannerDatabase> {
  const db = await openPlannerDatabase('plan-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  return db;
}

const settings = defaultPlanSettings('fastapi', '2026-12-01', 'Europe/Berlin');

const session = (sessionId: string, outcome: 'done' | 'missed', date = '2026-12-01'): LoggedSession => ({
  sessionId,
  topicId: sessionId.split('#')[0]!,
  outcome,
  date,
  start: `${date}T19:00:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes: 60,
});

describe('plan settings', () => {
  it('has no plan until one is saved, then one per roadmap that keeps its id', async () => {
    const db = await freshDatabase();
    expect(await readPlanState(db, 'fastapi')).toEqual({ plan: null, log: [] });
    const first = await savePlanSettings(db, 'fastapi', settings, '2026-12-01', []);
    expect(first.id).toMatch(/^fastapi-[0-9a-f]{12}$/);
    const second = await savePlanSettings(
      db,
      'fastapi',
      { ...settings, maxSessionMinutes: 120 },
      '2026-12-03',
      [],
    );
    expect(second).toMatchObject({ id: first.id, createdAt: first.createdAt, replannedOn: '2026-12-03' });
    const { plan } = await readPlanState(db, 'fastapi');
    expect(plan?.settings.maxSessionMinutes).toBe(120);
    expect(await db.plans.count()).toBe(1);
  });

  it('refuses invalid settings and writes nothing', async () => {
    const db = await freshDatabase();
    await expect(
      savePlanSettings(db, 'fastapi', { ...settings, minSessionMinutes: 200 }, '2026-12-01', []),
    ).rejects.toThrow('minSessionMinutes: shortest session is longer than the longest');
    expect(await db.plans.count()).toBe(0);
  });

  it('replans from a day, keeping the settings and putting the new sessions in force', async () => {
    const db = await freshDatabase();
    await savePlanSettings(db, 'fastapi', settings, '2026-12-01', []);
    const inForce = [
      {
        id: 'a#1',
        topicId: 'a',
        start: '2026-12-09T19:00:00+01:00',
        end: '2026-12-09T20:00:00+01:00',
        minutes: 60,
      },
    ];
    await replanFrom(db, 'fastapi', '2026-12-09', inForce);
    const { plan } = await readPlanState(db, 'fastapi');
    expect(plan).toMatchObject({ replannedOn: '2026-12-09', settings, inForce });
  });

  it('sets and clears a topic estimate, creating the plan when there is none', async () => {
    const db = await freshDatabase();
    const fallback = { settings, today: '2026-12-01' };
    await setEstimateOverride(db, 'fastapi', 'routing', 2.5, fallback);
    expect((await readPlanState(db, 'fastapi')).plan?.settings.estimates).toEqual({ routing: 2.5 });
    await setEstimateOverride(db, 'fastapi', 'routing', null, fallback);
    expect((await readPlanState(db, 'fastapi')).plan?.settings).not.toHaveProperty('estimates');
    await expect(setEstimateOverride(db, 'fastapi', 'routing', -1, fallback)).rejects.toThrow(RangeError);
  });
});

describe('the session log', () => {
  it('logs a session once, replacing an earlier outcome, in time order', async () => {
    const db = await freshDatabase();
    await logSession(db, 'fastapi', session('routing#2', 'missed', '2026-12-02'), null);
    await logSession(db, 'fastapi', session('routing#1', 'missed'), null);
    await logSession(db, 'fastapi', session('routing#1', 'done'), 'doing');
    const { log } = await readPlanState(db, 'fastapi');
    expect(log.map((e) => [e.sessionId, e.outcome])).toEqual([
      ['routing#1', 'done'],
      ['routing#2', 'missed'],
    ]);
    expect(await db.topicStates.get(['fastapi', 'routing'])).toMatchObject({ status: 'doing' });
  });

  it('undoes a log: the earlier outcome and the topic status come back', async () => {
    const db = await freshDatabase();
    await setTopicStatuses(db, 'fastapi', [{ topicId: 'routing', status: 'doing' }]);
    await logSession(db, 'fastapi', session('routing#1', 'missed'), null);
    const undo = await logSession(db, 'fastapi', session('routing#1', 'done'), 'done');
    expect(await db.topicStates.get(['fastapi', 'routing'])).toMatchObject({ status: 'done' });
    await undoLogSession(db, undo);
    const { log } = await readPlanState(db, 'fastapi');
    expect(log.map((e) => e.outcome)).toEqual(['missed']);
    expect(await db.topicStates.get(['fastapi', 'routing'])).toMatchObject({ status: 'doing' });

    const fresh = await logSession(db, 'fastapi', session('pydantic#1', 'done'), 'doing');
    await undoLogSession(db, fresh);
    expect(await db.topicStates.get(['fastapi', 'pydantic'])).toBeUndefined();
  });
});

describe('log and replan order', () => {
  it('keeps a log after the replan before it, and a replan after the logs before it, even within one millisecond', async () => {
    const db = await freshDatabase();
    const frozen = Date.now();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(frozen);
    try {
      await savePlanSettings(db, 'fastapi', settings, '2026-12-01', []);
      await logSession(db, 'fastapi', session('routing#1', 'missed'), null);
      let state = await readPlanState(db, 'fastapi');
      expect(state.log[0]!.loggedAt > state.plan!.replannedAt).toBe(true);
      await replanFrom(db, 'fastapi', '2026-12-01', []);
      state = await readPlanState(db, 'fastapi');
      expect(state.log[0]!.loggedAt <= state.plan!.replannedAt).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
