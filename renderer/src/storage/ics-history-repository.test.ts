import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { IcsExportHistory } from '../domain';
import { openPlannerDatabase } from './database';
import { icsHistoryKey, readIcsHistory, writeIcsHistory } from './ics-history-repository';

const history: IcsExportHistory = {
  planId: 'fastapi-0123456789ab',
  exportedAt: '2026-12-01T08:00:00.000Z',
  events: {
    'python-foundations#1@fastapi-0123456789ab.roadmap-planner': {
      sequence: 0,
      fingerprint: 'abc',
      start: '2026-12-01T18:00:00Z',
      end: '2026-12-01T19:00:00Z',
      summary: 'FastAPI · Python Foundations (1/14)',
    },
  },
  retired: {},
};

describe('calendar export history', () => {
  it('is kept per plan, and one that no longer reads counts as none', async () => {
    const db = await openPlannerDatabase('ics-history', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await readIcsHistory(db, history.planId)).toBeNull();
    await writeIcsHistory(db, history);
    expect(await readIcsHistory(db, history.planId)).toEqual(history);
    expect(await readIcsHistory(db, 'another-plan')).toBeNull();
    await db.meta.put({ key: icsHistoryKey(history.planId), value: { planId: history.planId, events: 'x' } });
    expect(await readIcsHistory(db, history.planId)).toBeNull();
    db.close();
  });
});
