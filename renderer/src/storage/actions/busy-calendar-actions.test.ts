import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionChannel } from '../action-channel';
import { readBusyCalendars } from '../busy-calendar-repository';
import { openPlannerDatabase } from '../database';
import type { PlannerDatabase } from '../database';
import { addBusyCalendar, refreshBusyCalendars, removeBusyCalendar } from './busy-calendar-actions';

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function channel() {
  const db = await openPlannerDatabase('busy-actions', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const errors: unknown[] = [];
  return { db, errors, channel: new ActionChannel(db, (e) => errors.push(e)) };
}

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
const AT = new Date('2026-12-01T08:00:00.000Z');
const names = async (db: PlannerDatabase, roadmapId = 'fastapi') =>
  (await readBusyCalendars(db, roadmapId)).map((row) => row.name);

describe('busy calendar actions', () => {
  it('adds a calendar in one transaction, with Undo and Redo', async () => {
    const { db, channel: c, errors } = await channel();
    const transaction = vi.spyOn(db, 'transaction');
    const done = await c.run(
      addBusyCalendar({ roadmapId: 'fastapi', name: 'work.ics', text: ICS, path: '/home/me/work.ics' }, AT),
    );
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(done).toMatchObject({ text: 'Added “work.ics” to busy calendars.', announce: true });
    const [row] = await readBusyCalendars(db, 'fastapi');
    expect(row).toEqual({
      id: expect.stringMatching(/^busy-[0-9a-f]{16}$/),
      roadmapId: 'fastapi',
      name: 'work.ics',
      text: ICS,
      path: '/home/me/work.ics',
      addedAt: AT.toISOString(),
      refreshedAt: AT.toISOString(),
    });
    expect(await names(db, 'other')).toEqual([]);

    await c.undo();
    expect(await names(db)).toEqual([]);
    await c.redo();
    expect(await readBusyCalendars(db, 'fastapi')).toEqual([row]);
    expect(errors).toEqual([]);
  });

  it('stores no path for a file from the browser, and lists calendars in the order added', async () => {
    const { db, channel: c } = await channel();
    await c.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'b.ics', text: ICS }, AT));
    await c.run(
      addBusyCalendar({ roadmapId: 'fastapi', name: 'a.ics', text: ICS }, new Date(AT.getTime() + 1)),
    );
    expect(await names(db)).toEqual(['b.ics', 'a.ics']);
    expect((await readBusyCalendars(db, 'fastapi'))[0]).not.toHaveProperty('path');
  });

  it('removes a calendar; Undo brings it back as it was', async () => {
    const { db, channel: c } = await channel();
    await c.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'work.ics', text: ICS }, AT));
    const [row] = await readBusyCalendars(db, 'fastapi');
    const done = await c.run(removeBusyCalendar(row!.id, row!.name));
    expect(done?.text).toBe('Removed “work.ics” from busy calendars.');
    expect(await names(db)).toEqual([]);
    await c.undo();
    expect(await readBusyCalendars(db, 'fastapi')).toEqual([row]);
    await c.redo();
    expect(await names(db)).toEqual([]);
  });

  it('refreshes several calendars as one step; Undo puts the old texts back', async () => {
    const { db, channel: c } = await channel();
    await c.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'a.ics', text: ICS, path: '/a.ics' }, AT));
    await c.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'b.ics', text: ICS, path: '/b.ics' }, AT));
    const before = await readBusyCalendars(db, 'fastapi');
    const later = '2026-12-02T08:00:00.000Z';
    const transaction = vi.spyOn(db, 'transaction');
    await c.run(
      refreshBusyCalendars(
        before.map((row) => ({ id: row.id, text: `${row.text}X`, refreshedAt: later })),
        'Busy calendars refreshed.',
      ),
    );
    expect(transaction).toHaveBeenCalledTimes(1);
    const after = await readBusyCalendars(db, 'fastapi');
    expect(after.map((row) => [row.text.endsWith('X'), row.refreshedAt, row.addedAt])).toEqual([
      [true, later, AT.toISOString()],
      [true, later, AT.toISOString()],
    ]);
    expect(c.getState().undoText).toBe('Busy calendars refreshed.');
    await c.undo();
    expect(await readBusyCalendars(db, 'fastapi')).toEqual(before);
    await c.redo();
    expect(await readBusyCalendars(db, 'fastapi')).toEqual(after);
  });

  it('does not bring back a calendar removed before its refresh was stored', async () => {
    const { db, channel: c } = await channel();
    await c.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'a.ics', text: ICS }, AT));
    const [row] = await readBusyCalendars(db, 'fastapi');
    await c.run(removeBusyCalendar(row!.id, row!.name));
    await c.run(refreshBusyCalendars([{ id: row!.id, text: ICS, refreshedAt: AT.toISOString() }], 'x'));
    expect(await names(db)).toEqual([]);
  });
});
