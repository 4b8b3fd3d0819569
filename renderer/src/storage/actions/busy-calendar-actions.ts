import { putBusyCalendars } from '../busy-calendar-repository';
import type { BusyCalendarRows } from '../busy-calendar-repository';
import type { BusyCalendarRecord } from '../records';
import type { Action } from './done';

/** A calendar file as read, before it is stored. */
export type NewBusyCalendar = Pick<BusyCalendarRecord, 'roadmapId' | 'name' | 'text' | 'path'>;

/** A calendar file read again: its new text, and when it was read. */
export type BusyCalendarUpdate = { id: string; text: string; refreshedAt: string };

/**
 * Writes busy-calendar rows in one transaction; the undo puts back what they were, and its
 * undo (redo) writes them again.
 */
function writeRows(
  ids: readonly string[],
  next: (current: BusyCalendarRows) => BusyCalendarRows,
  text: string,
): Action {
  return async (db) => {
    const { before } = await db.transaction('rw', db.busyCalendars, () => putBusyCalendars(db, ids, next));
    // The undo's own undo (redo) writes what this wrote: the same rows, not a new read.
    return { text, announce: true, undo: () => writeRows(ids, () => before, text)(db) };
  };
}

/** A random id: two calendars of the same name stay two rows. */
function newBusyCalendarId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `busy-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Stores a calendar file the app has already checked (see the plan view's busy calendars). */
export function addBusyCalendar(calendar: NewBusyCalendar, at: Date = new Date()): Action {
  const stamp = at.toISOString();
  const row: BusyCalendarRecord = {
    id: newBusyCalendarId(),
    roadmapId: calendar.roadmapId,
    name: calendar.name,
    text: calendar.text,
    ...(calendar.path === undefined ? {} : { path: calendar.path }),
    addedAt: stamp,
    refreshedAt: stamp,
  };
  return writeRows([row.id], () => new Map([[row.id, row]]), `Added “${calendar.name}” to busy calendars.`);
}

/** Removes a busy calendar; Undo brings it back as it was. */
export function removeBusyCalendar(id: string, name: string): Action {
  return writeRows([id], () => new Map([[id, null]]), `Removed “${name}” from busy calendars.`);
}

/**
 * Stores calendar files read again, all in one step. A calendar removed meanwhile stays
 * removed.
 */
export function refreshBusyCalendars(updates: readonly BusyCalendarUpdate[], text: string): Action {
  const byId = new Map(updates.map((update) => [update.id, update]));
  return writeRows(
    [...byId.keys()],
    (current) =>
      new Map(
        [...current].map(([id, row]) => {
          const update = byId.get(id);
          return [id, row && update ? { ...row, text: update.text, refreshedAt: update.refreshedAt } : row];
        }),
      ),
    text,
  );
}
