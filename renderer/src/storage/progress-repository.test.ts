import { Dexie, liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TopicStatus } from '../domain';
import { openPlannerDatabase } from './database';
import type { PlannerDatabase } from './database';
import type { Progress } from './progress-repository';
import {
  applyProgressChanges,
  readProgress,
  setItemChecked,
  setNote,
  setTopicStatuses,
} from './progress-repository';
import { resetProgress, restoreProgress } from './progress-reset';

const ROADMAP = 'fastapi';
const open: PlannerDatabase[] = [];

// A fresh in-memory IndexedDB per test: nothing leaks between tests.
async function freshDatabase(): Promise<PlannerDatabase> {
  const db = await openPlannerDatabase('progress-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(db);
  return db;
}

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** Some progress in two roadmaps, so tests can check the other one is untouched. */
async function seed(db: PlannerDatabase): Promise<void> {
  await setTopicStatuses(db, ROADMAP, [
    { topicId: 'python-basics', status: 'done' },
    { topicId: 'routing', status: 'doing' },
    { topicId: 'websockets', status: 'skipped' },
  ]);
  await setItemChecked(db, ROADMAP, 'routing', 'path-parameters', true);
  await setItemChecked(db, ROADMAP, 'routing', 'query-parameters', true);
  await setItemChecked(db, ROADMAP, 'python-basics', 'type-hints', false);
  await setNote(db, ROADMAP, 'routing', 'Reread the part on path order.');
  await setTopicStatuses(db, 'django', [{ topicId: 'routing', status: 'done' }]);
  await setItemChecked(db, 'django', 'routing', 'path-parameters', true);
  await setNote(db, 'django', 'routing', 'Another roadmap.');
  const logged = {
    sessionId: 'routing#1',
    topicId: 'routing',
    outcome: 'done',
    date: '2026-12-01',
    start: '2026-12-01T19:00:00+01:00',
    end: '2026-12-01T20:00:00+01:00',
    minutes: 60,
    loggedAt: '2026-12-01T19:00:00.000Z',
  } as const;
  await db.sessionLog.bulkAdd([
    { ...logged, roadmapId: ROADMAP },
    { ...logged, roadmapId: 'django' },
  ]);
}

describe('setTopicStatuses', () => {
  it('sets statuses and overwrites earlier ones', async () => {
    const db = await freshDatabase();
    await setTopicStatuses(db, ROADMAP, [{ topicId: 'routing', status: 'doing' }]);
    expect((await readProgress(db, ROADMAP)).statuses).toEqual(new Map([['routing', 'doing']]));

    await setTopicStatuses(db, ROADMAP, [
      { topicId: 'routing', status: 'done' },
      { topicId: 'python-basics', status: 'skipped' },
    ]);
    expect((await readProgress(db, ROADMAP)).statuses).toEqual(
      new Map([
        ['routing', 'done'],
        ['python-basics', 'skipped'],
      ]),
    );
    const row = await db.topicStates.get([ROADMAP, 'routing']);
    expect(row).toMatchObject({ roadmapId: ROADMAP, topicId: 'routing', status: 'done' });
    expect(new Date(row!.updatedAt).toISOString()).toBe(row!.updatedAt);
  });

  it('writes 500 statuses in one call and one transaction', async () => {
    const db = await freshDatabase();
    const transaction = vi.spyOn(db, 'transaction');
    const statuses: TopicStatus[] = ['todo', 'doing', 'done', 'skipped'];
    const changes = Array.from({ length: 500 }, (_, i) => ({
      topicId: `topic-${i}`,
      status: statuses[i % 4]!,
    }));
    await setTopicStatuses(db, ROADMAP, changes);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await db.topicStates.count()).toBe(500);
    const read = await readProgress(db, ROADMAP);
    expect(read.statuses).toEqual(new Map(changes.map((change) => [change.topicId, change.status])));
  });

  it('gives a topic listed twice its last status', async () => {
    const db = await freshDatabase();
    await setTopicStatuses(db, ROADMAP, [
      { topicId: 'routing', status: 'doing' },
      { topicId: 'routing', status: 'done' },
    ]);
    expect((await readProgress(db, ROADMAP)).statuses.get('routing')).toBe('done');
  });

  it('refuses an unknown status and writes none of the batch', async () => {
    const db = await freshDatabase();
    const changes = [
      { topicId: 'routing', status: 'done' },
      { topicId: 'pydantic', status: 'finished' },
    ] as unknown as { topicId: string; status: TopicStatus }[];
    await expect(setTopicStatuses(db, ROADMAP, changes)).rejects.toThrow(/Unknown status "finished"/);
    expect(await db.topicStates.count()).toBe(0);
  });

  it('does nothing for no changes', async () => {
    const db = await freshDatabase();
    await setTopicStatuses(db, ROADMAP, []);
    expect(await db.topicStates.count()).toBe(0);
  });
});

describe('setItemChecked', () => {
  it('ticks and unticks checklist items', async () => {
    const db = await freshDatabase();
    await setItemChecked(db, ROADMAP, 'routing', 'path-parameters', true);
    await setItemChecked(db, ROADMAP, 'routing', 'query-parameters', true);
    await setItemChecked(db, ROADMAP, 'pydantic', 'validators', true);
    expect((await readProgress(db, ROADMAP)).checkedItems).toEqual(
      new Map([
        ['routing', new Set(['path-parameters', 'query-parameters'])],
        ['pydantic', new Set(['validators'])],
      ]),
    );

    await setItemChecked(db, ROADMAP, 'routing', 'path-parameters', false);
    await setItemChecked(db, ROADMAP, 'pydantic', 'validators', false);
    expect((await readProgress(db, ROADMAP)).checkedItems).toEqual(
      new Map([['routing', new Set(['query-parameters'])]]),
    );
    expect(await db.itemStates.get([ROADMAP, 'routing', 'path-parameters'])).toMatchObject({
      checked: false,
    });
  });
});

describe('setNote', () => {
  it('saves, replaces and, when emptied, deletes a note', async () => {
    const db = await freshDatabase();
    await setNote(db, ROADMAP, 'routing', 'First thoughts');
    await setNote(db, ROADMAP, 'routing', '  Second thoughts\n');
    expect((await readProgress(db, ROADMAP)).notes).toEqual(new Map([['routing', '  Second thoughts\n']]));

    await setNote(db, ROADMAP, 'routing', '');
    expect(await db.notes.count()).toBe(0);
    await setNote(db, ROADMAP, 'routing', 'Back again');
    await setNote(db, ROADMAP, 'routing', ' \n\t ');
    expect(await db.notes.count()).toBe(0);
  });
});

describe('readProgress', () => {
  it('returns statuses, ticked items and notes of one roadmap', async () => {
    const db = await freshDatabase();
    await seed(db);
    expect(await readProgress(db, ROADMAP)).toEqual({
      statuses: new Map<string, TopicStatus>([
        ['python-basics', 'done'],
        ['routing', 'doing'],
        ['websockets', 'skipped'],
      ]),
      checkedItems: new Map([['routing', new Set(['path-parameters', 'query-parameters'])]]),
      notes: new Map([['routing', 'Reread the part on path order.']]),
    } satisfies Progress);
  });

  it('returns empty maps for a roadmap with no progress', async () => {
    const db = await freshDatabase();
    await seed(db);
    expect(await readProgress(db, 'unknown')).toEqual({
      statuses: new Map(),
      checkedItems: new Map(),
      notes: new Map(),
    } satisfies Progress);
  });

  it('answers again after a write, as useLiveQuery relies on', async () => {
    const db = await freshDatabase();
    // liveQuery silently never runs while Dexie's global dependencies have no indexedDB
    // (its guard for server rendering), and Node has none: options alone are not enough.
    const globalIndexedDb = Dexie.dependencies.indexedDB;
    Dexie.dependencies.indexedDB = new IDBFactory();
    const seen: Progress[] = [];
    const subscription = liveQuery(() => readProgress(db, ROADMAP)).subscribe((progress) =>
      seen.push(progress),
    );
    try {
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      expect(seen[0]!.statuses.size).toBe(0);
      await setTopicStatuses(db, ROADMAP, [{ topicId: 'routing', status: 'done' }]);
      await vi.waitFor(() => expect(seen.at(-1)?.statuses.get('routing')).toBe('done'));
      await setNote(db, ROADMAP, 'routing', 'noted');
      await vi.waitFor(() => expect(seen.at(-1)?.notes.get('routing')).toBe('noted'));
    } finally {
      subscription.unsubscribe();
      Dexie.dependencies.indexedDB = globalIndexedDb;
    }
  });
});

describe('resetProgress and restoreProgress', () => {
  async function allRows(db: PlannerDatabase) {
    return {
      topicStates: await db.topicStates.toArray(),
      itemStates: await db.itemStates.toArray(),
      notes: await db.notes.toArray(),
      // Restored log rows get new keys; what they hold is what counts.
      sessionLog: (await db.sessionLog.toArray())
        .map(({ id: _id, ...row }) => row)
        .sort((a, b) => a.roadmapId.localeCompare(b.roadmapId)),
      reviewLog: (await db.reviewLog.toArray())
        .map(({ id: _id, ...row }) => row)
        .sort((a, b) => a.roadmapId.localeCompare(b.roadmapId)),
      reviewCards: await db.reviewCards.toArray(),
    };
  }

  it('clears the review log and cards like the session log, and brings them back', async () => {
    const db = await freshDatabase();
    await seed(db);
    const card = {
      topicId: 'python-basics',
      due: '2026-12-04',
      lastReview: '2026-12-01',
      scheduledDays: 3,
      stability: 2.3,
      difficulty: 2.1,
      reps: 1,
      lapses: 0,
    };
    const rating = { topicId: 'python-basics', at: '2026-12-01T19:00:00.000Z', rating: 'good' } as const;
    await db.reviewLog.bulkAdd([
      { ...rating, roadmapId: ROADMAP },
      { ...rating, roadmapId: 'django' },
    ]);
    await db.reviewCards.bulkAdd([
      { ...card, roadmapId: ROADMAP },
      { ...card, roadmapId: 'django' },
    ]);
    const before = await allRows(db);
    const snapshot = await resetProgress(db, ROADMAP);
    expect(snapshot.reviewLog).toHaveLength(1);
    expect(snapshot.reviewCards).toHaveLength(1);
    expect((await db.reviewLog.toArray()).map((row) => row.roadmapId)).toEqual(['django']);
    expect((await db.reviewCards.toArray()).map((row) => row.roadmapId)).toEqual(['django']);
    await restoreProgress(db, snapshot);
    expect(await allRows(db)).toEqual(before);
  });

  it('clears statuses, ticked items and logged sessions but keeps notes and other roadmaps', async () => {
    const db = await freshDatabase();
    await seed(db);
    const snapshot = await resetProgress(db, ROADMAP);
    expect(snapshot.roadmapId).toBe(ROADMAP);
    expect(snapshot.topicStates).toHaveLength(3);
    expect(snapshot.itemStates).toHaveLength(3);
    expect(snapshot.notes).toEqual([]);
    expect(snapshot.sessionLog).toHaveLength(1);
    expect((await db.sessionLog.toArray()).map((row) => row.roadmapId)).toEqual(['django']);
    expect(await readProgress(db, ROADMAP)).toEqual({
      statuses: new Map(),
      checkedItems: new Map(),
      notes: new Map([['routing', 'Reread the part on path order.']]),
    } satisfies Progress);
    expect((await readProgress(db, 'django')).statuses).toEqual(new Map([['routing', 'done']]));
  });

  it('restores exactly what a reset removed', async () => {
    const db = await freshDatabase();
    await seed(db);
    const before = await allRows(db);
    const progressBefore = await readProgress(db, ROADMAP);

    const snapshot = await resetProgress(db, ROADMAP);
    await restoreProgress(db, snapshot);
    expect(await allRows(db)).toEqual(before);
    expect(await readProgress(db, ROADMAP)).toEqual(progressBefore);
  });

  it('removes and restores notes too when asked', async () => {
    const db = await freshDatabase();
    await seed(db);
    const before = await allRows(db);

    const snapshot = await resetProgress(db, ROADMAP, { includeNotes: true });
    expect(snapshot.notes).toHaveLength(1);
    expect(await readProgress(db, ROADMAP)).toEqual({
      statuses: new Map(),
      checkedItems: new Map(),
      notes: new Map(),
    } satisfies Progress);
    expect((await readProgress(db, 'django')).notes.size).toBe(1);

    // A snapshot is plain data: it survives a structured clone (a worker, a backup).
    await restoreProgress(db, structuredClone(snapshot));
    expect(await allRows(db)).toEqual(before);
  });
});

describe('applyProgressChanges', () => {
  it('writes statuses and ticked items together', async () => {
    const db = await freshDatabase();
    await applyProgressChanges(db, ROADMAP, {
      statuses: [{ topicId: 'routing', status: 'doing' }],
      items: [{ topicId: 'routing', itemId: 'path-parameters', checked: true }],
    });
    const progress = await readProgress(db, ROADMAP);
    expect(progress.statuses.get('routing')).toBe('doing');
    expect([...(progress.checkedItems.get('routing') ?? [])]).toEqual(['path-parameters']);
  });

  it('writes nothing when a status is unknown', async () => {
    const db = await freshDatabase();
    await expect(
      applyProgressChanges(db, ROADMAP, {
        statuses: [{ topicId: 'routing', status: 'finished' as TopicStatus }],
        items: [{ topicId: 'routing', itemId: 'path-parameters', checked: true }],
      }),
    ).rejects.toThrow(RangeError);
    const progress = await readProgress(db, ROADMAP);
    expect(progress.statuses.size + progress.checkedItems.size).toBe(0);
  });
});

describe('restoreProgress after other writes', () => {
  it('brings logged sessions back under new keys, never over rows written since', async () => {
    const db = await freshDatabase();
    await seed(db);
    const snapshot = await resetProgress(db, ROADMAP);
    // Something else takes the old key in the meantime (as an import would).
    const taken = snapshot.sessionLog[0]!.id;
    await db.sessionLog.put({ ...snapshot.sessionLog[0]!, id: taken, roadmapId: 'imported' });
    await restoreProgress(db, snapshot);
    const rows = await db.sessionLog.toArray();
    expect(rows.map((row) => row.roadmapId).sort()).toEqual(['django', 'fastapi', 'imported']);
  });
});
