import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPlannerDatabase, PLANNER_DATABASE_NAME, PlannerDatabase } from './database';
import type { TopicStateRecord } from './records';
import {
  CURRENT_SCHEMA_VERSION,
  PLACEHOLDER_ROWS_KEY,
  schemaHistory,
  UNREADABLE_PREVIEW_ROWS_KEY,
} from './schema';

// A fresh in-memory IndexedDB per test: nothing leaks between tests, whatever their names.
function fakeIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

const V1_TABLES = ['itemStates', 'meta', 'notes', 'plans', 'sessionLog', 'topicStates'];
const V3_TABLES = [...V1_TABLES, 'busyCalendars'].sort();
const V4_TABLES = [...V3_TABLES, 'roadmapEdits', 'roadmaps'].sort();
const V5_TABLES = [...V4_TABLES, 'reviewCards', 'reviewLog'].sort();
const V6_TABLES = [...V5_TABLES, 'exportChoices'].sort();

describe('PlannerDatabase', () => {
  it('is named roadmap-planner unless told otherwise', () => {
    expect(new PlannerDatabase().name).toBe(PLANNER_DATABASE_NAME);
    expect(PLANNER_DATABASE_NAME).toBe('roadmap-planner');
  });

  it('opens a fresh database at version 6 with all tables', async () => {
    const deps = fakeIndexedDb();
    const db = await openPlannerDatabase('fresh', deps);
    expect(db.verno).toBe(6);
    expect(CURRENT_SCHEMA_VERSION).toBe(6);
    expect(db.tables.map((table) => table.name).sort()).toEqual(V6_TABLES);
    // What IndexedDB itself holds, not only what Dexie declares.
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(V6_TABLES);
    expect(db.backendDB().version).toBe(60);
    db.close();
  });

  it('keeps a schema history in ascending order, ending at the current version', () => {
    const versions = schemaHistory.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('opens a database written by an older schema version and every row survives', async () => {
    const deps = fakeIndexedDb();
    // The preview builds' layout, written as they wrote it: Dexie version 0.1 (the lowest
    // Dexie allows; IndexedDB version 1), statuses keyed by topic alone.
    const preview = new Dexie('upgrade', deps);
    preview.version(0.1).stores({ progress: 'topicId' });
    const previewRows = [
      { topicId: 'python-basics', status: 'done' },
      { topicId: 'http-fundamentals', status: 'doing' },
      { topicId: 'sql-databases-with-fastapi', status: 'skipped' },
      { topicId: 'testing', status: 'todo' },
    ];
    await preview.table('progress').bulkAdd(previewRows);
    expect(preview.backendDB().version).toBe(1);
    preview.close();

    const before = Date.now();
    const db = await openPlannerDatabase('upgrade', deps);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(V6_TABLES);

    const states = await db.topicStates.toArray();
    expect(states.map(({ updatedAt: _, ...rest }) => rest)).toEqual(
      previewRows
        .map((row) => ({ roadmapId: 'fastapi', ...row }))
        .sort((a, b) => a.topicId.localeCompare(b.topicId)),
    );
    for (const state of states) {
      expect(Date.parse(state.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    }
    expect(await db.meta.get(UNREADABLE_PREVIEW_ROWS_KEY)).toBeUndefined();
    db.close();
  });

  it('keeps preview rows it cannot read in meta instead of dropping them', async () => {
    const deps = fakeIndexedDb();
    const preview = new Dexie('odd-rows', deps);
    preview.version(0.1).stores({ progress: 'topicId' });
    await preview.table('progress').bulkAdd([
      { topicId: 'routing', status: 'done' },
      { topicId: 'pydantic', status: 'finished' },
    ]);
    preview.close();

    const db = await openPlannerDatabase('odd-rows', deps);
    expect((await db.topicStates.toArray()).map((row) => row.topicId)).toEqual(['routing']);
    expect(await db.meta.get(UNREADABLE_PREVIEW_ROWS_KEY)).toEqual({
      key: UNREADABLE_PREVIEW_ROWS_KEY,
      value: [{ topicId: 'pydantic', status: 'finished' }],
    });
    db.close();
  });

  it('upgrades a version 1 database: its rows stay, placeholder plan and log rows go to meta', async () => {
    const deps = fakeIndexedDb();
    const v1 = new Dexie('from-v1', deps);
    v1.version(1).stores(schemaHistory.find((step) => step.version === 1)!.stores);
    const state = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      status: 'done',
      updatedAt: '2025-01-02T03:04:05.000Z',
    };
    await v1.table('topicStates').add(state);
    await v1.table('plans').add({ id: 'p', roadmapId: 'fastapi', createdAt: '2025-01-02T03:04:05.000Z' });
    v1.close();

    const db = await openPlannerDatabase('from-v1', deps);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.topicStates.toArray()).toEqual([state]);
    expect(await db.plans.count()).toBe(0);
    expect(await db.meta.get(PLACEHOLDER_ROWS_KEY)).toEqual({
      key: PLACEHOLDER_ROWS_KEY,
      value: {
        plans: [{ id: 'p', roadmapId: 'fastapi', createdAt: '2025-01-02T03:04:05.000Z' }],
        sessionLog: [],
      },
    });
    db.close();
  });

  it('upgrades a version 2 database: every row stays, busy calendars start empty and work', async () => {
    const deps = fakeIndexedDb();
    const v2 = new Dexie('from-v2', deps);
    // The layout version 2 had: every entry up to it, merged as Dexie merges them.
    for (const step of schemaHistory.filter((s) => s.version <= 2))
      v2.version(step.version).stores(step.stores);
    const plan = {
      id: 'fastapi-0a1b2c3d4e5f',
      roadmapId: 'fastapi',
      settings: { startDate: '2026-12-01' },
      replannedOn: '2026-12-01',
      replannedAt: '2026-12-01T08:00:00.000Z',
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    const log = {
      roadmapId: 'fastapi',
      sessionId: 'routing#1',
      topicId: 'routing',
      outcome: 'done',
      date: '2026-12-01',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T20:00:00+01:00',
      minutes: 60,
      loggedAt: '2026-12-01T20:00:00.000Z',
    };
    const state = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      status: 'doing',
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    await v2.table('plans').add(plan);
    await v2.table('sessionLog').add(log);
    await v2.table('topicStates').add(state);
    await v2.table('meta').add({ key: 'flag', value: true });
    expect(v2.backendDB().version).toBe(20);
    v2.close();

    const db = await openPlannerDatabase('from-v2', deps);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(V6_TABLES);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.sessionLog.toArray()).toEqual([{ ...log, id: 1 }]);
    expect(await db.topicStates.toArray()).toEqual([state]);
    expect(await db.meta.toArray()).toEqual([{ key: 'flag', value: true }]);
    expect(await db.meta.get(PLACEHOLDER_ROWS_KEY)).toBeUndefined();
    expect(await db.busyCalendars.count()).toBe(0);
    const calendar = {
      id: 'busy-1',
      roadmapId: 'fastapi',
      name: 'work.ics',
      text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      addedAt: '2026-12-02T08:00:00.000Z',
      refreshedAt: '2026-12-02T08:00:00.000Z',
    };
    await db.busyCalendars.add(calendar);
    expect(await db.busyCalendars.where('roadmapId').equals('fastapi').toArray()).toEqual([calendar]);
    db.close();
  });

  it('upgrades a version 3 database: every row stays, imported roadmaps and edits start empty and work', async () => {
    const deps = fakeIndexedDb();
    const v3 = new Dexie('from-v3', deps);
    for (const step of schemaHistory.filter((s) => s.version <= 3))
      v3.version(step.version).stores(step.stores);
    const state = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      status: 'done',
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    const calendar = {
      id: 'busy-1',
      roadmapId: 'fastapi',
      name: 'work.ics',
      text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      addedAt: '2026-12-02T08:00:00.000Z',
      refreshedAt: '2026-12-02T08:00:00.000Z',
    };
    await v3.table('topicStates').add(state);
    await v3.table('busyCalendars').add(calendar);
    await v3.table('meta').add({ key: 'flag', value: true });
    expect(v3.backendDB().version).toBe(30);
    v3.close();

    const db = await openPlannerDatabase('from-v3', deps);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(V6_TABLES);
    expect(await db.topicStates.toArray()).toEqual([state]);
    expect(await db.busyCalendars.toArray()).toEqual([calendar]);
    expect(await db.meta.toArray()).toEqual([{ key: 'flag', value: true }]);
    expect(await db.roadmaps.count()).toBe(0);
    expect(await db.roadmapEdits.count()).toBe(0);
    const edits = {
      roadmapId: 'fastapi',
      added: [{ from: 'routing', to: 'testing' }],
      removed: [],
      updatedAt: '2026-12-02T08:00:00.000Z',
    };
    await db.roadmapEdits.put(edits);
    expect(await db.roadmapEdits.get('fastapi')).toEqual(edits);
    db.close();
  });

  it('upgrades a version 4 database: every row stays, the review log and cards start empty and work', async () => {
    const deps = fakeIndexedDb();
    const v4 = new Dexie('from-v4', deps);
    for (const step of schemaHistory.filter((s) => s.version <= 4))
      v4.version(step.version).stores(step.stores);
    const state = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      status: 'done',
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    const log = {
      roadmapId: 'fastapi',
      sessionId: 'routing#1',
      topicId: 'routing',
      outcome: 'done',
      date: '2026-12-01',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T20:00:00+01:00',
      minutes: 60,
      loggedAt: '2026-12-01T20:00:00.000Z',
    };
    const edits = { roadmapId: 'fastapi', added: [], removed: [], updatedAt: '2026-12-02T08:00:00.000Z' };
    await v4.table('topicStates').add(state);
    await v4.table('sessionLog').add(log);
    await v4.table('roadmapEdits').add(edits);
    await v4.table('meta').add({ key: 'flag', value: true });
    expect(v4.backendDB().version).toBe(40);
    v4.close();

    const db = await openPlannerDatabase('from-v4', deps);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(V6_TABLES);
    expect(await db.topicStates.toArray()).toEqual([state]);
    expect(await db.sessionLog.toArray()).toEqual([{ ...log, id: 1 }]);
    expect(await db.roadmapEdits.toArray()).toEqual([edits]);
    expect(await db.meta.toArray()).toEqual([{ key: 'flag', value: true }]);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);
    const rating = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      at: '2026-12-02T08:00:00.000Z',
      rating: 'good',
    } as const;
    const id = await db.reviewLog.add(rating);
    expect(await db.reviewLog.where('[roadmapId+topicId]').equals(['fastapi', 'routing']).toArray()).toEqual([
      { ...rating, id },
    ]);
    const card = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      due: '2026-12-05',
      lastReview: '2026-12-02',
      scheduledDays: 3,
      stability: 2.3,
      difficulty: 2.1,
      reps: 1,
      lapses: 0,
    };
    await db.reviewCards.put(card);
    expect(await db.reviewCards.where('roadmapId').equals('fastapi').toArray()).toEqual([card]);
    db.close();
  });

  it('upgrades a version 5 database: every row stays, export choices start empty and work', async () => {
    const deps = fakeIndexedDb();
    const v5 = new Dexie('from-v5', deps);
    for (const step of schemaHistory.filter((s) => s.version <= 5))
      v5.version(step.version).stores(step.stores);
    const plan = {
      id: 'fastapi-0a1b2c3d4e5f',
      roadmapId: 'fastapi',
      settings: { startDate: '2026-12-01' },
      replannedOn: '2026-12-01',
      replannedAt: '2026-12-01T08:00:00.000Z',
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    const rating = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      at: '2026-12-02T08:00:00.000Z',
      rating: 'good',
    };
    const history = { key: 'ics-export-history:fastapi-0a1b2c3d4e5f', value: { events: {} } };
    await v5.table('plans').add(plan);
    await v5.table('reviewLog').add(rating);
    await v5.table('meta').add(history);
    expect(v5.backendDB().version).toBe(50);
    v5.close();

    const db = await openPlannerDatabase('from-v5', deps);
    expect(db.verno).toBe(6);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(V6_TABLES);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.reviewLog.toArray()).toEqual([{ ...rating, id: 1 }]);
    expect(await db.meta.toArray()).toEqual([history]);
    expect(await db.exportChoices.count()).toBe(0);
    const choices = {
      planId: plan.id,
      roadmapId: 'fastapi',
      range: 'weeks',
      weeks: 4,
      phase: 1,
      milestones: true,
      reminder: true,
      reminderMinutes: 15,
      updatedAt: '2026-12-02T08:00:00.000Z',
    } as const;
    await db.exportChoices.put(choices);
    expect(await db.exportChoices.where('roadmapId').equals('fastapi').toArray()).toEqual([choices]);
    db.close();
  });

  it('reopens a current database with its rows as they were', async () => {
    const deps = fakeIndexedDb();
    const first = await openPlannerDatabase('reopen', deps);
    const row = {
      roadmapId: 'fastapi',
      topicId: 'routing',
      status: 'done',
      updatedAt: '2025-01-02T03:04:05.000Z',
    } satisfies TopicStateRecord;
    await first.topicStates.put(row);
    first.close();

    const again = await openPlannerDatabase('reopen', deps);
    expect(await again.topicStates.toArray()).toEqual([row]);
    again.close();
  });
});
