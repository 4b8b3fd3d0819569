import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPlanSettings } from '../domain';
import { ActionChannel } from './action-channel';
import { resetRoadmapProgress, restoreBackup } from './actions/data-actions';
import { logStudySession, savePlan, setEstimate } from './actions/plan-actions';
import { setNoteText, setProgress } from './actions/progress-actions';
import { exportBackupData } from './backup-repository';
import { openPlannerDatabase } from './database';
import type { PlannerDatabase } from './database';
import { readPlanState } from './plan-repository';
import { readProgress } from './progress-repository';

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function channel(clock = () => 0) {
  const db = await openPlannerDatabase('channel-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const errors: unknown[] = [];
  return { db, errors, channel: new ActionChannel(db, (e) => errors.push(e), clock) };
}

const status = (topicId: string, s: 'todo' | 'doing' | 'done' | 'skipped') => ({
  statuses: [{ topicId, status: s }],
  items: [],
});
const statusOf = async (db: PlannerDatabase, topicId: string) =>
  (await readProgress(db, 'fastapi')).statuses.get(topicId) ?? 'todo';

describe('the action channel', () => {
  it('undoes and redoes status changes in order, on one stack', async () => {
    const { db, channel: c } = await channel();
    await c.run(setProgress('fastapi', status('routing', 'doing'), 'a'));
    await c.run(setProgress('fastapi', status('routing', 'done'), 'b'));
    expect(c.getState()).toMatchObject({ canUndo: true, canRedo: false, undoText: 'b' });
    await c.undo();
    expect(await statusOf(db, 'routing')).toBe('doing');
    await c.undo();
    expect(await statusOf(db, 'routing')).toBe('todo');
    expect(c.getState()).toMatchObject({ canUndo: false, canRedo: true, redoText: 'a' });
    await c.redo();
    await c.redo();
    expect(await statusOf(db, 'routing')).toBe('done');
    expect(c.getState().canRedo).toBe(false);
  });

  it('puts back a tick and the status it caused as one step', async () => {
    const { db, channel: c } = await channel();
    await c.run(
      setProgress(
        'fastapi',
        {
          statuses: [{ topicId: 'routing', status: 'doing' }],
          items: [{ topicId: 'routing', itemId: 'x', checked: true }],
        },
        'tick',
      ),
    );
    await c.undo();
    const progress = await readProgress(db, 'fastapi');
    expect(progress.statuses.get('routing')).toBe('todo');
    expect(progress.checkedItems.get('routing')).toBeUndefined();
  });

  it('makes one step of typing one note, and a new one after a pause', async () => {
    let now = 0;
    const { db, channel: c } = await channel(() => now);
    for (const text of ['h', 'he', 'hello']) await c.run(setNoteText('fastapi', 'routing', text, 'Routing'));
    const note = async () => (await readProgress(db, 'fastapi')).notes.get('routing');
    await c.undo();
    expect(await note()).toBeUndefined();
    await c.redo();
    expect(await note()).toBe('hello');
    now = 60_000;
    await c.run(setNoteText('fastapi', 'routing', 'hello world', 'Routing'));
    await c.undo();
    expect(await note()).toBe('hello');
  });

  it('announces a logged session, and undo takes back the log and the status together', async () => {
    const { db, channel: c } = await channel();
    const session = {
      sessionId: 'routing#1',
      topicId: 'routing',
      outcome: 'done' as const,
      date: '2026-12-01',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T20:00:00+01:00',
      minutes: 60,
    };
    await c.run(logStudySession('fastapi', session, 'done', 'Logged 60 min'));
    expect(c.getState().notice?.text).toBe('Logged 60 min');
    expect((await readPlanState(db, 'fastapi')).log).toHaveLength(1);
    await c.undo();
    expect((await readPlanState(db, 'fastapi')).log).toHaveLength(0);
    expect(await statusOf(db, 'routing')).toBe('todo');
    expect(c.getState().notice).toBeNull();
    await c.redo();
    expect(await statusOf(db, 'routing')).toBe('done');
  });

  it('undoes a plan save and an estimate by putting the plan back as it was', async () => {
    const { db, channel: c } = await channel();
    const settings = defaultPlanSettings('fastapi', '2026-12-01', 'Europe/Berlin');
    await c.run(savePlan('fastapi', settings, '2026-12-01', []));
    await c.run(setEstimate('fastapi', 'routing', 7, { settings, today: '2026-12-01' }, 'Routing'));
    expect((await readPlanState(db, 'fastapi')).plan?.settings.estimates).toEqual({ routing: 7 });
    await c.undo();
    expect((await readPlanState(db, 'fastapi')).plan?.settings.estimates).toBeUndefined();
    await c.undo();
    expect((await readPlanState(db, 'fastapi')).plan).toBeNull();
    await c.redo();
    expect((await readPlanState(db, 'fastapi')).plan).not.toBeNull();
  });

  it('forgets earlier steps at a reset, whose own undo brings everything back', async () => {
    const { db, channel: c } = await channel();
    await c.run(setProgress('fastapi', status('routing', 'done'), 'a'));
    await c.run(resetRoadmapProgress('fastapi'));
    expect(await statusOf(db, 'routing')).toBe('todo');
    await c.undo();
    expect(await statusOf(db, 'routing')).toBe('done');
    expect(c.getState().canUndo).toBe(false);
  });

  it('undoes a restore by putting back every row it replaced', async () => {
    const { db, channel: c } = await channel();
    await c.run(setProgress('fastapi', status('routing', 'done'), 'a'));
    const before = await exportBackupData(db);
    const empty = { ...before, topicStates: [] };
    await c.run(
      restoreBackup(
        {
          format: 'roadmap-planner-backup',
          version: 2,
          exportedAt: '2026-12-01T00:00:00Z',
          appVersion: '0',
          data: empty,
        },
        [],
        'b.json',
      ),
    );
    expect(await statusOf(db, 'routing')).toBe('todo');
    await c.undo();
    expect(await exportBackupData(db)).toEqual(before);
  });

  it('reports a failed change and records nothing', async () => {
    const { errors, channel: c } = await channel();
    const result = await c.run(setProgress('fastapi', status('routing', 'nonsense' as 'done'), 'bad'));
    expect(result).toBeNull();
    expect(errors).toHaveLength(1);
    expect(c.getState().canUndo).toBe(false);
  });
});
