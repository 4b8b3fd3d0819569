import type { BusySpan } from '../domain/busy-time-intervals';
import type { CalendarPin } from '../domain/caldav-types';
import type { PlannerDatabase } from './database';

/** The `meta` key of a roadmap's calendar sync state. */
export const calendarSyncKey = (roadmapId: string) => `calendar-sync:${roadmapId}`;

/** A calendar on the connected CalDAV server, as the user picked it. */
export type SyncCalendarChoice = { url: string; name: string };

/** A study session deleted in the calendar after a sync wrote it: waiting for the user's answer. */
export type DeletedSession = {
  uid: string;
  sessionId: string;
  topicId: string;
  start: string;
  end: string;
  minutes: number;
};

/**
 * A roadmap's calendar sync (issue 15), kept in `meta`. The account (server, user, password)
 * is main's, never here. Nothing here is needed to recognise the app's events in the
 * calendar: `known` only tells an event the user deleted from one never written.
 */
export type CalendarSyncState = {
  /** Where study sessions are written; null until the user picks one. */
  calendar: SyncCalendarChoice | null;
  /** Calendars read for busy time only. */
  busyCalendars: SyncCalendarChoice[];
  /** Minutes before each session for a reminder; null for none. */
  reminderMinutes: number | null;
  /** UIDs of this plan's events in the calendar after the last sync. */
  known: string[];
  /** Sessions the user moved in the calendar: the plan keeps them there. */
  pins: CalendarPin[];
  /** Pins given back to the planner: the next sync writes them at the planner's time. */
  unpinned: string[];
  /** Busy time the calendars held at the last sync, merged. */
  busy: BusySpan[];
  deleted: DeletedSession[];
  /** The last sync that went through: when, and how many events it wrote. */
  lastSync: { at: string; changes: number } | null;
};

export const NO_CALENDAR_SYNC: CalendarSyncState = {
  calendar: null,
  busyCalendars: [],
  reminderMinutes: null,
  known: [],
  pins: [],
  unpinned: [],
  busy: [],
  deleted: [],
  lastSync: null,
};

/** A roadmap's sync state; the defaults for fields a stored row lacks (or a row that is not one). */
export async function readCalendarSync(db: PlannerDatabase, roadmapId: string): Promise<CalendarSyncState> {
  return calendarSyncFrom((await db.meta.get(calendarSyncKey(roadmapId)))?.value);
}

/** Stores a roadmap's sync state whole. */
export async function putCalendarSync(
  db: PlannerDatabase,
  roadmapId: string,
  state: CalendarSyncState,
): Promise<void> {
  await db.meta.put({ key: calendarSyncKey(roadmapId), value: state });
}

/** A stored value as a sync state, field by field: a restored or hand-made row never breaks the app. */
export function calendarSyncFrom(value: unknown): CalendarSyncState {
  if (typeof value !== 'object' || value === null) return NO_CALENDAR_SYNC;
  const row = value as Partial<Record<keyof CalendarSyncState, unknown>>;
  const list = <T>(field: unknown, ok: (item: unknown) => item is T): T[] =>
    Array.isArray(field) ? field.filter(ok) : [];
  const reminder = row.reminderMinutes;
  const lastSync = row.lastSync as CalendarSyncState['lastSync'] | undefined;
  return {
    calendar: isChoice(row.calendar) ? row.calendar : null,
    busyCalendars: list(row.busyCalendars, isChoice),
    reminderMinutes:
      typeof reminder === 'number' && Number.isInteger(reminder) && reminder >= 0 ? reminder : null,
    known: list(row.known, isString),
    pins: list(row.pins, (p): p is CalendarPin => hasStrings(p, ['id', 'topicId', 'start', 'end'])),
    unpinned: list(row.unpinned, isString),
    busy: list(row.busy, (b): b is BusySpan => hasStrings(b, ['start', 'end'])),
    deleted: list(row.deleted, (d): d is DeletedSession =>
      hasStrings(d, ['uid', 'sessionId', 'topicId', 'start', 'end']),
    ),
    lastSync:
      lastSync && typeof lastSync.at === 'string' && typeof lastSync.changes === 'number' ? lastSync : null,
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

function hasStrings(value: unknown, keys: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')
  );
}

function isChoice(value: unknown): value is SyncCalendarChoice {
  return hasStrings(value, ['url', 'name']);
}
