import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionChannel } from './action-channel';
import {
  answerDeletedSession,
  changeCalendarSync,
  recordCalendarSync,
  unpinSession,
} from './actions/calendar-sync-actions';
import { calendarSyncFrom, NO_CALENDAR_SYNC, readCalendarSync } from './calendar-sync-repository';
import { openPlannerDatabase } from './database';
import type { PlannerDatabase } from './database';

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function channel() {
  const db = await openPlannerDatabase('sync-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  return {
    db,
    channel: new ActionChannel(db, (e) => {
      throw e;
    }),
  };
}

const pin = {
  id: 'routing#2',
  topicId: 'routing',
  start: '2026-12-03T07:00:00.000Z',
  end: '2026-12-03T08:00:00.000Z',
};
const calendar = { url: 'https://cal.example/u/study/', name: 'Study' };

describe('the calendar sync state', () => {
  it('reads a stored row field by field, and anything else as no sync', () => {
    expect(calendarSyncFrom(undefined)).toEqual(NO_CALENDAR_SYNC);
    expect(calendarSyncFrom('nonsense')).toEqual(NO_CALENDAR_SYNC);
    const row = calendarSyncFrom({ calendar, pins: [pin, { id: 3 }], known: ['a', 4], reminderMinutes: -5 });
    expect(row).toMatchObject({ calendar, pins: [pin], known: ['a'], reminderMinutes: null, lastSync: null });
  });

  it('records what a sync found without an undo step, so Ctrl+Z still takes back the user’s change', async () => {
    const { db, channel: c } = await channel();
    await c.run(changeCalendarSync('fastapi', (s) => ({ ...s, calendar }), 'Study sessions go to “Study”.'));
    await c.run(recordCalendarSync('fastapi', (s) => ({ ...s, pins: [pin], known: ['x'] })));
    expect(c.getState()).toMatchObject({ undoText: 'Study sessions go to “Study”.', notice: null });
    await c.undo();
    // The undo puts back only what the user's change touched: the sync's record stays.
    expect(await readCalendarSync(db, 'fastapi')).toMatchObject({
      calendar: null,
      pins: [pin],
      known: ['x'],
    });
  });

  it('unpins a session (undoable) and answers a deleted one', async () => {
    const { db, channel: c } = await channel();
    const deleted = {
      uid: 'u@fastapi.roadmap-planner',
      sessionId: 'u#1',
      topicId: 'u',
      start: 'a',
      end: 'b',
      minutes: 60,
    };
    await c.run(
      recordCalendarSync('fastapi', (s) => ({
        ...s,
        pins: [pin],
        deleted: [deleted],
        known: [deleted.uid, 'k'],
      })),
    );
    await c.run(unpinSession('fastapi', 'routing#2', 'Routing'));
    expect(await readCalendarSync(db, 'fastapi')).toMatchObject({ pins: [], unpinned: ['routing#2'] });
    await c.undo();
    expect(await readCalendarSync(db, 'fastapi')).toMatchObject({ pins: [pin], unpinned: [] });
    await c.run(answerDeletedSession('fastapi', deleted.uid, 'Planned again.'));
    expect(await readCalendarSync(db, 'fastapi')).toMatchObject({ deleted: [], known: ['k'] });
  });
});
